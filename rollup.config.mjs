// Builds dist/: signalenkaart.js (the one-script-tag entry with its autoloader),
// dist/elements/<name>.js (one element each), and shared chunks: element code and
// content slices (per language and part), loaded only when a page needs them.
import { readdirSync, existsSync } from 'node:fs';
import resolve from '@rollup/plugin-node-resolve';
import json from '@rollup/plugin-json';
import esbuild from 'rollup-plugin-esbuild';
import terser from '@rollup/plugin-terser';
import parallelDeps from './scripts/rollup-parallel-deps.mjs';
import minifyTemplates from './scripts/rollup-minify-templates.mjs';

const elements = existsSync('src/elements')
  ? readdirSync('src/elements', { withFileTypes: true })
      .filter((d) => d.isDirectory() && existsSync(`src/elements/${d.name}/define.ts`))
      .map((d) => d.name)
  : [];

const CORE = new RegExp(
  [
    '/node_modules/(lit|lit-html|lit-element|@lit/reactive-element|@lit/localize)/(index|lit-html|lit-element|reactive-element|css-tag|is-server|lit-localize|init/|internal/)',
    // The base, less what only some elements use: time formatting, and the base and clock of
    // the two contact-showing elements.
    '/src/base/(?!format\\.ts|contacts-element\\.ts|clock\\.ts)',
    '/src/model/(signals|background|links|color-scheme|next-step|contacts|phone)\\.ts$',
    // The next step (whom to call now) every element shows at its top.
    '/src/ui/(next-step|phone-link)\\.ts$',
    '/src/data/(slices|merge)\\.ts$',
  ].join('|'),
);

const input = { signalenkaart: 'src/index.ts', classes: 'src/classes.ts' };
for (const name of elements) input[`elements/${name}`] = `src/elements/${name}/define.ts`;

export default {
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
    manualChunks: (id) => (CORE.test(id) ? 'core' : undefined),
    sourcemap: true,
  },
  preserveEntrySignatures: 'strict',
  plugins: [
    resolve(),
    json({ preferConst: true, compact: true }),
    minifyTemplates(),
    // esbuild compiles TypeScript; terser minifies (two passes: about 2% smaller than esbuild's).
    esbuild({ target: 'es2021', legalComments: 'none', tsconfig: 'tsconfig.json' }),
    terser({ ecma: 2021, module: true, compress: { passes: 2 }, format: { comments: false } }),
    parallelDeps(),
  ],
};
