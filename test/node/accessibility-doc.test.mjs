// The accessibility statement (docs/accessibility.md) cites tests: every test file it names
// exists, every file in test/a11y/ is named, and every quoted test title (after "›") is a
// title, or the start of one, in the test files. A renamed or deleted test breaks the statement.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('../../', import.meta.url).pathname;
const doc = readFileSync(join(root, 'docs/accessibility.md'), 'utf8');

function files(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)]));
}
const testFiles = files(join(root, 'test')).filter((f) => /\.test\.(ts|mjs)$/.test(f));
const allTests = testFiles.map((f) => readFileSync(f, 'utf8')).join('\n');

test('every test file the statement names exists', () => {
  const named = [...doc.matchAll(/`(test\/[\w/.*-]+)`/g)].map((m) => m[1]).filter((p) => !p.includes('*'));
  assert.ok(named.length >= 8, 'the statement names its test files');
  for (const p of named) assert.ok(existsSync(join(root, p)), `${p} is named in docs/accessibility.md but does not exist`);
});

test('every accessibility test file is in the statement', () => {
  for (const f of readdirSync(join(root, 'test/a11y')).filter((n) => n.endsWith('.test.ts'))) {
    assert.ok(doc.includes(`test/a11y/${f}`) || doc.includes(`\`${f}\``), `test/a11y/${f} is not named in docs/accessibility.md`);
  }
});

test('every quoted test title is a test title (or the start of one)', () => {
  const titles = [...doc.matchAll(/› "([^"]+)"/g)].map((m) => m[1].replace(/…$/, ''));
  assert.ok(titles.length >= 10, 'the statement quotes test titles');
  for (const t of titles) assert.ok(allTests.includes(t), `"${t}" is quoted in docs/accessibility.md but no test has that title`);
});
