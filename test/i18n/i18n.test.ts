/**
 * The page's language governs every element: on an English page no Dutch, on a Dutch page no
 * English (proper names aside), for every element in every variant; switching <html lang> at
 * run time switches them all; regional tags, unsupported languages and a `lang` on the element
 * or an ancestor; dates, opening hours, open-now and phone numbers per language.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/elements/signal-card/define.js';
import '../../src/elements/signal-checklist/define.js';
import '../../src/elements/meldroute-steps/define.js';
import '../../src/elements/contact-list/define.js';
import '../helpers/privacy.js';
import { loadSlice } from '../../src/data/slices.js';
import type { ContactsSlice, FlowQuestion, Meta, RoutesSlice } from '../../src/data/types.js';
import { AUDIENCES, EXPLOITATIONS } from '../../src/model/signals.js';
import { TOPICS } from '../../src/model/contacts.js';
import { walkFlow } from '../../src/model/flow.js';
import { clean, collectWarnings, make } from '../helpers/elements.js';
import { DUTCH_WORDS, ENGLISH_WORDS, findWords, properNames, setPageLang, settled, shownLang, shownTexts } from './language.js';

type El = HTMLElement & { updateComplete: Promise<boolean>; contentReady: Promise<void> };

let names: string[];
let routesNl: RoutesSlice;
let meta: { nl: Meta; en: Meta };
let contacts: { nl: ContactsSlice; en: ContactsSlice };
before(async () => {
  const [cNl, cEn, r, mNl, mEn] = await Promise.all([
    loadSlice('nl', 'contacts'),
    loadSlice('en', 'contacts'),
    loadSlice('nl', 'routes'),
    loadSlice('nl', 'meta'),
    loadSlice('en', 'meta'),
  ]);
  contacts = { nl: cNl, en: cEn };
  meta = { nl: mNl, en: mEn };
  routesNl = r;
  names = properNames([cNl, cEn]);
});

afterEach(() => setPageLang('nl'));

const root = (el: Element) => el.shadowRoot!;
const click = async (el: El, selector: string) => {
  const target = root(el).querySelector<HTMLElement>(selector);
  expect(target, `${el.localName}: ${selector}`).to.exist;
  target!.click();
  await el.updateComplete;
};

/** A variant: how to make the element and what to do with it before reading it. */
interface Variant {
  name: string;
  tag: string;
  attrs?: Record<string, string | undefined>;
  opts?: Parameters<typeof make>[2];
  prepare?: (el: El) => Promise<void>;
  /** Undo what prepare started (e.g. afterprint). */
  finish?: (el: El) => void;
}

/**
 * Renders the variant on an English page and checks it for Dutch, then switches the page to
 * Dutch at run time and checks the same element, in the same state, for English. Each check
 * first proves its detector works on that very element: the other language's rendering must
 * hit it.
 */
async function checkVariant(v: Variant): Promise<void> {
  setPageLang('en');
  const el = await make<El>(v.tag, v.attrs ?? {}, v.opts ?? {});
  expect(shownLang(el), 'the shadow content declares its language').to.equal('en');
  await v.prepare?.(el);
  const en = shownTexts(el);
  expect(findWords(en, DUTCH_WORDS, names), `${v.name} on an English page shows Dutch`).to.deep.equal([]);
  expect(findWords(en, ENGLISH_WORDS, names), `${v.name}: the English detector finds English`).to.not.be.empty;

  setPageLang('nl');
  await settled(el, 'nl');
  await el.updateComplete;
  const nl = shownTexts(el);
  expect(findWords(nl, ENGLISH_WORDS, names), `${v.name} on a Dutch page shows English`).to.deep.equal([]);
  expect(findWords(nl, DUTCH_WORDS, names), `${v.name}: the Dutch detector finds Dutch`).to.not.be.empty;
  expect(nl.join(' ')).to.not.equal(en.join(' '));
  v.finish?.(el);
}

/** Clicks every collapsed toggle (signal-card panels, meldroute steps) open. */
async function expandAll(el: El) {
  for (let i = 0; i < 3; i++) {
    const closed = [...root(el).querySelectorAll<HTMLButtonElement>('button[aria-expanded="false"]')];
    if (!closed.length) break;
    for (const b of closed) b.click();
    await el.updateComplete;
  }
  expect(root(el).querySelectorAll('button[aria-expanded="false"]'), 'everything expanded').to.have.length(0);
}

// Local contacts given by the page: names and numbers only (the page's own text is the page's business),
// plus entries that are skipped, for the visible notes.
const LOCAL_JSON = JSON.stringify([
  { name: 'Wijkteam Zwolle', phone: '038 498 9111', email: 'wijkteam@example.nl', url: 'https://example.nl/' },
  { name: 'Zonder middelen' },
  { phone: '0800-2000' },
  { name: 'Fout nummer', phone: 'abc' },
  { name: 'Fout adres', email: 'geen-adres' },
  { name: 'Fout link', url: 'javascript:alert(1)' },
  { name: 42, phone: '0800-2000' },
  { name: 'Te lang', phone: '0800-2000', description: 'x'.repeat(5000) },
  'geen object',
]);
const LOCAL_BROKEN = '[{"name": "kapot"';
const TOO_MANY = JSON.stringify(Array.from({ length: 55 }, (_, i) => ({ name: `Contact ${i}`, phone: '0800-2000' })));
const slottedLocal = () => {
  const p = document.createElement('p');
  p.slot = 'local';
  p.setAttribute('translate', 'no');
  p.textContent = 'Wijkteam Zwolle, 038 498 9111';
  return [p];
};

/** Sunday 03:00 in Amsterdam: most contacts closed, so the around-the-clock alternatives show. */
const CLOSED = new Date('2026-11-29T02:00:00Z');
/** Monday 22:00: Veilig Thuis' sources differ. */
const DIFFERS = new Date('2026-11-23T21:00:00Z');
/** Monday 10:00: open. */
const OPEN = new Date('2026-11-23T09:00:00Z');

const BAD = 'xyz';

describe('i18n: no Dutch on English pages, no English on Dutch pages', function () {
  this.timeout(60000);

  describe('<signal-card>, every variant, fully expanded', () => {
    for (const exploitation of [undefined, ...EXPLOITATIONS]) {
      for (const audience of [undefined, ...AUDIENCES]) {
        const name = `<signal-card exploitation=${exploitation ?? '-'} audience=${audience ?? '-'}>`;
        it(name, () => checkVariant({ name, tag: 'signal-card', attrs: { exploitation, audience }, prepare: expandAll }));
      }
    }
    it('<signal-card> with bad attributes', () =>
      checkVariant({
        name: 'bad signal-card',
        tag: 'signal-card',
        attrs: { exploitation: BAD, audience: BAD, 'heading-level': '9' },
        prepare: expandAll,
      }));
  });

  describe('<signal-checklist>, every variant, a box checked, minor yes, a row scored', () => {
    const work = async (el: El) => {
      await click(el, 'input[type="checkbox"]');
      await click(el, 'input[name="minor"][value="yes"]');
      // The front desk's short list opens the full annex-1 form first.
      if (root(el).querySelector('button[data-action="full"]')) await click(el, 'button[data-action="full"]');
      await click(el, 'fieldset.row input[value="3"]');
      expect(root(el).querySelector('.child'), 'child rule shown').to.exist;
    };
    for (const exploitation of [undefined, ...EXPLOITATIONS]) {
      for (const audience of [undefined, ...AUDIENCES]) {
        const name = `<signal-checklist exploitation=${exploitation ?? '-'} audience=${audience ?? '-'}>`;
        it(name, () => checkVariant({ name, tag: 'signal-checklist', attrs: { exploitation, audience }, prepare: work }));
      }
    }
    it('<signal-checklist region=ijsselland>', () =>
      checkVariant({ name: 'checklist ijsselland', tag: 'signal-checklist', attrs: { region: 'ijsselland' }, prepare: work }));
    it('<signal-checklist> with bad attributes', () =>
      checkVariant({
        name: 'bad checklist',
        tag: 'signal-checklist',
        attrs: { exploitation: BAD, audience: BAD, region: BAD, 'heading-level': '0' },
      }));
    it('<signal-checklist> minor "no", then cleared', () =>
      checkVariant({
        name: 'checklist minor no, cleared',
        tag: 'signal-checklist',
        prepare: async (el) => {
          await work(el);
          await click(el, 'input[name="minor"][value="no"]');
          await click(el, 'button[data-action="clear"]');
        },
      }));
    it('<signal-checklist discreet>, filled in', () =>
      checkVariant({ name: 'checklist discreet', tag: 'signal-checklist', attrs: { discreet: '' }, prepare: work }));
    it('<signal-checklist> hidden with its button (the neutral line)', () =>
      checkVariant({
        name: 'checklist hidden',
        tag: 'signal-checklist',
        prepare: async (el) => {
          await work(el);
          await click(el, 'button[data-action="hide"]');
        },
      }));
    it('<signal-checklist> print record (between beforeprint and afterprint)', () =>
      checkVariant({
        name: 'checklist record',
        tag: 'signal-checklist',
        attrs: { region: 'ijsselland' },
        prepare: async (el) => {
          await work(el);
          window.dispatchEvent(new Event('beforeprint'));
          await el.updateComplete;
          expect(root(el).querySelector('.record'), 'record rendered').to.exist;
        },
        finish: () => window.dispatchEvent(new Event('afterprint')),
      }));
  });

  describe('<meldroute-steps>, every route and region, every step open and one done, the afwegingskader walked', () => {
    const work = async (el: El) => {
      await expandAll(el);
      await click(el, '.done-check input');
      expect(root(el).querySelector('.done-badge'), 'a step marked done').to.exist;
    };
    for (const route of [undefined, ...AUDIENCES]) {
      for (const region of [undefined, 'ijsselland']) {
        const name = `<meldroute-steps route=${route ?? '-'} region=${region ?? '-'}>`;
        it(name, () => checkVariant({ name, tag: 'meldroute-steps', attrs: { route, region }, opts: { now: CLOSED }, prepare: work }));
      }
    }

    // Every path through the afwegingskader to an outcome (found by walking the model).
    const paths = (questions: readonly FlowQuestion[]) => {
      const found: boolean[][] = [];
      const walk = (answers: boolean[]) => {
        const pos = walkFlow(questions, answers);
        if (pos.outcome) found.push(answers);
        else if (pos.current) [true, false].forEach((a) => walk([...answers, a]));
      };
      walk([]);
      return found;
    };
    it('every outcome of the afwegingskader, with "Vorige vraag" and the answers so far', async () => {
      const flow = routesNl.routes.find((r) => r.id === 'medical')!.flow!;
      const all = paths(flow.questions);
      expect(all.length).to.be.greaterThan(3);
      for (const answers of all) {
        await checkVariant({
          name: `afwegingskader ${answers.map((a) => (a ? 'ja' : 'nee')).join('-')}`,
          tag: 'meldroute-steps',
          attrs: { route: 'medical' },
          opts: { now: OPEN },
          prepare: async (el) => {
            for (const a of answers) await click(el, `.flow-question button[data-answer="${a ? 'yes' : 'no'}"]`);
            expect(root(el).querySelector('.outcome'), 'outcome shown').to.exist;
          },
        });
      }
      // Half way: a current question and the answers given so far.
      await checkVariant({
        name: 'afwegingskader half way',
        tag: 'meldroute-steps',
        attrs: { route: 'medical' },
        prepare: async (el) => {
          await click(el, '.flow-question button[data-answer="yes"]');
          await click(el, '.flow-question button[data-answer="no"]');
          expect(root(el).querySelector('.flow-path'), 'answers so far').to.exist;
          expect(root(el).querySelector('.flow-question'), 'current question').to.exist;
        },
      });
    });
    it('<meldroute-steps> with local contacts (JSON with skipped entries, and slotted HTML)', () =>
      checkVariant({
        name: 'meldroute local',
        tag: 'meldroute-steps',
        attrs: { route: 'front-desk' },
        opts: { json: LOCAL_JSON, slotted: slottedLocal(), now: CLOSED },
        prepare: expandAll,
      }));
    it('<meldroute-steps> with bad attributes', () =>
      checkVariant({
        name: 'bad meldroute',
        tag: 'meldroute-steps',
        attrs: { route: BAD, region: BAD, now: 'gisteren', 'heading-level': 'twee' },
        prepare: expandAll,
      }));
  });

  describe('<contact-list>, every topic and region, closed (alternatives) and with differing sources', () => {
    for (const topic of [undefined, ...TOPICS]) {
      for (const region of [undefined, 'ijsselland']) {
        const name = `<contact-list topic=${topic ?? '-'} region=${region ?? '-'}>`;
        it(name, () => checkVariant({ name, tag: 'contact-list', attrs: { topic, region }, opts: { now: CLOSED } }));
      }
    }
    for (const [label, now] of [['differing sources', DIFFERS], ['open', OPEN]] as const) {
      it(`<contact-list> at a moment with ${label}`, () =>
        checkVariant({ name: `contact-list ${label}`, tag: 'contact-list', attrs: { topic: 'advice' }, opts: { now } }));
    }
    const local: [string, Parameters<typeof make>[2]][] = [
      ['skipped entries and slotted HTML', { json: LOCAL_JSON, slotted: slottedLocal() }],
      ['broken JSON', { json: LOCAL_BROKEN }],
      ['not an array', { json: '{"name": "los"}' }],
      ['too many', { json: TOO_MANY }],
      ['two JSON blocks', { scripts: [LOCAL_JSON, '[]'] }],
    ];
    for (const [label, opts] of local) {
      it(`<contact-list> with local contacts: ${label}`, () =>
        checkVariant({ name: `contact-list local ${label}`, tag: 'contact-list', opts: { ...opts, now: CLOSED } }));
    }
    it('<contact-list> with bad attributes', () =>
      checkVariant({
        name: 'bad contact-list',
        tag: 'contact-list',
        attrs: { topic: BAD, region: BAD, now: 'morgen', 'heading-level': '-1' },
      }));
  });
});

describe('i18n: the whole dataset, also what no variant above shows', () => {
  /** Every text of a slice with where it is, except ids, references, addresses, numbers and links. */
  const SKIP = new Set(['id', 'seedFile', 'source', 'url', 'website', 'websiteText', 'email', 'number', 'address', 'name', 'formerName', 'region']);
  function* textsOf(node: unknown, path: string): Generator<[string, string]> {
    if (typeof node === 'string') yield [path, node];
    else if (Array.isArray(node)) for (const [i, x] of node.entries()) yield* textsOf(x, `${path}[${i}]`);
    else if (node && typeof node === 'object')
      for (const [k, v] of Object.entries(node)) if (!SKIP.has(k)) yield* textsOf(v, `${path}.${k}`);
  }
  for (const [lang, other] of [['en', DUTCH_WORDS], ['nl', ENGLISH_WORDS]] as const) {
    it(`the ${lang === 'en' ? 'English' : 'Dutch'} dataset has no ${lang === 'en' ? 'Dutch' : 'English'}`, async () => {
      const found: string[] = [];
      let count = 0;
      for (const part of ['meta', 'signals', 'routes', 'contacts', 'explanations', 'background', 'definition', 'practice'] as const) {
        for (const [path, text] of textsOf(await loadSlice(lang, part), part)) {
          count++;
          for (const f of findWords([text], other, names)) found.push(`${path}: ${f}`);
        }
      }
      expect(count).to.be.greaterThan(500);
      expect(found).to.deep.equal([]);
    });
  }
});

describe('i18n: the detector can fail', () => {
  it('finds Dutch in an element that shows Dutch on an English page, and ignores translate="no"', async () => {
    const host = await fixture<HTMLElement>(html`<div></div>`);
    const shadow = host.attachShadow({ mode: 'open' });
    const p = document.createElement('p');
    p.textContent = 'Bel de politie als u twijfelt.';
    const name = document.createElement('span');
    name.setAttribute('translate', 'no');
    name.textContent = 'Raad voor de Kinderbescherming';
    const button = document.createElement('button');
    button.setAttribute('aria-label', 'Sluit het venster');
    shadow.append(p, name, button);
    const found = findWords(shownTexts(host), DUTCH_WORDS);
    expect(found.map((f) => f.split(' ')[0].toLowerCase())).to.have.members(['bel', 'de', 'als', 'u', 'het']);
    expect(found.join()).to.not.contain('Kinderbescherming');
    expect(findWords(['The police, if you doubt it.'], DUTCH_WORDS)).to.deep.equal([]);
    expect(findWords(['Neem contact op met the helpdesk'], ENGLISH_WORDS)).to.deep.equal(['the in “Neem contact op met the helpdesk”']);
    // Whole words only: "the" in "theater", "de" in "gedaan" do not count.
    expect(findWords(['theater, other'], ENGLISH_WORDS)).to.deep.equal([]);
    expect(findWords(['gedaan, ideeën'], ['de'])).to.deep.equal([]);
  });

  it('a real element: the Dutch rendering fails the English-page check', async () => {
    setPageLang('nl');
    const el = await make<El>('signal-card', { exploitation: 'labour' });
    expect(findWords(shownTexts(el), DUTCH_WORDS, names)).to.not.be.empty;
  });
});

/** One of each element, on one page. */
async function allFour(): Promise<El[]> {
  const wrap = await fixture<HTMLElement>(html`<div>
    <signal-card exploitation="labour"></signal-card>
    <signal-checklist audience="front-desk"></signal-checklist>
    <meldroute-steps route="medical" region="ijsselland" .now=${OPEN}></meldroute-steps>
    <contact-list .now=${OPEN}></contact-list>
  </div>`);
  const els = [...wrap.children] as El[];
  await Promise.all(els.map((e) => e.contentReady));
  await Promise.all(els.map((e) => e.updateComplete));
  return els;
}

/** The displayed text of Veilig Thuis' phone link in a contact list. */
const veiligThuisPhone = (el: El) => {
  const card = [...root(el).querySelectorAll('.contact')].find((c) => clean(c.querySelector('[translate="no"]')?.textContent) === 'Veilig Thuis')!;
  const link = card.querySelector<HTMLAnchorElement>('a[href^="tel:"]')!;
  return { text: clean(link.textContent), href: link.getAttribute('href') };
};

describe('i18n: switching <html lang> at run time', () => {
  it('switches every element, back and forth, and the phone format with it', async () => {
    setPageLang('nl');
    const els = await allFour();
    const before = els.map((e) => shownTexts(e).join(' '));
    const list = els[3];
    const nlPhone = veiligThuisPhone(list);
    expect(nlPhone.text).to.equal('0800-2000');

    setPageLang('en');
    for (const e of els) await settled(e, 'en');
    const during = els.map((e) => shownTexts(e).join(' '));
    els.forEach((e, i) => {
      expect(during[i], e.localName).to.not.equal(before[i]);
      expect(findWords(shownTexts(e), DUTCH_WORDS, names), `${e.localName} after switching to English`).to.deep.equal([]);
    });
    const enPhone = veiligThuisPhone(list);
    expect(enPhone.text).to.equal('+31 800 2000');
    expect(enPhone.href, 'the link is the same, international').to.equal(nlPhone.href);
    expect(enPhone.href).to.equal('tel:+318002000');

    setPageLang('nl');
    for (const e of els) await settled(e, 'nl');
    els.forEach((e, i) => expect(shownTexts(e).join(' '), `${e.localName} back in Dutch`).to.equal(before[i]));
    expect(veiligThuisPhone(list).text).to.equal('0800-2000');
  });

  it('an element added to an English page later shows English at once', async () => {
    setPageLang('en');
    const first = await make<El>('contact-list', {}, { now: OPEN });
    const second = await make<El>('signal-card', {});
    for (const e of [first, second]) {
      expect(shownLang(e)).to.equal('en');
      expect(findWords(shownTexts(e), DUTCH_WORDS, names)).to.deep.equal([]);
    }
  });
});

describe('i18n: which language', () => {
  const pageWith = async (lang: string | null) => {
    setPageLang(lang);
    return collectWarnings(() => make<El>('signal-card', { exploitation: 'sexual' }));
  };

  for (const [tag, want] of [
    ['nl-NL', 'nl'],
    ['nl-BE', 'nl'],
    ['en-GB', 'en'],
    ['en-US', 'en'],
    ['EN', 'en'],
  ] as const) {
    it(`<html lang="${tag}"> shows ${want}, without a warning`, async () => {
      const { result: el, warnings } = await pageWith(tag);
      expect(shownLang(el)).to.equal(want);
      const other = want === 'en' ? DUTCH_WORDS : ENGLISH_WORDS;
      expect(findWords(shownTexts(el), other, names)).to.deep.equal([]);
      expect(warnings.filter((w) => w.includes('signalenkaart') || w.includes('signal-card'))).to.deep.equal([]);
    });
  }

  it('an unsupported language (fr) falls back to Dutch with one console.warn naming it', async () => {
    const { result: el, warnings } = await pageWith('fr');
    expect(shownLang(el)).to.equal('nl');
    expect(findWords(shownTexts(el), ENGLISH_WORDS, names)).to.deep.equal([]);
    expect(warnings.filter((w) => w.includes('"fr"'))).to.have.length(1);
    // A second element on the same page does not warn again, nor does the element warn about <html lang> itself.
    const again = await collectWarnings(() => make<El>('contact-list', { topic: 'acute' }));
    expect(again.warnings.filter((w) => /"fr"|lang=/.test(w))).to.deep.equal([]);
  });

  it('a page without lang shows Dutch and warns', async () => {
    const { result: el, warnings } = await pageWith(null);
    expect(shownLang(el)).to.equal('nl');
    expect(warnings.some((w) => w.includes('no <html lang>'))).to.equal(true);
  });

  it('an unsupported language set later switches back to Dutch', async () => {
    setPageLang('en');
    const el = await make<El>('signal-checklist', {});
    expect(shownLang(el)).to.equal('en');
    const { warnings } = await collectWarnings(async () => {
      setPageLang('de-DE');
      await settled(el, 'nl');
    });
    expect(findWords(shownTexts(el), ENGLISH_WORDS, names)).to.deep.equal([]);
    expect(warnings.filter((w) => w.includes('"de-DE"'))).to.have.length(1);
  });

  it('an element inside another lang than the page warns once and follows the page', async () => {
    setPageLang('en');
    const { result: el, warnings } = await collectWarnings(async () => {
      const wrap = await fixture<HTMLElement>(html`<div lang="nl"><p>Dutch text</p><contact-list .now=${OPEN}></contact-list></div>`);
      const list = wrap.querySelector('contact-list') as unknown as El;
      await list.contentReady;
      // More updates and a switch to another English tag: still one warning.
      setPageLang('en-GB');
      list.setAttribute('topic', 'report');
      await list.updateComplete;
      return list;
    });
    expect(shownLang(el), 'follows the page, and says so to screen readers').to.equal('en');
    expect(findWords(shownTexts(el), DUTCH_WORDS, names)).to.deep.equal([]);
    const about = warnings.filter((w) => w.includes('lang="nl"'));
    expect(about, warnings.join('\n')).to.have.length(1);
    expect(about[0]).to.contain('<html lang>');
  });

  it('an element whose own lang matches the page (regional tag) does not warn', async () => {
    setPageLang('en-GB');
    const { warnings } = await collectWarnings(async () => {
      const el = await fixture<El>(html`<signal-card lang="en-US" exploitation="organ"></signal-card>`);
      await el.contentReady;
      return el;
    });
    expect(warnings.filter((w) => w.includes('lang='))).to.deep.equal([]);
  });
});

describe('i18n: dates, opening hours, open now and numbers per language (Intl)', () => {
  const monthOf = (iso: string, locale: string) =>
    new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'Europe/Amsterdam' }).format(new Date(`${iso}T12:00:00Z`));
  const weekday = (day: number, locale: string) =>
    new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2024, 0, day)));

  it('the footer date of every element is written in the page language', async () => {
    for (const lang of ['nl', 'en'] as const) {
      setPageLang(lang);
      const els = await allFour();
      const date = meta[lang].date;
      const month = monthOf(date, lang === 'en' ? 'en-GB' : 'nl-NL');
      for (const e of els) {
        const footer = clean(root(e).querySelector('[part="footer"]')!.textContent);
        expect(footer, `${e.localName} ${lang}`).to.contain(month).and.contain(date.slice(0, 4));
      }
    }
    expect(monthOf(meta.nl.date, 'nl-NL')).to.not.equal(monthOf(meta.nl.date, 'en-GB'));
  });

  it('the contact cards date their details, and opening hours and open-now follow the language', async () => {
    const comensha = (slice: ContactsSlice) => slice.contacts.find((c) => c.id === 'comensha')!;
    const seen: Record<string, string> = {};
    for (const [lang, locale] of [['nl', 'nl-NL'], ['en', 'en-GB']] as const) {
      setPageLang(lang);
      const el = await make<El>('contact-list', { topic: 'shelter' }, { now: OPEN });
      const card = [...root(el).querySelectorAll('.contact')].find((c) => c.querySelector('[translate="no"]')?.textContent === 'CoMensha')!;
      expect(card, 'CoMensha card').to.exist;
      const text = clean(card.textContent);
      const c = comensha(contacts[lang]);
      expect(text).to.contain(monthOf(c.verified!.on, locale));
      // The structured hours (Monday to Friday, 09:00 to 17:00) in the language's own words and format.
      const schedule = clean(card.querySelector('.hours-schedule')?.textContent);
      expect(schedule).to.contain(weekday(1, locale)).and.contain(weekday(5, locale)).and.contain('09:00').and.contain('17:00');
      const status = clean(card.querySelector('.open-status')?.textContent);
      expect(status).to.not.equal('');
      seen[lang] = `${schedule} | ${status}`;
      expect(findWords([schedule, status], lang === 'en' ? DUTCH_WORDS : ENGLISH_WORDS)).to.deep.equal([]);
    }
    expect(seen.nl).to.not.equal(seen.en);
  });

  it('open now until when, and on a public holiday the holiday and its note, in the page language', async () => {
    const christmasEve = new Date('2026-12-24T18:00:00+01:00');
    const christmas = new Date('2026-12-25T10:00:00+01:00');
    const status = async (now: Date) => {
      const el = await make<El>('contact-list', { topic: 'shelter' }, { now });
      const card = [...root(el).querySelectorAll('.contact')].find((c) => c.querySelector('[translate="no"]')?.textContent === 'CoMensha')!;
      return clean(card.querySelector('.open-status')?.textContent);
    };
    setPageLang('en');
    expect(await status(new Date('2026-12-23T16:59:00+01:00'))).to.equal('Open now, until 17:00.');
    expect(await status(christmas)).to.equal('Today is Christmas Day. On public holidays the line may be closed.');
    expect(await status(christmasEve)).to.equal('Closed now. Opens tomorrow at 09:00. That is Christmas Day: the line may be closed then.');
    setPageLang('nl');
    expect(await status(christmas)).to.equal('Vandaag is het Eerste Kerstdag. Op feestdagen kan de lijn gesloten zijn.');
  });

  it('the checklist record and the afwegingskader are dated in the page language', async () => {
    const when = new Date('2026-03-05T13:30:00Z');
    for (const [lang, locale] of [['nl', 'nl-NL'], ['en', 'en-GB']] as const) {
      setPageLang(lang);
      const list = await make<El>('signal-checklist', {});
      (list as unknown as { now: Date }).now = when;
      window.dispatchEvent(new Event('beforeprint'));
      await list.updateComplete;
      const time = root(list).querySelector('.record time')!;
      expect(clean(time.textContent)).to.contain(monthOf('2026-03-05', locale)).and.contain('14:30');
      window.dispatchEvent(new Event('afterprint'));

      const steps = await make<El>('meldroute-steps', { route: 'medical' }, { now: when });
      await click(steps, '.flow-question button[data-answer="no"]');
      const walked = clean(root(steps).querySelector('.outcome')!.textContent);
      expect(walked).to.contain(monthOf('2026-03-05', locale)).and.contain('14:30');
    }
  });

  it('phone numbers: national on Dutch pages, international on English pages, in every element that shows them', async () => {
    for (const lang of ['nl', 'en'] as const) {
      setPageLang(lang);
      const els = await allFour();
      const shown = els.flatMap((e) =>
        [...root(e).querySelectorAll<HTMLAnchorElement>('a[href^="tel:+31"]')].map((a) => clean(a.textContent)),
      );
      expect(shown.length, lang).to.be.greaterThan(5);
      for (const t of shown) {
        if (lang === 'nl') expect(t, t).to.match(/^0\d/);
        else expect(t, t).to.match(/^\+31 \d/);
      }
    }
  });
});
