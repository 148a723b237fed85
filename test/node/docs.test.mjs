// The documentation keeps up with the code: every --signalenkaart-* custom property used in
// src/ is listed in docs/theming.md, and every one listed there is used.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('../../', import.meta.url).pathname;
const PROP = /--signalenkaart-[a-z0-9-]+/g;

function sources(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

test('every custom property used is documented, and every documented one is used', () => {
  const used = new Set(sources(join(root, 'src')).flatMap((f) => readFileSync(f, 'utf8').match(PROP) ?? []));
  const doc = readFileSync(join(root, 'docs/theming.md'), 'utf8');
  const table = doc.slice(doc.indexOf('## Custom properties'));
  const documented = new Set([...table.matchAll(/^\| `(--signalenkaart-[a-z0-9-]+)`/gm)].map((m) => m[1]));
  assert.ok(used.size > 5, 'found too few custom properties in src/');
  assert.deepEqual([...used].filter((p) => !documented.has(p)).sort(), [], 'used but not documented');
  assert.deepEqual([...documented].filter((p) => !used.has(p)).sort(), [], 'documented but not used');
});
