import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/elements/signal-card/define.js';
import '../../helpers/privacy.js';
import type { SignalCard } from '../../../src/elements/signal-card/signal-card.js';
import { loadSlice } from '../../../src/data/slices.js';
import type { Audience, Background, Exploitation, Meta, SignalsSlice } from '../../../src/data/types.js';
import { AUDIENCES, EXPLOITATIONS, nearestSelection, signalsFor, groupByCategory } from '../../../src/model/signals.js';
import { casesFor, formExplanations, guidanceFor, sectionsFor, sourcesForAudience } from '../../../src/model/background.js';
import { safeHref } from '../../../src/model/links.js';
import { formLabel, selectionLabel } from '../../../src/base/labels.js';
import { formatDate } from '../../../src/base/date.js';
import { captureWarnings } from '../../helpers/warnings.js';
import { layOutEverything } from '../../helpers/layout.js';
import { clean, make } from '../../helpers/elements.js';
import { canEmulateMedia, MEDIA_EMULATION } from '../../helpers/engine.js';
import { unprinted, whenFindable, whilePrinted } from '../../helpers/print.js';
import { withPageLang } from '../../helpers/page-lang.js';

let signalsSlice: SignalsSlice;
let bg: Background;
let meta: Meta;
before(async () => {
  const [s, background, explanations, definition, practice, m] = await Promise.all([
    loadSlice('nl', 'signals'),
    loadSlice('nl', 'background'),
    loadSlice('nl', 'explanations'),
    loadSlice('nl', 'definition'),
    loadSlice('nl', 'practice'),
    loadSlice('nl', 'meta'),
  ]);
  [signalsSlice, bg, meta] = [s, { ...background, ...explanations, ...practice, definition }, m];
});

const card = (attrs: { exploitation?: string; audience?: string; headingLevel?: string } = {}) =>
  make<SignalCard>('signal-card', { exploitation: attrs.exploitation, audience: attrs.audience, 'heading-level': attrs.headingLevel });

const root = (el: SignalCard) => el.shadowRoot!;
const texts = (el: SignalCard, sel: string) => [...root(el).querySelectorAll(sel)].map((n) => n.textContent!.replace(/\s+/g, ' ').trim());
const toggles = (el: SignalCard) => [...root(el).querySelectorAll<HTMLButtonElement>('button.toggle')];
const panelOf = (el: SignalCard, button: HTMLButtonElement) => root(el).getElementById(button.getAttribute('aria-controls')!)!;
const toggleByLabel = (el: SignalCard, label: string) => toggles(el).find((b) => b.textContent!.trim() === label)!;

/** Opens every panel, and lays everything out for axe and the layout checks (see layOutEverything). */
async function openAll(el: SignalCard) {
  root(el).querySelector<HTMLButtonElement>('.actions .button')!.click();
  await el.updateComplete;
  // The background loads when its panel opens.
  await el.contentReady;
  for (const b of toggles(el)) expect(b.getAttribute('aria-expanded')).to.equal('true');
  layOutEverything(el);
}


/** The signal texts the card lists (signal lists only, not the case examples). */
const listedSignals = (scope: ParentNode) =>
  [...scope.querySelectorAll('ul.signals > li')].map((li) => li.firstChild!.textContent!.trim() || li.textContent!.trim());

/**
 * A closed panel: empty, or (once the element is idle, where the engine has it) holding its
 * content hidden until found, for find-in-page. Never visible.
 */
function expectClosedPanel(panel: HTMLElement) {
  if (panel.childElementCount > 0) expect(panel.getAttribute('hidden'), panel.id).to.equal('until-found');
  else expect(panel.hasAttribute('hidden'), panel.id).to.equal(true);
}

describe('<signal-card>', () => {
  it('without attributes shows an overview of all forms, each collapsed, with the background collapsed', async () => {
    const el = await card();
    const labels = toggles(el).map((b) => b.textContent!.trim());
    expect(labels.slice(0, 4)).to.deep.equal(EXPLOITATIONS.map(formLabel));
    expect(labels).to.include('Achtergrond');
    for (const b of toggles(el)) {
      expect(b.getAttribute('aria-expanded')).to.equal('false');
      expect(panelOf(el, b).hasAttribute('hidden')).to.equal(true);
      expect(b.closest('h3'), 'toggle sits in a heading one below the top').to.exist;
    }
    expect(root(el).querySelector('h2')!.textContent).to.equal('Signalen van mensenhandel');
    await expect(el).to.be.accessible();
  });

  it('opens and closes a form with a real button, and lists that form’s signals grouped by category', async () => {
    const el = await card();
    const b = toggleByLabel(el, formLabel('criminal'));
    b.click();
    await el.updateComplete;
    expect(b.getAttribute('aria-expanded')).to.equal('true');
    const panel = panelOf(el, b);
    expect(panel.hasAttribute('hidden')).to.equal(false);
    const expected = signalsFor(signalsSlice, { exploitation: 'criminal' });
    expect(listedSignals(panel)).to.have.length(expected.length);
    const groups = groupByCategory(signalsSlice, expected).map((g) => g.category.label);
    expect(texts(el, `#${panel.id} .group > h5`)).to.deep.equal(groups);
    b.click();
    await el.updateComplete;
    expect(panel.hasAttribute('hidden')).to.equal(true);
  });

  it('toggles with the keyboard (Enter and Space)', async () => {
    const el = await card();
    const b = toggleByLabel(el, 'Achtergrond');
    b.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(b.getAttribute('aria-expanded')).to.equal('true');
    await sendKeys({ press: ' ' });
    await el.updateComplete;
    expect(b.getAttribute('aria-expanded')).to.equal('false');
  });

  for (const form of EXPLOITATIONS) {
    it(`exploitation="${form}" shows the explanation, the signals and (where given) the guidance`, async () => {
      const el = await card({ exploitation: form });
      expect(root(el).querySelector('h2')!.textContent).to.contain(formLabel(form).toLowerCase());
      const [explanation] = formExplanations(bg, form);
      expect(texts(el, 'h3')).to.include(explanation.title);
      expect(root(el).textContent).to.contain(explanation.paragraphs[0]);
      expect(listedSignals(root(el))).to.have.length(signalsFor(signalsSlice, { exploitation: form }).length);
      const guidance = guidanceFor(bg, form);
      const guidanceHeading = texts(el, 'h3').includes('Het gesprek: wat helpt en wat niet');
      expect(guidanceHeading).to.equal(guidance.length > 0);
      for (const g of guidance) for (const t of [...g.helps, ...g.hinders]) expect(root(el).textContent).to.contain(t);
      // No case examples or safe questions without audience="medical".
      expect(root(el).querySelector('.case')).to.equal(null);
      expect(texts(el, 'h3')).not.to.include('Veilige vragen');
      await expect(el).to.be.accessible();
    });
  }

  for (const audience of AUDIENCES) {
    it(`audience="${audience}" gives the overview for that audience; every form lists its signals or the nearest`, async () => {
      const el = await card({ audience });
      await openAll(el);
      for (const form of EXPLOITATIONS) {
        const panel = panelOf(el, toggleByLabel(el, formLabel(form)));
        const sel = { exploitation: form, audience };
        const nearest = nearestSelection(signalsSlice, sel)!;
        expect(listedSignals(panel)).to.have.length(signalsFor(signalsSlice, nearest).length);
        const message = panel.querySelector('.message');
        if (signalsFor(signalsSlice, sel).length) expect(message).to.equal(null);
        else expect(message!.textContent).to.contain(selectionLabel(nearest));
      }
      await expect(el).to.be.accessible();
    });
  }

  for (const form of EXPLOITATIONS) {
    for (const audience of AUDIENCES) {
      it(`exploitation="${form}" audience="${audience}" shows the selection’s signals, or says there are none and shows the nearest`, async () => {
        const el = await card({ exploitation: form, audience });
        const sel = { exploitation: form as Exploitation, audience: audience as Audience };
        const own = signalsFor(signalsSlice, sel);
        const nearest = nearestSelection(signalsSlice, sel)!;
        const shown = signalsFor(signalsSlice, nearest);
        expect(shown.length).to.be.greaterThan(0);
        expect(listedSignals(root(el))).to.deep.equal(
          groupByCategory(signalsSlice, shown).flatMap((g) => g.signals.map((s) => s.text)),
        );
        const message = root(el).querySelector('.section .message');
        if (own.length) {
          expect(message).to.equal(null);
        } else {
          expect(message!.textContent).to.contain(selectionLabel(sel));
          expect(message!.textContent).to.contain(selectionLabel(nearest));
        }
      });
    }
  }

  it('audience="medical" adds the safe questions and the case examples with their signals', async () => {
    const el = await card({ exploitation: 'labour', audience: 'medical' });
    const groups = bg.safeQuestions!.groups;
    expect(texts(el, 'h3')).to.include('Veilige vragen');
    for (const g of groups) {
      expect(texts(el, 'h4')).to.include(g.title);
      for (const q of g.questions) expect(root(el).textContent).to.contain(q);
    }
    const cases = casesFor(bg, 'labour');
    expect(cases.length).to.be.greaterThan(0);
    const rendered = [...root(el).querySelectorAll('.case')];
    expect(rendered.map((c) => c.querySelector('h4')!.textContent)).to.deep.equal(cases.map((c) => c.title));
    rendered.forEach((node, i) => {
      const items = [...node.querySelectorAll('li')].map((li) => li.textContent);
      expect(items).to.deep.equal(cases[i].signals);
    });
    await expect(el).to.be.accessible();
  });

  it('audience="medical" without exploitation puts the cases in each form and the safe questions in their own section', async () => {
    const el = await card({ audience: 'medical' });
    expect(toggles(el).map((b) => b.textContent!.trim())).to.include('Veilige vragen');
    await openAll(el);
    for (const form of EXPLOITATIONS) {
      const panel = panelOf(el, toggleByLabel(el, formLabel(form)));
      expect(panel.querySelectorAll('.case')).to.have.length(casesFor(bg, form).length);
    }
    await expect(el).to.be.accessible();
  });

  it('the background holds definition, smuggling table, sections, further reading; collapsed until opened', async () => {
    const el = await card({ exploitation: 'sexual', audience: 'first-line' });
    const b = toggleByLabel(el, 'Achtergrond');
    const panel = panelOf(el, b);
    expect(panel.hasAttribute('hidden')).to.equal(true);
    b.click();
    await el.updateComplete;
    expect(panel.hasAttribute('hidden')).to.equal(false);
    // The background loads when its panel opens (unless an idle moment brought it already).
    await el.contentReady;
    const text = panel.textContent!;
    expect(text).to.contain(bg.definition!.quote);
    expect(text).to.contain(bg.definition!.childRule);
    for (const item of [...bg.definition!.handeling, ...bg.definition!.middel, ...bg.definition!.doel]) expect(text).to.contain(item);
    const rows = [...panel.querySelectorAll('tbody tr')];
    expect(rows).to.have.length(bg.smuggling!.rows.length);
    expect(rows[0].querySelector('th')!.textContent).to.equal(bg.smuggling!.rows[0].aspect);
    const sections = sectionsFor(bg, 'sexual', sourcesForAudience(meta, 'first-line'));
    const headings = texts(el, `#${panel.id} h4`);
    for (const s of sections) expect(headings).to.include(s.title);
    // The audience's own sources come first.
    expect(headings.indexOf(sections[0].title)).to.be.lessThan(headings.indexOf(sections[sections.length - 1].title));
    // Sections for other forms only are left out.
    for (const s of bg.sections!.filter((s) => s.forms?.length && !s.forms.includes('sexual'))) expect(headings).not.to.include(s.title);
    // Further reading: links only through safeHref; entries with only text are text.
    const links = [...panel.querySelectorAll<HTMLAnchorElement>('.reading a')];
    const withUrl = bg.reading!.filter((r) => safeHref(r.url));
    expect(links.map((a) => a.getAttribute('href'))).to.have.members(withUrl.map((r) => safeHref(r.url)!));
    for (const r of bg.reading!.filter((r) => !r.url)) {
      const li = [...panel.querySelectorAll('.reading li')].find((n) => n.textContent!.includes(r.title))!;
      expect(li.querySelector('a')).to.equal(null);
      expect(li.textContent).to.contain(r.text!);
    }
    await expect(el).to.be.accessible();
  });

  it('organ removal for the front desk: says the sources give no separate signals, under "Algemene signalen", instead of promising them', async () => {
    const el = await card({ exploitation: 'organ', audience: 'front-desk' });
    expect(texts(el, '.section > :is(h2,h3,h4)')).to.include('Algemene signalen');
    expect(texts(el, '.section > :is(h2,h3,h4)')).to.not.include('Signalen');
    expect(texts(el, '.note').join(' ')).to.include(
      `De bronnen geven geen aparte signalen voor ${selectionLabel({ exploitation: 'organ', audience: 'front-desk' })}.`,
    );
    // Medical professionals do get the toolkit's own organ-removal signals, without the note.
    const medical = await card({ exploitation: 'organ', audience: 'medical' });
    expect(texts(medical, '.section > :is(h2,h3,h4)')).to.include('Signalen');
    expect(texts(medical, '.note').join(' ')).to.not.include('geen aparte signalen');
    await expect(el).to.be.accessible();
  });

  it('names its sources and the dataset version and date', async () => {
    const el = await card({ exploitation: 'labour', audience: 'professional' });
    const footer = root(el).querySelector('[part="footer"]')!;
    expect(footer.textContent).to.contain(meta.version);
    expect(footer.textContent).to.contain(formatDate(meta.date, 'nl'));
    const cited = [...footer.querySelectorAll('cite')].map((c) => c.textContent);
    const vt = meta.sources.find((s) => s.id === 'vt-ijsselland')!;
    expect(cited).to.include(vt.title);
  });

  it('heading-level sets the outline', async () => {
    const el = await card({ exploitation: 'labour', headingLevel: '4' });
    expect(root(el).querySelector('h4')!.textContent).to.contain(formLabel('labour').toLowerCase());
    expect(root(el).querySelector('h2, h3')).to.equal(null);
    expect(root(el).querySelectorAll('h5').length).to.be.greaterThan(0);
    await expect(el).to.be.accessible();
  });

  it('opening everything stays accessible', async () => {
    const el = await card();
    await openAll(el);
    await expect(el).to.be.accessible();
  });

  describe('bad input', () => {
    const cases: [string, Record<string, string>, string][] = [
      ['unknown exploitation', { exploitation: 'slavery' }, 'slavery'],
      ['unknown audience', { audience: 'police' }, 'police'],
      ['empty exploitation', { exploitation: '' }, 'exploitation'],
      ['wrong case', { exploitation: 'Labour' }, 'Labour'],
      ['bad heading-level', { headingLevel: '9' }, '9'],
    ];
    for (const [name, attrs, value] of cases) {
      it(`${name}: a visible message, a console.warn naming the value, and still content`, async () => {
        const { result: el, warnings } = await captureWarnings(() => card(attrs));
        const message = root(el).querySelector('.message[role="status"]')!;
        expect(message.textContent).to.contain(value);
        expect(warnings.some((w) => w.includes(value))).to.equal(true);
        expect(toggles(el).length, 'falls back to the overview').to.be.greaterThan(3);
        expect(root(el).querySelector('h2')).to.exist;
        await expect(el).to.be.accessible();
      });
    }

    it('an absurdly long value is shortened in the message and does not widen the element', async () => {
      const long = 'x'.repeat(5000);
      const { result: el, warnings } = await captureWarnings(() => card({ audience: long }));
      const message = root(el).querySelector('.message')!;
      expect(message.textContent!.length).to.be.lessThan(300);
      expect(warnings).to.have.length(1);
      expect(warnings[0].length).to.be.lessThan(400);
      expect(el.scrollWidth).to.be.at.most(el.clientWidth);
    });

    it('changing to a valid value later removes the message', async () => {
      const { result: el } = await captureWarnings(() => card({ exploitation: 'nope' }));
      el.setAttribute('exploitation', 'organ');
      await el.updateComplete;
      expect(root(el).querySelector('.message[role="status"]')).to.equal(null);
      expect(root(el).querySelector('h2')!.textContent).to.contain(formLabel('organ').toLowerCase());
    });
  });

  it('on a page with many cards, lets the browser skip off-screen cards and sections (content-visibility) without clipping focus outlines; print lays them all out', async () => {
    const el = await card({ exploitation: 'labour', audience: 'medical' });
    // More than eight elements on the page: skipping off-screen is on (a few are laid out whole).
    const more = await fixture(html`<div>${Array.from({ length: 8 }, () => html`<signal-card></signal-card>`)}</div>`);
    expect(more.childElementCount).to.equal(8);
    const boxes = [root(el).querySelector<HTMLElement>('[part~="base"]')!, ...root(el).querySelectorAll<HTMLElement>('.section')];
    expect(boxes.length).to.be.greaterThan(2);
    // The widest focus ring a control at the edge of such a box paints outside it.
    const button = root(el).querySelector<HTMLButtonElement>('.actions .button')!;
    button.focus();
    const ring = parseFloat(getComputedStyle(button).outlineWidth) + parseFloat(getComputedStyle(button).outlineOffset);
    expect(ring).to.be.greaterThan(0);
    const clipMargin = CSS.supports('overflow-clip-margin', '1px');
    for (const box of boxes) {
      // Without clip margins (WebKit) nothing is skipped, so no focus ring is cut off.
      expect(getComputedStyle(box).getPropertyValue('content-visibility'), box.className).to.be.oneOf(clipMargin ? ['auto'] : ['visible', '']);
      if (clipMargin) expect(parseFloat(getComputedStyle(box).getPropertyValue('overflow-clip-margin')), box.className).to.be.at.least(ring);
    }
    const rules = el.shadowRoot!.adoptedStyleSheets.flatMap((s) => [...s.cssRules]);
    const print = rules
      .filter((r): r is CSSMediaRule => r instanceof CSSMediaRule && r.conditionText === 'print')
      .flatMap((m) => [...m.cssRules])
      .filter((r): r is CSSStyleRule => r instanceof CSSStyleRule && r.selectorText.includes('.section'));
    expect(print.map((r) => r.style.getPropertyValue('content-visibility'))).to.include('visible');
  });

  it('follows attribute and language changes with the right signals, loading all of them only where its audience has none', async () => {
    const settle = async (el: SignalCard) => {
      await el.updateComplete;
      await el.contentReady;
      await el.updateComplete;
    };
    const expectSignals = (el: SignalCard, sel: { exploitation: Exploitation; audience: Audience }, all: SignalsSlice) => {
      const nearest = nearestSelection(all, sel)!;
      expect(listedSignals(root(el)), `${sel.exploitation} ${sel.audience}`).to.deep.equal(signalsFor(all, nearest).map((x) => x.text));
    };
    const el = await card({ exploitation: 'labour', audience: 'professional' });
    expectSignals(el, { exploitation: 'labour', audience: 'professional' }, signalsSlice);
    // Professionals have no organ-removal signals: the card loads all and shows the nearest.
    el.setAttribute('exploitation', 'organ');
    await settle(el);
    expect(signalsFor(signalsSlice, { exploitation: 'organ', audience: 'professional' })).to.have.length(0);
    expectSignals(el, { exploitation: 'organ', audience: 'professional' }, signalsSlice);
    expect(root(el).querySelector('.message')!.textContent).to.contain(selectionLabel(nearestSelection(signalsSlice, { exploitation: 'organ', audience: 'professional' })!));
    el.setAttribute('audience', 'medical');
    el.setAttribute('exploitation', 'sexual');
    await settle(el);
    expectSignals(el, { exploitation: 'sexual', audience: 'medical' }, signalsSlice);
    // Another page language: the same selection in English.
    await withPageLang('en', async () => {
      // The switch loads the English strings first; then the element shows lang="en" and loads its content.
      await waitUntil(() => root(el).querySelector('[part~="base"]')?.getAttribute('lang') === 'en', 'the card switched to English', { timeout: 5000 });
      await settle(el);
      const english = await loadSlice('en', 'signals');
      expectSignals(el, { exploitation: 'sexual', audience: 'medical' }, english);
      el.setAttribute('exploitation', 'organ');
      el.setAttribute('audience', 'front-desk');
      await settle(el);
      expectSignals(el, { exploitation: 'organ', audience: 'front-desk' }, english);
    });
  });

  it('prints fully expanded: hidden panels are shown by a print rule', async () => {
    const el = await card();
    const rules = el.shadowRoot!.adoptedStyleSheets.flatMap((s) => [...s.cssRules]);
    const print = rules.filter((r): r is CSSMediaRule => r instanceof CSSMediaRule && r.conditionText === 'print');
    const panelRule = print
      .flatMap((m) => [...m.cssRules])
      .find((r): r is CSSStyleRule => r instanceof CSSStyleRule && r.selectorText.includes('.panel[hidden]'));
    expect(panelRule, 'a print rule for .panel[hidden]').to.exist;
    expect(panelRule!.style.getPropertyValue('display')).to.equal('block');
    // Closed panels stay empty until the page prints (or, after an idle moment, hold their content
    // hidden until found); beforeprint renders them at once.
    for (const b of toggles(el)) expectClosedPanel(panelOf(el, b));
    window.dispatchEvent(new Event('beforeprint'));
    for (const b of toggles(el)) expect(panelOf(el, b).childElementCount, 'rendered synchronously in beforeprint').to.be.greaterThan(0);
    for (const b of toggles(el)) expect(panelOf(el, b).hasAttribute('hidden')).to.equal(true);
    // The background, where an idle moment has not loaded it yet, is loaded for the print.
    await el.contentReady;
    const background = panelOf(el, toggles(el).find((b) => b.textContent!.includes('Achtergrond'))!);
    expect(background.querySelectorAll('section').length, 'the background printed').to.be.greaterThan(1);
    window.dispatchEvent(new Event('afterprint'));
    await el.updateComplete;
    for (const b of toggles(el)) expectClosedPanel(panelOf(el, b));
  });

  it(`printed after a while (the closed panels findable), every panel's text is on the paper ${MEDIA_EMULATION}`, async function () {
    if (!canEmulateMedia) this.skip();
    const el = await card();
    await el.contentReady;
    await whenFindable(() => toggles(el).map((b) => panelOf(el, b)));
    await whilePrinted(() => {
      for (const b of toggles(el)) {
        const panel = panelOf(el, b);
        expect(panel.getBoundingClientRect().height, clean(b.textContent)).to.be.greaterThan(20);
        expect(unprinted(panel).slice(0, 3), clean(b.textContent)).to.deep.equal([]);
      }
    });
  });

  it('printed before its background has loaded: the paper says so, not "loading", and the next print has it', async () => {
    // Far below the screen: no idle moment near it loads the background first.
    const wrapper = document.createElement('div');
    wrapper.style.marginTop = '6000px';
    const el = document.createElement('signal-card') as SignalCard;
    el.setAttribute('exploitation', 'labour');
    wrapper.append(el);
    document.body.append(wrapper);
    try {
      await el.contentReady;
      const panel = () => panelOf(el, toggles(el).find((b) => b.textContent!.includes('Achtergrond'))!);
      window.dispatchEvent(new Event('beforeprint'));
      const printed = panel().textContent!.replace(/\s+/g, ' ');
      expect(printed).to.include('De achtergrond is niet afgedrukt: die werd nog geladen. Druk de pagina opnieuw af');
      expect(printed).to.not.include('wordt geladen');
      window.dispatchEvent(new Event('afterprint'));
      // Printing started the load: the next print has the background.
      await el.contentReady;
      window.dispatchEvent(new Event('beforeprint'));
      expect(panel().querySelectorAll('section').length).to.be.greaterThan(1);
      expect(panel().textContent).to.not.include('niet afgedrukt');
      window.dispatchEvent(new Event('afterprint'));
    } finally {
      wrapper.remove();
    }
  });

  // 320px is the narrowest viewport to support; 288px is what is left of it beside a host page's usual 16px margins.
  for (const width of [320, 288]) {
    it(`fits ${width}px without horizontal scrolling, everything open`, async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div><signal-card audience="medical"></signal-card></div>`);
      wrapper.style.width = `${width}px`;
      const el = wrapper.querySelector('signal-card')!;
      await el.contentReady;
      await openAll(el);
      expect(el.scrollWidth).to.be.at.most(el.clientWidth);
      expect(wrapper.scrollWidth).to.be.at.most(width);
      const right = el.getBoundingClientRect().right + 0.5;
      for (const node of root(el).querySelectorAll<HTMLElement>('*')) {
        if (node.offsetParent === null) continue;
        expect(node.getBoundingClientRect().right, `${node.localName}: ${node.textContent!.slice(0, 40)}`).to.be.at.most(right);
      }
    });
  }
});
