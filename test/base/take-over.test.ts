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

/** The titles of the card's panels, as pre-rendered HTML has them in its <summary> elements. */
const LABELS: Record<string, string> = { 'form-labour': 'Arbeidsuitbuiting', 'form-sexual': 'Seksuele uitbuiting', background: 'Achtergrond' };

/** A pre-rendered card whose panels are native <details>, as `signalenkaart render` writes them. */
function prerenderedCard(attrs: Record<string, string>, panels: Record<string, boolean>): Ready {
  const holder = document.createElement('div');
  document.body.append(holder);
  const el = document.createElement('signal-card') as Ready;
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  const root = el.attachShadow({ mode: 'open' });
  for (const [key, open] of Object.entries(panels)) {
    const details = document.createElement('details');
    details.dataset.key = key;
    details.open = open;
    const summary = document.createElement('summary');
    summary.textContent = LABELS[key] ?? key;
    const panel = document.createElement('div');
    panel.className = 'panel';
    panel.textContent = 'Pre-rendered panel';
    details.append(summary, panel);
    root.append(details);
  }
  holder.append(el);
  return el;
}

/** The card's panels after the take-over: key -> open. */
const panelsOf = (el: Ready) =>
  Object.fromEntries([...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button.toggle')].map((b) => [b.dataset.key, b.getAttribute('aria-expanded') === 'true']));

describe('<signal-card> taking over pre-rendered panels (native <details>)', () => {
  it('keeps each panel as the reader left it: the one opened before the script came stays open, the others closed', async () => {
    const el = prerenderedCard({ audience: 'medical', lang: 'nl' }, { 'form-labour': false, 'form-sexual': true, background: false });
    await el.contentReady;
    expect(el.shadowRoot!.querySelector('details'), 'swapped').to.equal(null);
    expect(panelsOf(el)).to.deep.equal({
      'form-labour': false,
      'form-sexual': true,
      'form-criminal': false,
      'form-organ': false,
      'safe-questions': false,
      background: false,
    });
    expect(el.shadowRoot!.querySelector('#panel-form-sexual')!.textContent, 'the open panel shows its content').to.include('Signalen');
    el.parentElement!.remove();
  });

  it('a panel title the reader had focused keeps the focus: on the same toggle after the swap; no focus taken where there was none', async () => {
    const el = prerenderedCard({ audience: 'medical', lang: 'nl' }, { 'form-labour': false, 'form-sexual': false, background: false });
    const other = prerenderedCard({ audience: 'medical', lang: 'nl' }, { background: false });
    el.shadowRoot!.querySelectorAll('summary')[1].focus();
    expect(el.shadowRoot!.activeElement!.textContent).to.equal('Seksuele uitbuiting');
    await Promise.all([el.contentReady, other.contentReady]);
    await el.updateComplete;
    const now = el.shadowRoot!.activeElement as HTMLElement | null;
    expect(now?.localName, 'a control of the card has the focus').to.equal('button');
    expect(now!.dataset.key).to.equal('form-sexual');
    expect(other.shadowRoot!.activeElement).to.equal(null);
    el.parentElement!.remove();
    other.parentElement!.remove();
  });

  it('a background opened before the swap, also while the card loads, shows its content at once', async () => {
    const el = prerenderedCard({ audience: 'professional', exploitation: 'labour', lang: 'nl' }, { background: false });
    // Upgraded on insertion, the card is loading its content now: the reader opens the panel.
    el.shadowRoot!.querySelector('details')!.open = true;
    await el.contentReady;
    await el.updateComplete;
    expect(panelsOf(el)).to.deep.equal({ background: true });
    const panel = el.shadowRoot!.querySelector('#panel-background')!;
    expect(panel.hasAttribute('hidden')).to.equal(false);
    expect(panel.textContent, 'the background, loaded with the card').to.include('De definitie van mensenhandel');
    el.parentElement!.remove();
  });
});
