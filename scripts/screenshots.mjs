// npm run screenshots: one picture per element for the README (docs/screenshots/*.png), as a
// phone shows it (390px wide), from a page this script writes and serves on loopback. Needs a
// build (npm run build) and Debian's Chromium.
import { chromium } from 'playwright-core';
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const root = resolve('.');
const shots = [
  ['signal-card', '<signal-card audience="medical" exploitation="sexual"></signal-card>'],
  ['signal-checklist', '<signal-checklist audience="front-desk"></signal-checklist>'],
  ['meldroute-steps', '<meldroute-steps route="medical"></meldroute-steps>'],
  ['contact-list', '<contact-list now="2026-12-05T22:00:00+01:00"></contact-list>'],
];
const page = (body) =>
  `<!doctype html><html lang="nl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">` +
  `<style>body{margin:16px;font-family:system-ui,sans-serif}</style><script type="module" src="/dist/signalenkaart.js"></script></head><body>${body}</body></html>`;
const types = { '.js': 'text/javascript', '.json': 'application/json', '.map': 'application/json' };
const server = createServer(async (req, res) => {
  const url = new URL(req.url, 'http://localhost');
  const shot = shots.find(([name]) => url.pathname === `/${name}.html`);
  if (shot) return res.writeHead(200, { 'content-type': 'text/html' }).end(page(shot[1]));
  const path = normalize(join(root, decodeURIComponent(url.pathname)));
  if (!path.startsWith(root)) return res.writeHead(403).end();
  let body;
  try {
    body = await readFile(path);
  } catch {
    return res.writeHead(404).end();
  }
  res.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream' }).end(body);
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const { port } = server.address();
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  const tab = await browser.newPage({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 1 });
  for (const [name] of shots) {
    await tab.goto(`http://127.0.0.1:${port}/${name}.html`);
    await tab.waitForFunction((n) => document.querySelector(n)?.shadowRoot?.querySelector('[part="footer"]'), name);
    await tab.screenshot({ path: `docs/screenshots/${name}.png` });
    console.log(`docs/screenshots/${name}.png`);
  }
} finally {
  await browser.close();
  server.close();
}
