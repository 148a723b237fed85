// Makes sure the two test browsers exist: Debian's chromium and firefox-esr.
// As root with apt, installs what is missing; otherwise says exactly what to install.
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';

const need = [
  { pkg: 'chromium', path: process.env.CHROMIUM_PATH || '/usr/bin/chromium' },
  { pkg: 'firefox-esr', path: process.env.FIREFOX_PATH || '/usr/bin/firefox-esr' },
];
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
} catch {}
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
    `or point CHROMIUM_PATH / FIREFOX_PATH at existing binaries.`,
);
process.exit(1);
