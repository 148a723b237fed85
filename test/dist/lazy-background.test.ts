/**
 * The card's background (most of its content, in a closed panel) is not loaded with the card
 * (issue 13): it loads after the card's content is on screen, in an idle moment (so that
 * find-in-page and print have it), or when its panel opens. The built bundle in a fresh page.
 */
import { expect } from '@open-wc/testing';
import { forgetRequests } from '../helpers/privacy.js';

type Card = HTMLElement & { contentReady: Promise<void>; updateComplete: Promise<boolean> };

describe('the signal-card background, in the built bundle', () => {
  let f: HTMLIFrameElement | undefined;
  afterEach(() => f?.remove());
  after(() => forgetRequests((url) => new URL(url).pathname.startsWith('/dist/')));

  it('loads after the card shows its content, and opens with its sections and sources', async () => {
    f = document.createElement('iframe');
    f.title = 'host page';
    f.width = '412';
    f.height = '823';
    const loaded = new Promise((r) => f!.addEventListener('load', r, { once: true }));
    f.srcdoc =
      '<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>card</title></head><body>' +
      '<script src="/dist/signalenkaart.js"></script><signal-card exploitation="labour" audience="front-desk"></signal-card></body></html>';
    document.body.prepend(f);
    await loaded;
    const win = f.contentWindow as Window & typeof globalThis;
    const el = f.contentDocument!.querySelector('signal-card') as Card;
    await win.customElements.whenDefined('signal-card');
    await el.contentReady;
    const shown = win.performance.now();
    const requested = () => win.performance.getEntriesByType('resource').filter((e) => /\/chunks\/background-[\w-]+\.js$/.test(e.name));
    // Content on screen: signals and the next step, with the footer.
    expect(el.shadowRoot!.querySelector('[part="footer"]')).to.exist;
    const footer = el.shadowRoot!.querySelector('[part="footer"]')!.textContent;

    // Opening the panel loads it if the idle moment has not yet.
    const toggle = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button.toggle')].find((b) => b.textContent!.includes('Achtergrond'))!;
    toggle.click();
    await el.updateComplete;
    await el.contentReady;
    const entries = requested();
    expect(entries, 'the background chunk was loaded once').to.have.length(1);
    expect(entries[0].startTime, 'requested after the content was shown').to.be.at.least(shown - 1);
    const panel = el.shadowRoot!.getElementById(toggle.getAttribute('aria-controls')!)!;
    expect(panel.querySelectorAll('section').length).to.be.greaterThan(1);
    expect(panel.querySelector('.sources')!.textContent).to.include('Bronnen');
    // The footer did not change when the background arrived.
    expect(el.shadowRoot!.querySelector('[part="footer"]')!.textContent).to.equal(footer);
  });
});
