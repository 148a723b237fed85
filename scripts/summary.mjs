// Adds up the node (dataset, model) and browser test counts into one plain line.
import { existsSync, readFileSync } from 'node:fs';

let passed = 0;
let failed = 0;
let skipped = 0;
for (const f of ['test-results/checks.json', 'test-results/node.json', 'test-results/browser.json']) {
  if (!existsSync(f)) {
    console.error(`missing ${f}: that part of the suite did not run`);
    failed++;
    continue;
  }
  const c = JSON.parse(readFileSync(f, 'utf8'));
  for (const [name, b] of Object.entries(c.browsers ?? {})) {
    console.log(`  ${name}: ${b.passed} passed, ${b.failed} failed${b.skipped ? `, ${b.skipped} skipped` : ''}`);
  }
  passed += c.passed;
  failed += c.failed;
  skipped += c.skipped ?? 0;
}
// Why anything was skipped: browser tests name their engine limit in parentheses, node tests
// carry their to-do or skip reason.
const reasons = new Map();
for (const f of ['test-results/node.json', 'test-results/browser.json']) {
  if (!existsSync(f)) continue;
  const c = JSON.parse(readFileSync(f, 'utf8'));
  for (const note of c.notes ?? []) reasons.set(note, { count: 1, where: [] });
  for (const [name, b] of Object.entries(c.browsers ?? {})) {
    for (const test of b.skippedNames ?? []) {
      const why = /\(([^()]*only[^()]*)\)/.exec(test)?.[1] ?? test;
      const r = reasons.get(why) ?? { count: 0, where: [] };
      r.count++;
      if (!r.where.includes(name)) r.where.push(name);
      reasons.set(why, r);
    }
  }
}
if (reasons.size) {
  console.log('Skipped, and why:');
  for (const [why, r] of reasons) console.log(`  ${r.count} × ${why}${r.where.length ? ` (in ${r.where.join(', ')})` : ''}`);
}
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
