/**
 * Off-screen elements are skipped by the browser (content-visibility: auto on each element's
 * base part) so a page with many renders what is in view first; focus outlines must survive
 * the paint containment that brings, and print lays everything out.
 */
import { expect, fixture } from '@open-wc/testing';
import '../../src/elements/signal-card/define.js';
import '../../src/elements/signal-checklist/define.js';
import '../../src/elements/meldroute-steps/define.js';
import '../../src/elements/contact-list/define.js';
import '../helpers/privacy.js';

type Ready = HTMLElement & { contentReady: Promise<void>; updateComplete: Promise<boolean> };

const contentVisibility = (el: Element) => getComputedStyle(el.shadowRoot!.querySelector('[part~="base"]')!).getPropertyValue('content-visibility');

// First, while the page has few elements (the fixtures of one test are removed after it).
describe('a page with a few elements', () => {
  it('lays them out whole: none is skipped off-screen', async () => {
    const wrap = await fixture(document.createElement('div'));
    const els = ['signal-card', 'signal-checklist', 'meldroute-steps', 'contact-list'].map((t) => wrap.appendChild(document.createElement(t)) as Ready);
    await Promise.all(els.map((el) => el.contentReady));
    for (const el of els) expect(contentVisibility(el), el.localName).to.be.oneOf(['visible', '']);
  });
});

for (const tag of ['signal-card', 'signal-checklist', 'meldroute-steps', 'contact-list']) {
  describe(`<${tag}> off-screen, on a page with many elements`, () => {
    it('is skipped while off-screen, keeps focus outlines whole, and is laid out for print (not skipped where the engine has no clip margin: WebKit)', async () => {
      // More than eight on the page: they may be skipped off-screen.
      const wrap = await fixture(document.createElement('div'));
      const els = Array.from({ length: 9 }, () => wrap.appendChild(document.createElement(tag)) as Ready);
      const el = els[0];
      await Promise.all(els.map((e) => e.contentReady));
      await el.updateComplete;
      const base = el.shadowRoot!.querySelector<HTMLElement>('[part~="base"]')!;
      if (!CSS.supports('overflow-clip-margin', '1px')) {
        // WebKit has no clip margin: paint containment would cut focus outlines at the edge,
        // so the element is simply not skipped there (degrades to normal rendering).
        expect(getComputedStyle(base).getPropertyValue('content-visibility')).to.be.oneOf(['visible', '']);
        return;
      }
      expect(getComputedStyle(base).getPropertyValue('content-visibility')).to.equal('auto');
      // Every focusable control's ring (outline width + offset) fits in the clip margin.
      const controls = [...el.shadowRoot!.querySelectorAll<HTMLElement>('button, a[href], input, textarea, select')];
      expect(controls.length, 'controls to focus').to.be.greaterThan(0);
      const margin = parseFloat(getComputedStyle(base).getPropertyValue('overflow-clip-margin'));
      for (const c of controls.slice(0, 5)) {
        c.focus();
        const s = getComputedStyle(c);
        expect(parseFloat(s.outlineWidth) + parseFloat(s.outlineOffset), c.outerHTML.slice(0, 60)).to.be.at.most(margin);
      }
      const print = el
        .shadowRoot!.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules])
        .filter((r): r is CSSMediaRule => r instanceof CSSMediaRule && r.conditionText === 'print')
        .flatMap((m) => [...m.cssRules])
        .filter((r): r is CSSStyleRule => r instanceof CSSStyleRule && r.selectorText.includes('base'));
      expect(print.map((r) => r.style.getPropertyValue('content-visibility'))).to.include('visible');
    });
  });
}
