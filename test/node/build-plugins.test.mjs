// The build's own rollup plugins (scripts/rollup-*.mjs), on small inputs: what they make of an
// import found by convention, and what the built entry waits for.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, writeFileSync, existsSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseAst } from 'rollup/parseAst';
import conventionImports from '../../scripts/rollup-convention-imports.mjs';

/** A folder with src/data/<lang>/<part>.ts files, and a module in src/ that imports them by convention. */
function fixture(files) {
  const dir = mkdtempSync(join(tmpdir(), 'convention-'));
  for (const f of files) {
    mkdirSync(join(dir, f, '..'), { recursive: true });
    writeFileSync(join(dir, f), 'export default 1;\n');
  }
  return dir;
}

const transform = (code, id) =>
  conventionImports().transform.call({ parse: (c) => parseAst(c), error: (m) => assert.fail(m) }, code, id);

test('an import by convention becomes a table of the files that match, keyed by the values', () => {
  const dir = fixture(['data/nl/meta.ts', 'data/nl/signals-medical.ts', 'data/en/meta.ts', 'data/nl/meta.json', 'data/README.md']);
  const out = transform('export const f = (lang, part) => import(`./data/${lang}/${part}.ts`);', join(dir, 'catalog.js')).code;
  const table = Function(`return ${out.match(/\((\{.*\})\[lang\]/)[1]}`)();
  assert.deepEqual(Object.keys(table).sort(), ['en', 'nl']);
  assert.deepEqual(Object.keys(table.nl).sort(), ['meta', 'signals-medical'], 'only .ts files, by name without the ending');
  assert.deepEqual(Object.keys(table.en), ['meta']);
  assert.match(out, /import\("\.\/data\/nl\/signals-medical\.ts"\)/);
  // A path no file matches rejects, with the path in the message.
  assert.match(out, /Promise\.reject\(Error\(`No module \.\/data\/\$\{lang\}\/\$\{part\}\.ts`\)\)/);
});

test('a folder by convention: the folders that hold the named file', () => {
  const dir = fixture(['elements/signal-card/define.ts', 'elements/contact-list/define.ts', 'elements/notes/readme.ts']);
  const out = transform('const load = (name) => import(`./elements/${name}/define.ts`);', join(dir, 'index.js')).code;
  const table = Function(`return ${out.match(/\((\{.*\})\[name\]/)[1]}`)();
  assert.deepEqual(Object.keys(table).sort(), ['contact-list', 'signal-card']);
});

test('from a sibling folder (../): the same table, the imports relative to the importer', () => {
  const dir = fixture(['elements/signal-card/define.ts', 'elements/contact-list/define.ts']);
  const out = transform('const load = (name) => import(`../elements/${name}/define.ts`);', join(dir, 'render', 'everything.js')).code;
  const table = Function(`return ${out.match(/\((\{.*\})\[name\]/)[1]}`)();
  assert.deepEqual(Object.keys(table).sort(), ['contact-list', 'signal-card']);
  assert.match(out, /import\("\.\/\.\.\/elements\/contact-list\/define\.ts"\)/);
});

test('other imports are left alone', () => {
  assert.equal(transform('import("./a.js"); const x = `./${y}`;', '/tmp/x.js'), null);
});

const dist = new URL('../../dist/', import.meta.url).pathname;
const skip = !existsSync(`${dist}signalenkaart.js`) && 'dist/ is missing: run `npm run build` first (npm test builds before testing)';

test('the built entry imports nothing statically: it starts loading without waiting for a shared chunk', { skip }, () => {
  const entry = readFileSync(`${dist}signalenkaart.js`, 'utf8');
  assert.doesNotMatch(entry, /(^|[;}])\s*import\s*[\w{*"']/m);
  // ...and it has its own copy of the table of elements (src/catalog.ts).
  assert.match(entry, /\["signal-card","signal-checklist","meldroute-steps","contact-list"\]/);
});

test('the built entry also runs as a classic script, adding nothing to the global scope', { skip }, async () => {
  const { Script, createContext } = await import('node:vm');
  const entry = readFileSync(`${dist}signalenkaart.js`, 'utf8');
  // A module with import or export statements (or import.meta) is a syntax error as a classic script.
  const script = new Script(entry, { filename: 'signalenkaart.js' });
  // No document here: the loader does nothing. Top-level declarations of a classic script would
  // stay in the page's global scope, and a second copy of the script would then fail on them
  // ("already declared"); the entry keeps them inside its function.
  const context = createContext({});
  const before = Object.getOwnPropertyNames(context);
  script.runInContext(context);
  script.runInContext(context);
  assert.deepEqual(Object.getOwnPropertyNames(context), before);
  // The same code without its function does fail that way: the check above can fail.
  const unwrapped = new Script(entry.replace(/^\(\(\)=>\{"use strict";/, '').replace(/\}\)\(\);\s*(\/\/# sourceMappingURL=.*)?\s*$/, ''));
  const bare = createContext({});
  unwrapped.runInContext(bare);
  assert.throws(() => unwrapped.runInContext(bare), /already been declared/);
});
