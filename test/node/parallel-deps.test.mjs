// The autoloader entry imports each element's static dependencies together with the element
// (scripts/rollup-parallel-deps.mjs), so a page waits one round trip for code, not two.
// Needs dist/ (npm test builds first); skipped with a message without it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { relative } from 'node:path';
import { closure } from '../../scripts/sizes.mjs';

const dist = new URL('../../dist/', import.meta.url).pathname;
const src = new URL('../../src/', import.meta.url).pathname;
const built = existsSync(`${dist}signalenkaart.js`);
const skip = !built && 'dist/ is missing: run `npm run build` first (npm test builds before testing)';

test('the entry imports every element together with all its static dependencies', { skip }, () => {
  const entry = readFileSync(`${dist}signalenkaart.js`, 'utf8');
  const elements = readdirSync(`${dist}elements`).filter((f) => f.endsWith('.js'));
  assert.equal(elements.length, 4);
  for (const file of elements) {
    // The loader of this element: a Promise.all over its dependencies and the element itself.
    const loader = entry.match(new RegExp(`Promise\\.all\\(\\[([^\\]]*import\\("\\./elements/${file.replace('.', '\\.')}"\\))\\]\\)`));
    assert.ok(loader, `no parallel loader for elements/${file}`);
    const imported = [...loader[1].matchAll(/import\("\.\/([^"]+)"\)/g)].map((m) => m[1]).sort();
    const needed = [...closure(`${dist}elements/${file}`)].map((f) => relative(dist, f)).sort();
    assert.ok(needed.length > 1, `elements/${file} has static dependencies`);
    assert.deepEqual(imported, needed, `elements/${file}`);
  }
});

test('the entry starts loading the content slices and, on English pages, the English strings', { skip }, () => {
  const entry = readFileSync(`${dist}signalenkaart.js`, 'utf8');
  const chunks = readdirSync(`${dist}chunks`).filter((f) => f.endsWith('.js'));
  const imported = new Set([...entry.matchAll(/import\("\.\/chunks\/([^"]+)"\)/g)].map((m) => m[1]));
  // Every content chunk (the slices of both languages, src/data/<lang>/<part>.ts) and the English strings.
  const parts = ['nl', 'en'].flatMap((lang) => readdirSync(`${src}data/${lang}`).filter((f) => f.endsWith('.ts')).map((f) => f.slice(0, -3)));
  const content = chunks.filter((f) => [...parts, 'en'].some((part) => new RegExp(`^${part}-[\\w-]{8}\\.js$`).test(f)));
  assert.equal(content.length, parts.length + 1, `content chunks: ${content.join(', ')}`);
  for (const f of content) assert.ok(imported.has(f), `the entry does not prefetch chunks/${f}`);
});
