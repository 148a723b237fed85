// npm run dev: the demo with a watch. Rollup rebuilds dist/ (bundles only: no types, no
// manifest) whenever a file in src/ or locales/ changes, and the same server as `npm start`
// serves the demo pages; reload the page to see a change.
import { spawn } from 'node:child_process';

const rollup = spawn(process.execPath, ['node_modules/rollup/dist/bin/rollup', '-c', '--watch', '--silent'], { stdio: 'inherit' });
const server = spawn(process.execPath, ['scripts/serve.mjs'], { stdio: 'inherit' });
const stop = () => {
  rollup.kill();
  server.kill();
};
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => (stop(), process.exit(0)));
rollup.on('exit', (code) => {
  server.kill();
  process.exit(code ?? 0);
});
