/**
 * <signal-card> accessibility beyond the element tests: axe for every form × audience with
 * everything open, in dark mode and in English; a keyboard walk over every control with
 * visible focus; the open-all button by keyboard; reflow at 320px and text at 200% without
 * overflow or clipping; the heading outline for heading-level 1..6.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/elements/signal-card/define.js';
import type { SignalCard } from '../../src/elements/signal-card/signal-card.js';
import { AUDIENCES, EXPLOITATIONS } from '../../src/model/signals.js';
import { layOutEverything } from '../helpers/layout.js';
import { expectFits, expectKeyboardWalk, expectLargeTextFits, expectOutline, placeBetweenButtons, withPageLang } from './helpers.js';

const card = (attrs: Record<string, string> = {}, width?: number) => placeBetweenButtons<SignalCard>('signal-card', attrs, width);
const openAllButton = (el: SignalCard) => el.shadowRoot!.querySelector<HTMLButtonElement>('.actions .button')!;
const toggles = (el: SignalCard) => [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button.toggle')];
const $ = (el: SignalCard, sel: string) => el.shadowRoot!.querySelector<HTMLElement>(sel)!;

/** Opens every panel, and lays everything out for axe's colour checks (see layOutEverything). */
async function openAll(el: SignalCard) {
  openAllButton(el).click();
  await el.updateComplete;
  // The background loads when its panel opens.
  await el.contentReady;
  expect(toggles(el).every((b) => b.getAttribute('aria-expanded') === 'true')).to.equal(true);
  layOutEverything(el);
}

describe('<signal-card> accessibility', () => {
  describe('axe with everything open', () => {
    for (const exploitation of EXPLOITATIONS) {
      for (const audience of AUDIENCES) {
        it(`exploitation="${exploitation}" audience="${audience}"`, async () => {
          const el = await card({ exploitation, audience });
          await openAll(el);
          await expect(el).to.be.accessible();
        });
      }
    }

    it('in dark mode (color-scheme="dark"), the medical overview', async () => {
      const el = await card({ audience: 'medical', 'color-scheme': 'dark' });
      await openAll(el);
      await expect(el).to.be.accessible();
    });

    it('on an English page, the medical overview', () =>
      withPageLang('en', async () => {
        const el = await card({ audience: 'medical' });
        await openAll(el);
        expect(el.shadowRoot!.textContent).to.match(/sign/i);
        await expect(el).to.be.accessible();
      }));
  });

  describe('keyboard only', () => {
    it('Tab reaches every control in order, collapsed, each with a visible focus indicator', async () => {
      const el = await card();
      const stops = await expectKeyboardWalk(el);
      // The next step's phone links, "Alles openklappen", then every toggle.
      const calls = el.shadowRoot!.querySelectorAll('.next-step a[href^="tel:"]').length;
      expect(calls).to.equal(2);
      expect(stops).to.have.length(calls + 1 + toggles(el).length);
    });

    it('Tab reaches every control in order with everything open, links included', async () => {
      const el = await card({ audience: 'medical' });
      await openAll(el);
      const stops = await expectKeyboardWalk(el);
      expect(stops.some((s) => s.localName === 'a')).to.equal(true);
    });

    it('"Alles openklappen" opens all with Enter and closes all with Space, reporting its state', async () => {
      const el = await card({ exploitation: 'labour' });
      const button = openAllButton(el);
      button.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(button.getAttribute('aria-pressed')).to.equal('true');
      expect(toggles(el).every((b) => b.getAttribute('aria-expanded') === 'true')).to.equal(true);
      await sendKeys({ press: ' ' });
      await el.updateComplete;
      expect(button.getAttribute('aria-pressed')).to.equal('false');
      expect(toggles(el).every((b) => b.getAttribute('aria-expanded') === 'false')).to.equal(true);
      expect(el.shadowRoot!.activeElement, 'focus stays on the button').to.equal(button);
    });
  });

  describe('reflow and text size', () => {
    it('320px wide, everything open: no horizontal scrolling, nothing clipped', async () => {
      const el = await card({ audience: 'medical' }, 320);
      await openAll(el);
      await expectFits(el);
    });

    it("320px wide, the comparison table names each cell's column for the eye; its empty corner cell says nothing (no lone colon)", async () => {
      const el = await card({ audience: 'first-line' }, 320);
      await openAll(el);
      await el.contentReady;
      const corner = $(el, '.compare thead td');
      expect(corner.hasAttribute('data-label')).to.equal(false);
      expect(['none', 'normal'], 'the corner cell').to.include(getComputedStyle(corner, '::before').content);
      const cell = $(el, '.compare tbody td');
      expect(getComputedStyle(cell, '::before').content, 'a data cell').to.not.be.oneOf(['none', 'normal']);
    });

    it('text at 200%, everything open: the text is larger, nothing overflows or is clipped', async () => {
      const el = await card({ audience: 'medical' }, 640);
      await openAll(el);
      await expectLargeTextFits(el, el.shadowRoot!.querySelector('p')!);
    });
  });

  describe('headings follow heading-level', () => {
    for (let level = 1; level <= 6; level++) {
      it(`heading-level="${level}": top heading h${level}, nothing above it, no skipped levels, capped at h6`, async () => {
        const el = await card({ audience: 'medical', 'heading-level': String(level) });
        await openAll(el);
        expectOutline(el, level, 10, 'overview');
        const single = await card({ exploitation: 'labour', audience: 'medical', 'heading-level': String(level) });
        await openAll(single);
        expectOutline(single, level, 10, 'one form');
      });
    }
  });
});
