/**
 * The built files in real pages: dist/signalenkaart.js and the manifest.
 * Run after `npm run build` (npm test builds first).
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../helpers/privacy.js';

const NAMES = ['signal-card', 'signal-checklist', 'meldroute-steps', 'contact-list'];
const BUNDLE = '/dist/signalenkaart.js';

type Ready = HTMLElement & { contentReady: Promise<void> };

describe('dist/signalenkaart.js', () => {
  it('runs on a strict-CSP page with Trusted Types without a single violation, rendering all four elements', async () => {
    const frame = await fixture<HTMLIFrameElement>(html`<iframe title="strict CSP page" src="/test/pages/strict-csp.html"></iframe>`);
    const { data } = (await oneEvent(window, 'message')) as MessageEvent;
    expect(frame.isConnected).to.equal(true);
    expect(data.type).to.equal('strict-csp');
    expect(data.timedOut, 'elements did not finish rendering').to.equal(false);
    expect(data.violations).to.deep.equal([]);
    expect(data.rendered).to.deep.equal(Object.fromEntries(NAMES.map((n) => [n, true])));
  });

  it('pre-rendered (signalenkaart render), on the strict-CSP page with its style hashes: taken over without a single violation', async () => {
    const frame = await fixture<HTMLIFrameElement>(html`<iframe title="strict CSP page, pre-rendered" src="/test/pages/strict-csp.prerendered.html"></iframe>`);
    const { data } = (await oneEvent(window, 'message')) as MessageEvent;
    expect(frame.isConnected).to.equal(true);
    expect(frame.contentDocument!.querySelector('signal-card')!.hasAttribute('prerendered'), 'the pre-rendered page').to.equal(true);
    expect(data.timedOut, 'elements did not finish rendering').to.equal(false);
    expect(data.violations).to.deep.equal([]);
    expect(data.rendered).to.deep.equal(Object.fromEntries(NAMES.map((n) => [n, true])));
  });

  it('on a page whose elements are all pre-rendered, adds its style sheet (the space for elements added later) only after the first paint', async () => {
    const frame = document.createElement('iframe');
    frame.title = 'pre-rendered page';
    const loaded = oneEvent(frame, 'load');
    frame.srcdoc =
      '<!doctype html><html lang="nl"><body><signal-card prerendered><template shadowrootmode="open"><p>Signalen</p></template></signal-card>' +
      `<script src="${BUNDLE}"></script><script>window.sheetsWhenRun = document.adoptedStyleSheets.length</script></body></html>`;
    document.body.append(frame);
    try {
      await loaded;
      const win = frame.contentWindow as Window & typeof globalThis & { sheetsWhenRun: number };
      // A new sheet on a parsed page restyles all of it before the first paint (Chromium: ~10 ms for a card).
      expect(win.sheetsWhenRun, 'no sheet while the page waits for its first paint').to.equal(0);
      await win.customElements.whenDefined('signal-card');
      expect(win.document.adoptedStyleSheets.length, 'the reservation sheet, after the paint').to.equal(1);
    } finally {
      frame.remove();
    }
  });

  it('leaves the host page styles untouched and adds no globals besides Lit version markers', async () => {
    const host = await fixture(html`<div>
      <h2>Host heading</h2>
      <p>Host paragraph with <a href="#x">a link</a>.</p>
      <button>Host button</button>
      <ul><li>item</li></ul>
    </div>`);
    const props = ['color', 'font-family', 'font-size', 'line-height', 'margin-top', 'margin-bottom', 'background-color', 'text-decoration-line', 'padding-left', 'display', 'box-sizing'];
    const snapshot = () =>
      [...host.querySelectorAll('*')].map((el) => {
        const cs = getComputedStyle(el);
        return props.map((p) => cs.getPropertyValue(p)).join('|');
      });
    const before = snapshot();
    const globalsBefore = new Set(Object.getOwnPropertyNames(window));

    await import(/* @vite-ignore */ BUNDLE);
    const els = NAMES.map((n) => {
      const el = document.createElement(n) as Ready;
      host.append(el);
      return el;
    });
    await Promise.all(NAMES.map((n) => customElements.whenDefined(n)));
    await Promise.all(els.map((el) => el.contentReady));

    els.forEach((el) => el.remove());
    expect(snapshot()).to.deep.equal(before);
    const added = Object.getOwnPropertyNames(window).filter((k) => !globalsBefore.has(k));
    expect(added.filter((k) => !/^(lit|reactiveElement)\w*Versions$/.test(k))).to.deep.equal([]);
  });

  it('is harmless when loaded twice, and renders all four elements', async () => {
    const warn = console.warn;
    const warnings: unknown[][] = [];
    console.warn = (...a: unknown[]) => warnings.push(a);
    try {
      await import(/* @vite-ignore */ BUNDLE);
      await import(/* @vite-ignore */ `${BUNDLE}?second-copy`);
      const one = '/dist/elements/contact-list.js';
      await import(/* @vite-ignore */ one);
    } finally {
      console.warn = warn;
    }
    expect(warnings.filter((w) => String(w[0]).includes('already defined'))).to.deep.equal([]);
    const wrap = await fixture(html`<div>
      <signal-card></signal-card><signal-checklist></signal-checklist>
      <meldroute-steps></meldroute-steps><contact-list></contact-list>
    </div>`);
    const els = NAMES.map((n) => wrap.querySelector(n) as Ready);
    await Promise.all(els.map((el) => el.contentReady));
    for (const el of els) expect(el.shadowRoot!.textContent!.trim().length, el.localName).to.be.greaterThan(100);
  });
});

describe('define guard', () => {
  it('warns once, and never throws, when another version already defined an element', async () => {
    // A separate page, so the registry is fresh.
    const frame = await fixture<HTMLIFrameElement>(html`<iframe title="two versions" src="/test/pages/two-versions.html"></iframe>`);
    const { data } = (await oneEvent(window, 'message')) as MessageEvent;
    expect(frame.isConnected).to.equal(true);
    expect(data.type).to.equal('two-versions');
    expect(data.errors).to.deep.equal([]);
    expect(data.warnings.filter((w: string) => w.includes('<contact-list> is already defined'))).to.have.length(1);
    expect(data.otherDefined).to.deep.equal(['signal-card', 'signal-checklist', 'meldroute-steps']);
  });
});
