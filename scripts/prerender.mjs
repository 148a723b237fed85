// npm run prerender: the demo pages with their elements pre-rendered (bin/signalenkaart.mjs),
// as demo/<page>.prerendered.html next to the originals. Run by `npm run build` (after dist/),
// so `npm start` serves them and the browser tests can load them; not committed.
import { readFileSync, writeFileSync } from 'node:fs';
import { render } from '../bin/signalenkaart.mjs';

export const PAGES = ['huisarts', 'balie'];

for (const page of PAGES) {
  const input = readFileSync(`demo/${page}.html`, 'utf8');
  const { output } = await render(input);
  const marked = output.replace(/<title>/i, '<!-- Pre-rendered by `npm run prerender` from this page without ".prerendered": do not edit. -->\n    <title>');
  writeFileSync(`demo/${page}.prerendered.html`, marked);
  console.log(`Pre-rendered demo/${page}.prerendered.html`);
}
