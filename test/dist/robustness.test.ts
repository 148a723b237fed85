/**
 * Robustness and security of the BUILT bundle (dist/signalenkaart.js; npm test builds first):
 * every attribute of every element (read from dist/custom-elements.json) with unknown, empty and
 * absurd values; hostile local-contacts JSON; a host page with aggressive global CSS; 200
 * elements on one page; removing and re-adding elements; switching attributes at run time.
 * During every test: no uncaught error, no unhandled rejection, no script execution.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { pressShiftTab } from '../helpers/engine.js';
import { captureWarnings } from '../helpers/warnings.js';
import { phoneNumbers } from '../helpers/layout.js';
import { AUDIENCES, EXPLOITATIONS, TOPICS } from '../../src/data/enums.js';
import { clean } from '../helpers/elements.js';
import { withPageLang } from '../helpers/page-lang.js';

const BUNDLE = '/dist/signalenkaart.js';
const NAMES = ['signal-card', 'signal-checklist', 'meldroute-steps', 'contact-list'] as const;
type Name = (typeof NAMES)[number];
type El = HTMLElement & { contentReady: Promise<void>; updateComplete: Promise<boolean> };

/** A fixed moment for "open now", so two renders a minute apart cannot differ. */
const NOW = '2026-11-23T10:00:00+01:00';

/* ------------------------------------------------------------------ traps */

declare global {
  interface Window {
    __pwned?: unknown;
  }
}
/** What a hostile string does if it ever runs: set a flag. */
const RUNS = 'window.__pwned=1';
let errors: string[] = [];
let executed: string[] = [];
const onError = (e: ErrorEvent) => errors.push(`error: ${e.message}`);
const onRejection = (e: PromiseRejectionEvent) => errors.push(`unhandled rejection: ${String(e.reason)}`);
const originalAlert = window.alert;

beforeEach(() => {
  errors = [];
  executed = [];
  delete window.__pwned;
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  window.alert = (m?: unknown) => executed.push(`alert(${String(m)})`);
});

afterEach(async () => {
  // Let pending renders and rejections surface before looking.
  await new Promise((r) => setTimeout(r, 0));
  window.removeEventListener('error', onError);
  window.removeEventListener('unhandledrejection', onRejection);
  window.alert = originalAlert;
  expect(errors, 'uncaught errors').to.deep.equal([]);
  expect(executed, 'script execution').to.deep.equal([]);
  expect(window.__pwned, 'script execution').to.equal(undefined);
});

/* ---------------------------------------------------------------- helpers */

const warningsOf = captureWarnings;

/** Creates an element (attributes, optional JSON child), puts it in `parent` (or a fixture) and waits for its content. */
async function place<T extends El = El>(
  tag: Name,
  attrs: Record<string, string | null> = {},
  opts: { json?: string; parent?: HTMLElement } = {},
): Promise<T> {
  const el = document.createElement(tag) as unknown as T;
  for (const [k, v] of Object.entries(attrs)) if (v !== null) el.setAttribute(k, v);
  if (opts.json !== undefined) {
    const s = document.createElement('script');
    s.type = 'application/json';
    s.textContent = opts.json;
    el.append(s);
  }
  const parent = opts.parent ?? (await fixture<HTMLDivElement>(html`<div></div>`));
  parent.append(el);
  await ready(el);
  return el;
}

async function ready(el: El) {
  await customElements.whenDefined(el.localName);
  await el.contentReady;
  await el.updateComplete;
}

/** The text an element shows: its shadow content, less closed panels held hidden until found (find-in-page). */
const text = (el: El) => {
  if (!el.shadowRoot) return '';
  const walker = document.createTreeWalker(el.shadowRoot, NodeFilter.SHOW_TEXT);
  let out = '';
  for (let n = walker.nextNode(); n; n = walker.nextNode()) if (!n.parentElement?.closest('[hidden="until-found"]')) out += n.textContent;
  return out.replace(/\s+/g, ' ').trim();
};
const messageText = (el: El) =>
  [...el.shadowRoot!.querySelectorAll('[part~="message"], .message')].map((m) => m.textContent!.replace(/\s+/g, ' ').trim()).join(' ');

/** Content, a visible top heading, and nothing rendered as markup that could run or load. */
function expectSound(el: El, label: string) {
  const root = el.shadowRoot!;
  expect(text(el).length, `${label}: content`).to.be.greaterThan(200);
  const heading = root.querySelector<HTMLElement>('[part~="heading"]');
  expect(heading, `${label}: a top heading`).to.exist;
  expect(heading!.getBoundingClientRect().height, `${label}: heading visible`).to.be.greaterThan(0);
  expect(root.querySelector('img, script, iframe, object, embed, svg, style'), `${label}: no markup from input`).to.equal(null);
  for (const a of root.querySelectorAll('a[href]')) {
    expect(a.getAttribute('href')!, `${label}: link`).to.match(/^(tel:|mailto:|https:)/);
  }
  expect(el.scrollWidth, `${label}: no horizontal overflow`).to.be.at.most(el.clientWidth + 1);
}

/** A normalised picture of what an element shows: heading outline and text. */
function picture(el: El) {
  const root = el.shadowRoot!;
  return {
    headings: [...root.querySelectorAll('h1, h2, h3, h4, h5, h6')]
      .filter((h) => !h.closest('[hidden="until-found"]'))
      .map((h) => `${h.localName} ${h.textContent!.replace(/\s+/g, ' ').trim()}`),
    text: text(el),
  };
}

let attributes: Record<Name, string[]>;

before(async () => {
  await import(/* @vite-ignore */ BUNDLE);
  // The test server serves JSON as a module (esbuild's json loader).
  const MANIFEST = '/dist/custom-elements.json';
  const manifest = (await import(/* @vite-ignore */ MANIFEST)).default;
  const decls = manifest.modules.flatMap((m: { declarations?: unknown[] }) => m.declarations ?? []) as {
    tagName?: string;
    attributes?: { name: string }[];
  }[];
  attributes = Object.fromEntries(
    decls.filter((d) => d.tagName).map((d) => [d.tagName, (d.attributes ?? []).map((a) => a.name)]),
  ) as Record<Name, string[]>;
});

describe('dist: the traps of this file', () => {
  it('notice script execution and uncaught errors (so their silence below means something)', async () => {
    const img = document.createElement('img');
    const fired = new Promise((r) => img.addEventListener('error', r));
    img.setAttribute('onerror', RUNS);
    img.src = 'data:,';
    await fired;
    window.alert('probe');
    // Mocha's own handler (window.onerror) would fail this test: set aside for the probe.
    const mochaHandler = window.onerror;
    window.onerror = () => true;
    try {
      setTimeout(() => {
        throw new Error('trap self-test: an expected error');
      });
      await new Promise((r) => setTimeout(r, 10));
    } finally {
      window.onerror = mochaHandler;
    }
    expect(window.__pwned).to.equal(1);
    expect(executed).to.deep.equal(['alert(probe)']);
    expect(errors.some((e) => e.includes('trap self-test'))).to.equal(true);
    delete window.__pwned;
    executed = [];
    errors = [];
  });
});

/* ------------------------------------------------------------- attributes */

const LONG = 'x'.repeat(10_000);
const BAD_VALUES: [string, string][] = [
  ['unknown', 'zzz-unknown'],
  ['empty', ''],
  ['10,000 characters', LONG],
  ['HTML with an event handler', `<img src=x onerror=${RUNS}>`],
  ['a script element', `<script>${RUNS}</script>`],
  ['a javascript: URL', 'javascript:alert(1)'],
  ['unicode, right-to-left and emoji', '\u202Eرسالة 𝕃𝔸𝔹 🚨\u0000'],
  ['a number', '42'],
  ['a negative number', '-1'],
  ['an overflowing number', '1e309'],
  ['JSON', '{"__proto__":{"polluted":1}}'],
];

/** Attributes whose empty value is documented as "the default" or "on" (no message). */
const EMPTY_IS_DEFAULT = new Set(['now', 'discreet', 'no-next-step']);

describe('dist: every attribute with unknown, empty and absurd values', () => {
  it('the manifest lists the attributes of all four elements', () => {
    for (const name of NAMES) expect(attributes[name], name).to.include('heading-level');
    expect(attributes['contact-list']).to.include.members(['topic', 'region']);
  });

  for (const name of NAMES) {
    it(`<${name}>: each attribute, each bad value: visible message, console.warn, no throw, never blank`, async function () {
      this.timeout(120_000);
      const parent = await fixture<HTMLDivElement>(html`<div style="width: 640px"></div>`);
      for (const attr of attributes[name]) {
        for (const [label, value] of BAD_VALUES) {
          const what = `<${name} ${attr}="${label}">`;
          const { result: el, warnings } = await warningsOf(() => place(name, { [attr]: value }, { parent }));
          expectSound(el, what);
          if (value === '' && EMPTY_IS_DEFAULT.has(attr)) {
            expect(messageText(el), what).to.equal('');
          } else {
            const message = messageText(el);
            expect(message, `${what}: visible message naming the attribute`).to.contain(attr);
            expect(message.length, `${what}: message kept short`).to.be.below(600);
            const box = el.shadowRoot!.querySelector('[part~="message"], .message')!.getBoundingClientRect();
            expect(box.height, `${what}: message visible`).to.be.greaterThan(0);
            expect(warnings.some((w) => w.includes(attr)), `${what}: console.warn`).to.equal(true);
          }
          for (const w of warnings) expect(w.length, `${what}: warning kept short`).to.be.below(1000);
          el.remove();
        }
      }
      expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
    });
  }

  it("a slip in an attribute's name (two letters swapped, one left out) names the attribute meant; the page's own attributes pass unnoticed", async function () {
    this.timeout(60_000);
    const parent = await fixture<HTMLDivElement>(html`<div style="width: 640px"></div>`);
    const swapped = (a: string) => {
      const i = Math.floor(a.length / 2) - 1;
      return a.slice(0, i) + a[i + 1] + a[i] + a.slice(i + 2);
    };
    const shortened = (a: string) => a.slice(0, -2) + a.slice(-1);
    for (const name of NAMES) {
      for (const attr of attributes[name]) {
        for (const slip of [swapped(attr), shortened(attr)]) {
          if (slip === attr || attributes[name].includes(slip)) continue;
          const what = `<${name} ${slip}="x">`;
          const { result: el, warnings } = await warningsOf(() => place(name, { [slip]: 'x' }, { parent }));
          expectSound(el, what);
          const message = messageText(el);
          expect(message, what).to.contain(`"${slip}"`);
          expect(message, what).to.contain(`"${attr}"`);
          expect(warnings.some((w) => w.includes(slip) && w.includes(attr)), `${what}: console.warn`).to.equal(true);
          el.remove();
        }
      }
      // HTML's, the page's and frameworks' own attributes: no message.
      const own = {
        ...Object.fromEntries(['id', 'class', 'style', 'slot', 'part', 'title', 'lang', 'dir', 'hidden', 'inert', 'translate', 'tabindex', 'nonce', 'exportparts'].map((a) => [a, ''])),
        role: 'region',
        'data-route': 'y',
        'aria-label': 'z',
        'data-v-7ba5bd90': '',
        '_ngcontent-ng-c1': '',
        onclick: '',
      };
      const { result: el } = await warningsOf(() => place(name, own, { parent }));
      expect(messageText(el), `<${name}> with the page's own attributes`).to.equal('');
      el.remove();
    }
  });
});

/* ---------------------------------------------------- hostile local contacts */

const VALID = { name: 'Gemeente Voorbeeld, aandachtsfunctionaris', phone: '020 123 4567' };
const HOSTILE = [
  { name: 'Link', url: 'javascript:alert(1)' },
  { name: 'Mail', email: 'javascript:alert(1)' },
  { name: 'Phone', phone: 'javascript:alert(1)' },
  { name: 'Data', url: 'data:text/html,<script>alert(1)</script>' },
  { name: `<img src=x onerror=${RUNS}>`, phone: '020 123 4567' },
  { name: 'Script in description', description: `<script>${RUNS}</script>`, phone: '020 123 4567' },
  { name: 'Svg in hours', hours: `<svg onload=${RUNS}></svg>`, email: 'info@example.nl' },
  { name: 42, phone: '020 123 4567' },
  { name: 'Number phone', phone: 201234567 },
  { name: 'Array url', url: ['https://example.nl'] },
  { name: 'Object name', phone: { toString: 'x' } },
  null,
  'a string',
  [],
  { __proto__: { polluted: 1 }, name: 'Proto', phone: '020 123 4567' },
  { name: 'L'.repeat(10_000), phone: '020 123 4567' },
];

for (const name of ['contact-list', 'meldroute-steps'] as const) {
  describe(`dist: hostile local contacts in <${name}>`, () => {
    const attrs: Record<string, string> = name === 'meldroute-steps' ? { route: 'front-desk', now: NOW } : { now: NOW };
    const localCards = (el: El) => el.shadowRoot!.querySelectorAll('section.local article.contact');

    it('javascript: and data: links, HTML and script in strings, wrong types: text only, entries skipped with visible notes', async () => {
      const json = JSON.stringify(HOSTILE).replace('"name":"Proto"', '"__proto__":{"polluted":1},"name":"Proto"');
      const { result: el, warnings } = await warningsOf(() => place(name, attrs, { json }));
      expectSound(el, name);
      const root = el.shadowRoot!;
      // Shown as text, exactly as given.
      const names = [...localCards(el)].map((c) => c.querySelector('h1, h2, h3, h4, h5, h6')!.textContent!.trim());
      expect(names).to.include(`<img src=x onerror=${RUNS}>`);
      expect(text(el)).to.contain(`<script>${RUNS}</script>`);
      expect(text(el)).to.contain(`<svg onload=${RUNS}></svg>`);
      // Never a javascript: or data: link.
      for (const a of root.querySelectorAll('a')) expect(a.getAttribute('href')).not.to.match(/^(javascript|data|vbscript):/i);
      // Every bad entry named in a visible note; a warning for each.
      const notes = messageText(el);
      for (const n of ['Link', 'Mail', 'Phone', 'Data', 'Number phone', 'Array url', 'Object name']) expect(notes, n).to.contain(`"${n}"`);
      expect(notes).to.match(/Lokaal contact 8\b/); // name 42: no usable name to show
      expect(notes).to.match(/Lokaal contact 12\b/); // null
      expect(warnings.length).to.be.at.least(10);
      expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
    });

    it('10,000 entries: the first 50 show, with a visible note', async function () {
      this.timeout(60_000);
      const many = Array.from({ length: 10_000 }, (_, i) => ({ ...VALID, name: `Contact ${i + 1}` }));
      const { result: el, warnings } = await warningsOf(() => place(name, attrs, { json: JSON.stringify(many) }));
      expectSound(el, name);
      const cards = [...localCards(el)];
      expect(cards).to.have.length(50);
      expect(cards[0].textContent).to.contain('Contact 1');
      expect(cards[49].textContent).to.contain('Contact 50');
      expect(text(el)).not.to.contain('Contact 51');
      expect(messageText(el)).to.contain('10000');
      expect(warnings.some((w) => w.includes('10000'))).to.equal(true);
    });

    it('the same hostile list as the localContacts property: the same result as the JSON block', async () => {
      const fromJson = await warningsOf(() => place(name, attrs, { json: JSON.stringify(HOSTILE) }));
      const { result: el, warnings } = await warningsOf(async () => {
        const e = await place(name, attrs);
        (e as unknown as { localContacts: unknown }).localContacts = HOSTILE;
        await e.updateComplete;
        return e;
      });
      expectSound(el, name);
      expect(text(el)).to.equal(text(fromJson.result));
      expect(messageText(el)).to.equal(messageText(fromJson.result));
      for (const a of el.shadowRoot!.querySelectorAll('a')) expect(a.getAttribute('href')).not.to.match(/^(javascript|data|vbscript):/i);
      expect(warnings.length).to.be.at.least(10);
      // Not a list, through the property: a visible message, the national contacts still shown.
      const bad = await warningsOf(async () => {
        (el as unknown as { localContacts: unknown }).localContacts = `<img src=x onerror=${RUNS}>`;
        await el.updateComplete;
      });
      expectSound(el, name);
      expect(messageText(el)).to.match(/lijst/);
      expect(bad.warnings.length).to.be.at.least(1);
      expect(localCards(el)).to.have.length(0);
    });

    for (const [label, json, expected] of [
      ['broken JSON', '[{"name": "x", ', /JSON/],
      ['an object instead of a list', JSON.stringify(VALID), /lijst/],
      ['a bare string', '"<img src=x onerror=window.__pwned=1>"', /lijst/],
      ['HTML instead of JSON', `<img src=x onerror=${RUNS}>`, /JSON/],
    ] as const) {
      it(`${label}: a clear visible message, the national contacts still shown`, async () => {
        const { result: el, warnings } = await warningsOf(() => place(name, attrs, { json }));
        expectSound(el, name);
        expect(messageText(el)).to.match(expected);
        expect(warnings.length).to.be.at.least(1);
        expect(localCards(el)).to.have.length(0);
        expect(el.shadowRoot!.querySelectorAll('a[href^="tel:"]').length).to.be.greaterThan(0);
      });
    }
  });
}

/* --------------------------------------------------------- aggressive CSS */

describe('dist: a host page with aggressive global CSS', () => {
  const AGGRESSIVE = `
    * { all: unset; color: red !important; font-size: 40px; line-height: 0.5 !important; }
    button, input, textarea, select, a, h1, h2, h3, h4, h5, h6, p, ul, ol, li, fieldset, label, table, dl { display: none !important; }
    [hidden] { display: block !important; }
    :focus, :focus-visible { outline: none !important; }
    ::part(heading) { }
  `;
  // (Containers such as div are left alone: a page that hides all of them hides itself.)
  let style: HTMLStyleElement;
  beforeEach(() => {
    style = document.createElement('style');
    style.textContent = AGGRESSIVE;
    document.head.append(style);
  });
  afterEach(() => style.remove());

  it('all four elements render, with visible controls, and stay operable by mouse and keyboard', async function () {
    this.timeout(30_000);
    const wrap = await fixture<HTMLDivElement>(html`<section></section>`);
    const els = {} as Record<Name, El>;
    for (const name of NAMES) els[name] = await place(name, name === 'meldroute-steps' ? { route: 'medical' } : {}, { parent: wrap });
    for (const name of NAMES) {
      const el = els[name];
      expect(el.getBoundingClientRect().height, name).to.be.greaterThan(100);
      expect(text(el).length, name).to.be.greaterThan(200);
      const controls = [...el.shadowRoot!.querySelectorAll<HTMLElement>('button, input, a[href]')].filter((c) => !c.closest('[hidden]'));
      expect(controls.length, `${name}: controls`).to.be.greaterThan(0);
      for (const c of controls.slice(0, 20)) expect(c.getBoundingClientRect().height, `${name}: ${c.localName} visible`).to.be.greaterThan(0);
    }
    // The card: a toggle opens its panel.
    const card = els['signal-card'].shadowRoot!;
    const toggle = card.querySelector<HTMLButtonElement>('button.toggle')!;
    toggle.click();
    await els['signal-card'].updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(card.getElementById(toggle.getAttribute('aria-controls')!)!.getBoundingClientRect().height).to.be.greaterThan(0);
    // The checklist: a checkbox checks with the keyboard and the summary follows.
    const list = els['signal-checklist'];
    const boxes = list.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="checkbox"]');
    boxes[1].focus();
    await pressShiftTab();
    expect(list.shadowRoot!.activeElement).to.equal(boxes[0]);
    await sendKeys({ press: ' ' });
    await list.updateComplete;
    expect(boxes[0].checked).to.equal(true);
    expect(list.shadowRoot!.querySelector('.summary .counts')!.textContent).to.contain('Aangevinkte signalen: 1.');
    // The host's `:focus { outline: none !important }` does not reach inside: focus stays visible.
    expect(boxes[0].matches(':focus-visible')).to.equal(true);
    expect(getComputedStyle(boxes[0]).outlineStyle).to.not.equal('none');
    // The route: a step opens; the afwegingskader answers.
    const route = els['meldroute-steps'];
    const step = route.shadowRoot!.querySelector<HTMLButtonElement>('.step button.toggle')!;
    step.click();
    await route.updateComplete;
    expect(step.getAttribute('aria-expanded')).to.equal('true');
    route.shadowRoot!.querySelector<HTMLButtonElement>('.flow-question button[data-answer="no"]')!.click();
    await route.updateComplete;
    expect(route.shadowRoot!.querySelector('.outcome')!.getBoundingClientRect().height).to.be.greaterThan(0);
    // The contacts: phone links visible and reachable.
    const tel = els['contact-list'].shadowRoot!.querySelector<HTMLAnchorElement>('a[href^="tel:"]')!;
    expect(tel.getBoundingClientRect().width).to.be.greaterThan(0);
  });
});

/* ------------------------------------------------------- right-to-left page */

/** Where the characters `from` to `to` of a text node are drawn (their first line box). */
const rectOf = (node: Text, from: number, to: number) => {
  const r = document.createRange();
  r.setStart(node, from);
  r.setEnd(node, to);
  return r.getClientRects()[0];
};

/** The first text node under `root` whose text matches `re`. */
/** The pieces of a text (or of its characters from..from+length) on each line it stands on. */
function fragments(node: Text, from = 0, length = node.data.length): string[] {
  const out: string[] = [];
  let top: number | undefined;
  for (let i = from; i < from + length; i++) {
    const t = Math.round(rectOf(node, i, i + 1).top);
    if (t !== top) out.push('');
    top = t;
    out[out.length - 1] += node.data[i];
  }
  return out;
}

function textNode(root: ParentNode, re: RegExp): Text {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) if (re.test(n.textContent!)) return n as Text;
  throw new Error(`no text matching ${re}`);
}

describe('dist: a right-to-left host page (an Arabic page that embeds the Dutch widget)', () => {
  // The widget's text is Dutch or English, read left to right, whatever the page around it.
  // In a right-to-left paragraph, "0800 5151" would be drawn as "5151 0800" and a sentence's
  // closing colon at its left end: a number read wrongly by a reader who dials it.
  const LOCAL = JSON.stringify([{ name: 'مركز الاستشارة', description: 'للاستشارة باللغة العربية.', phone: '038 123 45 67' }]);

  it('phone numbers and sentences read left to right in all four elements, whatever text styles the page sets around them; the page keeps its own', async function () {
    this.timeout(30_000);
    const wrap = await fixture<HTMLDivElement>(html`<div dir="rtl"><p class="page-text">نص الصفحة</p></div>`);
    // Text styles a page may set on what holds the widget: inherited, unless the widget sets its own.
    Object.assign(wrap.style, { width: '320px', textAlign: 'center', whiteSpace: 'nowrap', textIndent: '4em' });
    const els = {} as Record<Name, El>;
    els['contact-list'] = await place('contact-list', { topic: 'labour' }, { parent: wrap });
    els['meldroute-steps'] = await place('meldroute-steps', { route: 'professional' }, { parent: wrap });
    els['signal-card'] = await place('signal-card', { exploitation: 'labour', audience: 'professional' }, { parent: wrap });
    els['signal-checklist'] = await place('signal-checklist', { exploitation: 'labour' }, { parent: wrap });
    let numbers = 0;
    for (const name of NAMES) {
      const root = els[name].shadowRoot!;
      // Numbers of more than one group ("020 760 08 09") are drawn in order.
      for (const phone of root.querySelectorAll('a[href^="tel:"] data')) {
        const digits = textNode(phone, /\d/);
        const cut = digits.data.lastIndexOf(' ');
        if (cut < 0) continue;
        if (!phone.getClientRects().length) continue; // in a closed panel
        numbers++;
        expect(rectOf(digits, 0, 2).left, `${name}: "${digits.data}" starts on the left`).to.be.lessThan(rectOf(digits, cut + 1, digits.data.length).left);
      }
      // A sentence ends on the right: its last character is right of its first.
      const sentence = textNode(root, /^[A-Z][^.:]{8,40}[.:]$/);
      const n = sentence.data.length;
      expect(rectOf(sentence, n - 1, n).left, `${name}: "${sentence.data}" ends on the right`).to.be.greaterThan(rectOf(sentence, 0, 1).left);
      // ... and starts at the left of its paragraph: not centred or indented by the page.
      const block = sentence.parentElement!.closest('p, h2, h3, li, legend, div')!;
      expect(rectOf(sentence, 0, 1).left - block.getBoundingClientRect().left, `${name}: "${sentence.data}" starts its line`).to.be.below(1);
      // Lines wrap at the element's width: not kept on one line by the page.
      expect(els[name].scrollWidth, `${name}: no horizontal overflow`).to.be.at.most(els[name].clientWidth + 1);
    }
    expect(numbers, 'numbers of more than one group checked').to.be.at.least(2);
    // The page around the widget stays right to left.
    expect(getComputedStyle(wrap.querySelector('.page-text')!).direction).to.equal('rtl');
  });

  it('in a container whose text size is 0 (the whitespace trick of inline-block grids), the text stays readable', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div></div>`);
    wrap.style.fontSize = '0';
    const el = await place('contact-list', { topic: 'acute' }, { parent: wrap });
    const root = parseFloat(getComputedStyle(document.documentElement).fontSize);
    expect(parseFloat(getComputedStyle(el).fontSize), 'at least three quarters of the root size').to.be.at.least(0.75 * root);
    expect(el.getBoundingClientRect().height).to.be.greaterThan(200);
  });

  it("a local contact's own text keeps its own direction; its number reads left to right", async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div dir="rtl"></div>`);
    const el = await place('contact-list', { topic: 'report' }, { parent: wrap, json: LOCAL });
    const local = el.shadowRoot!.querySelector('.contact.local')!;
    expect(local, 'the local contact').to.exist;
    const name = textNode(local, /مركز/).parentElement!;
    expect(getComputedStyle(name).direction, 'its Arabic name').to.equal('rtl');
    const inNextStep = textNode(el.shadowRoot!.querySelector('[part~="next-step"]')!, /مركز/).parentElement!;
    expect(getComputedStyle(inNextStep).direction, 'its name in the next step').to.equal('rtl');
    const description = textNode(local, /للاستشارة/).parentElement!;
    expect(getComputedStyle(description).direction, 'its Arabic description').to.equal('rtl');
    const digits = textNode(local.querySelector('a[href^="tel:"] data')!, /\d/);
    expect(digits.data).to.equal('038 123 45 67');
    expect(rectOf(digits, 0, 3).left, 'its number starts on the left').to.be.lessThan(rectOf(digits, 12, 13).left);
    // The label beside it is the widget's Dutch, left to right.
    const label = textNode(local, /^Telefoon$/).parentElement!;
    expect(getComputedStyle(label).direction).to.equal('ltr');
  });
});

describe('dist: the text styles of the page around the widget', () => {
  // What a page sets on the column that holds the widget is inherited into it, unless the
  // widget sets its own. A number cut at a line's end ("0800-" / "2000") is read and dialled
  // wrongly; a page that makes its column unselectable (a slider's container) would keep a
  // reader from copying a number or an address.
  const STYLES: Record<string, Partial<CSSStyleDeclaration>> = {
    'larger text (20px)': { fontSize: '20px' },
    'text spacing of WCAG 1.4.12': { letterSpacing: '0.12em', wordSpacing: '0.16em', lineHeight: '1.5' },
    'word-break: break-all': { wordBreak: 'break-all' },
  };
  for (const [label, style] of Object.entries(STYLES)) {
    it(`${label}, in columns 256 to 640px wide: every phone number stays on one line`, async function () {
      this.timeout(30_000);
      const wrap = await fixture<HTMLDivElement>(html`<div></div>`);
      Object.assign(wrap.style, { width: '320px' }, style);
      const els = [
        await place('contact-list', { topic: 'labour' }, { parent: wrap }),
        await place('contact-list', { topic: 'acute' }, { parent: wrap }),
        await place('meldroute-steps', { route: 'professional' }, { parent: wrap }),
        await place('signal-card', { exploitation: 'labour', audience: 'professional' }, { parent: wrap }),
        await place('signal-checklist', { exploitation: 'labour' }, { parent: wrap }),
      ];
      // Every column width from 256px (a 320px screen, the narrowest WCAG asks for, less a page's
      // margins) to a sidebar's 640px, in steps of 4px.
      let seen = 0;
      const cut = new Set<string>();
      for (let width = 256; width <= 640; width += 4) {
        wrap.style.width = `${width}px`;
        for (const el of els) {
          const numbers = phoneNumbers(el.shadowRoot!);
          seen += numbers.shown;
          for (const n of numbers.cut) cut.add(`<${el.localName}> "${n}" at ${width}px`);
          expect(el.scrollWidth, `<${el.localName}> at ${width}px: no horizontal overflow`).to.be.at.most(el.clientWidth + 1);
        }
      }
      expect(seen, 'numbers looked at').to.be.at.least(8 * 97);
      expect([...cut].slice(0, 5), 'numbers cut across lines (the first five)').to.deep.equal([]);
    });
  }

  for (const { width, fontSize, label, whole, hostCss } of [
    // On a page whose every box is content-box (an old CMS's reset): the host element takes it too.
    { width: 256, fontSize: 20, label: 'a 256px column with 20px text, on a page of content-box boxes', whole: true, hostCss: '*, *::before, *::after { box-sizing: content-box; }' },
    // Text at 200% on a 320px phone (the page's root size too, as a reader's text setting sets
    // it): a number may be wider than its column; then it wraps rather than stick out.
    { width: 304, fontSize: 32, label: 'a 304px column with 32px text (200% on a 320px phone)', whole: false, hostCss: 'html { font-size: 32px; }' },
  ])
  it(`every element with every value, open, in both languages, in ${label}: nothing wider than the column${whole ? ', no number cut' : ''}`, async function () {
    this.timeout(120_000);
    const cases: [Name, Record<string, string>][] = [
      ...TOPICS.map((topic): [Name, Record<string, string>] => ['contact-list', { topic }]),
      ...AUDIENCES.map((route): [Name, Record<string, string>] => ['meldroute-steps', { route }]),
      ...EXPLOITATIONS.flatMap((exploitation) =>
        AUDIENCES.flatMap((audience): [Name, Record<string, string>][] => [
          ['signal-card', { exploitation, audience }],
          ['signal-checklist', { exploitation, audience }],
        ]),
      ),
    ];
    const wrap = await fixture<HTMLDivElement>(html`<div></div>`);
    Object.assign(wrap.style, { width: `${width}px`, fontSize: `${fontSize}px` });
    const lang = document.documentElement.lang;
    const problems: string[] = [];
    const style = document.createElement('style');
    style.textContent = hostCss;
    document.head.append(style);
    try {
      for (const pageLang of ['nl', 'en']) {
        document.documentElement.lang = pageLang;
        for (const [name, attrs] of cases) {
          const el = await place(name, attrs, { parent: wrap });
          for (const toggle of el.shadowRoot!.querySelectorAll<HTMLElement>('button[aria-expanded="false"]')) toggle.click();
          await el.updateComplete;
          const what = `${pageLang} <${name} ${Object.entries(attrs).map(([k, v]) => `${k}="${v}"`).join(' ')}>`;
          if (el.scrollWidth > el.clientWidth + 1) problems.push(`${what}: ${el.scrollWidth}px wide`);
          // A label that runs out of its button is not counted in the element's width: measured apart.
          for (const button of el.shadowRoot!.querySelectorAll('button')) {
            const range = document.createRange();
            range.selectNodeContents(button);
            const [text, box] = [range.getBoundingClientRect(), button.getBoundingClientRect()];
            if (box.width && text.right > box.right + 1) problems.push(`${what}: "${clean(button.textContent)}" runs ${Math.round(text.right - box.right)}px out of its button`);
          }
          if (whole) for (const n of phoneNumbers(el.shadowRoot!).cut) problems.push(`${what}: "${n}" cut`);
          el.remove();
        }
      }
    } finally {
      document.documentElement.lang = lang;
      style.remove();
    }
    expect(problems).to.deep.equal([]);
  });

  it("a long Dutch word in a panel's title in a phone column is hyphenated where the engine knows Dutch, not cut before its last letter; names, numbers and links never", async function () {
    // Does this engine hyphenate Dutch at all? (Firefox does; Chromium on Linux has no dictionary.)
    const probe = await fixture<HTMLParagraphElement>(html`<p lang="nl" style="width: 5em; hyphens: auto; -webkit-hyphens: auto">mantelzorgverleningscheck</p>`);
    const hyphenates = probe.getClientRects().length > 0 && fragments(probe.firstChild as Text).every((f) => f.length >= 3) && fragments(probe.firstChild as Text).length > 1;
    const wrap = await fixture<HTMLDivElement>(html`<div style="width: 328px"></div>`);
    const el = await place('meldroute-steps', { route: 'medical' }, { parent: wrap });
    const root = el.shadowRoot!;
    for (const node of root.querySelectorAll('a[href^="tel:"], a[href^="https:"], [translate="no"]')) {
      expect(getComputedStyle(node).hyphens, `${node.localName} "${clean(node.textContent)}"`).to.equal('manual');
    }
    if (!hyphenates) this.skip(); // nothing more to see in this engine
    const word = textNode(root, /mantelzorgverleningscheck/);
    const parts = fragments(word, word.data.indexOf('mantelzorgverleningscheck'), 'mantelzorgverleningscheck'.length);
    expect(parts.length, 'the word is broken: the column is narrow enough').to.be.greaterThan(1);
    expect(parts.every((p) => p.length >= 3), `where it is broken: ${parts.join(' | ')}`).to.equal(true);
  });

  it('the full stop after 112, and the comma after a number in a list, stay with the number, in columns 256 to 640px wide, in 16 and 20px text', async function () {
    this.timeout(60_000);
    const wrap = await fixture<HTMLDivElement>(html`<div></div>`);
    // "Acuut gevaar? Bel 112." (a contact list without the next step, for a topic without 112),
    // "Bel bij acuut gevaar 112." (the medical route's questions), "020 123 4567, mensenhandel@…".
    const els = [
      await place('contact-list', { topic: 'labour', 'no-next-step': '' }, { parent: wrap }),
      await place('meldroute-steps', { route: 'medical' }, { parent: wrap }),
      // A local contact's number and e-mail address, in the route's step of whom to call.
      await place('meldroute-steps', { route: 'professional' }, { parent: wrap, json: JSON.stringify([{ ...VALID, email: 'mensenhandel@voorbeeld.nl' }]) }),
    ];
    for (const el of els) {
      for (const toggle of el.shadowRoot!.querySelectorAll<HTMLElement>('button[aria-expanded="false"]')) toggle.click();
      await el.updateComplete;
    }
    const seen = { '.': 0, ',': 0 };
    const stranded = new Set<string>();
    for (let step = 0; step <= 2 * 385; step++) {
      const width = 256 + (step % 385);
      wrap.style.fontSize = step < 385 ? '' : '20px';
      wrap.style.width = `${width}px`;
      for (const el of els) {
        for (const a of el.shadowRoot!.querySelectorAll('a[href^="tel:"]')) {
          // The text after the link (past Lit's comment markers).
          let after = a.nextSibling;
          while (after && (after.nodeType === Node.COMMENT_NODE || (after instanceof Text && !after.data))) after = after.nextSibling;
          if (!(after instanceof Text) || !/^[.,]/.test(after.data) || !a.getClientRects().length) continue;
          seen[after.data[0] as '.' | ',']++;
          const digits = [...a.querySelector('data')!.childNodes].find((n): n is Text => n instanceof Text && !!n.data.trim())!;
          if (Math.round(rectOf(after, 0, 1).top) !== Math.round(rectOf(digits, digits.length - 1, digits.length).top)) {
            stranded.add(`<${el.localName}> "${clean(a.textContent)}${after.data[0]}" at ${width}px, ${wrap.style.fontSize || '16px'}`);
          }
        }
      }
    }
    expect(seen['.'], '"112." looked at').to.be.at.least(771 * 2);
    expect(seen[','], 'a number and its comma looked at').to.be.at.least(771 * 2);
    expect([...stranded].slice(0, 5)).to.deep.equal([]);
  });

  it('a column the page made unselectable: the numbers and text can still be selected and copied', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div></div>`);
    wrap.style.userSelect = 'none';
    wrap.style.setProperty('-webkit-user-select', 'none');
    const el = await place('contact-list', { topic: 'acute' }, { parent: wrap });
    const link = el.shadowRoot!.querySelector('a[href^="tel:"]:not([href="tel:112"])')!;
    const selection = getSelection()!;
    selection.selectAllChildren(link.parentElement!);
    const copied = selection.toString();
    selection.removeAllRanges();
    expect(clean(copied), 'the selected text').to.include(clean(link.textContent));
  });
});

/* -------------------------------------------------------- many elements */

describe('dist: 200 elements on one page', () => {
  it('all render their content, without errors', async function () {
    this.timeout(120_000);
    const wrap = await fixture<HTMLDivElement>(html`<div></div>`);
    const forms = ['labour', 'sexual', 'criminal', 'organ'];
    const els: El[] = [];
    for (let i = 0; i < 200; i++) {
      const name = NAMES[i % 4];
      const el = document.createElement(name) as El;
      if (name === 'signal-card') el.setAttribute('exploitation', forms[(i / 4) % 4 | 0]);
      if (name === 'meldroute-steps') el.setAttribute('route', ['professional', 'front-desk', 'medical', 'first-line'][(i / 4) % 4 | 0]);
      els.push(el);
    }
    wrap.append(...els);
    await Promise.all(els.map(ready));
    for (const [i, el] of els.entries()) {
      expect(text(el).length, `${i}: ${el.localName}`).to.be.greaterThan(200);
      expect(el.shadowRoot!.querySelector('[part~="heading"]'), `${i}: heading`).to.exist;
    }
    // Ids inside each shadow root stay unique there (no clashes between elements).
    for (const el of els.slice(0, 8)) {
      const ids = [...el.shadowRoot!.querySelectorAll('[id]')].map((n) => n.id);
      expect(new Set(ids).size, el.localName).to.equal(ids.length);
    }
  });
});

/* ------------------------------------------------ removing and re-adding */

describe('dist: removing and re-adding elements', () => {
  /** Tracks window listeners and intervals the elements add and remove. */
  function track() {
    const add = window.addEventListener;
    const remove = window.removeEventListener;
    const setI = window.setInterval;
    const clearI = window.clearInterval;
    const listeners = new Map<string, Set<unknown>>();
    const intervals = new Set<unknown>();
    window.addEventListener = function (this: Window, type: string, fn: unknown, o?: unknown) {
      if (!listeners.has(type)) listeners.set(type, new Set());
      listeners.get(type)!.add(fn);
      return add.call(this, type, fn as EventListener, o as AddEventListenerOptions);
    } as typeof window.addEventListener;
    window.removeEventListener = function (this: Window, type: string, fn: unknown, o?: unknown) {
      listeners.get(type)?.delete(fn);
      return remove.call(this, type, fn as EventListener, o as EventListenerOptions);
    } as typeof window.removeEventListener;
    window.setInterval = ((fn: TimerHandler, ms?: number) => {
      const id = setI(fn, ms);
      intervals.add(id);
      return id;
    }) as typeof window.setInterval;
    window.clearInterval = ((id?: number) => {
      intervals.delete(id);
      clearI(id);
    }) as typeof window.clearInterval;
    const restore = () => {
      window.addEventListener = add;
      window.removeEventListener = remove;
      window.setInterval = setI;
      window.clearInterval = clearI;
    };
    return { listeners, intervals, restore };
  }

  it('keep their state, drop window listeners and timers while away, and take them up again', async function () {
    this.timeout(30_000);
    const t = track();
    try {
      const a = await fixture<HTMLDivElement>(html`<div></div>`);
      const b = await fixture<HTMLDivElement>(html`<div></div>`);
      const list = await place('signal-checklist', {}, { parent: a });
      const contacts = await place('contact-list', {}, { parent: a });
      const card = await place('signal-card', {}, { parent: a });
      const route = await place('meldroute-steps', { route: 'medical' }, { parent: a });
      const pagehide = () => t.listeners.get('pagehide')?.size ?? 0;
      const listening = pagehide();
      const clocks = t.intervals.size;
      expect(listening, 'the checklist listens to pagehide').to.be.at.least(1);
      expect(clocks, 'the clocks of contact-list and meldroute-steps').to.be.at.least(2);

      // State: a checked box, an open panel, an answered question.
      list.shadowRoot!.querySelector<HTMLInputElement>('input[type="checkbox"]')!.click();
      const toggle = card.shadowRoot!.querySelector<HTMLButtonElement>('button.toggle')!;
      toggle.click();
      route.shadowRoot!.querySelector<HTMLButtonElement>('.flow-question button[data-answer="yes"]')!.click();
      await Promise.all([list, card, route].map((e) => e.updateComplete));

      for (let i = 0; i < 3; i++) {
        // Away for a while.
        for (const el of [list, contacts, card, route]) el.remove();
        expect(pagehide(), 'no pagehide listener while removed').to.equal(0);
        expect(t.intervals.size, 'no clock while removed').to.equal(0);
        window.dispatchEvent(new Event('pagehide')); // would clear the checklist if it still listened
        await new Promise((r) => setTimeout(r, 20));
        // Back, in another container.
        b.append(list, contacts, card, route);
        await Promise.all([list, contacts, card, route].map((e) => e.updateComplete));
        expect(pagehide(), 'the same listeners, not more per connection').to.equal(listening);
        expect(t.intervals.size, 'the same clocks, not more per connection').to.equal(clocks);
      }
      expect(list.shadowRoot!.querySelectorAll('input[type="checkbox"]:checked')).to.have.length(1);
      expect(card.shadowRoot!.querySelector('button.toggle')!.getAttribute('aria-expanded')).to.equal('true');
      expect(route.shadowRoot!.querySelectorAll('.flow-path li')).to.have.length(1);
      expect(text(contacts).length).to.be.greaterThan(200);

      // Moved within one task (no gap): still one listener, state intact, still working.
      a.append(list);
      await list.updateComplete;
      expect(pagehide()).to.equal(listening);
      window.dispatchEvent(new Event('pagehide'));
      await list.updateComplete;
      expect(list.shadowRoot!.querySelectorAll('input[type="checkbox"]:checked'), 'pagehide clears again once back').to.have.length(0);

      // Local contacts are followed again after re-adding.
      contacts.remove();
      b.append(contacts);
      const s = document.createElement('script');
      s.type = 'application/json';
      s.textContent = JSON.stringify([VALID]);
      contacts.append(s);
      await new Promise((r) => setTimeout(r, 0));
      await contacts.updateComplete;
      expect(contacts.shadowRoot!.querySelectorAll('section.local article.contact')).to.have.length(1);
    } finally {
      t.restore();
    }
  });

  it('a removed element follows a language change made while it was away', async function () {
    this.timeout(30_000);
    const wrap = await fixture<HTMLDivElement>(html`<div></div>`);
    const card = await place('signal-card', { exploitation: 'labour' }, { parent: wrap });
    const dutch = picture(card);
    card.remove();
    await withPageLang('en', async () => {
      await new Promise((r) => setTimeout(r, 20));
      wrap.append(card);
      const fresh = await place('signal-card', { exploitation: 'labour' }, { parent: wrap });
      await card.contentReady;
      await card.updateComplete;
      expect(picture(fresh)).to.not.deep.equal(dutch);
      expect(picture(card)).to.deep.equal(picture(fresh));
    });
    await new Promise((r) => setTimeout(r, 20));
    await card.contentReady;
    await card.updateComplete;
    expect(picture(card)).to.deep.equal(dutch);
  });
});

/* ------------------------------------------------ switching attributes */

describe('dist: switching attributes at run time', () => {
  const SEQUENCES: Record<Name, Record<string, (string | null)[]>> = {
    'signal-card': {
      exploitation: ['labour', 'organ', 'bogus', null, 'sexual'],
      audience: ['medical', 'front-desk', null, 'first-line'],
      'heading-level': ['1', '6', '4', 'bogus', null, '3'],
    },
    'signal-checklist': {
      exploitation: ['criminal', null, 'labour'],
      audience: ['front-desk', 'medical', null],
      region: ['ijsselland', 'atlantis', null],
      'heading-level': ['5', '2', null],
    },
    'meldroute-steps': {
      route: ['medical', 'first-line', 'bogus', 'front-desk', null],
      region: ['ijsselland', null],
      'heading-level': ['1', '6', null],
    },
    'contact-list': {
      topic: ['acute', 'minors', 'bogus', 'medical', null],
      region: ['ijsselland', 'nowhere', null],
      'heading-level': ['4', '1', null],
    },
  };

  for (const name of NAMES) {
    it(`<${name}> re-renders each change exactly as a fresh element with the same attributes`, async function () {
      this.timeout(60_000);
      const wrap = await fixture<HTMLDivElement>(html`<div></div>`);
      const base = { now: name === 'contact-list' || name === 'meldroute-steps' ? NOW : null };
      const { warnings } = await warningsOf(async () => {
        const el = await place(name, base, { parent: wrap });
        const current: Record<string, string | null> = { ...base };
        for (const [attr, values] of Object.entries(SEQUENCES[name])) {
          for (const value of values) {
            if (value === null) el.removeAttribute(attr);
            else el.setAttribute(attr, value);
            current[attr] = value;
            await el.updateComplete;
            await el.contentReady;
            const fresh = await place(name, current, { parent: wrap });
            expect(picture(el), `${attr}=${value}`).to.deep.equal(picture(fresh));
            expectSound(el, `${attr}=${value}`);
            if (value === 'bogus' || value === 'atlantis' || value === 'nowhere') expect(messageText(el)).to.contain(value);
            fresh.remove();
          }
        }
        // Back to a valid state: no message left.
        for (const attr of Object.keys(SEQUENCES[name])) el.removeAttribute(attr);
        await el.updateComplete;
        expect(messageText(el)).to.equal('');
      });
      expect(warnings.length).to.be.greaterThan(0);
    });
  }

  it('heading-level 1..6 moves the whole outline; offsets stop at h6', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div></div>`);
    const el = await place('meldroute-steps', { route: 'medical' }, { parent: wrap });
    for (let level = 1; level <= 6; level++) {
      el.setAttribute('heading-level', String(level));
      await el.updateComplete;
      const levels = [...el.shadowRoot!.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => Number(h.localName[1]));
      expect(el.shadowRoot!.querySelector('[part~="heading"]')!.localName).to.equal(`h${level}`);
      expect(Math.min(...levels)).to.equal(level);
      expect(Math.max(...levels)).to.be.at.most(6);
      if (level >= 5) expect(levels.filter((l) => l === 6).length).to.be.greaterThan(1);
    }
  });
});
