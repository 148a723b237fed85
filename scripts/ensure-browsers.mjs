// Makes sure the three test browsers exist: Debian's chromium, firefox-esr and WebKitGTK's
// WebDriver (webkit2gtk-driver, which brings the MiniBrowser) with xvfb for its display.
// As root with apt, installs what is missing (saying what first); otherwise says exactly what
// to install. BROWSERS=chromium,firefox (as web-test-runner.config.mjs reads it) limits both.
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';

const only = process.env.BROWSERS ? process.env.BROWSERS.split(',') : ['chromium', 'firefox', 'webkit'];
const need = [
  { browser: 'chromium', pkg: 'chromium', path: process.env.CHROMIUM_PATH || '/usr/bin/chromium' },
  { browser: 'firefox', pkg: 'firefox-esr', path: process.env.FIREFOX_PATH || '/usr/bin/firefox-esr' },
  { browser: 'webkit', pkg: 'webkit2gtk-driver', path: process.env.WEBKIT_DRIVER_PATH || '/usr/bin/WebKitWebDriver' },
  { browser: 'webkit', pkg: 'xvfb', path: '/usr/bin/xvfb-run' },
].filter((b) => only.includes(b.browser));
const missing = need.filter((b) => !existsSync(b.path));
if (missing.length === 0) {
  console.log(`Browsers present: ${need.map((b) => b.path).join(', ')}`);
  process.exit(0);
}
const pkgs = missing.map((b) => b.pkg).join(' ');
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
let hasApt = false;
try {
  execSync('command -v apt-get', { stdio: 'ignore' });
  hasApt = true;
} catch {
  // no apt: say what to install below
}
if (isRoot && hasApt) {
  console.log(`Installing test browsers with apt: ${pkgs}`);
  execSync(`apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${pkgs}`, {
    stdio: 'inherit',
    shell: '/bin/bash',
  });
  const still = missing.filter((b) => !existsSync(b.path));
  if (still.length) {
    console.error(`Still missing after install: ${still.map((b) => b.path).join(', ')}`);
    process.exit(1);
  }
  process.exit(0);
}
console.error(
  `The tests need these browsers, which are missing: ${missing.map((b) => b.path).join(', ')}.\n` +
    `Install them with:  sudo apt-get install -y ${pkgs}\n` +
    `or point CHROMIUM_PATH / FIREFOX_PATH / WEBKIT_DRIVER_PATH at existing binaries.`,
);
process.exit(1);
