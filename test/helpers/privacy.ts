/**
 * Privacy guard, imported by every element and dist test file: after all tests of the file,
 * asserts that nothing was requested from another origin and nothing was written to cookies,
 * localStorage, sessionStorage, IndexedDB or the URL.
 */
import { expect } from '@open-wc/testing';

const startHref = location.href;

export async function privacyProblems(): Promise<string[]> {
  const problems: string[] = [];
  const foreign = performance
    .getEntriesByType('resource')
    .map((e) => e.name)
    .filter((name) => new URL(name).origin !== location.origin);
  if (foreign.length) problems.push(`requests to other origins: ${foreign.join(', ')}`);
  if (document.cookie) problems.push(`cookies: ${document.cookie}`);
  if (localStorage.length) problems.push(`localStorage has ${localStorage.length} entries`);
  if (sessionStorage.length) problems.push(`sessionStorage has ${sessionStorage.length} entries`);
  if ('databases' in indexedDB) {
    const dbs = await indexedDB.databases();
    if (dbs.length) problems.push(`IndexedDB: ${dbs.map((d) => d.name).join(', ')}`);
  }
  if (location.href !== startHref) problems.push(`URL changed to ${location.href}`);
  return problems;
}

after('privacy: no foreign requests, no storage, no URL change', async () => {
  expect(await privacyProblems()).to.deep.equal([]);
});
