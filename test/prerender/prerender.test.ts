/**
 * The pre-rendered route (issue 13): demo pages made by `signalenkaart render` (npm run build
 * runs `npm run prerender`) read complete without JavaScript, and the script takes them over in
 * place: the page around them does not move.
 */
import { expect } from '@open-wc/testing';
import { forgetRequests } from '../helpers/privacy.js';
import { layOutEverything } from '../helpers/layout.js';
import { canEmulateMedia, MEDIA_EMULATION } from '../helpers/engine.js';
import { unprinted, whilePrinted } from '../helpers/print.js';

const PAGES = ['huisarts', 'balie'];
const NAMES = 'signal-card, signal-checklist, meldroute-steps, contact-list';
/** The blocks of a pre-rendered element (sections, panels, steps, groups, contacts). */
const BLOCKS = '.section, .panel, .group, .step, .contact, fieldset, .summary';

/** Loads a page in an iframe; `scripts: false` is a browser with JavaScript off. */
async function frame(src: string, scripts: boolean): Promise<HTMLIFrameElement> {
  const f = document.createElement('iframe');
  if (!scripts) f.setAttribute('sandbox', 'allow-same-origin');
  f.style.cssText = 'width: 412px; height: 823px; border: 0';
  const loaded = new Promise((r) => f.addEventListener('load', r, { once: true }));
  f.src = src;
  document.body.append(f);
  await loaded;
  return f;
}

/**
 * A page's body, parsed into this test page as a browser parses it (declarative shadow roots
 * attached), without its scripts: the elements are not defined here, and scripting is on.
 */
async function parsedBody(src: string): Promise<HTMLDivElement> {
  const page = await (await fetch(src)).text();
  const body = /<body[^>]*>([\s\S]*)<\/body>/i.exec(page)![1].replace(/<script\b[\s\S]*?<\/script>/gi, '');
  const holder = document.createElement('div');
  (holder as HTMLElement & { setHTMLUnsafe(html: string): void }).setHTMLUnsafe(body);
  document.body.append(holder);
  return holder;
}

/** The visible text of a shadow root (without its styles). */
const textOf = (root: ShadowRoot) =>
  [...root.childNodes]
    .filter((n) => n.nodeName !== 'STYLE')
    .map((n) => n.textContent ?? '')
    .join(' ')
    .replace(/\s+/g, ' ');

/** A closed panel: a pre-rendered one is a closed native <details>, a live one is hidden. */
const closed = (panel: Element) => (panel.parentElement?.localName === 'details' ? !(panel.parentElement as HTMLDetailsElement).open : panel.hasAttribute('hidden'));

/** Each element's headings in order, but those in closed panels; and the keys of the open panels. */
function shape(doc: Document) {
  const els = [...doc.querySelectorAll(NAMES)];
  return {
    headings: els.map((el) =>
      [...el.shadowRoot!.querySelectorAll('h1, h2, h3, h4')]
        .filter((h) => !h.closest('.panel') || !closed(h.closest('.panel')!))
        .map((h) => (h.textContent ?? '').replace(/\s+/g, ' ').trim()),
    ),
    open: els.map((el) =>
      [...el.shadowRoot!.querySelectorAll<HTMLElement>('details[data-key], button.toggle[data-key]')]
        .filter((t) => (t.localName === 'details' ? (t as HTMLDetailsElement).open : t.getAttribute('aria-expanded') === 'true'))
        .map((t) => t.dataset.key),
    ),
  };
}

for (const page of PAGES) {
  describe(`pre-rendered demo/${page}.prerendered.html`, () => {
    const src = `/demo/${page}.prerendered.html`;
    let frames: HTMLIFrameElement[] = [];
    afterEach(() => {
      for (const f of frames) f.remove();
      frames = [];
      forgetRequests((url) => new URL(url).pathname.startsWith('/demo/'));
    });

    it('without JavaScript, under a strict CSP: every element shows its content, styled, with phone numbers as tel: links', async () => {
      const f = await frame(src, false);
      frames.push(f);
      const doc = f.contentDocument!;
      const els = [...doc.querySelectorAll(NAMES)];
      expect(els.length).to.be.greaterThan(1);
      expect(f.contentWindow!.customElements.get('signal-card'), 'no script ran').to.equal(undefined);
      for (const el of els) {
        const root = el.shadowRoot!;
        expect(root, `${el.localName}: declarative shadow root`).to.not.equal(null);
        expect(root.querySelector('h1, h2, h3'), `${el.localName}: a heading`).to.not.equal(null);
        const text = textOf(root);
        expect(text.length, `${el.localName}: its content`).to.be.greaterThan(500);
        expect(/wordt geladen|Laden…/i.test(text), `${el.localName}: no loading line`).to.equal(false);
        // Styled under the strict CSP: the test server allows the inline shadow-root styles by their
        // hashes (`signalenkaart csp`), as docs/embedding.md tells a site to.
        expect(getComputedStyle(el).display, `${el.localName}: :host styles (an unknown element is inline)`).to.equal('block');
        if (!el.hasAttribute('no-next-step')) {
          const step = root.querySelector('.next-step')!;
          expect(getComputedStyle(step).borderInlineStartWidth, `${el.localName}: next-step styles`).to.equal('4px');
          expect(text.includes('0800-2000'), `${el.localName}: the next step`).to.equal(true);
          expect(root.querySelector('a[href="tel:+318002000"]'), `${el.localName}: Veilig Thuis as a tel: link`).to.not.equal(null);
        }
      }
    });

    it('without JavaScript: accessible (axe, WCAG 2.1 AA), every element as the reader gets it', async () => {
      // The page's body as a browser without JavaScript has it: the elements stay undefined.
      const holder = await parsedBody(src);
      try {
        const els = [...holder.querySelectorAll(NAMES)];
        expect(els.length).to.be.greaterThan(1);
        for (const el of els) {
          expect(el.matches(':defined'), `${el.localName}: not upgraded here`).to.equal(false);
          expect(el.shadowRoot, `${el.localName}: its declarative shadow root`).to.not.equal(null);
          // axe measures contrast on screen: lay out what is skipped off-screen.
          layOutEverything(el);
        }
        await expect(holder).to.be.accessible();
      } finally {
        holder.remove();
      }
    });

    it('without JavaScript: no buttons that would do nothing, nor words about what a script does; the questions of a flow as a list; no count beside ticked boxes', async () => {
      const f = await frame(src, false);
      frames.push(f);
      for (const el of f.contentDocument!.querySelectorAll(NAMES)) {
        const root = el.shadowRoot!;
        f.contentWindow!.scrollTo(0, 0);
        // Every button left is a route step's title (a heading), shown open (the card's panels are
        // <details>): none of the action buttons.
        const shown = [...root.querySelectorAll('button')].filter((b) => b.getClientRects().length && !b.classList.contains('toggle'));
        expect(shown.map((b) => (b.textContent ?? '').replace(/\s+/g, ' ').trim()), el.localName).to.deep.equal([]);
        const flow = root.querySelector('.flow');
        if (flow) {
          expect(root.querySelector('.flow-question')!.getClientRects().length, 'the one-question-at-a-time box').to.equal(0);
          const open = [...root.querySelectorAll('.flow-open li')];
          expect(open.length, 'every question').to.be.greaterThan(2);
          for (const li of open) expect(li.getClientRects().length, li.textContent!).to.be.greaterThan(0);
        }
        const count = root.querySelector('.summary .counts');
        if (count) expect(count.getClientRects().length, 'the count of ticked boxes').to.equal(0);
        // Nor what only a script does ("Escape verbergt de lijst").
        for (const n of root.querySelectorAll('.needs-script')) expect(n.getClientRects().length, n.textContent!).to.equal(0);
      }
      expect(PAGES.length).to.equal(2);
    });

    it('without JavaScript, the card\'s collapsed parts are native <details>: closed, their content there to find, and they open', async () => {
      const f = await frame(src, false);
      frames.push(f);
      const cards = [...f.contentDocument!.querySelectorAll('signal-card')];
      expect(cards.length).to.be.greaterThan(0);
      for (const card of cards) {
        const panels = [...card.shadowRoot!.querySelectorAll('details')];
        expect(panels.length, 'the background at least').to.be.greaterThan(0);
        for (const d of panels) {
          const body = d.querySelector('.panel')!;
          expect(d.open, d.dataset.key).to.equal(false);
          expect(body.checkVisibility(), `${d.dataset.key}: not shown while closed`).to.equal(false);
          expect((body.textContent ?? '').trim().length, `${d.dataset.key}: its content is in the page`).to.be.greaterThan(100);
          // A click on its title opens it, with no script in the page.
          d.querySelector('summary')!.click();
          expect(d.open, `${d.dataset.key}: opened`).to.equal(true);
          expect(body.checkVisibility(), `${d.dataset.key}: shown`).to.equal(true);
          expect(body.getBoundingClientRect().height, `${d.dataset.key}: shown`).to.be.greaterThan(20);
        }
      }
    });

    it(`printed without JavaScript, the card's closed panels are on the paper ${MEDIA_EMULATION}`, async function () {
      if (!canEmulateMedia) this.skip();
      const holder = await parsedBody(src);
      try {
        const panels = [...holder.querySelectorAll('signal-card')].flatMap((card) => [...card.shadowRoot!.querySelectorAll('details:not([open]) > .panel')]);
        expect(panels.length).to.be.greaterThan(0);
        for (const p of panels) expect(p.checkVisibility(), `${p.id}: on screen, closed`).to.equal(false);
        await whilePrinted(() => {
          for (const p of panels) {
            expect(p.checkVisibility(), p.id).to.equal(true);
            expect(unprinted(p), p.id).to.deep.equal([]);
          }
        });
      } finally {
        holder.remove();
      }
    });

    it('before the script has come, every block is laid out whole (an estimate would move the page when it came into view), and all are there to read and find', async () => {
      const holder = await parsedBody(src);
      try {
        for (const el of holder.querySelectorAll(NAMES)) {
          const blocks = [...el.shadowRoot!.querySelectorAll<HTMLElement>(BLOCKS)];
          expect(blocks.length, `${el.localName}: blocks`).to.be.greaterThan(0);
          for (const b of blocks) expect(getComputedStyle(b).contentVisibility ?? 'visible', `${el.localName} .${b.className}`).to.equal('visible');
          // Every block's text is in the document (for reading, find-in-page and assistive technology).
          for (const b of blocks) expect((b.textContent ?? '').trim().length).to.be.greaterThan(2);
        }
      } finally {
        holder.remove();
      }
    });

    it('without JavaScript, the blocks are laid out whole: a scroll to the end (End) lands at the end', async () => {
      const f = await frame(src, false);
      frames.push(f);
      const win = f.contentWindow!;
      const root = f.contentDocument!.scrollingElement!;
      for (const el of f.contentDocument!.querySelectorAll(NAMES)) {
        for (const b of el.shadowRoot!.querySelectorAll<HTMLElement>(BLOCKS)) expect(getComputedStyle(b).contentVisibility ?? 'visible', `${el.localName} .${b.className}`).to.equal('visible');
      }
      // As End does: to the bottom, then a few frames for what comes into view to be laid out.
      win.scrollTo(0, root.scrollHeight);
      for (let i = 0; i < 4; i++) await new Promise((r) => requestAnimationFrame(r));
      await new Promise((r) => setTimeout(r, 50));
      expect(root.scrollHeight - root.clientHeight - root.scrollTop, 'pixels still below the view').to.be.at.most(2);
    });

    it('the script takes the elements over in place: the same headings, no layout shift', async function () {
      this.timeout(20000);
      const without = await frame(src, false);
      frames.push(without);
      const before = shape(without.contentDocument!);
      const f = await frame(src, true);
      frames.push(f);
      const win = f.contentWindow! as Window & typeof globalThis;
      const shifts: number[] = [];
      if ('PerformanceObserver' in win && win.PerformanceObserver.supportedEntryTypes.includes('layout-shift')) {
        new win.PerformanceObserver((list) => {
          for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
            if (!e.hadRecentInput) shifts.push(e.value);
          }
        }).observe({ type: 'layout-shift', buffered: true });
      }
      const els = [...f.contentDocument!.querySelectorAll(NAMES)];
      await Promise.all(els.map(async (el) => {
        await win.customElements.whenDefined(el.localName);
        await (el as unknown as { contentReady: Promise<void> }).contentReady;
      }));
      await new Promise((r) => win.requestAnimationFrame(() => win.requestAnimationFrame(r)));
      for (const el of els) expect(el.shadowRoot!.querySelector('template'), 'no pre-rendered leftovers').to.equal(null);
      // Defined, the elements lay their blocks out whole again (they were skipped off-screen before).
      for (const el of els) {
        for (const b of el.shadowRoot!.querySelectorAll(BLOCKS)) expect(getComputedStyle(b).contentVisibility ?? 'visible', `${el.localName} .${b.className}`).to.not.equal('auto');
      }
      expect(shape(f.contentDocument!)).to.deep.equal(before);
      const cls = shifts.reduce((a, b) => a + b, 0);
      expect(cls, 'cumulative layout shift (Chromium measures it)').to.be.at.most(0.01);
    });
  });
}
