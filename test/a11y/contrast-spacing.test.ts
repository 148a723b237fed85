/**
 * Two WCAG 2.1 AA criteria axe does not check, for all four elements with their controls shown:
 * 1.4.11 non-text contrast (the boundary of every author-styled control and the focus
 * indicator against what is next to them, at least 3:1, light and dark) and 1.4.12 text
 * spacing (line height 1.5, paragraph spacing 2em, letter spacing 0.12em, word spacing 0.16em:
 * nothing overflows or is clipped, at 320px and wider).
 */
import { expect } from '@open-wc/testing';
import '../../src/elements/signal-card/define.js';
import '../../src/elements/signal-checklist/define.js';
import '../../src/elements/meldroute-steps/define.js';
import '../../src/elements/contact-list/define.js';
import { frame, layoutProblems, placeBetweenButtons, type A11yEl } from './helpers.js';

type RGBA = [number, number, number, number];

/** Parses a computed colour: rgb()/rgba() or hex. */
function parse(color: string): RGBA | undefined {
  const c = color.trim();
  const rgb = c.match(/^rgba?\(([^)]+)\)$/);
  if (rgb) {
    const [r, g, b, a = '1'] = rgb[1].split(/[\s,/]+/).filter(Boolean);
    return [Number(r), Number(g), Number(b), Number(a)];
  }
  const hex = c.match(/^#([0-9a-f]{6})$/i);
  if (hex) return [0, 2, 4].map((i) => parseInt(hex[1].slice(i, i + 2), 16)).concat(1) as RGBA;
  return undefined;
}

function luminance([r, g, b]: RGBA): number {
  const f = (v: number) => {
    const s = v / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
}

export function contrast(a: RGBA, b: RGBA): number {
  const [l1, l2] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (l1 + 0.05) / (l2 + 0.05);
}

/** The first opaque background behind `node`, through the shadow root to the host and the page. */
function backgroundBehind(node: Element): RGBA {
  let n: Element | null = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host as Element | undefined) ?? null;
  while (n) {
    const bg = parse(getComputedStyle(n).backgroundColor);
    if (bg && bg[3] > 0.99) return bg;
    n = n.parentElement ?? (((n.getRootNode() as ShadowRoot).host as Element | undefined) ?? null);
  }
  return [255, 255, 255, 1];
}

/** Author-styled controls (native checkboxes and radios keep the browser's look, and are exempt). */
function styledControls(el: A11yEl): HTMLElement[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLElement>('button, textarea, input:not([type="checkbox"]):not([type="radio"])')].filter(
    (n) => !n.closest('[hidden]') && n.getClientRects().length > 0,
  );
}

/** Non-text contrast problems: each control's boundary (border or own background) and the focus colour. */
function nonTextContrastProblems(el: A11yEl): string[] {
  const problems: string[] = [];
  for (const control of styledControls(el)) {
    const cs = getComputedStyle(control);
    const around = backgroundBehind(control);
    const own = parse(cs.backgroundColor);
    const borderWidth = parseFloat(cs.borderTopWidth);
    const border = cs.borderTopStyle !== 'none' && borderWidth >= 1 ? parse(cs.borderTopColor) : undefined;
    const best = Math.max(own && own[3] > 0.99 ? contrast(own, around) : 1, border ? contrast(border, around) : 1);
    const label = `${control.localName}.${[...control.classList].join('.')} "${(control.textContent ?? '').trim().slice(0, 30)}"`;
    if (best < 3) problems.push(`${label}: boundary ${best.toFixed(2)}:1`);
  }
  // The focus indicator: an outline in --_focus, on the element's background.
  const host = getComputedStyle(el);
  const focus = parse(host.getPropertyValue('--_focus'));
  const background = parse(host.backgroundColor)!;
  if (!focus) problems.push(`focus colour not readable: ${host.getPropertyValue('--_focus')}`);
  else if (contrast(focus, background) < 3) problems.push(`focus outline ${contrast(focus, background).toFixed(2)}:1`);
  return problems;
}

/** Opens, checks and answers things so that every kind of control is on screen. */
async function showControls(el: A11yEl) {
  const root = el.shadowRoot!;
  // The first action button opens everything (or, in <contact-list>, prints: not here).
  if (el.localName !== 'contact-list') root.querySelector<HTMLButtonElement>('.actions .button')?.click();
  await el.updateComplete;
  for (const b of root.querySelectorAll<HTMLButtonElement>('button.toggle[aria-expanded="false"]')) b.click();
  await el.updateComplete;
  // What an open panel loads (the card's background).
  await el.contentReady;
  root.querySelector<HTMLInputElement>('input[type="checkbox"]')?.click();
  root.querySelector<HTMLInputElement>('input[name="minor"][value="yes"]')?.click();
  root.querySelector<HTMLButtonElement>('.flow-question button[data-answer="yes"]')?.click();
  await el.updateComplete;
}

const VARIANTS: [string, Record<string, string>][] = [
  ['signal-card', { audience: 'medical' }],
  ['signal-checklist', { region: 'ijsselland' }],
  ['meldroute-steps', { route: 'medical', now: '2026-11-28T23:30:00+01:00' }],
  ['contact-list', { now: '2026-11-28T23:30:00+01:00' }],
];

const SPACING = `*, *::before, *::after {
  line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important;
}
p { margin-bottom: 2em !important; }`;

describe('1.4.11 non-text contrast', () => {
  for (const [tag, attrs] of VARIANTS) {
    for (const scheme of ['light', 'dark']) {
      it(`<${tag}> (${scheme}): control boundaries and the focus outline at least 3:1`, async () => {
        const el = await placeBetweenButtons(tag, { ...attrs, 'color-scheme': scheme });
        await showControls(el);
        expect(styledControls(el).length).to.be.greaterThan(0);
        expect(nonTextContrastProblems(el)).to.deep.equal([]);
      });
    }
  }

  it('the check finds a low-contrast boundary', async () => {
    const el = await placeBetweenButtons('contact-list', { now: '2026-11-28T23:30:00+01:00' });
    el.style.setProperty('--signalenkaart-border-color', '#eeeeee');
    el.style.setProperty('--signalenkaart-accent-color', '#eeeeee');
    el.style.setProperty('--signalenkaart-surface-color', '#ffffff');
    el.style.setProperty('--signalenkaart-focus-color', '#dddddd');
    await el.updateComplete;
    const problems = nonTextContrastProblems(el).join('\n');
    expect(problems).to.contain('button');
    expect(problems).to.contain('focus outline');
  });
});

describe('1.4.12 text spacing', () => {
  for (const [tag, attrs] of VARIANTS) {
    for (const width of [320, 640]) {
      it(`<${tag}> at ${width}px with the text-spacing overrides: nothing overflows or is clipped`, async () => {
        const el = await placeBetweenButtons(tag, attrs, width);
        await showControls(el);
        const sheet = new CSSStyleSheet();
        sheet.replaceSync(SPACING);
        el.shadowRoot!.adoptedStyleSheets = [...el.shadowRoot!.adoptedStyleSheets, sheet];
        await frame();
        const p = el.shadowRoot!.querySelector('p')!;
        expect(getComputedStyle(p).letterSpacing).to.not.equal('normal');
        expect(layoutProblems(el)).to.deep.equal([]);
      });
    }
  }
});
