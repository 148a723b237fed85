// Builds dist/: signalenkaart.js (the one-script-tag entry with its autoloader),
// dist/elements/<name>.js (one element each), and shared chunks: element code and
// content slices (per language and part), loaded only when a page needs them.
import { readdirSync, existsSync } from 'node:fs';
import resolve from '@rollup/plugin-node-resolve';
import json from '@rollup/plugin-json';
import esbuild from 'rollup-plugin-esbuild';
import terser from '@rollup/plugin-terser';
import conventionImports from './scripts/rollup-convention-imports.mjs';
import parallelDeps from './scripts/rollup-parallel-deps.mjs';
import entryCopies from './scripts/rollup-entry-copies.mjs';
import minifyTemplates from './scripts/rollup-minify-templates.mjs';
import classicEntry from './scripts/rollup-classic-entry.mjs';

const elements = existsSync('src/elements')
  ? readdirSync('src/elements', { withFileTypes: true })
      .filter((d) => d.isDirectory() && existsSync(`src/elements/${d.name}/define.ts`))
      .map((d) => d.name)
  : [];

// Our own modules for the shared chunk.
const CORE = new RegExp(
  [
    // The base, less what only some elements use: time formatting, the base and clock of the
    // two contact-showing elements, and the labels of one element's lists.
    '/src/base/(?!format\\.ts|contacts-element\\.ts|clock\\.ts|labels-)',
    '/src/model/(signals|background|links|color-scheme|next-step|contacts|phone|prose)\\.ts$',
    // The next step (whom to call now) every element shows at its top, the buttons all draw, and
    // the dataset's running text, with its numbers as links (every element shows some).
    '/src/ui/(next-step|phone-link|button|prose)\\.ts$',
    '/src/data/(slices|merge|enums)\\.ts$',
    '/src/catalog\\.ts$',
    '/src/(reserve|after-paint)\\.ts$',
  ].join('|'),
);

/**
 * The packages for the shared chunk: what our shared modules import from node_modules (Lit's and
 * @lit/localize's public entries) and all that those import, found in the module graph rather
 * than by file name. Directives (`lit/directives/…`), which only some elements import, stay out.
 */
function packagesOfCore({ getModuleIds, getModuleInfo }) {
  const found = new Set();
  const visit = (id) => {
    if (found.has(id)) return;
    found.add(id);
    for (const dep of getModuleInfo(id)?.importedIds ?? []) visit(dep);
  };
  for (const id of getModuleIds()) {
    if (!CORE.test(id)) continue;
    for (const dep of getModuleInfo(id)?.importedIds ?? []) if (dep.includes('/node_modules/')) visit(dep);
  }
  return found;
}

let packages;

const input = { signalenkaart: 'src/index.ts', classes: 'src/classes.ts', server: 'src/server.ts', prerender: 'src/render/browser.ts' };
for (const name of elements) input[`elements/${name}`] = `src/elements/${name}/define.ts`;

const browser = {
  input,
  output: {
    dir: 'dist',
    format: 'es',
    entryFileNames: '[name].js',
    chunkFileNames: 'chunks/[name]-[hash].js',
    // Lit (without the directives only the checklist uses), the base (without the time and
    // opening-hours formatting of the other three) and the model every element or nearly every
    // one uses, in one shared chunk: fewer requests for a few hundred bytes a page may not use.
    // Model code of only some elements (phone numbers, opening hours, checklist), content slices
    // and translations stay chunks of their own.
    manualChunks(id, meta) {
      packages ??= packagesOfCore(meta);
      return CORE.test(id) || packages.has(id) ? 'core' : undefined;
    },
    sourcemap: true,
  },
  preserveEntrySignatures: 'strict',
  plugins: [
    entryCopies(),
    resolve(),
    json({ preferConst: true, compact: true }),
    minifyTemplates(),
    // esbuild compiles TypeScript; terser minifies (two passes: about 2% smaller than esbuild's).
    esbuild({ target: 'es2021', legalComments: 'none', tsconfig: 'tsconfig.json' }),
    // Slices and elements found by convention: import(`./data/${lang}/${part}.ts`) (src/catalog.ts).
    conventionImports(),
    terser({ ecma: 2021, module: true, compress: { passes: 2 }, format: { comments: false } }),
    parallelDeps(),
    classicEntry(),
  ],
};

// What runs anywhere, Node included (package.json's exports): the local-contacts check without
// element or Lit, and the nothing an element's module is in Node. Built apart, so they share
// no chunk with the browser files (whose shared chunk holds Lit, which needs a DOM).
const anywhere = {
  input: { validate: 'src/validate.ts', node: 'src/node.ts' },
  output: { dir: 'dist', format: 'es', entryFileNames: '[name].js', sourcemap: true },
  preserveEntrySignatures: 'strict',
  plugins: [
    resolve(),
    esbuild({ target: 'es2021', legalComments: 'none', tsconfig: 'tsconfig.json' }),
    terser({ ecma: 2021, module: true, compress: { passes: 2 }, format: { comments: false } }),
  ],
};

export default [browser, anywhere];
