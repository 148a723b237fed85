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
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
