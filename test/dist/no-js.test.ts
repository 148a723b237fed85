/**
 * Before JavaScript (or while it loads), what an editor put inside an element shows; once the
 * built bundle defines the element, that fallback is replaced by the element's own content and
 * does not come back. Local contacts in the `local` slot are the exception: they move into the
 * element's "Binnen uw gemeente" section. This file's page starts with no element defined.
 */
import { expect, html } from '@open-wc/testing';
import { render } from 'lit';
import '../helpers/privacy.js';

type Ready = HTMLElement & { contentReady: Promise<void>; updateComplete: Promise<boolean> };

const NAMES = ['signal-card', 'signal-checklist', 'meldroute-steps', 'contact-list'];
const BUNDLE = '/dist/signalenkaart.js';
const shown = (el: Element) => el.getClientRects().length > 0 && (el as HTMLElement).offsetHeight > 0;

describe('no JavaScript yet: the fallback content, then the upgrade', () => {
  let page: HTMLElement;
  const warnings: string[] = [];
  const errors: string[] = [];
  const onError = (e: ErrorEvent) => errors.push(e.message);

  before(async () => {
    document.documentElement.lang = 'nl';
    window.addEventListener('error', onError);
    // Not a fixture: those are removed after each test, and this page lives through all of them.
    page = document.createElement('div');
    document.body.append(page);
    render(html`<main>
      <signal-card exploitation="labour">
        <p class="fallback">Bekijk de <a href="/signalenkaart.pdf">signalenkaart (PDF)</a>.</p>
      </signal-card>
      <signal-checklist>
        <p class="fallback">De checklist werkt met JavaScript. <a href="/signalenkaart.pdf">Signalenkaart (PDF)</a>.</p>
      </signal-checklist>
      <meldroute-steps route="front-desk">
        <p class="fallback">Twijfelt u? Bel Veilig Thuis: <a href="tel:08002000">0800-2000</a>.</p>
      </meldroute-steps>
      <contact-list>
        <p class="fallback">Bij acuut gevaar: <a href="tel:112">112</a>.</p>
        <div slot="local" class="local-html"><p>Gemeente Voorbeeld, <a href="tel:+31201234567">020 123 4567</a></p></div>
        <script type="application/json">[{"name": "Wijkteam Voorbeeld", "phone": "020 765 4321"}]</script>
      </contact-list>
    </main>`, page);
  });

  after(() => {
    window.removeEventListener('error', onError);
    page.remove();
  });

  it('shows the fallback while the elements are undefined, and never the JSON', () => {
    for (const name of NAMES) {
      const el = page.querySelector(name)!;
      expect(el.matches(':defined'), name).to.equal(false);
      expect(shown(el.querySelector('.fallback')!), name).to.equal(true);
    }
    expect(shown(page.querySelector('.local-html')!)).to.equal(true);
    expect(shown(page.querySelector('contact-list script')!)).to.equal(false);
  });

  it('after the bundle loads: the element content replaces the fallback, which stays in the DOM untouched', async () => {
    const warn = console.warn;
    console.warn = (...a: unknown[]) => warnings.push(a.join(' '));
    try {
      await import(/* @vite-ignore */ BUNDLE);
      await Promise.all(NAMES.map((n) => customElements.whenDefined(n)));
      const els = NAMES.map((n) => page.querySelector(n) as Ready);
      await Promise.all(els.map((el) => el.contentReady));
    } finally {
      console.warn = warn;
    }
    for (const name of NAMES) {
      const el = page.querySelector(name) as Ready;
      expect(el.shadowRoot!.textContent!.trim().length, name).to.be.greaterThan(200);
      const fallback = el.querySelector('.fallback')!;
      expect(fallback.isConnected, name).to.equal(true);
      expect(shown(fallback), `${name}: the fallback still shows`).to.equal(false);
      expect(fallback.querySelector('a'), name).to.not.equal(null);
    }
    expect(errors).to.deep.equal([]);
    expect(warnings).to.deep.equal([]);
  });

  it('moves the slotted local contacts into the element, and reads the JSON ones, without showing the script', () => {
    const list = page.querySelector('contact-list')!;
    const local = list.shadowRoot!.querySelector<HTMLElement>('[part="local"]')!;
    expect(local.hidden).to.equal(false);
    expect(local.textContent).to.include('Wijkteam Voorbeeld');
    const slotted = list.querySelector('.local-html')!;
    expect(shown(slotted)).to.equal(true);
    expect(slotted.assignedSlot?.name).to.equal('local');
    expect(shown(list.querySelector('script')!)).to.equal(false);
  });

  it('does not bring the fallback back on a re-render or after moving the element', async () => {
    const card = page.querySelector('signal-card') as Ready;
    card.setAttribute('exploitation', 'sexual');
    await card.updateComplete;
    expect(shown(card.querySelector('.fallback')!)).to.equal(false);
    const list = page.querySelector('contact-list') as Ready;
    page.prepend(list);
    await list.updateComplete;
    expect(shown(list.querySelector('.fallback')!)).to.equal(false);
    expect(list.shadowRoot!.textContent).to.include('Wijkteam Voorbeeld');
  });
});
