/**
 * The loading line (src/base/element.ts): while content loads, the element holds its space
 * (src/reserve.ts) and says it is loading only once that takes a moment. A quick load shows no
 * words at all, rather than a line that flashes up for a frame before the content.
 */
import { expect } from '@open-wc/testing';
import '../../src/elements/signal-card/define.js';
import '../../src/elements/contact-list/define.js';
import { forgetRequests } from '../helpers/privacy.js';

type Lit = HTMLElement & { contentReady: Promise<void>; updateComplete: Promise<boolean>; requestUpdate(): void };

const LOADING = /wordt geladen/;

afterEach(() => forgetRequests(() => true));

for (const [tag, attrs] of [
  ['signal-card', { exploitation: 'labour' }],
  ['contact-list', { topic: 'acute' }],
] as const) {
  describe(`<${tag}> while its content loads`, () => {
    it('a quick load: no loading words in any state the element passes through, then the content', async () => {
      // The content's files fetched once already (as the loader's prefetch does): the load is quick.
      const first = document.createElement(tag) as Lit;
      for (const [k, v] of Object.entries(attrs)) first.setAttribute(k, v);
      document.body.append(first);
      await first.contentReady;
      first.remove();
      const el = document.createElement(tag) as Lit;
      for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
      const seen: string[] = [];
      const watch = new MutationObserver(() => seen.push(el.shadowRoot?.textContent ?? ''));
      document.body.append(el);
      try {
        watch.observe(el.shadowRoot!, { subtree: true, childList: true, characterData: true });
        await el.updateComplete;
        seen.push(el.shadowRoot!.textContent ?? '');
        await el.contentReady;
        expect(seen.length, 'states watched').to.be.greaterThan(0);
        expect(seen.filter((t) => LOADING.test(t))).to.deep.equal([]);
        expect(el.shadowRoot!.querySelector('[part="footer"]'), 'the content').to.not.equal(null);
      } finally {
        watch.disconnect();
        el.remove();
      }
    });

    it('a slow load: the space is held at once, and the words come after a moment', async () => {
      const el = document.createElement(tag) as Lit;
      for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
      // Its content never arrives: the load it would start waits for ever.
      (el as unknown as { load: () => Promise<void> }).load = () => new Promise(() => {});
      document.body.append(el);
      try {
        await el.updateComplete;
        const box = () => el.shadowRoot!.querySelector('.loading');
        expect(box(), 'the loading box, holding the space').to.not.equal(null);
        expect(el.getBoundingClientRect().height).to.be.greaterThan(300);
        expect(box()!.textContent).to.not.match(LOADING);
        await new Promise((r) => setTimeout(r, 700));
        await el.updateComplete;
        expect(box()!.textContent).to.match(LOADING);
        expect(box()!.querySelector('[aria-busy="true"]')).to.not.equal(null);
        // A slow load still offers the number that never changes.
        expect(box()!.querySelector('a[href="tel:112"]'), 'a link to call 112').to.not.equal(null);
      } finally {
        el.remove();
      }
    });
  });
}
