/**
 * When an element's code cannot be loaded (the site put up dist/signalenkaart.js but not the
 * files beside it, or the network failed), the element must not stay a blank, screen-tall
 * space: it lets go of the space held for it and shows the next step, with its numbers as
 * links (src/fallback.ts, added by the loader, src/index.ts). The built loader, in frames.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { loadSlice } from '../../src/data/slices.js';
import { FALLBACK_NUMBERS } from '../../src/fallback.js';
import { LOAD_FAILED } from '../../src/reserve.js';
import { phoneNumbers } from '../helpers/layout.js';
import { clean } from '../helpers/elements.js';
import { inHostPage } from '../helpers/host-page.js';

/** The text nodes of `root` in document order (a frame's: not instances of this window's Text). */
function textsOf(root: Node): Text[] {
  const walker = root.ownerDocument!.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const out: Text[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) out.push(n as Text);
  return out;
}

/** Where character `at` of `text` is drawn. */
function rectOf(text: Text, at: number): DOMRect | undefined {
  const range = text.ownerDocument.createRange();
  range.setStart(text, at);
  range.setEnd(text, at + 1);
  return range.getClientRects()[0];
}

/**
 * The numbers in `root` (its tel: links) that a line break parts from the word before them
 * ("gevaar:"), wherever that word stands (beside the link or in a box around it), or from the
 * punctuation right after them ("."); each as "word number" or "number punctuation".
 */
function partedFromWords(root: ParentNode & Node): string[] {
  const out: string[] = [];
  const texts = textsOf(root);
  for (const a of root.querySelectorAll('a[href^="tel:"]')) {
    const rects = a.getClientRects();
    const [first, last] = [rects[0], rects[rects.length - 1]];
    const outside = texts.filter((t) => !a.contains(t));
    const before = outside.filter((t) => a.compareDocumentPosition(t) & Node.DOCUMENT_POSITION_PRECEDING).reverse().find((t) => t.data.trim());
    const after = outside.find((t) => a.compareDocumentPosition(t) & Node.DOCUMENT_POSITION_FOLLOWING);
    if (before) {
      const r = rectOf(before, before.data.trimEnd().length - 1);
      if (r && Math.abs(r.top - first.top) > first.height / 2) out.push(`"${before.data.trim().split(/\s+/).pop()} ${a.textContent}"`);
    }
    if (after && /^\S/.test(after.data)) {
      const r = rectOf(after, 0);
      if (r && Math.abs(r.top - last.top) > last.height / 2) out.push(`"${a.textContent}${after.data[0]}"`);
    }
  }
  return out;
}

describe('dist: an element whose code cannot be loaded', () => {
  it("holds the dataset's numbers (Veilig Thuis, day and night; 112)", async () => {
    const contacts = await loadSlice('nl', 'contacts');
    const vt = contacts.contacts.find((c) => c.id === 'veilig-thuis')!;
    expect(FALLBACK_NUMBERS.advice.e164).to.equal(vt.phones![0].number);
    expect(vt.hours!.always).to.equal(true);
    expect(FALLBACK_NUMBERS.acute.e164).to.equal('112');
  });

  it('shows the next step with its numbers as links, and lets go of the space held for it; its own fallback stays as it is', async function () {
    this.timeout(20_000);
    const own = '<p>Eigen tekst van de site: bel 0800-2000.</p>';
    await inHostPage(
      '/missing-files/dist/signalenkaart.js',
      `<signal-card exploitation="labour"></signal-card><contact-list topic="acute"><script type="application/json">[]</script></contact-list><meldroute-steps route="medical">${own}</meldroute-steps>`,
      'nl',
      async (win) => {
        const doc = win.document;
        const els = [...doc.querySelectorAll('signal-card, contact-list, meldroute-steps')];
        await waitUntil(() => els.every((el) => el.hasAttribute(LOAD_FAILED)), 'every element marked load-failed', { timeout: 10_000 });
        for (const el of els) expect(el.matches(':defined'), el.localName).to.equal(false);
        const [card, list, route] = els;
        for (const el of [card, list]) {
          const text = clean((el as HTMLElement).innerText);
          expect(text, el.localName).to.equal('De signalenkaart kon hier niet worden geladen. Zorgen? Bel Veilig Thuis: 0800-2000 (gratis, dag en nacht). Bij acuut gevaar: 112.');
          expect([...el.querySelectorAll('a')].map((a) => a.getAttribute('href')), el.localName).to.deep.equal(['tel:+318002000', 'tel:112']);
        }
        // The site's own fallback is left as the site wrote it.
        expect(route.innerHTML).to.equal(own);
        // No screen-tall blank: each is as tall as its text, and the page's text follows close below.
        for (const el of els) expect(el.getBoundingClientRect().height, el.localName).to.be.below(150);
        expect(doc.getElementById('after')!.getBoundingClientRect().top).to.be.below(500);
      },
    );
  });

  it('while its code is slow to come (a slow line), shows the next step after a moment, in the space it holds, without moving the page', async function () {
    this.timeout(30_000);
    await inHostPage('/slow-files/dist/signalenkaart.js', '<signal-card exploitation="labour"></signal-card><contact-list topic="acute"></contact-list>', 'nl', async (win) => {
      const doc = win.document;
      const els = [...doc.querySelectorAll('signal-card, contact-list')] as HTMLElement[];
      const before = els.map((el) => el.getBoundingClientRect().height);
      const after = doc.getElementById('after')!.getBoundingClientRect().top;
      // At first, nothing in words: a quick load shows none.
      expect(els.map((el) => clean(el.innerText))).to.deep.equal(['', '']);
      await waitUntil(() => els.every((el) => el.querySelector(':scope > p')), 'the next step in every waiting element', { timeout: 10_000 });
      for (const el of els) {
        expect(el.matches(':defined'), el.localName).to.equal(false);
        expect(el.hasAttribute(LOAD_FAILED), el.localName).to.equal(false);
        // Not "could not be loaded": it may still come.
        expect(clean(el.innerText), el.localName).to.equal('Zorgen? Bel Veilig Thuis: 0800-2000 (gratis, dag en nacht). Bij acuut gevaar: 112.');
      }
      expect(els.map((el) => el.getBoundingClientRect().height), 'the space held, unchanged').to.deep.equal(before);
      expect(doc.getElementById('after')!.getBoundingClientRect().top, 'the page did not move').to.equal(after);
      // Then the code comes: the element shows its content instead (its shadow root), once.
      await win.customElements.whenDefined('signal-card');
      const card = els[0] as HTMLElement & { contentReady: Promise<void> };
      await card.contentReady;
      expect(card.shadowRoot!.textContent).to.contain('Arbeidsuitbuiting');
      expect(card.querySelectorAll(':scope > p')).to.have.length(1);
    });
  });

  it('keeps each phone number of the next step on one line, and on the line of what it is for, in any column width', async function () {
    this.timeout(20_000);
    // In a column of the host page: the element itself is inline once it has let go of its space.
    await inHostPage('/missing-files/dist/signalenkaart.js', '<div id="column"><contact-list topic="acute"></contact-list></div>', 'nl', async (win) => {
      const el = win.document.querySelector('contact-list') as HTMLElement;
      const column = win.document.getElementById('column')!;
      await waitUntil(() => el.querySelector('a[href^="tel:"]'), 'the next step', { timeout: 10_000 });
      column.style.fontSize = '20px';
      const cut: string[] = [];
      const parted: string[] = [];
      const heights = new Set<number>();
      // From a column as wide as the widest number at this size (a narrower one must wrap it).
      for (let width = 120; width <= 400; width += 2) {
        column.style.width = `${width}px`;
        heights.add(el.getBoundingClientRect().height);
        for (const n of phoneNumbers(el).cut) cut.push(`"${n}" at ${width}px`);
        for (const n of partedFromWords(el)) parted.push(`${n} at ${width}px`);
      }
      expect(cut.slice(0, 5)).to.deep.equal([]);
      expect(parted.slice(0, 5), '"gevaar:" and "112." on one line').to.deep.equal([]);
      expect(heights.size, 'the text wraps differently across the widths').to.be.greaterThan(5);
    });
  });

  it("a page's own tel: link in its fallback, a whole sentence, wraps inside a narrow column rather than stick out", async function () {
    this.timeout(20_000);
    const own = '<p>Zorgen? <a href="tel:+318002000">Bel Veilig Thuis gratis en anoniem op 0800-2000</a></p>';
    await inHostPage('/missing-files/dist/signalenkaart.js', `<div id="column"><contact-list topic="acute">${own}</contact-list></div>`, 'nl', async (win) => {
      const column = win.document.getElementById('column')!;
      column.style.cssText = 'width: 160px; font-size: 20px';
      const el = win.document.querySelector('contact-list') as HTMLElement;
      await waitUntil(() => el.hasAttribute(LOAD_FAILED), 'marked load-failed', { timeout: 10_000 });
      expect(el.matches(':defined'), 'never defined').to.equal(false);
      expect(el.innerHTML, 'its own fallback, as the site wrote it').to.equal(own);
      const a = el.querySelector('a')!;
      expect(a.getBoundingClientRect().right, 'the link inside the column').to.be.at.most(column.getBoundingClientRect().right + 1);
      expect(a.getBoundingClientRect().height, 'on more than one line').to.be.greaterThan(40);
    });
  });

  it('on an English page, in English', async function () {
    this.timeout(20_000);
    await inHostPage('/missing-files/dist/signalenkaart.js', '<signal-card></signal-card>', 'en', async (win) => {
      const el = win.document.querySelector('signal-card')!;
      await waitUntil(() => el.hasAttribute(LOAD_FAILED), 'marked load-failed', { timeout: 10_000 });
      expect(clean((el as HTMLElement).innerText)).to.equal('The signalenkaart could not be loaded here. Worried? Call Veilig Thuis: +31 800 2000 (free, day and night). In acute danger: 112.');
    });
  });

  it('where the code loads after all (at a later try), the mark goes', async function () {
    this.timeout(20_000);
    await inHostPage('/dist/signalenkaart.js', `<signal-card ${LOAD_FAILED}></signal-card>`, 'nl', async (win) => {
      const el = win.document.querySelector('signal-card')!;
      await win.customElements.whenDefined('signal-card');
      await waitUntil(() => !el.hasAttribute(LOAD_FAILED), 'the mark gone', { timeout: 10_000 });
      expect(el.hasAttribute(LOAD_FAILED)).to.equal(false);
    });
  });

  for (const [lang, expected] of [
    ['nl', 'De inhoud kon niet worden geladen. Herlaad de pagina om het opnieuw te proberen. Zorgen? Bel Veilig Thuis: 0800-2000 (gratis, dag en nacht). Bij acuut gevaar: 112.'],
    ['en', 'The content could not be loaded. Reload the page to try again. Worried? Call Veilig Thuis: +31 800 2000 (free, day and night). In acute danger: 112.'],
  ]) {
    it(`where its code came but its content could not be loaded: says so, with the next step, in every element (${lang})`, async function () {
      this.timeout(20_000);
      // The test server leaves out the files of the dataset's meta part, which every element needs.
      await inHostPage(
        '/without-meta/dist/signalenkaart.js',
        '<signal-card exploitation="labour"></signal-card><signal-checklist></signal-checklist><meldroute-steps route="medical"></meldroute-steps><contact-list topic="acute"></contact-list>',
        lang,
        async (win) => {
          const els = [...win.document.querySelectorAll('signal-card, signal-checklist, meldroute-steps, contact-list')];
          const alert = (el: Element) => el.shadowRoot?.querySelector('[role="alert"]');
          await waitUntil(() => els.every((el) => alert(el)), 'every element says its content could not be loaded', { timeout: 10_000 });
          for (const el of els) {
            expect(clean(alert(el)!.textContent), el.localName).to.equal(expected);
            expect([...alert(el)!.querySelectorAll('a')].map((a) => a.getAttribute('href')), el.localName).to.deep.equal(['tel:+318002000', 'tel:112']);
            expect(el.getBoundingClientRect().height, `${el.localName}: no screen-tall blank`).to.be.below(250);
          }
          // "gevaar:" and "112." on one line, in any column (20px text).
          const list = els[3] as HTMLElement;
          const column = win.document.createElement('div');
          column.style.fontSize = '20px';
          list.before(column);
          column.append(list);
          const parted: string[] = [];
          // From a column as wide as the widest number with its word ("Thuis: +31 800 2000" at
          // 20px; a narrower one must wrap inside its box).
          for (let width = 220; width <= 400; width += 2) {
            column.style.width = `${width}px`;
            for (const n of partedFromWords(alert(list)!)) parted.push(`${n} at ${width}px`);
          }
          expect(parted.slice(0, 5), 'a number parted from its word or its full stop').to.deep.equal([]);
        },
      );
    });
  }
});
