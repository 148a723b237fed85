// npm start: serves the project folder (demo/ and dist/) on localhost and prints the address.
// A tiny static server with no dependencies; it only ever reads files below this folder.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const root = resolve('.');
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};
// Pages that demonstrate the strict host-page policy are served with it.
const strictCsp =
  "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html";

const server = createServer(async (req, res) => {
  try {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let path = normalize(decodeURIComponent(url.pathname));
    if (path === '/') {
      res.writeHead(302, { location: '/demo/' });
      return res.end();
    }
    let file = join(root, path);
    if (!file.startsWith(root) || file.includes(`${root}/node_modules`)) {
      res.writeHead(403);
      return res.end('Forbidden');
    }
    const s = await stat(file).catch(() => null);
    if (s?.isDirectory()) file = join(file, 'index.html');
    const body = await readFile(file);
    const headers = { 'content-type': types[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' };
    if (/strict-csp/.test(file)) headers['content-security-policy'] = strictCsp;
    res.writeHead(200, headers);
    res.end(body);
  } catch {
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
    res.end('Not found');
  }
});

function listen(port, triesLeft = 20) {
  server.once('error', (err) => {
    if (err.code === 'EADDRINUSE' && triesLeft > 0) listen(port + 1, triesLeft - 1);
    else throw err;
  });
  server.listen(port, '127.0.0.1', () => {
    console.log(`Demo: http://localhost:${port}/demo/`);
    console.log('Press Ctrl+C to stop.');
  });
}
listen(Number(process.env.PORT) || 8000);
