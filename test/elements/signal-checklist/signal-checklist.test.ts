import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/elements/signal-checklist/define.js';
import '../../helpers/privacy.js';
import type { SignalChecklist } from '../../../src/elements/signal-checklist/signal-checklist.js';
import { loadSlice } from '../../../src/data/slices.js';
import type { AnnexRowId, Definition, ContactsSlice, Meta, Signal, SignalsSlice } from '../../../src/data/types.js';
import { AUDIENCES, EXPLOITATIONS, groupByCategory, nearestSelection, signalsFor } from '../../../src/model/signals.js';
import { emptyState, rowScore, summarize, toggleSignal, setMinor, setScore, type ChecklistState } from '../../../src/model/checklist.js';
import { childProtectionContacts, consultContacts } from '../../../src/model/consult.js';
import { formatPhone, telHref } from '../../../src/model/phone.js';
import { formatDateTime } from '../../../src/base/format.js';
import { formatDate } from '../../../src/base/date.js';
import { selectionLabel } from '../../../src/base/labels.js';
import { captureWarnings } from '../../helpers/warnings.js';
import { make } from '../../helpers/elements.js';
import { withPageLang } from '../../helpers/page-lang.js';

let slice: SignalsSlice;
let meta: Meta;
let contacts: ContactsSlice;
let definition: Definition;
before(async () => {
  [slice, meta, contacts, definition] = await Promise.all([
    loadSlice('nl', 'signals'),
    loadSlice('nl', 'meta'),
    loadSlice('nl', 'contacts'),
    loadSlice('nl', 'definition'),
  ]);
});

type Attrs = { exploitation?: string; audience?: string; region?: string; headingLevel?: string };
const checklist = (attrs: Attrs = {}) =>
  make<SignalChecklist>('signal-checklist', {
    exploitation: attrs.exploitation,
    audience: attrs.audience,
    region: attrs.region,
    'heading-level': attrs.headingLevel,
  });

const root = (el: SignalChecklist) => el.shadowRoot!;
const boxes = (el: SignalChecklist) => [...root(el).querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
const box = (el: SignalChecklist, id: string) => root(el).querySelector<HTMLInputElement>(`input[type="checkbox"][data-id="${id}"]`)!;
const radio = (el: SignalChecklist, row: AnnexRowId, score: number) =>
  root(el).querySelector<HTMLInputElement>(`input[name="score-${row}"][value="${score}"]`)!;
/** The score a row's radios show: null for "niet beoordeeld". */
const checkedScore = (el: SignalChecklist, row: AnnexRowId) => {
  const value = root(el).querySelector<HTMLInputElement>(`input[name="score-${row}"]:checked`)?.value;
  return value === undefined ? undefined : value === '' ? null : Number(value);
};
const minorRadio = (el: SignalChecklist, key: 'yes' | 'no' | 'unknown') =>
  root(el).querySelector<HTMLInputElement>(`input[name="minor"][value="${key}"]`)!;
const note = (el: SignalChecklist, row: AnnexRowId) => root(el).querySelector<HTMLTextAreaElement>(`#note-${row}`)!;
const statuses = (el: SignalChecklist) =>
  Object.fromEntries(
    [...root(el).querySelectorAll('.summary dd data')].map((d, i) => [['handeling', 'middel', 'doel'][i], d.getAttribute('value')]),
  );

/** Clicks like a user: the browser toggles the input and fires change. */
async function click(el: SignalChecklist, input: HTMLInputElement) {
  input.click();
  await el.updateComplete;
}
async function type(el: SignalChecklist, area: HTMLTextAreaElement, text: string) {
  area.value = text;
  area.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}


/** A shown signal of a row of the given element of the definition. */
function signalOf(list: readonly Signal[], element: 'handeling' | 'middel' | 'doel'): Signal {
  const rows = meta.annexRows.filter((r) => r.element === element).map((r) => r.id);
  return list.find((s) => rows.includes(s.annexRow))!;
}

/** Fills everything in: a signal, a score, the minor question, a note. */
async function fillIn(el: SignalChecklist) {
  const all = signalsFor(slice, {});
  const s = signalOf(all, 'handeling');
  await click(el, box(el, s.id));
  await click(el, radio(el, 'doel-arbeid', 3));
  await click(el, minorRadio(el, 'yes'));
  await type(el, note(el, s.annexRow), 'Begeleider praat voor haar');
  return s;
}

function expectEmpty(el: SignalChecklist) {
  expect(boxes(el).filter((b) => b.checked)).to.have.length(0);
  for (const row of meta.annexRows) {
    expect(checkedScore(el, row.id), row.id).to.equal(null);
    expect(note(el, row.id).value).to.equal('');
  }
  expect(minorRadio(el, 'unknown').checked).to.equal(true);
  expect(root(el).querySelector('.child')).to.equal(null);
}

describe('<signal-checklist>', () => {
  it('without attributes lists every signal as a checkbox, grouped by category, and the 15 annex rows', async () => {
    const el = await checklist();
    const all = signalsFor(slice, {});
    expect(boxes(el)).to.have.length(all.length);
    const legends = [...root(el).querySelectorAll('.controls section fieldset:not(.row) > legend')].map((l) => l.textContent!.trim());
    expect(legends).to.deep.equal(groupByCategory(slice, all).map((g) => g.category.label));
    const rows = [...root(el).querySelectorAll('fieldset.row')];
    expect(rows.map((r) => r.getAttribute('data-row'))).to.deep.equal(meta.annexRows.map((r) => r.id));
    // "niet beoordeeld" and the annex's four scores; nobody's assessment is preset.
    for (const row of rows) expect(row.querySelectorAll('input[type="radio"]')).to.have.length(5);
    expect(root(el).querySelector('h2')!.textContent).to.equal('Signalenlijst mensenhandel');
    expect(root(el).querySelector('.privacy')!.textContent).to.match(/niets opgeslagen of verstuurd/);
    // With the script, also what Escape does (left out of pre-rendered HTML read without one).
    expect(root(el).querySelector('.privacy .needs-script')!.getClientRects().length).to.be.greaterThan(0);
    expect(root(el).querySelector('.privacy')!.textContent!.replace(/\s+/g, ' ')).to.include('alles weg. Escape verbergt de lijst; er gaat niets verloren.');
    expectEmpty(el);
    await expect(el).to.be.accessible();
  });

  for (const form of EXPLOITATIONS) {
    it(`exploitation="${form}" lists that form’s signals`, async () => {
      const el = await checklist({ exploitation: form });
      expect(boxes(el).map((b) => b.dataset.id)).to.deep.equal(
        groupByCategory(slice, signalsFor(slice, { exploitation: form })).flatMap((g) => g.signals.map((s) => s.id)),
      );
      await expect(el).to.be.accessible();
    });
  }

  for (const audience of AUDIENCES) {
    it(`audience="${audience}" lists that audience’s signals`, async () => {
      const el = await checklist({ audience });
      const expected = signalsFor(slice, { audience });
      expect(boxes(el)).to.have.length(expected.length);
      expect(boxes(el).every((b) => expected.some((s) => s.id === b.dataset.id))).to.equal(true);
      await expect(el).to.be.accessible();
    });
  }

  it('a selection without signals says so and offers the nearest selection’s signals', async () => {
    const sel = { exploitation: 'organ' as const, audience: 'professional' as const };
    expect(signalsFor(slice, sel)).to.have.length(0);
    const el = await checklist(sel);
    const nearest = nearestSelection(slice, sel)!;
    expect(boxes(el)).to.have.length(signalsFor(slice, nearest).length);
    const message = root(el).querySelector('.controls .message')!;
    expect(message.textContent).to.contain(selectionLabel(sel));
    expect(message.textContent).to.contain(selectionLabel(nearest));
  });

  describe('scoring', () => {
    it('checking a signal suggests at least 1 for its row; the user decides 1, 2 or 3', async () => {
      const el = await checklist();
      const all = signalsFor(slice, {});
      const s = signalOf(all, 'middel');
      const row = s.annexRow;
      expect(checkedScore(el, row), 'not assessed until someone does').to.equal(null);
      await click(el, box(el, s.id));
      let state: ChecklistState = toggleSignal(emptyState(), s.id, true);
      expect(checkedScore(el, row)).to.equal(rowScore(state, row, all));
      expect(checkedScore(el, row)).to.equal(1);
      expect(radio(el, row, 0).disabled, 'no 0 while a signal of the row is checked').to.equal(true);
      expect(root(el).querySelector(`fieldset.row[data-row="${row}"] .row-signals`)).to.exist;
      await click(el, radio(el, row, 2));
      state = setScore(state, row, 2);
      expect(checkedScore(el, row)).to.equal(rowScore(state, row, all));
      expect(checkedScore(el, row)).to.equal(2);
      await click(el, radio(el, row, 3));
      expect(checkedScore(el, row)).to.equal(3);
      // Unchecking keeps the user's own choice.
      await click(el, box(el, s.id));
      expect(checkedScore(el, row)).to.equal(3);
      expect(radio(el, row, 0).disabled).to.equal(false);
      await click(el, radio(el, row, 0));
      expect(checkedScore(el, row)).to.equal(0);
      // Another row is untouched: not assessed, not 0.
      const other = meta.annexRows.find((r) => r.id !== row)!;
      expect(checkedScore(el, other.id)).to.equal(null);
    });

    it('checks with the keyboard (Space) and scores with arrow keys', async () => {
      const el = await checklist();
      const first = boxes(el)[0];
      first.focus();
      await sendKeys({ press: ' ' });
      await el.updateComplete;
      expect(first.checked).to.equal(true);
      const row = signalsFor(slice, {}).find((s) => s.id === first.dataset.id)!.annexRow;
      radio(el, row, 1).focus();
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      expect(checkedScore(el, row)).to.equal(2);
    });
  });

  describe('the minor question and the child rule', () => {
    it('yes shows the child rule and child protection contacts first; middel is then not needed', async () => {
      const el = await checklist();
      expect(root(el).querySelector('.child')).to.equal(null);
      await click(el, minorRadio(el, 'yes'));
      const child = root(el).querySelector('.child')!;
      expect(child.textContent).to.contain(definition.childRule);
      const hrefs = [...child.querySelectorAll('a[href^="tel:"]')].map((a) => a.getAttribute('href'));
      const expected = childProtectionContacts(contacts).flatMap((c) => (c.phones ?? []).map((p) => telHref(p.number)));
      expect(hrefs).to.deep.equal(expected);
      expect(hrefs.length).to.be.greaterThan(0);
      expect(statuses(el).middel).to.equal('not-needed');
      expect(statuses(el)).to.deep.equal(summarize(setMinor(emptyState(), true), meta.annexRows, signalsFor(slice, {})).elements);
      // A checked means-signal is still noted.
      const m = signalOf(signalsFor(slice, {}), 'middel');
      await click(el, box(el, m.id));
      expect(statuses(el).middel).to.equal('noted');
      await click(el, minorRadio(el, 'no'));
      expect(root(el).querySelector('.child')).to.equal(null);
      await expect(el).to.be.accessible();
    });
  });

  describe('summary', () => {
    it('a status per element of the definition, never a verdict, always ending in the advice to consult', async () => {
      const el = await checklist();
      // Not read out whole after every tick (the element's live region says the count).
      expect(root(el).querySelector('.summary [aria-live], .summary [role="status"]')).to.equal(null);
      expect(statuses(el)).to.deep.equal({ handeling: 'none', middel: 'none', doel: 'none' });
      const all = signalsFor(slice, {});
      const h = signalOf(all, 'handeling');
      await click(el, box(el, h.id));
      expect(statuses(el)).to.deep.equal({ handeling: 'noted', middel: 'none', doel: 'none' });
      await click(el, radio(el, 'doel-seksueel', 3));
      const expected = summarize(setScore(toggleSignal(emptyState(), h.id, true), 'doel-seksueel', 3), meta.annexRows, all);
      expect(statuses(el)).to.deep.equal(expected.elements);
      expect(statuses(el).doel).to.equal('more-info');
      expect(root(el).querySelector('.summary .counts')!.textContent).to.contain(`Aangevinkte signalen: ${expected.checkedCount}.`);
      const summary = root(el).querySelector('.summary')!;
      const text = summary.textContent!.replace(/\s+/g, ' ');
      expect(text).not.to.match(/dit is (wel |geen )?mensenhandel|er is sprake van mensenhandel/i);
      expect(text).to.contain('geen oordeel');
      for (const who of ['collega', 'Veilig Thuis', 'CoMensha', 'zorgcoördinator']) expect(text).to.contain(who);
      const hrefs = [...summary.querySelectorAll('.advice a[href^="tel:"]')].map((a) => a.getAttribute('href'));
      expect(hrefs).to.deep.equal(consultContacts(contacts).flatMap((c) => (c.phones ?? []).map((p) => telHref(p.number))));
      for (const a of summary.querySelectorAll('.advice a')) expect(a.getAttribute('translate')).to.equal('no');
    });

    it('region="ijsselland" adds the regional zorgcoördinator with a tel: link', async () => {
      const el = await checklist({ region: 'ijsselland' });
      const regional = consultContacts(contacts, 'ijsselland').filter((c) => c.region);
      expect(regional.length).to.be.greaterThan(0);
      const hrefs = [...root(el).querySelectorAll('.summary .advice a[href^="tel:"]')].map((a) => a.getAttribute('href'));
      for (const c of regional) for (const p of c.phones ?? []) expect(hrefs).to.include(telHref(p.number));
      expect(root(el).querySelector('.message')).to.equal(null);
    });
  });

  describe('reset', () => {
    it('"Wis alles" clears everything at once, announces it, and can be undone until the next change', async () => {
      const el = await checklist();
      const s = await fillIn(el);
      const event = oneEvent(el, 'signal-checklist-change');
      root(el).querySelector<HTMLButtonElement>('button[data-action="clear"]')!.click();
      const { detail } = await event;
      await el.updateComplete;
      expectEmpty(el);
      expect(detail.checked).to.deep.equal([]);
      expect(detail.minor).to.equal(null);
      expect(detail.scores).to.deep.equal({});
      const announcer = [...root(el).querySelectorAll('[role="status"]')].find((n) => n.textContent!.includes('gewist'));
      expect(announcer).to.exist;
      // Undo brings everything back, the note included.
      root(el).querySelector<HTMLButtonElement>('button[data-action="undo"]')!.click();
      await el.updateComplete;
      expect(box(el, s.id).checked).to.equal(true);
      expect(note(el, s.annexRow).value).to.equal('Begeleider praat voor haar');
      expect(minorRadio(el, 'yes').checked).to.equal(true);
      expect(root(el).querySelector('button[data-action="undo"]'), 'undo is used up').to.equal(null);
      // After a change, a clear can no longer be undone.
      root(el).querySelector<HTMLButtonElement>('button[data-action="clear"]')!.click();
      await el.updateComplete;
      await click(el, box(el, s.id));
      expect(root(el).querySelector('button[data-action="undo"]')).to.equal(null);
    });

    it('"Wis alles", "Ongedaan maken" and "Discreet" keep their row where the reader sees it, though what is above them goes or comes', async () => {
      const el = await checklist({ exploitation: 'labour', audience: 'front-desk' });
      // Room to scroll below, as a page has.
      const after = document.createElement('div');
      after.style.height = '3000px';
      el.parentElement!.after(after);
      try {
        await click(el, minorRadio(el, 'yes'));
        expect(root(el).querySelector('.child'), 'the block for a minor, above the summary').to.not.equal(null);
        const row = () => root(el).querySelector<HTMLElement>('button[data-action="clear"]')!.closest('.actions')!;
        const onPage = () => row().getBoundingClientRect().top + window.scrollY;
        const press = async (action: string) => {
          root(el).querySelector<HTMLButtonElement>(`button[data-action="${action}"]`)!.click();
          await el.updateComplete;
          for (let i = 0; i < 2; i++) await new Promise((r) => requestAnimationFrame(r));
        };
        window.scrollTo({ top: onPage() - 200, behavior: 'instant' });
        const placed = onPage();
        await press('clear');
        expect(placed - onPage(), 'what went above the row (px)').to.be.greaterThan(100);
        expect(row().getBoundingClientRect().top, 'the row where it was on the screen, after "Wis alles"').to.be.closeTo(200, 2);
        await press('undo');
        expect(onPage(), 'back where it was on the page').to.be.closeTo(placed, 2);
        expect(row().getBoundingClientRect().top, 'after "Ongedaan maken"').to.be.closeTo(200, 2);
        // "Discreet" renames what is above (the headings): its own row stays too.
        const discreetRow = () => root(el).querySelector<HTMLElement>('button[data-action="discreet"]')!.closest('.actions')!;
        window.scrollTo({ top: discreetRow().getBoundingClientRect().top + window.scrollY - 200, behavior: 'instant' });
        await press('discreet');
        expect(el.hasAttribute('discreet')).to.equal(true);
        expect(discreetRow().getBoundingClientRect().top, 'after "Discreet"').to.be.closeTo(200, 2);
      } finally {
        after.remove();
        window.scrollTo({ top: 0, behavior: 'instant' });
      }
    });

    it('"Wis alles" in a scroll container of the page (a drawer): the container keeps the row in place, the page does not move', async () => {
      const el = await checklist({ exploitation: 'labour', audience: 'front-desk' });
      const drawer = el.parentElement!;
      drawer.style.cssText = 'height: 500px; overflow-y: auto';
      const after = document.createElement('div');
      after.style.height = '2000px';
      el.after(after);
      try {
        await click(el, minorRadio(el, 'yes'));
        const row = root(el).querySelector<HTMLElement>('button[data-action="clear"]')!.closest('.actions')!;
        drawer.scrollTop += row.getBoundingClientRect().top - drawer.getBoundingClientRect().top - 200;
        const pageY = window.scrollY;
        const placed = row.getBoundingClientRect().top;
        root(el).querySelector<HTMLButtonElement>('button[data-action="clear"]')!.click();
        await el.updateComplete;
        for (let i = 0; i < 2; i++) await new Promise((r) => requestAnimationFrame(r));
        expect(row.getBoundingClientRect().top, 'the row where it was').to.be.closeTo(placed, 2);
        expect(window.scrollY, 'the page behind did not move').to.equal(pageY);
      } finally {
        after.remove();
        drawer.style.cssText = '';
      }
    });

    it('Escape anywhere inside hides the list behind a neutral line at once, and keeps everything', async () => {
      const el = await checklist();
      const s = await fillIn(el);
      note(el, s.annexRow).focus();
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      const text = root(el).textContent!.replace(/\s+/g, ' ').trim();
      expect(text).to.equal('Lijst verborgen – tonen');
      expect(root(el).querySelectorAll('input, textarea')).to.have.length(0);
      const show = root(el).querySelector<HTMLButtonElement>('button[data-action="show"]')!;
      await el.updateComplete;
      expect(root(el).activeElement, 'focus on "tonen"').to.equal(show);
      show.click();
      await el.updateComplete;
      expect(box(el, s.id).checked).to.equal(true);
      expect(note(el, s.annexRow).value).to.equal('Begeleider praat voor haar');
      expect(minorRadio(el, 'yes').checked).to.equal(true);
      expect(checkedScore(el, 'doel-arbeid')).to.equal(3);
      // Also from a checkbox; hidden, the state still goes out with pagehide.
      box(el, s.id).focus();
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect(root(el).querySelector('button[data-action="show"]')).to.exist;
      await expect(el).to.be.accessible();
    });

    it('pagehide clears the state', async () => {
      const el = await checklist();
      await fillIn(el);
      window.dispatchEvent(new Event('pagehide'));
      await el.updateComplete;
      expectEmpty(el);
    });

    it('stops listening to the window when removed', async () => {
      const el = await checklist();
      await fillIn(el);
      const parent = el.parentNode!;
      el.remove();
      window.dispatchEvent(new Event('pagehide'));
      window.dispatchEvent(new Event('beforeprint'));
      parent.appendChild(el);
      await el.updateComplete;
      expect(boxes(el).filter((b) => b.checked)).to.have.length(1);
      expect(root(el).querySelector('.record')).to.equal(null);
    });
  });

  describe('print record', () => {
    it('between beforeprint and afterprint holds the date, checked signals, scores and notes; controls hidden by print-only rules', async () => {
      const el = await checklist();
      const fixed = new Date('2026-03-05T13:45:00Z');
      el.now = fixed;
      const s = await fillIn(el);
      expect(root(el).querySelector('.record')).to.equal(null);
      expect(root(el).querySelector('.printing')).to.equal(null);

      window.dispatchEvent(new Event('beforeprint'));
      const record = root(el).querySelector('.record')!;
      expect(record, 'rendered synchronously in beforeprint').to.exist;
      expect(root(el).querySelector('.checklist')!.classList.contains('printing')).to.equal(true);
      expect(record.querySelector('time')!.textContent).to.equal(formatDateTime(fixed, 'nl'));
      expect(record.querySelector('time')!.getAttribute('datetime')).to.equal(fixed.toISOString());
      expect([...record.querySelectorAll('.record-signals li')].map((li) => li.textContent)).to.deep.equal([s.text]);
      const all = signalsFor(slice, {});
      let state = toggleSignal(emptyState(), s.id, true);
      state = setScore(state, 'doel-arbeid', 3);
      // Only the rows that were assessed: the ticked signal's row (1) and the scored one (3).
      const assessed = meta.annexRows.filter((row) => rowScore(state, row.id, all) !== null);
      expect([...record.querySelectorAll('tr[data-row]')].map((tr) => tr.getAttribute('data-row'))).to.deep.equal(assessed.map((r) => r.id));
      for (const row of assessed) {
        const tr = record.querySelector(`tr[data-row="${row.id}"]`)!;
        expect(tr.querySelector('data')!.getAttribute('value'), row.id).to.equal(String(rowScore(state, row.id, all)));
      }
      expect(record.querySelector('.not-assessed')!.textContent!.trim()).to.equal(
        `Niet beoordeeld: ${meta.annexRows.length - assessed.length} van de ${meta.annexRows.length} onderdelen.`,
      );
      // The minor question was answered "ja": its advice and the child-protection numbers are in the record.
      expect(record.textContent).to.contain('Neem bij een mogelijk minderjarige eerst contact op met de kinderbescherming.');
      expect(record.textContent).to.contain(formatPhone('+318002000', 'national'));
      expect(record.querySelector(`tr[data-row="${s.annexRow}"] .note`)!.textContent).to.equal('Begeleider praat voor haar');
      expect(record.textContent).to.contain('Ja'); // the minor answer
      expect(record.querySelectorAll('a, button, input, textarea')).to.have.length(0);

      // The print-only rules hide the controls, and only inside .printing.
      const rules = el.shadowRoot!.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules]);
      const print = rules
        .filter((r): r is CSSMediaRule => r instanceof CSSMediaRule && r.conditionText === 'print')
        .flatMap((m) => [...m.cssRules])
        .filter((r): r is CSSStyleRule => r instanceof CSSStyleRule);
      const hide = print.find((r) => r.selectorText.includes('.printing .controls'))!;
      expect(hide.style.getPropertyValue('display')).to.equal('none');
      expect(print.find((r) => r.selectorText === '.printing .record')!.style.getPropertyValue('display')).to.equal('block');
      // On screen the record stays out of sight, even while printing.
      expect(getComputedStyle(record).display).to.equal('none');

      window.dispatchEvent(new Event('afterprint'));
      await el.updateComplete;
      expect(root(el).querySelector('.record')).to.equal(null);
      expect(root(el).querySelector('.printing')).to.equal(null);
      // The state survives printing.
      expect(box(el, s.id).checked).to.equal(true);
    });

    it('a record with one tick and no scores states only that: "niet beoordeeld", never "0 geen signalen"', async () => {
      const el = await checklist();
      await click(el, boxes(el)[0]);
      window.dispatchEvent(new Event('beforeprint'));
      const record = root(el).querySelector('.record')!;
      expect(record.textContent).to.contain('Niet beoordeeld: 14 van de 15 onderdelen.');
      expect(record.textContent).to.not.contain('0 geen signalen');
      expect(record.querySelectorAll('tr[data-row]')).to.have.length(1);
      // The minor question was not answered: the record does not claim an answer.
      expect(record.textContent).to.not.contain('Kan het om een minderjarige gaan');
      window.dispatchEvent(new Event('afterprint'));
      await el.updateComplete;
    });

    it('without checked signals the record says so', async () => {
      const el = await checklist();
      window.dispatchEvent(new Event('beforeprint'));
      expect(root(el).querySelector('.record')!.textContent).to.contain('Geen signalen aangevinkt.');
      expect(root(el).querySelector('.record')!.textContent).to.contain('Geen onderdeel beoordeeld.');
      window.dispatchEvent(new Event('afterprint'));
      await el.updateComplete;
    });
  });

  describe('signal-checklist-change', () => {
    it('bubbles, is composed and carries ids, scores and booleans only, never the notes', async () => {
      const el = await checklist({ exploitation: 'labour' });
      const all = signalsFor(slice, { exploitation: 'labour' });
      const s = all[0];
      await type(el, note(el, 'werving'), 'geheime notitie');
      let fired = false;
      const listener = () => (fired = true);
      el.addEventListener('signal-checklist-change', listener);
      await type(el, note(el, 'loon'), 'nog een notitie');
      expect(fired, 'typing a note sends no event').to.equal(false);
      el.removeEventListener('signal-checklist-change', listener);

      const event = oneEvent(document, 'signal-checklist-change');
      await click(el, box(el, s.id));
      const e = (await event) as CustomEvent;
      expect(e.bubbles).to.equal(true);
      expect(e.composed).to.equal(true);
      expect(Object.keys(e.detail).sort()).to.deep.equal(['checked', 'elements', 'minor', 'scores']);
      expect(e.detail.checked).to.deep.equal([s.id]);
      expect(e.detail.scores[s.annexRow]).to.equal(1);
      // Only assessed rows: a row nobody scored is not sent as 0.
      expect(Object.keys(e.detail.scores)).to.deep.equal([s.annexRow]);
      expect(e.detail.minor).to.equal(null);
      const json = JSON.stringify(e.detail);
      expect(json).not.to.contain('notitie');
      for (const v of Object.values(e.detail.scores)) expect(v).to.be.oneOf([0, 1, 2, 3]);

      const minorEvent = oneEvent(el, 'signal-checklist-change');
      await click(el, minorRadio(el, 'no'));
      expect(((await minorEvent) as CustomEvent).detail.minor).to.equal(false);
    });

    it('notes are private fields: autocomplete off, no spellcheck', async () => {
      const el = await checklist();
      for (const area of root(el).querySelectorAll('textarea')) {
        expect(area.getAttribute('autocomplete')).to.equal('off');
        expect(area.getAttribute('spellcheck')).to.equal('false');
        expect(root(el).querySelector(`label[for="${area.id}"]`)).to.exist;
      }
      expect(root(el).querySelectorAll('textarea')).to.have.length(meta.annexRows.length);
    });
  });

  it('names its sources and the dataset version and date', async () => {
    const el = await checklist({ audience: 'front-desk' });
    const footer = root(el).querySelector('[part="footer"]')!;
    expect(footer.textContent).to.contain(meta.version);
    expect(footer.textContent).to.contain(formatDate(meta.date, 'nl'));
    const cited = [...footer.querySelectorAll('cite')].map((c) => c.textContent);
    expect(cited).to.include(meta.sources.find((s) => s.id === 'balie-crimineel')!.title);
  });

  it('on an English page shows phone numbers in international form (tel: links always international)', async () => {
    await withPageLang('en', async () => {
      const el = await checklist();
      const vt = contacts.contacts.find((c) => c.id === 'veilig-thuis')!;
      const link = root(el).querySelector<HTMLAnchorElement>(`.advice a[href="${telHref(vt.phones![0].number)}"]`)!;
      expect(link.textContent).to.equal(formatPhone(vt.phones![0].number, 'international'));
      expect(link.textContent).to.match(/^\+31 /);
    });
  });

  it('heading-level sets the outline', async () => {
    const el = await checklist({ headingLevel: '3' });
    expect(root(el).querySelector('h3')!.textContent).to.equal('Signalenlijst mensenhandel');
    expect(root(el).querySelector('h2')).to.equal(null);
    expect(root(el).querySelectorAll('h4').length).to.be.greaterThan(0);
  });

  it('stays accessible with boxes checked, scores set, the minor question answered and notes written', async () => {
    const el = await checklist({ audience: 'medical' });
    for (const b of boxes(el).slice(0, 6)) await click(el, b);
    await click(el, radio(el, 'geweld', 2));
    await click(el, minorRadio(el, 'yes'));
    await type(el, note(el, 'geweld'), 'blauwe plekken');
    await expect(el).to.be.accessible();
  });

  describe('bad input', () => {
    const cases: [string, Attrs, string][] = [
      ['unknown exploitation', { exploitation: 'slavery' }, 'slavery'],
      ['unknown audience', { audience: 'doctors' }, 'doctors'],
      ['unknown region', { region: 'atlantis' }, 'atlantis'],
      ['empty audience', { audience: '' }, 'audience'],
      ['bad heading-level', { headingLevel: 'two' }, 'two'],
    ];
    for (const [name, attrs, value] of cases) {
      it(`${name}: a visible message, a console.warn naming the value, and still the full checklist`, async () => {
        const { result: el, warnings } = await captureWarnings(() => checklist(attrs));
        expect(root(el).querySelector('.message[role="status"]')!.textContent).to.contain(value);
        expect(warnings.some((w) => w.includes(value))).to.equal(true);
        expect(boxes(el).length).to.be.greaterThan(0);
        expect(root(el).querySelectorAll('fieldset.row')).to.have.length(15);
        await expect(el).to.be.accessible();
      });
    }

    it('absurdly long values are shortened and do not widen the element', async () => {
      const long = `${'labour'.repeat(2000)}`;
      const { result: el, warnings } = await captureWarnings(() => checklist({ exploitation: long, region: long }));
      expect(root(el).querySelector('.message')!.textContent!.length).to.be.lessThan(600);
      expect(warnings.every((w) => w.length < 400)).to.equal(true);
      expect(el.scrollWidth).to.be.at.most(el.clientWidth);
    });

    it('a very long note is kept as text and printed as text', async () => {
      const el = await checklist();
      const text = `<img src=x onerror=alert(1)> ${'lang '.repeat(2000)}`;
      await type(el, note(el, 'werving'), text);
      window.dispatchEvent(new Event('beforeprint'));
      const cell = root(el).querySelector('.record tr[data-row="werving"] .note')!;
      expect(cell.textContent).to.equal(text);
      expect(cell.querySelector('img')).to.equal(null);
      window.dispatchEvent(new Event('afterprint'));
      await el.updateComplete;
    });
  });

  // 320px is the narrowest viewport to support; 288px is what is left of it beside a host page's usual 16px margins.
  for (const width of [320, 288]) {
    it(`fits ${width}px without horizontal scrolling, with 44px high controls`, async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div><signal-checklist region="ijsselland"></signal-checklist></div>`);
      wrapper.style.width = `${width}px`;
      const el = wrapper.querySelector('signal-checklist')!;
      await el.contentReady;
      await click(el, minorRadio(el, 'yes'));
      for (const b of boxes(el).slice(0, 10)) await click(el, b);
      await aTimeout(0);
      expect(el.scrollWidth).to.be.at.most(el.clientWidth);
      expect(wrapper.scrollWidth).to.be.at.most(width);
      const right = el.getBoundingClientRect().right + 0.5;
      for (const node of root(el).querySelectorAll<HTMLElement>('*')) {
        if (node.offsetParent === null) continue;
        expect(node.getBoundingClientRect().right, `${node.localName}: ${node.textContent!.slice(0, 40)}`).to.be.at.most(right);
      }
      // Main controls are at least 44px high.
      for (const b of root(el).querySelectorAll<HTMLElement>('.button, label.check, label.choice, textarea')) {
        expect(b.getBoundingClientRect().height).to.be.at.least(44);
      }
    });
  }
});
