// npm run bench: builds, then measures side by side in headless Chromium (Debian's), in one run,
// with alternating repetitions and medians:
//  1. gzipped bytes a page with one <signal-card> loads, against static HTML of the same content;
//  2. time until that content is rendered, against the static page (loopback, and with an
//     emulated 40 ms round trip, where the widget's chain of module requests costs more);
//  3. pages with 200 elements (200 <signal-card>, and 50 of each element): time until all rendered;
//  4. latency of checking a checklist item with a real (CDP) mouse click;
//  5. bundle sizes per entry point, and the code of all four elements with Lit, without content;
//  6. cumulative layout shift (worst of three loads, phone viewport) of a realistic page with one
//     of each element, and of a short page with one contact list: with the script tag only (as the snippet builder writes it: a classic script
//     right before the first element; and as a deferred module in the head, which runs after the
//     first paint), and pre-rendered (`signalenkaart render`, which defers the script); and of a
//     desktop page (1280×800) whose content column is 720 px wide, with the elements that are
//     shorter than the screen there near its top (the reservation follows the element's width);
//  7. Lighthouse (12.2.3, mobile, its default simulated throttling) on the same realistic page:
//     performance and accessibility scores, for the script tag and the pre-rendered page;
//  8. time to content of the one-card page pre-rendered, against the static copy (loopback, and
//     with the emulated latency);
//  9. the least any script tag can take for the same card (the floor of item 2): a small classic
//     script that loads the card's finished DOM and styles from one file and puts them in with
//     DOM calls: no element code, no Lit, no rendering, only the requests a script tag needs;
//     and the same with the DOM and styles inside the script itself (one request, blocking).
// Prints a table and writes bench/results.json. Only loopback traffic: a request to any other
// address is counted and reported (it should never happen).
//
// Environment: BENCH_REPS (default 11), BENCH_CLICKS (default 40), CHROMIUM_PATH.
import { Worker } from 'node:worker_threads';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { gz, sizes } from '../scripts/sizes.mjs';
import { render } from '../bin/signalenkaart.mjs';

const REPS = Number(process.env.BENCH_REPS) || 11;
const CLICKS = Number(process.env.BENCH_CLICKS) || 40;
const LATENCY_MS = 40;
const root = resolve('.');
const tmp = join(root, 'bench/tmp');
const TARGETS = { codeKB: 20, extraKB: 12, timeRatio: 1.3, manyMs: 500, clickMs: 16 };

execFileSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
rmSync(tmp, { recursive: true, force: true });
mkdirSync(tmp, { recursive: true });
// Measure a snapshot of this build, so a rebuild of dist/ during the run cannot disturb it.
const dist = join(tmp, 'dist');
cpSync(join(root, 'dist'), dist, { recursive: true });

/* ------------------------------------------------------------------ server */

// A server in a worker thread (bench/server.mjs) serves the repository; here we record what
// each page load requested (gzipped body sizes, as a server with gzip would send them). Every
// response is no-store and every load gets a fresh browser context, so each load is a cold load.
let log = [];
// Gzipped sizes are computed once per file (the snapshot does not change), not while the page
// waits: a real server sends precompressed or cached files.
const gzCache = new Map();
const gzOnce = (file) => {
  if (!gzCache.has(file)) gzCache.set(file, gz(readFileSync(file)));
  return gzCache.get(file);
};
const server = new Worker(new URL('./server.mjs', import.meta.url), { workerData: { root, dist } });
let pong = () => {};
server.on('message', (m) => {
  if (m.type === 'request') log.push({ path: m.path, file: m.file });
  if (m.type === 'pong') pong();
});
const port = await new Promise((r) => server.on('message', (m) => m.type === 'listening' && r(m.port)));
const base = `http://127.0.0.1:${port}`;
/** The requests of the current load, once the server has reported all of them. */
async function requests() {
  await new Promise((r) => {
    pong = r;
    server.postMessage('ping');
  });
  return log.map((r) => ({ ...r, gzip: gzOnce(r.file) }));
}

/* ------------------------------------------------------------------- pages */

const page = (body, head = '') =>
  `<!doctype html><html lang="nl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>bench</title>${head}</head><body>${body}</body></html>`;
// The script tag as docs/embedding.md gives it: a classic script before the elements.
const BUNDLE = '<script src="/dist/signalenkaart.js"></script>';
const BUNDLE_MODULE = '<script type="module" src="/dist/signalenkaart.js"></script>';
// The same "rendered" mark on every page: the content is in the DOM, then the frame that paints
// it has run (requestAnimationFrame, then a task after that frame).
// The page says so on the console: waiting with page.waitForFunction would inject Playwright's
// script into the page while it loads and block the main thread for tens of milliseconds,
// which hurts a page that is still rendering (the widget) more than one that is done (static).
const afterPaint = 'const mark=()=>requestAnimationFrame(()=>{const c=new MessageChannel();c.port1.onmessage=()=>{window.__rendered=performance.now();console.log("bench:rendered")};c.port2.postMessage(0)});';
const widgetProbe = (sel) => `<script type="module">${afterPaint}
const els=[...document.querySelectorAll('${sel}')];
await Promise.all(els.map((e)=>customElements.whenDefined(e.localName)));
await Promise.all(els.map((e)=>e.contentReady));
mark();</script>`;
const staticProbe = `<script>${afterPaint}mark();</script>`;

const CARD = '<signal-card exploitation="labour" audience="professional"></signal-card>';
const FORMS = ['labour', 'sexual', 'criminal', 'organ'];
const AUDIENCES = ['professional', 'front-desk', 'medical', 'first-line'];
const ELEMENTS = ['signal-card', 'signal-checklist', 'meldroute-steps', 'contact-list'];

writeFileSync(join(tmp, 'widget.html'), page(CARD + widgetProbe('signal-card'), BUNDLE));
const cards = Array.from({ length: 200 }, (_, i) => `<signal-card exploitation="${FORMS[i % 4]}" audience="${AUDIENCES[Math.floor(i / 4) % 4]}"></signal-card>`);
writeFileSync(join(tmp, 'cards200.html'), page(cards.join('\n') + widgetProbe('signal-card'), BUNDLE));
const mixed = Array.from({ length: 200 }, (_, i) => {
  const name = ELEMENTS[i % 4];
  const attr = name === 'meldroute-steps' ? ` route="${AUDIENCES[Math.floor(i / 4) % 4]}"` : name === 'signal-card' ? ` exploitation="${FORMS[Math.floor(i / 4) % 4]}"` : '';
  return `<${name}${attr}></${name}>`;
});
writeFileSync(join(tmp, 'mixed200.html'), page(mixed.join('\n') + widgetProbe(ELEMENTS.join(',')), BUNDLE));
// A realistic page for layout shift: a heading, text, one of each element, more text.
const prose = '<p>' + 'Een gemeentepagina met gewone tekst voor en na de elementen, zoals een redactie die maakt. '.repeat(6) + '</p>';
// The script line where the snippet builder puts it: right before the first element, in the body.
const realisticBody = (script = '') =>
  `<h1>Mensenhandel herkennen</h1>${prose}${script}<signal-card exploitation="labour" audience="front-desk"></signal-card>${prose}` +
  `<meldroute-steps route="front-desk" no-next-step></meldroute-steps>${prose}<signal-checklist audience="front-desk" no-next-step></signal-checklist>` +
  `<contact-list no-next-step></contact-list>${prose}`;
const realistic = page(realisticBody(BUNDLE));
writeFileSync(join(tmp, 'cls-script.html'), realistic);
writeFileSync(join(tmp, 'cls-module.html'), page(realisticBody(), BUNDLE_MODULE));
// A desktop page with a content column 720 px wide: the script, then near the top whom to call
// (the acute contact list) and the card's overview, which are shorter than the screen there.
const column =
  '<style>main{max-width:720px;margin:0 auto}</style>' +
  `<main><h1>Mensenhandel herkennen</h1>${BUNDLE}<p>Twijfelt u? Bel.</p><contact-list topic="acute" no-next-step></contact-list>` +
  `${prose}<signal-card audience="front-desk"></signal-card>${prose}</main>`;
writeFileSync(join(tmp, 'cls-column.html'), page(column));
writeFileSync(join(tmp, 'cls-prerendered.html'), (await render(realistic, 'nl')).output);
// A short page: a heading, a line, whom to call, the page's text after it. Pre-rendered, its
// blocks were once laid out at an estimate in the first frame and then moved (CLS 0.42).
const short = `<h1>Melden</h1><p>Vermoedt u mensenhandel? Hieronder staat wie u kunt bellen.</p>${BUNDLE}<contact-list topic="report"></contact-list>${prose}`;
writeFileSync(join(tmp, 'cls-short-script.html'), page(short));
writeFileSync(join(tmp, 'cls-short-prerendered.html'), (await render(page(short), 'nl')).output);
// The one-card page pre-rendered: its content is in the HTML, so "rendered" is the first frame.
writeFileSync(join(tmp, 'prerendered.html'), (await render(page(CARD + staticProbe, BUNDLE), 'nl')).output);
// The largest checklist: every signal.
writeFileSync(join(tmp, 'checklist.html'), page('<signal-checklist></signal-checklist>', BUNDLE));

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});

const foreign = [];
/** One cold load in a fresh context: time of the "rendered" mark, bytes and requests. */
async function load(url, { latency = 0 } = {}) {
  const context = await browser.newContext({ viewport: { width: 1024, height: 768 } });
  const p = await context.newPage();
  p.on('request', (r) => {
    if (!r.url().startsWith(base) && !r.url().startsWith('data:')) foreign.push(r.url());
  });
  if (latency) {
    const cdp = await context.newCDPSession(p);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency, downloadThroughput: -1, uploadThroughput: -1 });
  }
  log = [];
  const rendered = p.waitForEvent('console', { predicate: (m) => m.text() === 'bench:rendered', timeout: 60000 });
  await p.goto(url);
  await rendered.catch((e) => {
    throw new Error(`${url} did not render within 60 s (${e.message.split('\n')[0]})`);
  });
  const t = await p.evaluate(() => window.__rendered);
  // Bytes until the content: the page and the files it asked for before the "rendered" mark.
  // Not what loads after it (the card's background, in an idle moment), which finished before
  // the server's report in some loads and not in others.
  const before = new Set(
    await p.evaluate(() => performance.getEntriesByType('resource').filter((e) => e.startTime <= window.__rendered).map((e) => new URL(e.name).pathname)),
  );
  const done = (await requests()).filter((r) => r.path === new URL(url).pathname || before.has(r.path));
  const bytes = done.reduce((n, r) => n + r.gzip, 0);
  return { p, context, t, bytes, requests: done.length };
}

/**
 * Sanity: the widget really rendered its content (not a loading line or an error): the footer
 * with sources and dataset version, which an element renders only with its content, and at
 * least `min` characters of text.
 */
async function assertRendered(p, sel, min) {
  const short = await p.evaluate(
    ([s, m]) =>
      [...document.querySelectorAll(s)].filter((e) => !e.shadowRoot?.querySelector('[part="footer"]') || (e.shadowRoot.textContent ?? '').trim().length < m).length,
    [sel, min],
  );
  if (short) throw new Error(`${short} elements matching ${sel} did not render their content`);
}

/* ---------------------------------------------- the static page, same content */

// The cards' rendered shadow DOM, without Lit's comment markers, with the card's own styles: the
// same content and look as static HTML. The widget renders a closed panel's content only when it
// opens (or the page prints); the static copy holds all of it, in hidden panels, as a static page
// with the same content would.
async function staticCopy(from, to) {
  const { p, context } = await load(`${base}/bench/tmp/${from}`);
  await assertRendered(p, 'signal-card', 500);
  const body = await p.evaluate(async () => {
    const els = [...document.querySelectorAll('signal-card')];
    window.dispatchEvent(new Event('beforeprint'));
    // Printing loads the background where an idle moment has not yet: wait for it.
    await Promise.all(els.map((el) => el.contentReady));
    const css = [...els[0].shadowRoot.adoptedStyleSheets]
      .flatMap((s) => [...s.cssRules].map((r) => r.cssText))
      .join('\n')
      .replaceAll(':host', '.signal-card');
    const content = els.map((el) => `<div class="signal-card">${el.shadowRoot.innerHTML.replace(/<!--[\s\S]*?-->/g, '')}</div>`);
    return `<style>${css}</style>${content.join('\n')}`;
  });
  await context.close();
  writeFileSync(join(tmp, to), page(body + staticProbe));
}
await staticCopy('widget.html', 'static.html');

// The floor of the script-tag route (item 9). A script tag in a page that does not hold the
// content needs at least two requests in a row: the script, then the content its element asks
// for (which it can only know once it has read the element's attributes). Here the content is
// the card's own finished shadow DOM (as the widget renders it, closed panels closed) and its
// styles, as data in one module, parsed with JSON.parse (the fastest JavaScript can read it);
// the script builds it with createElement and append. No real route can be faster: it is this,
// plus code that decides what to render.
{
  // The card's DOM at the moment it has its content (contentReady), as the widget's time is
  // taken: before an idle moment fills its closed panels for find-in-page.
  const snapshot = `<script type="module">
const el = document.querySelector('signal-card');
await customElements.whenDefined('signal-card');
await el.contentReady;
const node = (n) => (n.nodeType === 3 ? n.data : n.nodeType === 1 ? [n.localName, [...n.attributes].map((a) => [a.name, a.value]), ...[...n.childNodes].map(node).filter((c) => c !== null)] : null);
window.__floor = {
  css: [...el.shadowRoot.adoptedStyleSheets].flatMap((s) => [...s.cssRules].map((r) => r.cssText)).join('\\n'),
  tree: [...el.shadowRoot.childNodes].map(node).filter((c) => c !== null),
};
console.log('bench:rendered');</script>`;
  writeFileSync(join(tmp, 'floor-source.html'), page(CARD + snapshot, BUNDLE));
  const { context, p } = await load(`${base}/bench/tmp/floor-source.html`);
  const { css, tree } = await p.evaluate(() => window.__floor);
  await context.close();
  writeFileSync(join(tmp, 'floor-content.js'), `export const css = ${JSON.stringify(css)};\nexport const tree = JSON.parse(${JSON.stringify(JSON.stringify(tree))});\n`);
  const build = (t) => {
    if (typeof t === 'string') return document.createTextNode(t);
    const [name, attributes, ...children] = t;
    const el = document.createElement(name);
    for (const [k, v] of attributes) el.setAttribute(k, v);
    el.append(...children.map(build));
    return el;
  };
  writeFileSync(
    join(tmp, 'floor.js'),
    `(() => {const build = ${build.toString()};\n` +
      `for (const el of document.querySelectorAll('signal-card')) import('/bench/tmp/floor-content.js').then(({ css, tree }) => {` +
      `const root = el.attachShadow({ mode: 'open' }); const sheet = new CSSStyleSheet(); sheet.replaceSync(css); root.adoptedStyleSheets = [sheet]; root.append(...tree.map(build)); });})();\n`,
  );
  // Rendered: the frame in which the content is there (looked at in each frame's
  // requestAnimationFrame, before it paints), then a task after that frame, as on the other pages.
  const floorProbe = `<script>(function wait(){requestAnimationFrame(()=>{const r=document.querySelector('signal-card').shadowRoot;if(!r||!r.querySelector('[part="footer"]'))return wait();const c=new MessageChannel();c.port1.onmessage=()=>{window.__rendered=performance.now();console.log("bench:rendered")};c.port2.postMessage(0)})})();</script>`;
  writeFileSync(join(tmp, 'floor.html'), page(CARD + '<script src="/bench/tmp/floor.js"></script>' + floorProbe));
  // The floor with one request (item 9, second row): the same DOM and styles inside the script
  // itself, built at once as the parser reaches it (a classic script that blocks the parser), so
  // nothing waits for a second file. A real widget cannot be this (it would carry every
  // configuration, or hold up the host page's parser for all its code); it shows that even one
  // request after the page, with no code at all, costs a round trip the static copy does not pay.
  writeFileSync(
    join(tmp, 'floor-one.js'),
    `(() => {const build = ${build.toString()};\nconst css = ${JSON.stringify(css)};\nconst tree = JSON.parse(${JSON.stringify(JSON.stringify(tree))});\n` +
      `for (const el of document.querySelectorAll('signal-card')) {const root = el.attachShadow({ mode: 'open' }); const sheet = new CSSStyleSheet(); sheet.replaceSync(css); root.adoptedStyleSheets = [sheet]; root.append(...tree.map(build));}})();\n`,
  );
  writeFileSync(join(tmp, 'floor-one.html'), page(CARD + '<script src="/bench/tmp/floor-one.js"></script>' + floorProbe));
}
await staticCopy('cards200.html', 'static200.html');

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const round = (x) => Math.round(x * 10) / 10;
const spread = (xs) => ({ min: round(Math.min(...xs)), median: round(median(xs)), max: round(Math.max(...xs)) });

/* ----------------------------------------------------------- layout shift */

/** Cumulative layout shift of one cold load (at 412×823), until every element has its content and 1 s more. */
async function cls(url, viewport = { width: 412, height: 823 }) {
  const context = await browser.newContext({ viewport });
  const p = await context.newPage();
  await p.addInitScript(() => {
    window.__cls = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (!e.hadRecentInput) window.__cls += e.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await p.goto(url);
  await p.evaluate(async () => {
    const els = [...document.querySelectorAll('signal-card, signal-checklist, meldroute-steps, contact-list')];
    await Promise.all(els.map(async (el) => {
      await customElements.whenDefined(el.localName);
      await el.contentReady;
    }));
    await new Promise((r) => setTimeout(r, 1000));
  });
  const value = await p.evaluate(() => window.__cls);
  await context.close();
  return value;
}
const layoutShift = { script: [], module: [], prerendered: [], column: [], shortScript: [], shortPrerendered: [] };
for (let i = 0; i < 3; i++) {
  layoutShift.script.push(await cls(`${base}/bench/tmp/cls-script.html`));
  layoutShift.column.push(await cls(`${base}/bench/tmp/cls-column.html`, { width: 1280, height: 800 }));
  layoutShift.module.push(await cls(`${base}/bench/tmp/cls-module.html`));
  layoutShift.prerendered.push(await cls(`${base}/bench/tmp/cls-prerendered.html`));
  layoutShift.shortScript.push(await cls(`${base}/bench/tmp/cls-short-script.html`));
  layoutShift.shortPrerendered.push(await cls(`${base}/bench/tmp/cls-short-prerendered.html`));
}

/* ------------------------------------------------------------ page loads */

// Each repetition loads every page once, and the one-card pages three times (between the
// heavy pages: their times are short and vary most, so they get more samples); the order
// rotates from one repetition to the next, so warm-up and drift hit every page alike. Medians
// over all samples.
const oneCard = [
  { key: 'widget', url: 'widget.html', check: ['signal-card', 500] },
  { key: 'static', url: 'static.html' },
  { key: 'prerendered', url: 'prerendered.html' },
  { key: 'prerenderedSlow', url: 'prerendered.html', latency: LATENCY_MS },
  { key: 'widgetSlow', url: 'widget.html', latency: LATENCY_MS, check: ['signal-card', 500] },
  { key: 'staticSlow', url: 'static.html', latency: LATENCY_MS },
  { key: 'floor', url: 'floor.html', check: ['signal-card', 500] },
  { key: 'floorSlow', url: 'floor.html', latency: LATENCY_MS },
  { key: 'floorOne', url: 'floor-one.html', check: ['signal-card', 500] },
  { key: 'floorOneSlow', url: 'floor-one.html', latency: LATENCY_MS },
];
const heavy = [
  { key: 'cards200', url: 'cards200.html', check: ['signal-card', 500] },
  { key: 'static200', url: 'static200.html' },
  { key: 'mixed200', url: 'mixed200.html', check: [ELEMENTS.join(','), 500] },
];
const runs = [...oneCard, ...heavy];
const schedule = heavy.flatMap((h) => [...oneCard, h]);
const measured = Object.fromEntries(runs.map((r) => [r.key, []]));
// One untimed warm-up of each page (the browser's own first-start costs).
for (const r of runs) (await load(`${base}/bench/tmp/${r.url}`, r)).context.close();
for (let i = 0; i < REPS; i++) {
  const order = schedule.map((_, j) => schedule[(i + j) % schedule.length]);
  if (i % 2) order.reverse();
  for (const r of order) {
    const m = await load(`${base}/bench/tmp/${r.url}`, r);
    if (r.check && i === 0) await assertRendered(m.p, ...r.check);
    measured[r.key].push({ t: m.t, bytes: m.bytes, requests: m.requests });
    await m.context.close();
  }
  process.stdout.write(`\rrepetition ${i + 1}/${REPS}`);
}
process.stdout.write('\n');
const times = (key) => measured[key].map((m) => m.t);

/* ------------------------------------------------------ checklist click */

// Real mouse clicks (CDP input) on the checkboxes of the largest checklist. Per click: from the
// click event's timestamp until the element has re-rendered (the widget's own work), and until
// the frame that shows it (that adds waiting for the display's next frame).
const clicks = { processing: [], toFrame: [] };
{
  const context = await browser.newContext({ viewport: { width: 1024, height: 768 } });
  const p = await context.newPage();
  await p.goto(`${base}/bench/tmp/checklist.html`);
  await p.evaluate(async () => {
    await customElements.whenDefined('signal-checklist');
    const el = document.querySelector('signal-checklist');
    await el.contentReady;
    window.__clicks = [];
    let start = 0;
    let before = '';
    const count = () => el.shadowRoot.querySelector('.summary .counts p').textContent;
    // The click's timestamp (when the input event was created), and the summary before it...
    el.shadowRoot.addEventListener(
      'click',
      (e) => {
        if (!(e.target instanceof HTMLInputElement)) return;
        start = e.timeStamp;
        before = count();
      },
      true,
    );
    // ...until the element has re-rendered after its own change handler (this listener bubbles,
    // so it runs after the input's; Lit may already have rendered in the microtasks between),
    // and until the next frame.
    el.shadowRoot.addEventListener('change', () => {
      el.updateComplete.then(() => {
        const rendered = performance.now();
        if (count() === before) throw new Error('the summary did not change');
        requestAnimationFrame(() => {
          const c = new MessageChannel();
          c.port1.onmessage = () => window.__clicks.push({ processing: rendered - start, toFrame: performance.now() - start });
          c.port2.postMessage(0);
        });
      });
    });
  });
  const boxes = p.locator('signal-checklist input[type="checkbox"]');
  const count = await boxes.count();
  // Warm-up clicks (check and uncheck), not counted.
  for (let i = 0; i < 4; i++) await boxes.nth(i % 2).click();
  await p.waitForFunction(() => window.__clicks.length === 4);
  await p.evaluate(() => (window.__clicks = []));
  for (let i = 0; i < CLICKS; i++) {
    // Alternately check a box and uncheck it again, walking through the list.
    const n = Math.floor(i / 2) % count;
    await boxes.nth(n).click();
    await p.waitForFunction((k) => window.__clicks.length === k, i + 1);
  }
  const got = await p.evaluate(() => window.__clicks);
  clicks.processing = got.map((c) => c.processing);
  clicks.toFrame = got.map((c) => c.toFrame);
  await context.close();
}
await browser.close();

/* -------------------------------------------------------------- Lighthouse */

// Lighthouse 12.2.3 (its mobile defaults: a Moto G Power sized screen, simulated slow 4G and CPU)
// on the realistic page, for both routes; the median run of three by performance score.
const lighthouseScores = {};
{
  const { default: lighthouse } = await import('lighthouse');
  const chromeLauncher = await import('chrome-launcher');
  for (const [key, file] of [['script', 'cls-script.html'], ['prerendered', 'cls-prerendered.html']]) {
    const runs = [];
    for (let i = 0; i < 3; i++) {
      const chrome = await chromeLauncher.launch({
        chromePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
        chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
      });
      try {
        const r = await lighthouse(`${base}/bench/tmp/${file}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility'] });
        const lhr = r.lhr;
        const a = (id) => lhr.audits[id]?.numericValue;
        runs.push({
          performance: lhr.categories.performance.score,
          accessibility: lhr.categories.accessibility.score,
          fcpMs: Math.round(a('first-contentful-paint')),
          lcpMs: Math.round(a('largest-contentful-paint')),
          tbtMs: Math.round(a('total-blocking-time')),
          cls: +a('cumulative-layout-shift').toFixed(3),
          failedAccessibility: Object.values(lhr.audits).filter((x) => lhr.categories.accessibility.auditRefs.some((ref) => ref.id === x.id && ref.weight > 0) && x.score === 0).map((x) => x.id),
        });
      } finally {
        await chrome.kill();
      }
    }
    runs.sort((x, y) => x.performance - y.performance);
    lighthouseScores[key] = { median: runs[1], runs };
    process.stdout.write(`lighthouse ${key}: performance ${runs.map((r) => r.performance).join(', ')}\n`);
  }
}
await server.terminate();

/* --------------------------------------------------------------- results */

const size = sizes(dist);
const first = (key) => measured[key][0];
const results = {
  date: new Date().toISOString(),
  chromium: browser.version(),
  reps: REPS,
  note: 'Medians over alternating repetitions, cold loads from a loopback server (no-store). Bytes are gzip -9 of each response body.',
  oneCard: {
    widgetBytesGzip: median(measured.widget.map((m) => m.bytes)),
    staticBytesGzip: median(measured.static.map((m) => m.bytes)),
    widgetRequests: first('widget').requests,
    staticRequests: first('static').requests,
    widgetMs: spread(times('widget')),
    staticMs: spread(times('static')),
    latencyMs: LATENCY_MS,
    widgetSlowMs: spread(times('widgetSlow')),
    staticSlowMs: spread(times('staticSlow')),
  },
  cards200Ms: spread(times('cards200')),
  static200Ms: spread(times('static200')),
  static200BytesGzip: median(measured.static200.map((m) => m.bytes)),
  cards200BytesGzip: median(measured.cards200.map((m) => m.bytes)),
  mixed200Ms: spread(times('mixed200')),
  checklistClick: { clicks: CLICKS, processingMs: spread(clicks.processing), toFrameMs: spread(clicks.toFrame) },
  bundles: size.entries,
  allElementsCodeGzip: size.allElementsCode,
  allElementsCodeFiles: size.codeFiles,
  contentChunks: size.content,
  layoutShiftWorstOf3: {
    script: Math.max(...layoutShift.script),
    module: Math.max(...layoutShift.module),
    prerendered: Math.max(...layoutShift.prerendered),
    column: Math.max(...layoutShift.column),
    shortScript: Math.max(...layoutShift.shortScript),
    shortPrerendered: Math.max(...layoutShift.shortPrerendered),
    runs: layoutShift,
  },
  prerenderedCardMs: spread(times('prerendered')),
  prerenderedCardSlowMs: spread(times('prerenderedSlow')),
  floorCardMs: spread(times('floor')),
  floorCardSlowMs: spread(times('floorSlow')),
  floorCardBytesGzip: median(measured.floor.map((m) => m.bytes)),
  floorOneCardMs: spread(times('floorOne')),
  floorOneCardSlowMs: spread(times('floorOneSlow')),
  lighthouse: lighthouseScores,
  foreignRequests: foreign,
};
const oc = results.oneCard;
oc.extraBytesGzip = oc.widgetBytesGzip - oc.staticBytesGzip;
oc.timeRatio = round(oc.widgetMs.median / oc.staticMs.median * 10) / 10;
oc.timeRatioSlow = round(oc.widgetSlowMs.median / oc.staticSlowMs.median * 10) / 10;
results.targets = {
  allElementsCodeKB: { target: TARGETS.codeKB, value: +(results.allElementsCodeGzip / 1024).toFixed(1), met: results.allElementsCodeGzip <= TARGETS.codeKB * 1024 },
  oneCardExtraKB: { target: TARGETS.extraKB, value: +(oc.extraBytesGzip / 1024).toFixed(1), met: oc.extraBytesGzip <= TARGETS.extraKB * 1024 },
  timeRatio: { target: TARGETS.timeRatio, value: +oc.timeRatio.toFixed(2), met: oc.timeRatio <= TARGETS.timeRatio, aim: true },
  timeRatioSlow: { target: TARGETS.timeRatio, value: +oc.timeRatioSlow.toFixed(2), met: oc.timeRatioSlow <= TARGETS.timeRatio, aim: true },
  cards200Ms: { target: TARGETS.manyMs, value: +results.cards200Ms.median.toFixed(0), met: results.cards200Ms.median <= TARGETS.manyMs },
  clsScript: { target: 0.1, value: +results.layoutShiftWorstOf3.script.toFixed(3), met: results.layoutShiftWorstOf3.script <= 0.1 },
  lighthouseScriptPerformance: { target: 0.9, value: lighthouseScores.script.median.performance, met: lighthouseScores.script.median.performance >= 0.9 },
  lighthouseScriptAccessibility: { target: 1, value: lighthouseScores.script.median.accessibility, met: lighthouseScores.script.median.accessibility >= 1 },
  lighthousePrerenderedPerformance: { target: 0.9, value: lighthouseScores.prerendered.median.performance, met: lighthouseScores.prerendered.median.performance >= 0.9 },
  lighthousePrerenderedAccessibility: { target: 1, value: lighthouseScores.prerendered.median.accessibility, met: lighthouseScores.prerendered.median.accessibility >= 1 },
  prerenderedTimeRatio: { target: TARGETS.timeRatio, value: +(results.prerenderedCardMs.median / results.oneCard.staticMs.median).toFixed(2), met: results.prerenderedCardMs.median / results.oneCard.staticMs.median <= TARGETS.timeRatio },
  prerenderedTimeRatioSlow: { target: TARGETS.timeRatio, value: +(results.prerenderedCardSlowMs.median / results.oneCard.staticSlowMs.median).toFixed(2), met: results.prerenderedCardSlowMs.median / results.oneCard.staticSlowMs.median <= TARGETS.timeRatio },
  clsColumn: { target: 0.1, value: +results.layoutShiftWorstOf3.column.toFixed(3), met: results.layoutShiftWorstOf3.column <= 0.1 },
  clsPrerendered: { target: 0.01, value: +results.layoutShiftWorstOf3.prerendered.toFixed(3), met: results.layoutShiftWorstOf3.prerendered <= 0.01 },
  clsShortScript: { target: 0.1, value: +results.layoutShiftWorstOf3.shortScript.toFixed(3), met: results.layoutShiftWorstOf3.shortScript <= 0.1 },
  clsShortPrerendered: { target: 0.01, value: +results.layoutShiftWorstOf3.shortPrerendered.toFixed(3), met: results.layoutShiftWorstOf3.shortPrerendered <= 0.01 },
  clickMs: { target: TARGETS.clickMs, value: +results.checklistClick.processingMs.median.toFixed(1), met: results.checklistClick.processingMs.median <= TARGETS.clickMs },
};
writeFileSync('bench/results.json', JSON.stringify(results, null, 2) + '\n');

const kb = (b) => `${(b / 1024).toFixed(1)} KB`;
const ms = (x) => `${x.toFixed(x < 100 ? 1 : 0)} ms`;
const ok = (t) => (t.met ? 'met' : 'NOT met');
const T = results.targets;
const rows = [
  ['measure', 'signalenkaart', 'static HTML', 'target', 'result'],
  ['1 card page: gzipped bytes loaded', `${kb(oc.widgetBytesGzip)} (${oc.widgetRequests} files)`, `${kb(oc.staticBytesGzip)} (${oc.staticRequests} file)`, `<= +${TARGETS.extraKB} KB`, `+${kb(oc.extraBytesGzip)}: ${ok(T.oneCardExtraKB)}`],
  ['1 card page: time to rendered content', ms(oc.widgetMs.median), ms(oc.staticMs.median), `<= ${TARGETS.timeRatio}x (aim)`, `${oc.timeRatio.toFixed(2)}x: ${ok(T.timeRatio)}`],
  [`  same, ${LATENCY_MS} ms emulated latency`, ms(oc.widgetSlowMs.median), ms(oc.staticSlowMs.median), `<= ${TARGETS.timeRatio}x (aim)`, `${oc.timeRatioSlow.toFixed(2)}x: ${ok(T.timeRatioSlow)}`],
  ['  least any script tag can take (content from one file, no code)', ms(results.floorCardMs.median), ms(oc.staticMs.median), '(the floor)', `${(results.floorCardMs.median / oc.staticMs.median).toFixed(2)}x`],
  [`  same, ${LATENCY_MS} ms emulated latency`, ms(results.floorCardSlowMs.median), ms(oc.staticSlowMs.median), '(the floor)', `${(results.floorCardSlowMs.median / oc.staticSlowMs.median).toFixed(2)}x`],
  ['  the same in one request (content inside a blocking script, no code)', ms(results.floorOneCardMs.median), ms(oc.staticMs.median), '(the floor)', `${(results.floorOneCardMs.median / oc.staticMs.median).toFixed(2)}x`],
  [`  same, ${LATENCY_MS} ms emulated latency`, ms(results.floorOneCardSlowMs.median), ms(oc.staticSlowMs.median), '(the floor)', `${(results.floorOneCardSlowMs.median / oc.staticSlowMs.median).toFixed(2)}x`],
  ['  same page pre-rendered (signalenkaart render)', ms(results.prerenderedCardMs.median), ms(oc.staticMs.median), `<= ${TARGETS.timeRatio}x`, `${T.prerenderedTimeRatio.value.toFixed(2)}x: ${ok(T.prerenderedTimeRatio)}`],
  [`  same, pre-rendered, ${LATENCY_MS} ms emulated latency`, ms(results.prerenderedCardSlowMs.median), ms(oc.staticSlowMs.median), `<= ${TARGETS.timeRatio}x`, `${T.prerenderedTimeRatioSlow.value.toFixed(2)}x: ${ok(T.prerenderedTimeRatioSlow)}`],
  ['200 <signal-card>: all rendered', ms(results.cards200Ms.median), ms(results.static200Ms.median), `<= ${TARGETS.manyMs} ms`, ok(T.cards200Ms)],
  ['200 <signal-card>: gzipped bytes loaded', kb(results.cards200BytesGzip), kb(results.static200BytesGzip), '', ''],
  ['200 elements, 50 of each: all rendered', ms(results.mixed200Ms.median), '', '', ''],
  ['realistic page, 412x823: CLS, worst of 3, script tag', T.clsScript.value.toFixed(3), '', '<= 0.1', ok(T.clsScript)],
  ['  same page, the script as a deferred module', results.layoutShiftWorstOf3.module.toFixed(3), '', '(not the documented way)', ''],
  ['  same page pre-rendered (signalenkaart render)', T.clsPrerendered.value.toFixed(3), '', '<= 0.01', ok(T.clsPrerendered)],
  ['short page (one contact list), 412x823: CLS, worst of 3, script tag', T.clsShortScript.value.toFixed(3), '', '<= 0.1', ok(T.clsShortScript)],
  ['  same page pre-rendered', T.clsShortPrerendered.value.toFixed(3), '', '<= 0.01', ok(T.clsShortPrerendered)],
  ['desktop page, 720 px column, 1280x800: CLS, worst of 3, script tag', T.clsColumn.value.toFixed(3), '', '<= 0.1', ok(T.clsColumn)],
  ...['script', 'prerendered'].flatMap((k) => {
    const m = lighthouseScores[k].median;
    const perf = T[k === 'script' ? 'lighthouseScriptPerformance' : 'lighthousePrerenderedPerformance'];
    const acc = T[k === 'script' ? 'lighthouseScriptAccessibility' : 'lighthousePrerenderedAccessibility'];
    return [
      [`Lighthouse mobile, realistic page, ${k === 'script' ? 'script tag' : 'pre-rendered'}: performance`, String(m.performance), '', '>= 0.9', ok(perf)],
      [`  accessibility`, String(m.accessibility), '', '1.0', `${ok(acc)}${m.failedAccessibility.length ? ` (${m.failedAccessibility.join(', ')})` : ''}`],
      [`  FCP / LCP / TBT / CLS`, `${m.fcpMs} / ${m.lcpMs} / ${m.tbtMs} ms / ${m.cls}`, '', '', ''],
    ];
  }),
  ['checklist click: re-rendered', ms(results.checklistClick.processingMs.median), '', `<= ${TARGETS.clickMs} ms`, ok(T.clickMs)],
  ['checklist click: next frame shown', ms(results.checklistClick.toFrameMs.median), '', '', ''],
  ['code of all 4 elements + Lit, no content', kb(results.allElementsCodeGzip), '', `<= ${TARGETS.codeKB} KB`, ok(T.allElementsCodeKB)],
  ...size.entries.map((e) => [`entry ${e.entry} (+ static imports)`, `${kb(e.gzip)} (${e.files} files)`, '', '', '']),
];
const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
const line = (r) => r.map((c, i) => c.padEnd(widths[i])).join(' | ');
console.log(line(rows[0]));
console.log(widths.map((w) => '-'.repeat(w)).join('-|-'));
for (const r of rows.slice(1)) console.log(line(r));
console.log(`\nChromium ${results.chromium}; ${REPS} alternating repetitions of cold loads (the one-card pages 3 loads each), medians; ${CLICKS} clicks. Written to bench/results.json.`);
if (foreign.length) {
  console.log(`REQUESTS TO OTHER ADDRESSES: ${foreign.join(', ')}`);
  process.exitCode = 1;
}
