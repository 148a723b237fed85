/**
 * The demo pages, served with the strict CSP (web-test-runner.config.mjs): they run without a
 * violation, the theming page shows what it promises, and every page fits a 320px screen.
 */
import { expect, oneEvent } from '@open-wc/testing';
import { forgetRequests } from '../helpers/privacy.js';

type Ready = HTMLElement & { contentReady: Promise<void>; updateComplete: Promise<boolean> };

const frames: HTMLIFrameElement[] = [];

/** Loads a demo page in a frame (not a fixture: it must outlive single tests) and waits for its elements. */
async function open(path: string, width = 1280) {
  const frame = document.createElement('iframe');
  frame.title = path;
  frame.width = String(width);
  frame.height = '800';
  frame.src = path;
  const loaded = oneEvent(frame, 'load');
  document.body.append(frame);
  frames.push(frame);
  await loaded;
  const win = frame.contentWindow as Window & typeof globalThis;
  const doc = frame.contentDocument!;
  const violations: string[] = [];
  doc.addEventListener('securitypolicyviolation', (e) => violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  const names = ['signal-card', 'signal-checklist', 'meldroute-steps', 'contact-list'];
  const els = [...doc.querySelectorAll<Ready>(names.join(','))];
  await Promise.all(els.map(async (el) => {
    await win.customElements.whenDefined(el.localName);
    await el.contentReady;
    await el.updateComplete;
  }));
  return { frame, win, doc, violations };
}

describe('demo pages', () => {
  // Inside a describe, so it runs before the privacy guard's root hook: the demo pages are this
  // test's subject, not requests the package makes.
  after(() => {
    frames.forEach((f) => f.remove());
    forgetRequests((url) => new URL(url).pathname.startsWith('/demo/'));
  });

  describe('demo/strict-csp.html', () => {
    it('runs every element under the strict CSP and says so on the page', async () => {
      const { doc, win } = await open('/demo/strict-csp.html');
      await new Promise((r) => win.setTimeout(r, 1600));
      const status = doc.getElementById('csp-status')!;
      expect(status.textContent).to.include('Geen enkele CSP-overtreding');
      expect(status.className).to.include('good');
      for (const el of doc.querySelectorAll('signal-card, signal-checklist, meldroute-steps, contact-list')) {
        expect(el.shadowRoot!.textContent!.length, el.localName).to.be.greaterThan(200);
      }
      expect(doc.querySelector('contact-list')!.shadowRoot!.querySelector('[part="local"]')!.textContent).to.include('Voorbeeldstad');
    });
  });

  describe('demo/theming.html', () => {
    let page: Awaited<ReturnType<typeof open>>;
    before(async function () {
      this.timeout(20000);
      page = await open('/demo/theming.html');
    });

    it('is light by default and dark with the attribute', () => {
      const [light, dark] = [...page.doc.querySelectorAll('section.demo')].slice(0, 2).map((s) => s.querySelector('contact-list')!);
      expect(page.win.getComputedStyle(light).backgroundColor).to.equal('rgb(255, 255, 255)');
      expect(dark.matches(':state(dark)')).to.equal(true);
      expect(page.win.getComputedStyle(dark).backgroundColor).to.equal('rgb(30, 30, 30)');
    });

    it('is dark inside a block with color-scheme: dark', () => {
      expect(page.doc.querySelector('.donker-blok signal-card')!.matches(':state(dark)')).to.equal(true);
    });

    it('follows the page switch', async () => {
      const el = page.doc.querySelector('#page ~ contact-list, section:has(#page) contact-list')!;
      // In view, as a reader would have it: WebKit runs no animation frames in an off-screen frame.
      page.frame.scrollIntoView();
      expect(el.matches(':state(dark)')).to.equal(false);
      page.doc.querySelector<HTMLButtonElement>('.scheme-switch [data-scheme="donker"]')!.click();
      await new Promise((r) => page.win.requestAnimationFrame(r));
      expect(el.matches(':state(dark)')).to.equal(true);
      page.doc.querySelector<HTMLButtonElement>('.scheme-switch [data-scheme=""]')!.click();
      await new Promise((r) => page.win.requestAnimationFrame(r));
      expect(el.matches(':state(dark)')).to.equal(false);
    });

    it('takes the NL Design System tokens without any --signalenkaart-* setting', () => {
      const card = page.doc.querySelector('.voorbeeld-theme signal-card')!;
      const cs = page.win.getComputedStyle(card);
      expect(cs.fontFamily).to.match(/Georgia/);
      expect(cs.backgroundColor).to.equal('rgb(251, 248, 241)');
      const button = card.shadowRoot!.querySelector('.button')!;
      expect(page.win.getComputedStyle(button).color).to.equal('rgb(0, 103, 75)');
    });

    it('styles parts from the page', () => {
      const list = page.doc.querySelector('.kader contact-list')!;
      const heading = list.shadowRoot!.querySelector('[part="heading"]')!;
      expect(page.win.getComputedStyle(heading).textTransform).to.equal('uppercase');
      const base = list.shadowRoot!.querySelector('[part="base"]')!;
      expect(page.win.getComputedStyle(base).borderLeftWidth).to.equal('6px');
    });

    it('had no CSP violation', () => {
      expect(page.violations).to.deep.equal([]);
    });
  });

  describe('demo/huisarts.html and demo/balie.html', () => {
    it('the GP page: the card has whom to call at its top, the two below leave it out; no CSP violation', async () => {
      const page = await open('/demo/huisarts.html', 390);
      const [card, route, list] = ['signal-card', 'meldroute-steps', 'contact-list'].map((t) => page.doc.querySelector(t)!);
      expect(card.shadowRoot!.querySelector('.next-step a[href="tel:+318002000"]')).to.exist;
      expect(route.shadowRoot!.querySelector('.next-step')).to.equal(null);
      expect(list.shadowRoot!.querySelector('.next-step')).to.equal(null);
      expect(card.shadowRoot!.querySelector('button[data-action="safe-questions"]')).to.exist;
      expect(page.violations).to.deep.equal([]);
    });

    it('the front-desk page: a short, discreet checklist; no CSP violation', async () => {
      const page = await open('/demo/balie.html', 390);
      const list = page.doc.querySelector('signal-checklist')!;
      expect(list.shadowRoot!.querySelector('h1, h2')!.textContent!.trim()).to.equal('Signalenlijst');
      expect(list.shadowRoot!.querySelector('button[data-action="full"]')).to.exist;
      expect(page.violations).to.deep.equal([]);
    });
  });

  describe('every demo page fits 320px', () => {
    for (const path of ['/demo/index.html', '/demo/builder.html', '/demo/theming.html', '/demo/strict-csp.html', '/demo/huisarts.html', '/demo/balie.html', '/demo/huisarts.prerendered.html', '/demo/balie.prerendered.html']) {
      it(path, async function () {
        this.timeout(20000);
        const { doc } = await open(path, 320);
        expect(doc.documentElement.scrollWidth).to.be.at.most(320);
      });
    }
  });
});
