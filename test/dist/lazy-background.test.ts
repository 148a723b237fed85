/**
 * The card's background (most of its content, in a closed panel) is not loaded with the card
 * (issue 13): it loads after the card's content is on screen, in an idle moment (so that
 * find-in-page and print have it), or when its panel opens. The built bundle in a fresh page.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { forgetRequests } from '../helpers/privacy.js';

type Card = HTMLElement & { contentReady: Promise<void>; updateComplete: Promise<boolean>; requestUpdate(): void };

describe('the signal-card background, in the built bundle', () => {
  let f: HTMLIFrameElement | undefined;
  afterEach(() => f?.remove());
  after(() => forgetRequests((url) => /^\/(without-[a-z-]+\/)?dist\//.test(new URL(url).pathname)));

  /** A phone-sized host page with the loader from `loader` and one card; its window and the card. */
  async function page(loader: string, card: string) {
    f = document.createElement('iframe');
    f.title = 'host page';
    f.width = '412';
    f.height = '823';
    const loaded = new Promise((r) => f!.addEventListener('load', r, { once: true }));
    f.srcdoc = `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>card</title></head><body><script src="${loader}"></script>${card}</body></html>`;
    document.body.prepend(f);
    await loaded;
    return { win: f.contentWindow as Window & typeof globalThis, el: f.contentDocument!.querySelector('signal-card') as Card };
  }

  it('loads after the card shows its content, and opens with its sections and sources', async () => {
    const { win, el } = await page('/dist/signalenkaart.js', '<signal-card exploitation="labour" audience="front-desk"></signal-card>');
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

  it('that cannot be loaded (the line failed after the card came): its panel says so, with 112, instead of loading for ever; printed, the same', async function () {
    this.timeout(20_000);
    // The test server leaves out the background's file on this path, and only that.
    const { win, el } = await page('/without-background/dist/signalenkaart.js', '<signal-card exploitation="labour"></signal-card>');
    const warned: string[] = [];
    const warn = win.console.warn;
    win.console.warn = (...args: unknown[]) => warned.push(args.map(String).join(' '));
    await win.customElements.whenDefined('signal-card');
    await el.contentReady;
    const toggle = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button.toggle')].find((b) => b.textContent!.includes('Achtergrond'))!;
    toggle.click();
    const panel = el.shadowRoot!.getElementById(toggle.getAttribute('aria-controls')!)!;
    const text = () => (panel.textContent ?? '').replace(/\s+/g, ' ').trim();
    await waitUntil(() => text().includes('kon niet worden geladen'), `the panel says the part could not be loaded (it says "${text()}")`, { timeout: 10_000 });
    // Later renders (a clock's tick, a panel opened) try again, without a warning each time.
    for (let i = 0; i < 3; i++) {
      el.requestUpdate();
      await el.updateComplete;
      await new Promise((r) => setTimeout(r, 50));
    }
    win.console.warn = warn;
    expect(text()).to.equal('Dit deel kon niet worden geladen. Herlaad de pagina om het te zien. Bij acuut gevaar: 112');
    expect(panel.querySelector('[role="alert"] a[href="tel:112"]'), 'the 112 link').to.exist;
    expect(warned.filter((w) => w.includes('Could not load the content')), 'one console warning').to.have.length(1);
    // The rest of the card stays: its signals and its next step.
    expect(el.shadowRoot!.querySelector('[part~="next-step"] a[href^="tel:"]')).to.exist;
    // Printed, the paper says the same: not that the background "was still loading".
    win.dispatchEvent(new Event('beforeprint'));
    expect(text()).to.include('Dit deel kon niet worden geladen.');
    win.dispatchEvent(new Event('afterprint'));
  });
});
