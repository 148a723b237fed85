// Runs the node tests (dataset trace, docs, manifest, size budget) and the browser tests
// (Chromium and Firefox), both even when one fails, then prints one plain summary line.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';

rmSync('test-results', { recursive: true, force: true });
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const a = spawnSync(npm, ['run', '-s', 'test:data'], { stdio: 'inherit' });
const b = spawnSync(npm, ['run', '-s', 'test:browser'], { stdio: 'inherit' });
const s = spawnSync(process.execPath, ['scripts/summary.mjs'], { stdio: 'inherit' });
process.exit(a.status || b.status || s.status ? 1 : 0);
