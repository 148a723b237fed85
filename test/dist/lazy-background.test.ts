/**
 * The card's background (most of its content, in a closed panel) is not loaded with the card
 * (issue 13): it loads after the card's content is on screen, in an idle moment (so that
 * find-in-page and print have it), or when its panel opens. The built bundle in a fresh page.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { forgetRequests } from '../helpers/privacy.js';
import { inHostPage } from '../helpers/host-page.js';
import { captureWarnings } from '../helpers/warnings.js';
import { clean } from '../helpers/elements.js';

type Card = HTMLElement & { contentReady: Promise<void>; updateComplete: Promise<boolean>; requestUpdate(): void };

describe('the signal-card background, in the built bundle', () => {
  after(() => forgetRequests((url) => /^\/((without|slow)-[a-z-]+\/)?dist\//.test(new URL(url).pathname)));

  const card = (win: Window) => win.document.querySelector('signal-card') as Card;
  const backgroundToggle = (el: Card) => [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button.toggle')].find((b) => b.textContent!.includes('Achtergrond'))!;

  it('loads after the card shows its content, and opens with its sections and sources', async () => {
    await inHostPage('/dist/signalenkaart.js', '<signal-card exploitation="labour" audience="front-desk"></signal-card>', 'nl', async (win) => {
      const el = card(win);
      await win.customElements.whenDefined('signal-card');
      await el.contentReady;
      const shown = win.performance.now();
      const requested = () => win.performance.getEntriesByType('resource').filter((e) => /\/chunks\/background-[\w-]+\.js$/.test(e.name));
      // Content on screen: signals and the next step, with the footer.
      expect(el.shadowRoot!.querySelector('[part="footer"]')).to.exist;
      const footer = el.shadowRoot!.querySelector('[part="footer"]')!.textContent;

      // Opening the panel loads it if the idle moment has not yet.
      const toggle = backgroundToggle(el);
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

  it('that cannot be loaded (the line failed after the card came): its panel says so, with 112, instead of loading for ever; printed, the same', async function () {
    this.timeout(20_000);
    // The test server leaves out the background's file on this path, and only that.
    await inHostPage('/without-background/dist/signalenkaart.js', '<signal-card exploitation="labour"></signal-card>', 'nl', async (win) => {
      const el = card(win);
      let panel!: HTMLElement;
      const text = () => clean(panel.textContent);
      const { warnings } = await captureWarnings(async () => {
        await win.customElements.whenDefined('signal-card');
        await el.contentReady;
        const toggle = backgroundToggle(el);
        toggle.click();
        panel = el.shadowRoot!.getElementById(toggle.getAttribute('aria-controls')!)!;
        await waitUntil(() => text().includes('kon niet worden geladen'), `the panel says the part could not be loaded (it says "${text()}")`, { timeout: 10_000 });
        // Later renders (a clock's tick, a panel opened) try again, without a warning each time.
        for (let i = 0; i < 3; i++) {
          el.requestUpdate();
          await el.updateComplete;
          await new Promise((r) => setTimeout(r, 50));
        }
      }, win.console);
      expect(text()).to.equal('Dit deel kon niet worden geladen. Herlaad de pagina om het te zien. Bij acuut gevaar: 112');
      expect(panel.querySelector('[role="alert"] a[href="tel:112"]'), 'the 112 link').to.exist;
      expect(warnings.filter((w) => w.includes('Could not load the content')), 'one console warning').to.have.length(1);
      // The rest of the card stays: its signals and its next step.
      expect(el.shadowRoot!.querySelector('[part~="next-step"] a[href^="tel:"]')).to.exist;
      // Printed, the paper says the same: not that the background "was still loading".
      win.dispatchEvent(new Event('beforeprint'));
      expect(text()).to.include('Dit deel kon niet worden geladen.');
      win.dispatchEvent(new Event('afterprint'));
    });
  });

  it('pre-rendered, its panel opened while the card loads, on a slow line where the background comes last: the swap waits for it, no loading line in between', async function () {
    this.timeout(20_000);
    const page = await (await fetch('/test/pages/no-jump-cards.prerendered.html')).text();
    const html = /<signal-card\s+exploitation="labour"[\s\S]*?<\/signal-card>/.exec(page)![0];
    await inHostPage('/slow-content/dist/signalenkaart.js', html, 'nl', async (win) => {
      const el = card(win);
      await win.customElements.whenDefined('signal-card');
      const root = el.shadowRoot!;
      const loading: string[] = [];
      const seen = new win.MutationObserver(() => {
        const busy = root.querySelector('[aria-busy="true"]');
        if (busy || /wordt geladen/.test(root.textContent ?? '')) loading.push(clean(busy?.textContent ?? root.textContent));
      });
      seen.observe(root, { childList: true, subtree: true, characterData: true, attributes: true });
      // The reader opens the panel while the card's own content is still on its way.
      const details = root.querySelector<HTMLDetailsElement>('details[data-key="background"]');
      expect(details, 'still the pre-rendered panel').to.not.equal(null);
      details!.open = true;
      await el.contentReady;
      await el.updateComplete;
      seen.disconnect();
      expect(loading, 'a loading line in the card').to.deep.equal([]);
      const toggle = backgroundToggle(el);
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      expect(clean(root.getElementById(toggle.getAttribute('aria-controls')!)!.textContent)).to.include('De definitie van mensenhandel');
    });
  });

  it('pre-rendered, its panel opened before the script came, and then its file cannot be loaded: the card keeps its pre-rendered content, whole', async function () {
    this.timeout(20_000);
    // The card as `signalenkaart render` wrote it (npm run build), with the reader's click on
    // "Achtergrond" already in it: the take-over then loads the background with the card.
    const page = await (await fetch('/test/pages/no-jump-cards.prerendered.html')).text();
    const html = /<signal-card\s+exploitation="labour"[\s\S]*?<\/signal-card>/.exec(page)![0].replace('<details data-key="background">', '<details data-key="background" open>');
    expect(html).to.include('<details data-key="background" open>');
    // The page notes its warnings from before the card is parsed (the load may fail before this test looks).
    const noteWarnings = '<script>window.warned = []; console.warn = (...a) => window.warned.push(a.join(" "));</script>';
    await inHostPage('/without-background/dist/signalenkaart.js', noteWarnings + html, 'nl', async (win) => {
      const el = card(win);
      const warned = () => (win as unknown as { warned: string[] }).warned;
      await win.customElements.whenDefined('signal-card');
      // Until the failed load is handled (warned), then time for a swap after the first paint.
      await waitUntil(() => warned().some((w) => w.includes('Could not load the content')), 'the failure is warned', { timeout: 10_000 });
      for (let i = 0; i < 4; i++) await new Promise((r) => win.requestAnimationFrame(r));
      await new Promise((r) => setTimeout(r, 300));
      const root = el.shadowRoot!;
      expect(root.querySelector('[role="alert"]'), 'no "could not be loaded" in its place').to.equal(null);
      expect(root.querySelector('details[data-key="background"][open]'), 'the panel the reader opened').to.not.equal(null);
      expect(clean(root.textContent)).to.include('Signalen van arbeidsuitbuiting');
      expect(clean(root.textContent)).to.include('De definitie van mensenhandel');
      expect(root.querySelector('[part~="next-step"] a[href="tel:+318002000"]')).to.exist;
      // The reader closes the panel: the card tries again without the background, and takes over.
      root.querySelector<HTMLDetailsElement>('details[data-key="background"]')!.open = false;
      await el.contentReady;
      expect(backgroundToggle(el).getAttribute('aria-expanded'), 'the live card, its panel closed').to.equal('false');
    });
  });
});
