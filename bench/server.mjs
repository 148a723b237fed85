// The bench's file server, in a worker thread of its own: the main thread drives the browser
// (Playwright), and a server sharing its event loop would answer a page's requests late, more
// so for the widget's several files than for the static page's one. Serves the repository (and
// the measured snapshot of dist/ under /dist/), every response no-store; tells the main thread
// which file each request read, so it can count the bytes.
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { extname, join, sep } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';

const { root, dist } = workerData;
const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.json': 'application/json', '.css': 'text/css' };
const server = createServer((req, res) => {
  const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
  const file = path.startsWith('/dist/') ? join(dist, path.slice('/dist/'.length)) : join(root, path);
  try {
    if (file !== root && !file.startsWith(root + sep)) throw new Error('outside');
    const body = readFileSync(file);
    parentPort.postMessage({ type: 'request', path, file });
    res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    res.end(body);
  } catch {
    res.writeHead(404);
    res.end();
  }
});
// Messages arrive in order: a 'pong' says every request before it has been reported.
parentPort.on('message', (m) => m === 'ping' && parentPort.postMessage({ type: 'pong' }));
server.listen(0, '127.0.0.1', () => parentPort.postMessage({ type: 'listening', port: server.address().port }));
