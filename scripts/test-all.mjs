// Runs lint and the type check (each counted as one check), the node tests (dataset trace,
// docs, manifest, size budget) and the browser tests (Chromium, Firefox, WebKit), all even when
// one fails, then prints the per-engine lines and one plain summary line.
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';

rmSync('test-results', { recursive: true, force: true });
mkdirSync('test-results', { recursive: true });
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const checks = { passed: 0, failed: 0, skipped: 0 };
let checksFailed = false;
for (const [name, script] of [['lint (ESLint, zero warnings)', 'lint'], ['type check (tsc, src and test)', 'typecheck']]) {
  console.log(`\n${name}:`);
  const r = spawnSync(npm, ['run', '-s', script], { stdio: 'inherit' });
  if (r.status === 0) {
    checks.passed++;
    console.log(`  ok`);
  } else {
    checks.failed++;
    checksFailed = true;
    console.log(`  FAILED`);
  }
}
writeFileSync('test-results/checks.json', JSON.stringify(checks));
const a = spawnSync(npm, ['run', '-s', 'test:data'], { stdio: 'inherit' });
const b = spawnSync(npm, ['run', '-s', 'test:browser'], { stdio: 'inherit' });
const s = spawnSync(process.execPath, ['scripts/summary.mjs'], { stdio: 'inherit' });
process.exit(checksFailed || a.status || b.status || s.status ? 1 : 0);
