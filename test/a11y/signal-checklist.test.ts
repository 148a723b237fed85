/**
 * <signal-checklist> accessibility beyond the element tests: axe for every form × audience after
 * filling it in, in dark mode and in English; a keyboard walk over every control with visible
 * focus; every control operated by keyboard alone (Space, Enter, arrows, typing, Escape); the
 * live regions (summary, reset) staying in place and announcing; reflow at 320px and text at
 * 200%; the heading outline for heading-level 1..6.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/elements/signal-checklist/define.js';
import type { SignalChecklist } from '../../src/elements/signal-checklist/signal-checklist.js';
import { AUDIENCES, EXPLOITATIONS } from '../../src/model/signals.js';
import { countPrints, expectFits, expectKeyboardWalk, expectLargeTextFits, expectOutline, placeBetweenButtons, withPageLang } from './helpers.js';
import { clean } from '../helpers/elements.js';
import { Announcement } from '../../src/base/announcement.js';

const checklist = (attrs: Record<string, string> = {}, width?: number) => placeBetweenButtons<SignalChecklist>('signal-checklist', attrs, width);
const $ = <T extends Element = HTMLElement>(el: SignalChecklist, sel: string) => el.shadowRoot!.querySelector<T & Element>(sel)!;
const $$ = <T extends Element = HTMLElement>(el: SignalChecklist, sel: string) => [...el.shadowRoot!.querySelectorAll<T & Element>(sel)];
const boxes = (el: SignalChecklist) => $$<HTMLInputElement>(el, 'input[type="checkbox"]');
/** The element's one live region (visually hidden). */
const liveRegion = (el: SignalChecklist) => $(el, '.visually-hidden[role="status"]');
const button = (el: SignalChecklist, text: RegExp) => $$<HTMLButtonElement>(el, 'button').find((b) => text.test(clean(b.textContent)))!;

/** Fills in with the mouse: three signals, a score, the minor question, a note. */
async function fillIn(el: SignalChecklist) {
  // The front desk's short list: the full annex-1 form first.
  const full = el.shadowRoot!.querySelector<HTMLButtonElement>('button[data-action="full"]');
  if (full) {
    full.click();
    await el.updateComplete;
  }
  for (const b of boxes(el).slice(0, 3)) b.click();
  $<HTMLInputElement>(el, 'fieldset.row input[type="radio"][value="2"]').click();
  $<HTMLInputElement>(el, 'input[name="minor"][value="yes"]').click();
  const note = $<HTMLTextAreaElement>(el, 'textarea');
  note.value = 'notitie';
  note.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

describe('<signal-checklist> accessibility', () => {
  describe('axe after filling it in', () => {
    for (const exploitation of EXPLOITATIONS) {
      for (const audience of AUDIENCES) {
        it(`exploitation="${exploitation}" audience="${audience}"`, async () => {
          const el = await checklist({ exploitation, audience, region: 'ijsselland' });
          await fillIn(el);
          expect($(el, '.child')).to.exist;
          await expect(el).to.be.accessible();
        });
      }
    }

    it('in dark mode (color-scheme="dark")', async () => {
      const el = await checklist({ audience: 'medical', 'color-scheme': 'dark' });
      await fillIn(el);
      await expect(el).to.be.accessible();
    });

    it('on an English page', () =>
      withPageLang('en', async () => {
        const el = await checklist({ audience: 'front-desk' });
        await fillIn(el);
        await expect(el).to.be.accessible();
      }));

    it('after "Wis alles", with the reset announced', async () => {
      const el = await checklist({ exploitation: 'sexual' });
      await fillIn(el);
      button(el, /^Wis alles$/).click();
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });
  });

  describe('keyboard only', () => {
    it('Tab reaches every control in order (one stop per radio group), each with a visible focus indicator', async function () {
      this.timeout(60_000);
      const el = await checklist({ exploitation: 'labour', audience: 'front-desk' });
      $<HTMLInputElement>(el, 'input[name="minor"][value="yes"]').click();
      $<HTMLButtonElement>(el, 'button[data-action="full"]').click();
      await el.updateComplete;
      const stops = await expectKeyboardWalk(el);
      for (const kind of ['button', 'input', 'textarea', 'a']) expect(stops.some((s) => s.localName === kind), kind).to.equal(true);
    });

    it('the full list (every signal) is walkable to the end', async function () {
      this.timeout(120_000);
      const el = await checklist();
      await expectKeyboardWalk(el);
    });

    it('every kind of control works without a mouse: Space, arrows, typing, Enter, Escape (hides), undo', async () => {
      const el = await checklist({ exploitation: 'labour' });
      const events: unknown[] = [];
      el.addEventListener('signal-checklist-change', (e) => events.push((e as CustomEvent).detail));
      // A signal: Space.
      const box = boxes(el)[0];
      box.focus();
      await sendKeys({ press: ' ' });
      await el.updateComplete;
      expect(box.checked).to.equal(true);
      // The minor question: arrow keys move and select within the group (from "Nee" up to "Ja":
      // WebKit, like Safari, does not wrap around at the end of a group as Chromium and Firefox do).
      const no = $<HTMLInputElement>(el, 'input[name="minor"][value="no"]');
      no.focus();
      await sendKeys({ press: 'ArrowUp' });
      await el.updateComplete;
      const yes = $<HTMLInputElement>(el, 'input[name="minor"]:checked');
      expect(yes.value).to.equal('yes');
      expect($(el, '.child'), 'the child rule appears').to.exist;
      // Its focus is drawn where the arrow key moved it (WebKit no longer calls it "visible").
      expect(el.shadowRoot!.activeElement).to.equal(yes);
      expect(getComputedStyle(yes).outlineStyle, 'the focus ring on "Ja"').to.equal('solid');
      // A note: typing.
      const note = $<HTMLTextAreaElement>(el, 'textarea');
      note.focus();
      await sendKeys({ type: 'gezien' });
      expect(note.value).to.equal('gezien');
      // "Afdrukken of bewaren als pdf": Enter.
      const prints = await countPrints(async () => {
        button(el, /^Afdrukken/).focus();
        await sendKeys({ press: 'Enter' });
      });
      expect(prints).to.equal(1);
      // Escape while typing a note: the list hides at once, focus on "tonen", nothing lost.
      note.focus();
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect(boxes(el)).to.have.length(0);
      const show = button(el, /^tonen$/);
      expect(el.shadowRoot!.activeElement).to.equal(show);
      // "tonen" alone says little out of context: it is described by "Lijst verborgen".
      expect(clean(el.shadowRoot!.getElementById(show.getAttribute('aria-describedby')!)!.textContent)).to.equal('Lijst verborgen');
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(boxes(el)[0].checked).to.equal(true);
      expect($<HTMLTextAreaElement>(el, 'textarea').value).to.equal('gezien');
      // "Wis alles": Enter clears and keeps focus on the button; "Ongedaan maken" brings it back.
      const clear = button(el, /^Wis alles$/);
      clear.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(boxes(el).some((b) => b.checked)).to.equal(false);
      expect($<HTMLTextAreaElement>(el, 'textarea').value).to.equal('');
      expect(el.shadowRoot!.activeElement).to.equal(clear);
      button(el, /^Ongedaan maken$/).focus();
      await sendKeys({ press: ' ' });
      await el.updateComplete;
      expect(boxes(el)[0].checked).to.equal(true);
      expect($<HTMLTextAreaElement>(el, 'textarea').value).to.equal('gezien');
      expect(events.length).to.be.at.least(4);
    });
  });

  describe('live regions', () => {
    it('a tick says its count, in few words, in one polite live region present from the start; the summary is not read out whole', async () => {
      const el = await checklist({ exploitation: 'criminal' });
      const live = liveRegion(el);
      expect(live.getAttribute('aria-live')).to.equal('polite');
      expect(clean(live.textContent)).to.equal('');
      boxes(el)[0].click();
      await el.updateComplete;
      expect(liveRegion(el), 'the same node: a replaced region would not be announced').to.equal(live);
      expect(clean(live.textContent)).to.equal('Aangevinkte signalen: 1.');
      boxes(el)[1].click();
      await el.updateComplete;
      expect(clean(live.textContent)).to.equal('Aangevinkte signalen: 2.');
      // One live region in all: the summary (about twenty words) was read whole after every tick.
      expect($$(el, '[aria-live], [role="status"], [role="alert"]').filter((r) => !r.closest('.message'))).to.deep.equal([live]);
    });

    it('what it said goes again after a moment, so reading on does not meet it a second time', async () => {
      const el = await checklist({ exploitation: 'criminal' });
      const before = Announcement.saidForMs;
      Announcement.saidForMs = 50;
      try {
        boxes(el)[0].click();
        await el.updateComplete;
        expect(clean(liveRegion(el).textContent)).to.equal('Aangevinkte signalen: 1.');
        await new Promise((r) => setTimeout(r, 120));
        await el.updateComplete;
        expect(clean(liveRegion(el).textContent)).to.equal('');
      } finally {
        Announcement.saidForMs = before;
      }
    });

    it('"Wis alles" announces "Alles is gewist." in a live region that was already there', async () => {
      const el = await checklist({ exploitation: 'criminal' });
      const regions = $$(el, '[role="status"]');
      const announcer = regions.find((r) => r.classList.contains('visually-hidden'))!;
      expect(announcer, 'an empty status region from the start').to.exist;
      expect(clean(announcer.textContent)).to.equal('');
      boxes(el)[0].focus();
      await sendKeys({ press: ' ' });
      button(el, /^Wis alles$/).click();
      await el.updateComplete;
      expect(clean(announcer.textContent), 'one sentence, not the summary besides').to.equal('Alles is gewist.');
      expect(announcer.isConnected).to.equal(true);
    });
  });

  describe('reflow and text size', () => {
    it('320px wide, filled in: no horizontal scrolling, nothing clipped', async () => {
      const el = await checklist({ region: 'ijsselland' }, 320);
      await fillIn(el);
      await expectFits(el);
    });

    it('text at 200%, filled in: the text is larger, nothing overflows or is clipped', async () => {
      const el = await checklist({ region: 'ijsselland' }, 640);
      await fillIn(el);
      await expectLargeTextFits(el, $(el, 'label.check'));
    });
  });

  describe('headings follow heading-level', () => {
    for (let level = 1; level <= 6; level++) {
      it(`heading-level="${level}": top heading h${level}, nothing above it, no skipped levels, capped at h6`, async () => {
        const el = await checklist({ audience: 'medical', 'heading-level': String(level) });
        await fillIn(el);
        expectOutline(el, level, 4);
      });
    }
  });
});
