// Starts Debian's WebKitWebDriver (webkit2gtk-driver) on a display of its own (xvfb-run -a) for
// the WebKit browser tests, and stops both when the test process ends. No browser is downloaded:
// scripts/ensure-browsers.mjs installs the two packages with apt.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';

export const webkitDriverPath = process.env.WEBKIT_DRIVER_PATH || '/usr/bin/WebKitWebDriver';

/** A free TCP port on the loopback interface. */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function waitReady(port, child, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`WebKitWebDriver exited with code ${child.exitCode}`);
    try {
      const res = await fetch(`http://127.0.0.1:${port}/status`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`WebKitWebDriver did not answer on port ${port} within ${timeoutMs} ms`);
}

/** Starts the driver under Xvfb; resolves with its port once it answers /status. */
export async function startWebkitDriver({ timeoutMs = 30000 } = {}) {
  const port = await freePort();
  // detached: its own process group, so that stopping it also stops Xvfb and the MiniBrowser.
  const child = spawn('xvfb-run', ['-a', webkitDriverPath, `--port=${port}`], { stdio: 'ignore', detached: true });
  const stop = () => {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  };
  process.once('exit', stop);
  for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => (stop(), process.exit(130)));
  await waitReady(port, child, timeoutMs);
  return { port, stop };
}
