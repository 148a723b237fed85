/**
 * The privacy guard is on every test page without being imported: web-test-runner.config.mjs
 * injects it. This file does not import it, and checks that its root hook is registered.
 */
import { expect } from '@open-wc/testing';
import { GUARD, HOOK_TITLE, forgetRequests, privacyProblems } from './helpers/privacy.js';

declare const mocha: { suite: { _afterAll: { title: string }[] } };

describe('privacy guard', () => {
  it('is injected into every test page and registers one root after-hook', () => {
    expect((globalThis as unknown as Record<symbol, boolean>)[GUARD]).to.equal(true);
    const hooks = mocha.suite._afterAll.map((h) => h.title).filter((t) => t.includes(HOOK_TITLE));
    expect(hooks).to.have.length(1);
  });

  it('notices storage, cookies, foreign and stray requests, and URL changes', async () => {
    expect(await privacyProblems()).to.deep.equal([]);
    localStorage.setItem('k', 'v');
    sessionStorage.setItem('k', 'v');
    document.cookie = 'probe=1; SameSite=Strict';
    history.replaceState(null, '', `${location.href}#changed`);
    const img = new Image();
    const stray = new Promise((r) => (img.onerror = img.onload = r));
    img.src = '/not-a-package-file.png';
    await stray;
    try {
      const problems = (await privacyProblems()).join('\n');
      expect(problems).to.contain('localStorage has 1 entries');
      expect(problems).to.contain('sessionStorage has 1 entries');
      expect(problems).to.contain('cookies: probe=1');
      expect(problems).to.contain('/not-a-package-file.png');
      expect(problems).to.contain('#changed');
    } finally {
      localStorage.clear();
      sessionStorage.clear();
      document.cookie = 'probe=; expires=Thu, 01 Jan 1970 00:00:00 GMT';
      history.replaceState(null, '', location.href.replace(/#changed$/, ''));
      forgetRequests((url) => url.endsWith('/not-a-package-file.png'));
    }
    expect(await privacyProblems()).to.deep.equal([]);
  });
});
