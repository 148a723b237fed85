// Byte sizes of the built files: gzipped size of each entry point with the chunks it
// imports statically, and of the element code without content (data slices, translations).
// Used by the size-budget test and by `npm run bench`. Sizes are deterministic.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

export const gz = (buf) => gzipSync(buf, { level: 9 }).length;

const IMPORT = /(?:import|export)\s*(?:[\w*{}\s,$]*from\s*)?["'](\.[^"']+)["']/g;
const DYNAMIC = /import\(\s*["'](\.[^"']+)["']\s*\)/g;

/** Static imports of a built file (relative paths resolved). */
function staticImports(file) {
  const code = readFileSync(file, 'utf8').replace(DYNAMIC, '');
  return [...code.matchAll(IMPORT)].map((m) => resolve(dirname(file), m[1]));
}

/** All files a file loads statically, itself included. */
export function closure(file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  for (const dep of staticImports(file)) closure(dep, seen);
  return seen;
}

/** Dynamic imports of a file and its static closure. */
export function dynamicImports(file) {
  const out = new Set();
  for (const f of closure(file)) {
    for (const m of readFileSync(f, 'utf8').matchAll(DYNAMIC)) out.add(resolve(dirname(f), m[1]));
  }
  return out;
}

/**
 * True for chunks that hold content (dataset slices) or interface translations, not code:
 * every source is a dataset or locale file, or the chunk has no sources at all (rollup's JSON
 * plugin gives chunks made only of a JSON file an empty source map).
 */
export function isContent(file) {
  const map = `${file}.map`;
  if (!existsSync(map)) return false;
  const sources = JSON.parse(readFileSync(map, 'utf8')).sources ?? [];
  return sources.every((s) => /src\/data\/(nl|en)\/|locales\//.test(s));
}

export function sizes(dist = 'dist') {
  const entries = ['signalenkaart.js', ...readdirSync(join(dist, 'elements')).filter((f) => f.endsWith('.js')).map((f) => `elements/${f}`)];
  const rows = entries.map((e) => {
    const files = [...closure(resolve(dist, e))];
    return { entry: e, files: files.length, gzip: files.reduce((n, f) => n + gz(readFileSync(f)), 0) };
  });
  // The code of all four elements with Lit, without content: the element entries, everything
  // they load statically or dynamically, minus content chunks.
  const code = new Set();
  for (const e of entries.filter((x) => x.startsWith('elements/'))) {
    const file = resolve(dist, e);
    for (const f of closure(file)) code.add(f);
    // Code that content chunks import (such as the slices' merge helper) is code too.
    for (const d of dynamicImports(file)) for (const f of closure(d)) if (!isContent(f)) code.add(f);
  }
  const allCode = [...code].reduce((n, f) => n + gz(readFileSync(f)), 0);
  const content = readdirSync(join(dist, 'chunks'))
    .filter((f) => f.endsWith('.js') && isContent(resolve(dist, 'chunks', f)))
    .map((f) => ({ chunk: f, gzip: gz(readFileSync(resolve(dist, 'chunks', f))) }));
  return { entries: rows, allElementsCode: allCode, content, codeFiles: [...code].map((f) => relative(resolve(dist), f)) };
}
