// The autoloader's prefetch hints (src/prefetch.ts) must name exactly what each element loads:
// a wrong hint costs a wasted download, a missing one a round trip.
import { expect, fixture } from '@open-wc/testing';
import '../src/elements/signal-card/define.js';
import '../src/elements/signal-checklist/define.js';
import '../src/elements/meldroute-steps/define.js';
import '../src/elements/contact-list/define.js';
import './helpers/privacy.js';
import { langOf, partsOf } from '../src/prefetch.js';
import { matchLang } from '../src/base/lang.js';
import { AUDIENCES } from '../src/model/signals.js';

/** The parts an element asks its loader for (protected in TypeScript, read here on purpose). */
const loadedBy = (el: Element) => [...(el as unknown as { parts: readonly string[] }).parts].sort();

describe('prefetch hints', () => {
  const cases: [string, Record<string, string>][] = [
    ['signal-card', {}],
    ...AUDIENCES.map((audience): [string, Record<string, string>] => ['signal-card', { audience, exploitation: 'labour' }]),
    ['signal-card', { audience: 'nonsense' }],
    ['signal-checklist', {}],
    ['signal-checklist', { audience: 'medical' }],
    ['meldroute-steps', {}],
    ['meldroute-steps', { route: 'medical' }],
    ['contact-list', {}],
    ['contact-list', { topic: 'acute' }],
  ];
  for (const [tag, attrs] of cases) {
    it(`<${tag} ${JSON.stringify(attrs)}>: the hint is what the element loads`, async () => {
      const el = await fixture(`<${tag} ${Object.entries(attrs).map(([k, v]) => `${k}="${v}"`).join(' ')}></${tag}>`);
      const loaded = loadedBy(el);
      expect(loaded.length).to.be.greaterThan(0);
      expect([...partsOf(el)].sort()).to.deep.equal(loaded);
    });
  }

  it('an unknown element gets no hint', () => expect(partsOf(document.createElement('div'))).to.deep.equal([]));

  it('reads the page language as the elements do', () => {
    for (const tag of ['nl', 'NL-be', 'en', 'en-GB', 'en_US', ' EN ', 'fr', '', 'english', 'eng']) {
      expect(langOf(tag), tag).to.equal(matchLang(tag) ?? 'nl');
    }
    expect(langOf(null)).to.equal('nl');
  });
});
