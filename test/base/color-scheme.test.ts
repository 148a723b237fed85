/**
 * Dark mode where the host opts in (the color-scheme attribute or the page's color-scheme),
 * forced colours and reduced motion: computed colours and axe in the real elements.
 * Media emulation needs CDP, so those tests run in Chromium only.
 */
import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { canEmulateMedia, MEDIA_EMULATION } from '../helpers/engine.js';
import '../../src/elements/signal-card/define.js';
import '../../src/elements/signal-checklist/define.js';
import '../../src/elements/meldroute-steps/define.js';
import '../../src/elements/contact-list/define.js';
import '../helpers/privacy.js';
import { layOutEverything } from '../helpers/layout.js';

type Ready = HTMLElement & { contentReady: Promise<void>; updateComplete: Promise<boolean> };

const WHITE = 'rgb(255, 255, 255)';
const DARK_BG = 'rgb(30, 30, 30)';
const LIGHT_TEXT = 'rgb(240, 240, 240)';

async function ready<T extends Ready>(el: T): Promise<T> {
  await el.contentReady;
  await el.updateComplete;
  return el;
}

async function card(attrs = ''): Promise<Ready> {
  const wrap = document.createElement('div');
  // Built with DOM calls: the attribute values are test constants.
  const el = document.createElement('signal-card') as Ready;
  el.setAttribute('exploitation', 'labour');
  el.setAttribute('audience', 'professional');
  for (const [k, v] of new URLSearchParams(attrs)) el.setAttribute(k, v);
  wrap.append(el);
  await fixture(wrap);
  return ready(el);
}

const isDark = (el: Element) => el.matches(':state(dark)');
const bg = (el: Element) => getComputedStyle(el).backgroundColor;

async function settle() {
  await nextFrame();
  await nextFrame();
}

describe('color scheme', () => {
  afterEach(async () => {
    document.documentElement.style.removeProperty('color-scheme');
    document.head.querySelectorAll('meta[name="color-scheme"]').forEach((m) => m.remove());
    if (canEmulateMedia) await emulateMedia({ colorScheme: 'light', reducedMotion: 'no-preference', forcedColors: 'none' } as Parameters<typeof emulateMedia>[0]);
    await settle();
  });

  it('is light by default, on a page that says nothing', async () => {
    const el = await card();
    expect(isDark(el)).to.equal(false);
    expect(bg(el)).to.equal(WHITE);
  });

  it('is dark with color-scheme="dark": dark background, light text, light accent, readable (axe)', async () => {
    const el = await card('color-scheme=dark');
    expect(isDark(el)).to.equal(true);
    expect(bg(el)).to.equal(DARK_BG);
    expect(getComputedStyle(el).color).to.equal(LIGHT_TEXT);
    const toggle = el.shadowRoot!.querySelector('button')!;
    expect(getComputedStyle(toggle).color).to.not.equal('rgb(21, 66, 115)');
    await expect(el).to.be.accessible();
  });

  it('follows the page: color-scheme dark on <html> makes it dark, removing it makes it light again', async () => {
    const el = await card();
    expect(isDark(el)).to.equal(false);
    document.documentElement.style.colorScheme = 'dark';
    await settle();
    expect(isDark(el)).to.equal(true);
    expect(bg(el)).to.equal(DARK_BG);
    document.documentElement.style.removeProperty('color-scheme');
    await settle();
    expect(isDark(el)).to.equal(false);
    expect(bg(el)).to.equal(WHITE);
  });

  it('follows <meta name="color-scheme" content="dark"> when the CSS says nothing', async () => {
    const meta = document.createElement('meta');
    meta.name = 'color-scheme';
    meta.content = 'dark';
    document.head.append(meta);
    const el = await card();
    expect(isDark(el)).to.equal(true);
    meta.content = 'light';
    await settle();
    expect(isDark(el)).to.equal(false);
  });

  it('follows the color-scheme of the part of the page it sits in', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div class="dark-sidebar"></div>`);
    wrap.style.colorScheme = 'dark';
    const el = document.createElement('contact-list') as Ready;
    wrap.append(el);
    await ready(el);
    expect(isDark(el)).to.equal(true);
  });

  it('lets color-scheme="light" win over a dark page, and reacts to the attribute changing', async () => {
    document.documentElement.style.colorScheme = 'dark';
    const el = await card('color-scheme=light');
    expect(isDark(el)).to.equal(false);
    expect(bg(el)).to.equal(WHITE);
    el.removeAttribute('color-scheme');
    await el.updateComplete;
    expect(isDark(el)).to.equal(true);
  });

  it('shows a visible message and warns once for an unknown color-scheme, and stays light', async () => {
    const warn = console.warn;
    const warnings: string[] = [];
    console.warn = (...a: unknown[]) => warnings.push(a.join(' '));
    try {
      const el = await card('color-scheme=night');
      expect(isDark(el)).to.equal(false);
      expect(el.shadowRoot!.querySelector('[part="message"]')!.textContent).to.include('color-scheme');
      expect(warnings.filter((w) => w.includes('color-scheme="night"'))).to.have.length(1);
    } finally {
      console.warn = warn;
    }
  });

  it(`with page color-scheme "light dark" follows prefers-color-scheme ${MEDIA_EMULATION}`, async function () {
    if (!canEmulateMedia) this.skip();
    document.documentElement.style.colorScheme = 'light dark';
    await emulateMedia({ colorScheme: 'light' });
    const el = await card();
    expect(isDark(el)).to.equal(false);
    await emulateMedia({ colorScheme: 'dark' });
    await settle();
    expect(isDark(el)).to.equal(true);
    expect(bg(el)).to.equal(DARK_BG);
    await emulateMedia({ colorScheme: 'light' });
    await settle();
    expect(isDark(el)).to.equal(false);
  });

  it(`ignores prefers-color-scheme when the page did not opt in ${MEDIA_EMULATION}`, async function () {
    if (!canEmulateMedia) this.skip();
    await emulateMedia({ colorScheme: 'dark' });
    const el = await card();
    expect(isDark(el)).to.equal(false);
    expect(bg(el)).to.equal(WHITE);
  });

  describe('every element in dark is readable (axe, including colour contrast)', () => {
    for (const [tag, attrs] of [
      ['signal-card', { exploitation: 'sexual', audience: 'medical' }],
      ['signal-checklist', { exploitation: 'labour', audience: 'professional', region: 'ijsselland' }],
      ['meldroute-steps', { route: 'medical', region: 'ijsselland' }],
      ['contact-list', { topic: 'labour' }],
    ] as const) {
      it(tag, async () => {
        const el = document.createElement(tag) as Ready;
        for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
        el.setAttribute('color-scheme', 'dark');
        await fixture(el);
        await ready(el);
        // Open what can be opened, so the panels are checked too.
        el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.actions .button[aria-pressed="false"]').forEach((b) => b.click());
        await el.updateComplete;
        await el.contentReady; // what an open panel loads (the card's background)
        expect(isDark(el)).to.equal(true);
        expect(bg(el)).to.equal(DARK_BG);
        layOutEverything(el);
        await expect(el).to.be.accessible();
      });
    }
  });
});

describe(`forced colours and reduced motion ${MEDIA_EMULATION}`, () => {
  before(function () {
    if (!canEmulateMedia) this.skip();
  });
  afterEach(async () => {
    await emulateMedia({ reducedMotion: 'no-preference', forcedColors: 'none' } as Parameters<typeof emulateMedia>[0]);
  });

  it('keeps borders on buttons and a solid focus outline in forced colours, and stays accessible', async () => {
    const el = await card();
    const button = el.shadowRoot!.querySelector<HTMLButtonElement>('.actions .button')!;
    expect(getComputedStyle(button).borderTopWidth).to.equal('2px');
    await emulateMedia({ forcedColors: 'active' } as Parameters<typeof emulateMedia>[0]);
    await settle();
    expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
    const cs = getComputedStyle(button);
    expect(cs.borderTopStyle).to.equal('solid');
    expect(cs.borderTopWidth).to.equal('1px');
    const toggle = el.shadowRoot!.querySelector<HTMLButtonElement>('button.toggle')!;
    expect(getComputedStyle(toggle).borderTopStyle).to.equal('solid');
    toggle.focus();
    await settle();
    expect(getComputedStyle(toggle).outlineStyle).to.equal('solid');
    expect(getComputedStyle(toggle).outlineWidth).to.equal('3px');
    await expect(el).to.be.accessible();
  });

  it('drops transitions with prefers-reduced-motion: reduce', async () => {
    const el = await card();
    const toggle = el.shadowRoot!.querySelector<HTMLButtonElement>('button.toggle')!;
    const duration = () => getComputedStyle(toggle, '::before').transitionDuration;
    expect(duration()).to.not.equal('0s');
    await emulateMedia({ reducedMotion: 'reduce' });
    await settle();
    expect(duration()).to.equal('0s');
  });
});
