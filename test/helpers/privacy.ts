/**
 * Privacy guard. web-test-runner.config.mjs injects it into every browser test page (after the
 * test framework, before the test file runs), so it holds for the whole suite: after all tests
 * of a file, a root `after` hook asserts that nothing was requested from another origin or
 * outside the package's own files, and nothing was written to cookies, localStorage,
 * sessionStorage, IndexedDB, the Cache API, a service worker or the URL. Test files may still
 * import it; it installs itself once per page.
 */
import { expect } from '@open-wc/testing';

/** Marks the page as guarded (a symbol: not a window property a globals check would see). */
export const GUARD = Symbol.for('signalenkaart.privacy-guard');
export const HOOK_TITLE = 'privacy: no foreign requests, no storage, no URL change';

/** Same-origin paths a test page may load: the package's sources and build, tests, dependencies, the runner (and the browser's favicon). */
const OWN = /^\/(src|dist|test|node_modules|locales)\/|^\/__web-dev-server|^\/__web-test-runner__\/|^\/__wds-|^\/$|^\/favicon\.ico$/;

const startHref = location.href;
const requested = new Set<string>();

function remember(entries: PerformanceEntryList) {
  for (const e of entries) requested.add(e.name);
}

/** Every resource the page has requested so far (the buffer is enlarged, and an observer keeps up). */
function resources(): string[] {
  remember(performance.getEntriesByType('resource'));
  return [...requested];
}

/** Forgets requests (for the guard's own test, which makes a stray request on purpose). */
export function forgetRequests(match: (url: string) => boolean): void {
  for (const url of resources()) if (match(url)) requested.delete(url);
  performance.clearResourceTimings();
}

export async function privacyProblems(): Promise<string[]> {
  const problems: string[] = [];
  const urls = resources().map((name) => new URL(name, location.href));
  const foreign = urls.filter((u) => u.origin !== location.origin && u.protocol !== 'data:' && u.protocol !== 'blob:');
  if (foreign.length) problems.push(`requests to other origins: ${foreign.map(String).join(', ')}`);
  const stray = urls.filter((u) => u.origin === location.origin && !OWN.test(u.pathname));
  if (stray.length) problems.push(`requests outside the package's files: ${stray.map((u) => u.pathname).join(', ')}`);
  if (document.cookie) problems.push(`cookies: ${document.cookie}`);
  if (localStorage.length) problems.push(`localStorage has ${localStorage.length} entries`);
  if (sessionStorage.length) problems.push(`sessionStorage has ${sessionStorage.length} entries`);
  if ('databases' in indexedDB) {
    const dbs = await indexedDB.databases();
    if (dbs.length) problems.push(`IndexedDB: ${dbs.map((d) => d.name).join(', ')}`);
  }
  if (typeof caches !== 'undefined') {
    const keys = await caches.keys().catch(() => []);
    if (keys.length) problems.push(`Cache API: ${keys.join(', ')}`);
  }
  if (navigator.serviceWorker) {
    const regs = await navigator.serviceWorker.getRegistrations().catch(() => []);
    if (regs.length) problems.push(`service workers: ${regs.map((r) => r.scope).join(', ')}`);
  }
  if (location.href !== startHref) problems.push(`URL changed to ${location.href}`);
  return problems;
}

const page = globalThis as unknown as Record<symbol, boolean>;
if (!page[GUARD]) {
  page[GUARD] = true;
  // The default buffer holds 250 entries; a test page loads more than that in development.
  performance.setResourceTimingBufferSize(100_000);
  remember(performance.getEntriesByType('resource'));
  new PerformanceObserver((list) => remember(list.getEntries())).observe({ type: 'resource', buffered: true });
  // The test framework sets mocha up after its first await, which may come after this module ran:
  // register the hook as soon as mocha is there (before it imports and runs the test file).
  const register = () => {
    if (typeof after !== 'function') return void setTimeout(register, 0);
    after(HOOK_TITLE, async () => {
      expect(await privacyProblems()).to.deep.equal([]);
    });
  };
  register();
}
