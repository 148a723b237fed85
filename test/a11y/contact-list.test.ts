/**
 * <contact-list> accessibility beyond the element tests: axe for every topic with local
 * contacts, when closed (the around-the-clock alternative shown), in dark mode and in English;
 * a keyboard walk over every link and button with visible focus; printing by keyboard; reflow
 * at 320px and text at 200%; the heading outline for heading-level 1..6, with and without local
 * contacts. Also the checks of test/a11y/helpers.ts themselves, to show they can fail.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/elements/contact-list/define.js';
import type { ContactList } from '../../src/elements/contact-list/contact-list.js';
import { TOPICS } from '../../src/model/contacts.js';
import {
  addLocalJson,
  countPrints,
  expectFits,
  expectKeyboardWalk,
  expectLargeTextFits,
  expectOutline,
  focusProblems,
  layoutProblems,
  outlineProblems,
  placeBetweenButtons,
  withPageLang,
  type A11yEl,
} from './helpers.js';

const OPEN = '2026-11-23T10:00:00+01:00'; // a Monday morning
const CLOSED = '2026-11-28T23:30:00+01:00'; // a Saturday night
const LOCAL = JSON.stringify([
  { name: 'Gemeente Voorbeeld, aandachtsfunctionaris', phone: '020 123 4567', email: 'mensenhandel@voorbeeld.nl', url: 'https://www.voorbeeld.nl/mensenhandel', hours: 'ma-vr 9-17 uur' },
]);

async function list(attrs: Record<string, string> = {}, width?: number, json?: string): Promise<ContactList> {
  const el = await placeBetweenButtons<ContactList>('contact-list', { now: OPEN, ...attrs }, width);
  if (json) await addLocalJson(el, json);
  return el;
}

describe('<contact-list> accessibility', () => {
  describe('axe', () => {
    for (const topic of TOPICS) {
      it(`topic="${topic}" with local contacts`, async () => {
        const el = await list({ topic, region: 'ijsselland' }, undefined, LOCAL);
        expect(el.shadowRoot!.querySelectorAll('section.local article.contact')).to.have.length(1);
        await expect(el).to.be.accessible();
      });
    }

    it('at night, with the around-the-clock alternatives shown', async () => {
      const el = await list({ now: CLOSED });
      expect(el.shadowRoot!.querySelector('.alternative')).to.exist;
      await expect(el).to.be.accessible();
    });

    it('in dark mode (color-scheme="dark"), closed, with local contacts', async () => {
      const el = await list({ now: CLOSED, 'color-scheme': 'dark' }, undefined, LOCAL);
      await expect(el).to.be.accessible();
    });

    it('on an English page', () =>
      withPageLang('en', async () => {
        const el = await list({ now: CLOSED }, undefined, LOCAL);
        await expect(el).to.be.accessible();
      }));
  });

  describe('keyboard only', () => {
    it('Tab reaches every link and button in order, each with a visible focus indicator', async function () {
      this.timeout(60_000);
      const el = await list({ now: CLOSED, region: 'ijsselland' }, undefined, LOCAL);
      const stops = await expectKeyboardWalk(el);
      const hrefs = stops.map((s) => s.getAttribute('href') ?? '');
      for (const scheme of ['tel:', 'mailto:', 'https:']) expect(hrefs.some((h) => h.startsWith(scheme)), scheme).to.equal(true);
    });

    it('"Afdrukken als overzicht" prints with Enter and with Space', async () => {
      const el = await list();
      const button = el.shadowRoot!.querySelector<HTMLButtonElement>('.actions button')!;
      const prints = await countPrints(async () => {
        button.focus();
        await sendKeys({ press: 'Enter' });
        await sendKeys({ press: ' ' });
      });
      expect(prints).to.equal(2);
    });
  });

  describe('reflow and text size', () => {
    it('320px and text at 200%, closed, with local contacts: no overflow, nothing clipped', async () => {
      await expectFits(await list({ now: CLOSED, region: 'ijsselland' }, 320, LOCAL));
      const el = await list({ now: CLOSED, region: 'ijsselland' }, 640, LOCAL);
      await expectLargeTextFits(el, el.shadowRoot!.querySelector('dd')!);
    });
  });

  describe('headings follow heading-level', () => {
    for (let level = 1; level <= 6; level++) {
      it(`heading-level="${level}": top heading h${level}, nothing above it, no skipped levels, capped at h6`, async () => {
        for (const json of [undefined, LOCAL]) {
          const el = await list({ 'heading-level': String(level) }, undefined, json);
          expectOutline(el, level, 5, json ? 'with local contacts' : 'without');
        }
      });
    }
  });
});

describe('the accessibility checks themselves', () => {
  it('outlineProblems finds a wrong top level, a heading above it and a skipped level', () => {
    expect(outlineProblems([2, 3, 3, 4, 3, 4], 2)).to.deep.equal([]);
    expect(outlineProblems([3, 4], 2)).to.have.length(1);
    expect(outlineProblems([2, 1], 2)).to.have.length(1);
    expect(outlineProblems([2, 4], 2)).to.have.length(1);
  });

  it('layoutProblems finds overflow and clipped text; focusProblems a missing focus indicator', async () => {
    const host = await fixture<A11yEl>(html`<div style="width: 200px"></div>`);
    const root = host.attachShadow({ mode: 'open' });
    const wide = document.createElement('p');
    wide.style.width = '400px';
    wide.textContent = 'too wide';
    const clipped = document.createElement('p');
    clipped.style.cssText = 'height: 1em; width: 100px; overflow: hidden';
    clipped.textContent = 'a text that needs several lines in a box of one line';
    const button = document.createElement('button');
    button.textContent = 'no outline';
    button.style.outline = 'none';
    root.append(wide, clipped, button);
    const problems = layoutProblems(host).join('\n');
    expect(problems).to.contain('sticks out');
    expect(problems).to.contain('clipped vertically');
    button.focus();
    expect(focusProblems(button).join('\n')).to.contain('outline none');
  });
});
