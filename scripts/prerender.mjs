// npm run prerender: the demo pages with their elements pre-rendered (bin/signalenkaart.mjs),
// as demo/<page>.prerendered.html next to the originals; and the strict-CSP test page, whose probe
// counts violations while the script takes the pre-rendered elements over; a short page whose
// text below the element is on the first screen (test/dist/no-jump.test.ts); and the cases of the
// builder's renderer (test/pages/render-cases.html). Run by `npm run build` (after dist/),
// so `npm start` serves them and the browser tests can load them; not committed.
import { readFileSync, writeFileSync } from 'node:fs';
import { render } from '../bin/signalenkaart.mjs';

export const PAGES = ['demo/huisarts', 'demo/balie', 'test/pages/strict-csp', 'test/pages/no-jump-short', 'test/pages/no-jump-cards'];

for (const page of PAGES) {
  const input = readFileSync(`${page}.html`, 'utf8');
  const { output } = await render(input);
  const marked = output.replace(/<title>/i, '<!-- Pre-rendered by `npm run prerender` from this page without ".prerendered": do not edit. -->\n    <title>');
  writeFileSync(`${page}.prerendered.html`, marked);
  console.log(`Pre-rendered ${page}.prerendered.html`);
}

// The cases both renderers must render alike (test/render/browser.test.ts), in both languages.
for (const lang of ['nl', 'en']) {
  const { output } = await render(readFileSync('test/pages/render-cases.html', 'utf8'), lang);
  writeFileSync(`test/pages/render-cases.${lang}.prerendered.html`, output);
  console.log(`Pre-rendered test/pages/render-cases.${lang}.prerendered.html`);
}
