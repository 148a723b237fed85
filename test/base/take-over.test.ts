/**
 * Taking over pre-rendered HTML (src/base/element.ts): an element that finds a declarative
 * shadow root keeps it on screen until its content is loaded, then swaps it in one go.
 */
import { expect } from '@open-wc/testing';
import '../../src/elements/signal-card/define.js';
import '../../src/elements/contact-list/define.js';
import '../helpers/privacy.js';

type Ready = HTMLElement & { contentReady: Promise<void>; updateComplete: Promise<boolean> };

/** An element as the HTML parser leaves a pre-rendered one: a shadow root with content, before the element is upgraded. */
function prerendered(tag: string, attrs: Record<string, string>): Ready {
  const holder = document.createElement('div');
  document.body.append(holder);
  // A name not defined yet, so the element is not upgraded while its shadow root is filled.
  const el = document.createElement(tag) as Ready;
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  const root = el.attachShadow({ mode: 'open' });
  const p = document.createElement('p');
  p.className = 'pre';
  p.textContent = 'Pre-rendered content';
  root.append(p);
  holder.append(el);
  return el;
}

for (const [tag, attrs] of [
  ['signal-card', { audience: 'medical', exploitation: 'labour', lang: 'nl' }],
  ['contact-list', { topic: 'acute' }],
] as const) {
  describe(`<${tag}> taking over pre-rendered content`, () => {
    it('keeps the pre-rendered content, never a loading line, until its own is there; then no leftovers', async () => {
      // Defined already (imported above): upgrade happens on insertion, as when the script
      // arrives after the page. The first updates run before the content has loaded.
      const el = prerendered(tag, attrs);
      await el.updateComplete;
      const root = el.shadowRoot!;
      expect(root.querySelector('.pre'), 'still the pre-rendered content').to.not.equal(null);
      expect(root.textContent).to.not.include('wordt geladen');
      await el.contentReady;
      expect(root.querySelector('.pre'), 'swapped').to.equal(null);
      expect(root.querySelector('[part~="base"]')).to.not.equal(null);
      expect(root.textContent).to.include('112');
      el.parentElement!.remove();
    });
  });
}
