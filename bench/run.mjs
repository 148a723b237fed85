// npm run bench: builds, then measures side by side in headless Chromium (Debian's), in one run,
// with alternating repetitions and medians:
//  1. gzipped bytes a page with one <signal-card> loads, against static HTML of the same content;
//  2. time until that content is rendered, against the static page;
//  3. a page with 200 elements: time until all have rendered;
//  4. latency of checking a checklist item (click to next frame);
//  5. bundle sizes per entry point.
// Prints a table and writes bench/results.json. Only loopback traffic.
import { createServer } from 'node:http';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { gz, sizes } from '../scripts/sizes.mjs';

const REPS = Number(process.env.BENCH_REPS) || 9;
const root = resolve('.');
const tmp = join(root, 'bench/tmp');
const TARGETS = { codeKB: 20, extraKB: 12, timeRatio: 1.3, manyMs: 500, clickMs: 16 };

execFileSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
rmSync(tmp, { recursive: true, force: true });
mkdirSync(tmp, { recursive: true });

// ---- server that records what each page load requests
let log = [];
const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.json': 'application/json', '.css': 'text/css' };
const server = createServer((req, res) => {
  const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
  const file = join(root, path);
  try {
    if (!file.startsWith(root)) throw new Error('outside');
    const body = readFileSync(file);
    log.push({ path, gzip: gz(body) });
    res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    res.end(body);
  } catch {
    res.writeHead(404);
    res.end();
  }
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const base = `http://127.0.0.1:${server.address().port}`;

const page = (body, head = '') =>
  `<!doctype html><html lang="nl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>bench</title>${head}</head><body>${body}</body></html>`;
const CARD = '<signal-card exploitation="labour" audience="professional"></signal-card>';
const probe = (sel, count) => `<script type="module">
  const els = [...document.querySelectorAll('${sel}')];
  await Promise.all(els.map((e) => customElements.whenDefined(e.localName)));
  await Promise.all(els.map((e) => e.contentReady));
  requestAnimationFrame(() => { window.__rendered = performance.now(); });
</script>`;
writeFileSync(join(tmp, 'widget.html'), page(CARD + probe('signal-card'), '<script type="module" src="/dist/signalenkaart.js"></script>'));
const many = Array.from({ length: 200 }, (_, i) => ['<signal-card exploitation="labour" audience="professional"></signal-card>', '<contact-list></contact-list>', '<meldroute-steps route="front-desk"></meldroute-steps>', '<signal-checklist audience="front-desk"></signal-checklist>'][i % 4]).join('\n');
writeFileSync(join(tmp, 'many.html'), page(many + probe('signal-card,contact-list,meldroute-steps,signal-checklist'), '<script type="module" src="/dist/signalenkaart.js"></script>'));
writeFileSync(join(tmp, 'checklist.html'), page('<signal-checklist></signal-checklist>', '<script type="module" src="/dist/signalenkaart.js"></script>'));

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});

async function load(url, waitFor) {
  const context = await browser.newContext();
  const p = await context.newPage();
  log = [];
  await p.goto(url);
  const t = await p.waitForFunction(waitFor, null, { timeout: 30000 }).then((h) => h.jsonValue());
  const bytes = log.reduce((n, r) => n + r.gzip, 0);
  return { p, context, t, bytes, requests: log.length };
}

// ---- the static page: the card's rendered content and styles, serialised once
{
  const { p, context } = await load(`${base}/bench/tmp/widget.html`, '() => window.__rendered');
  const html = await p.evaluate(() => {
    const el = document.querySelector('signal-card');
    const css = [...el.shadowRoot.adoptedStyleSheets].flatMap((s) => [...s.cssRules].map((r) => r.cssText)).join('\n').replaceAll(':host', '.signal-card');
    const clone = el.shadowRoot.cloneNode(true);
    return `<style>${css}</style><div class="signal-card">${[...el.shadowRoot.childNodes].map((n) => n.outerHTML ?? n.textContent).join('')}</div>`;
  });
  await context.close();
  writeFileSync(join(tmp, 'static.html'), page(html + '<script>addEventListener("load",()=>requestAnimationFrame(()=>{window.__rendered=performance.now()}))</script>'));
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

const widget = [];
const stat = [];
const manyT = [];
for (let i = 0; i < REPS; i++) {
  // Alternate the order each repetition so drift hits both sides alike.
  const order = i % 2 ? ['static', 'widget'] : ['widget', 'static'];
  for (const which of order) {
    const r = await load(`${base}/bench/tmp/${which}.html`, '() => window.__rendered');
    (which === 'widget' ? widget : stat).push(r);
    await r.context.close();
  }
  const m = await load(`${base}/bench/tmp/many.html`, '() => window.__rendered');
  manyT.push(m.t);
  await m.context.close();
}

// ---- checklist click latency
const clicks = [];
{
  const { p, context } = await load(`${base}/bench/tmp/checklist.html`, '() => document.querySelector("signal-checklist")?.shadowRoot?.querySelector("input[type=checkbox]") ? 1 : 0');
  await p.evaluate(() => document.querySelector('signal-checklist').contentReady);
  for (let i = 0; i < 30; i++) {
    const ms = await p.evaluate(
      (i) =>
        new Promise((done) => {
          const el = document.querySelector('signal-checklist');
          const boxes = el.shadowRoot.querySelectorAll('input[type=checkbox]');
          const t0 = performance.now();
          boxes[i % boxes.length].click();
          el.updateComplete.then(() => requestAnimationFrame(() => done(performance.now() - t0)));
        }),
      i,
    );
    clicks.push(ms);
  }
  await context.close();
}
await browser.close();
server.close();

const size = sizes();
const results = {
  date: new Date().toISOString(),
  reps: REPS,
  oneCard: {
    widgetBytesGzip: median(widget.map((r) => r.bytes)),
    staticBytesGzip: median(stat.map((r) => r.bytes)),
    widgetMs: median(widget.map((r) => r.t)),
    staticMs: median(stat.map((r) => r.t)),
  },
  twoHundredElementsMs: median(manyT),
  checklistClickMs: median(clicks),
  bundles: size.entries,
  allElementsCodeGzip: size.allElementsCode,
  contentChunks: size.content,
};
results.oneCard.extraBytesGzip = results.oneCard.widgetBytesGzip - results.oneCard.staticBytesGzip;
results.oneCard.timeRatio = results.oneCard.widgetMs / results.oneCard.staticMs;
writeFileSync('bench/results.json', JSON.stringify(results, null, 2) + '\n');

const kb = (b) => `${(b / 1024).toFixed(1)} KB`;
const ok = (good) => (good ? 'met' : 'NOT met');
const rows = [
  ['measure', 'signalenkaart', 'static HTML / target', 'target'],
  ['1 card page, gzipped bytes', kb(results.oneCard.widgetBytesGzip), kb(results.oneCard.staticBytesGzip), `+${kb(results.oneCard.extraBytesGzip)} (<= +${TARGETS.extraKB} KB: ${ok(results.oneCard.extraBytesGzip <= TARGETS.extraKB * 1024)})`],
  ['1 card page, time to rendered content', `${results.oneCard.widgetMs.toFixed(1)} ms`, `${results.oneCard.staticMs.toFixed(1)} ms`, `ratio ${results.oneCard.timeRatio.toFixed(2)} (aim <= ${TARGETS.timeRatio}: ${ok(results.oneCard.timeRatio <= TARGETS.timeRatio)})`],
  ['200 elements, all rendered', `${results.twoHundredElementsMs.toFixed(0)} ms`, '', `<= ${TARGETS.manyMs} ms: ${ok(results.twoHundredElementsMs <= TARGETS.manyMs)}`],
  ['checklist click to next frame', `${results.checklistClickMs.toFixed(1)} ms`, '', `<= ${TARGETS.clickMs} ms: ${ok(results.checklistClickMs <= TARGETS.clickMs)}`],
  ['code of all four elements + Lit, no content', kb(results.allElementsCodeGzip), '', `<= ${TARGETS.codeKB} KB: ${ok(results.allElementsCodeGzip <= TARGETS.codeKB * 1024)}`],
  ...size.entries.map((e) => [`entry ${e.entry} (+ static imports)`, kb(e.gzip), '', '']),
];
const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
for (const r of rows) console.log(r.map((c, i) => c.padEnd(widths[i])).join(' | '));
console.log(`\n${REPS} alternating repetitions, medians. Written to bench/results.json.`);
