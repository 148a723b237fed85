/**
 * Dutch pages do not pay for English: until the page switches to English, neither the English
 * content slices nor the English interface strings are requested. (A file of its own, since
 * other test files load English.)
 */
import { expect } from '@open-wc/testing';
import '../../src/elements/signal-card/define.js';
import '../../src/elements/signal-checklist/define.js';
import '../../src/elements/meldroute-steps/define.js';
import '../../src/elements/contact-list/define.js';
import { make } from '../helpers/elements.js';
import { setPageLang, settled } from './language.js';

type El = HTMLElement & { updateComplete: Promise<boolean>; contentReady: Promise<void> };

const requested = (pattern: RegExp) =>
  performance
    .getEntriesByType('resource')
    .map((e) => new URL(e.name).pathname)
    .filter((p) => pattern.test(p));
const ENGLISH = /\/src\/data\/en\/|\/locales\/en\./;

describe('i18n: English is loaded only when needed', () => {
  after(() => setPageLang('nl'));

  it('a Dutch page with all four elements requests no English file; switching to English loads them', async () => {
    setPageLang('nl');
    const els: El[] = [];
    for (const tag of ['signal-card', 'signal-checklist', 'meldroute-steps', 'contact-list']) els.push(await make<El>(tag, {}));
    expect(requested(/\/src\/data\/nl\//), 'Dutch content was loaded').to.not.be.empty;
    expect(requested(ENGLISH)).to.deep.equal([]);

    setPageLang('en');
    for (const el of els) await settled(el, 'en');
    const english = requested(ENGLISH);
    expect(english.some((p) => p.includes('/locales/en.')), 'interface strings').to.equal(true);
    expect(english.filter((p) => p.includes('/src/data/en/')).length, 'content slices').to.be.greaterThan(3);
  });
});
