// npm run build: dist/ with the bundles (rollup), type declarations (tsc) and
// custom-elements.json (from the elements' JSDoc). docs/reference.md is made from the manifest by
// `npm run docs` and committed; it is not rewritten here, so test/node/reference.test.mjs can tell
// when it is stale.
import { rmSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

const run = (script, args) => execFileSync(process.execPath, [script, ...args], { stdio: 'inherit' });

rmSync('dist', { recursive: true, force: true });
run('node_modules/rollup/dist/bin/rollup', ['-c', '--silent']);
run('node_modules/typescript/bin/tsc', ['-p', 'tsconfig.build.json']);
run('node_modules/@custom-elements-manifest/analyzer/cem.js', ['analyze', '--quiet']);
run('scripts/prerender.mjs', []);
console.log('Built dist/: signalenkaart.js, elements/*.js, chunks/, types/, custom-elements.json; and the pre-rendered demo pages');
