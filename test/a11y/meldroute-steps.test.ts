/**
 * <meldroute-steps> accessibility beyond the element tests: axe for every route with every step
 * open and marked, local contacts, every afwegingskader outcome, dark mode and English; a
 * keyboard walk over every control with visible focus; every control by keyboard alone, with
 * focus kept or moved where it helps; the live regions of progress and the afwegingskader;
 * reflow at 320px and text at 200%; the heading outline for heading-level 1..6.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/elements/meldroute-steps/define.js';
import type { MeldrouteSteps } from '../../src/elements/meldroute-steps/meldroute-steps.js';
import { AUDIENCES } from '../../src/model/signals.js';
import { addLocalJson, countPrints, expectFits, expectKeyboardWalk, expectLargeTextFits, expectOutline, placeBetweenButtons, withPageLang } from './helpers.js';
import { clean } from '../helpers/elements.js';

const NOW = '2026-11-23T10:00:00+01:00';
const LOCAL = JSON.stringify([{ name: 'Gemeente Voorbeeld, aandachtsfunctionaris', phone: '020 123 4567', email: 'mensenhandel@voorbeeld.nl' }]);

async function route(attrs: Record<string, string> = {}, width?: number, json?: string): Promise<MeldrouteSteps> {
  const el = await placeBetweenButtons<MeldrouteSteps>('meldroute-steps', { now: NOW, ...attrs }, width);
  if (json) await addLocalJson(el, json);
  return el;
}
const $ = <T extends Element = HTMLElement>(el: MeldrouteSteps, sel: string) => el.shadowRoot!.querySelector<T & Element>(sel)!;
const $$ = <T extends Element = HTMLElement>(el: MeldrouteSteps, sel: string) => [...el.shadowRoot!.querySelectorAll<T & Element>(sel)];
const toggles = (el: MeldrouteSteps) => $$<HTMLButtonElement>(el, '.step button.toggle');
const flowButton = (el: MeldrouteSteps, text: RegExp) => $$<HTMLButtonElement>(el, '.flow .actions button').find((b) => text.test(clean(b.textContent)))!;

/** Opens every step, marks the first as done, and walks the afwegingskader if there is one. */
async function interact(el: MeldrouteSteps, answers: boolean[] = [true, false, true]) {
  $<HTMLButtonElement>(el, '.actions button').click();
  await el.updateComplete;
  $<HTMLInputElement>(el, '.done-check input').click();
  await el.updateComplete;
  for (const yes of answers) {
    const b = el.shadowRoot!.querySelector<HTMLButtonElement>(`.flow-question button[data-answer="${yes ? 'yes' : 'no'}"]`);
    if (!b) break;
    b.click();
    await el.updateComplete;
  }
}

describe('<meldroute-steps> accessibility', () => {
  describe('axe with every step open, a step marked done, local contacts', () => {
    for (const id of AUDIENCES) {
      it(`route="${id}" region="ijsselland"`, async () => {
        const el = await route({ route: id, region: 'ijsselland' }, undefined, LOCAL);
        await interact(el);
        expect(toggles(el).every((b) => b.getAttribute('aria-expanded') === 'true')).to.equal(true);
        await expect(el).to.be.accessible();
      });
    }

    for (const [label, answers] of [
      ['close', [false]],
      ['report', [true, true]],
      ['help-and-agree', [true, false, true, true, true]],
    ] as const) {
      it(`the afwegingskader's "${label}" outcome, focused`, async () => {
        const el = await route({ route: 'medical' });
        await interact(el, [...answers]);
        const outcome = $(el, '.outcome');
        expect(outcome.dataset.kind).to.equal(label);
        expect(el.shadowRoot!.activeElement).to.equal(outcome);
        await expect(el).to.be.accessible();
      });
    }

    it('in dark mode (color-scheme="dark")', async () => {
      const el = await route({ route: 'medical', 'color-scheme': 'dark' }, undefined, LOCAL);
      await interact(el);
      await expect(el).to.be.accessible();
    });

    it('on an English page', () =>
      withPageLang('en', async () => {
        const el = await route({ route: 'front-desk' }, undefined, LOCAL);
        await interact(el);
        await expect(el).to.be.accessible();
      }));
  });

  describe('keyboard only', () => {
    for (const id of AUDIENCES) {
      it(`route="${id}": Tab reaches every control in order, each with a visible focus indicator`, async function () {
        this.timeout(60_000);
        const el = await route({ route: id }, undefined, LOCAL);
        await interact(el, [true]);
        const stops = await expectKeyboardWalk(el);
        expect(stops.some((s) => s.localName === 'a' && s.getAttribute('href')!.startsWith('tel:'))).to.equal(true);
      });
    }

    it('steps, done marks and reset work by keyboard; focus goes to the first step after reset', async () => {
      const el = await route({ route: 'front-desk' });
      const openAll = $<HTMLButtonElement>(el, '.actions button');
      openAll.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(toggles(el).every((b) => b.getAttribute('aria-expanded') === 'true')).to.equal(true);
      expect(el.shadowRoot!.activeElement).to.equal(openAll);
      const done = $<HTMLInputElement>(el, '.done-check input');
      done.focus();
      await sendKeys({ press: ' ' });
      await el.updateComplete;
      expect(done.checked).to.equal(true);
      const reset = $<HTMLButtonElement>(el, '.progress button');
      reset.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(done.checked).to.equal(false);
      expect(reset.disabled).to.equal(true);
      expect(el.shadowRoot!.activeElement, 'focus is not lost on the now disabled button').to.equal(toggles(el)[0]);
      await sendKeys({ press: ' ' });
      await el.updateComplete;
      expect(toggles(el)[0].getAttribute('aria-expanded')).to.equal('false');
    });

    it('the afwegingskader by keyboard: answers keep focus in the question, outcome gets focus, back and restart return it', async () => {
      const el = await route({ route: 'medical' });
      const yes = () => $<HTMLButtonElement>(el, '.flow-question button[data-answer="yes"]');
      yes().focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(clean($(el, '.flow-question .question').textContent)).to.match(/^Vraag 2/);
      expect(el.shadowRoot!.activeElement, 'focus stays on the answers').to.equal(yes());
      await sendKeys({ press: ' ' });
      await el.updateComplete;
      const outcome = $(el, '.outcome');
      expect(el.shadowRoot!.activeElement).to.equal(outcome);
      expect(outcome.getAttribute('tabindex')).to.equal('-1');
      const prints = await countPrints(async () => {
        flowButton(el, /Afdrukken/).focus();
        await sendKeys({ press: 'Enter' });
      });
      expect(prints).to.equal(1);
      flowButton(el, /Vorige/).focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(el.shadowRoot!.activeElement).to.equal(yes());
      flowButton(el, /Opnieuw/).focus();
      await sendKeys({ press: ' ' });
      await el.updateComplete;
      expect(clean($(el, '.flow-question .question').textContent)).to.match(/^Vraag 1/);
      expect(el.shadowRoot!.activeElement).to.equal(yes());
    });
  });

  describe('live regions', () => {
    it('the progress status is in place from the start and announces the count', async () => {
      const el = await route({ route: 'professional' });
      const live = $(el, '.progress [role="status"]');
      expect(clean(live.textContent)).to.equal('');
      await interact(el);
      expect($(el, '.progress [role="status"]')).to.equal(live);
      expect(clean(live.textContent)).to.match(/^1 van \d+ stappen gedaan\.$/);
      // Unticking the last one says so too, rather than fall silent.
      $<HTMLInputElement>(el, '.done-check input').click();
      await el.updateComplete;
      expect(clean(live.textContent)).to.match(/^0 van \d+ stappen gedaan\.$/);
    });

    it('the afwegingskader status announces each next question, from one node; the outcome is said once, by the focus on it', async () => {
      const el = await route({ route: 'medical' });
      const live = $(el, '.flow [role="status"]');
      expect(clean(live.textContent)).to.equal('');
      $<HTMLButtonElement>(el, '.flow-question button[data-answer="yes"]').click();
      await el.updateComplete;
      expect(clean(live.textContent)).to.match(/^Vraag 2: /);
      $<HTMLButtonElement>(el, '.flow-question button[data-answer="yes"]').click();
      await el.updateComplete;
      expect($(el, '.flow [role="status"]')).to.equal(live);
      expect(clean(live.textContent)).to.equal('');
      expect(el.shadowRoot!.activeElement).to.equal($(el, '.outcome'));
      expect(clean($(el, '.outcome').textContent)).to.match(/Uitkomst/);
    });
  });

  describe('reflow and text size', () => {
    for (const id of AUDIENCES) {
      it(`route="${id}": 320px and text at 200%, all open: no overflow, nothing clipped`, async () => {
        const narrow = await route({ route: id }, 320, LOCAL);
        await interact(narrow);
        await expectFits(narrow);
        const el = await route({ route: id }, 640, LOCAL);
        await interact(el);
        await expectLargeTextFits(el, $(el, '.panel p, .panel li'));
      });
    }
  });

  describe('headings follow heading-level', () => {
    for (let level = 1; level <= 6; level++) {
      it(`heading-level="${level}": top heading h${level}, nothing above it, no skipped levels, capped at h6`, async () => {
        for (const id of AUDIENCES) {
          const el = await route({ route: id, 'heading-level': String(level) }, undefined, LOCAL);
          await interact(el, [true, false]);
          expectOutline(el, level, 5, id);
        }
      });
    }
  });
});
