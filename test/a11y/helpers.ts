/**
 * Shared by the accessibility tests (one file per element): keyboard walks with real key
 * presses, focus visibility, the heading outline, and layout at 320px and with text at 200%.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { layOutEverything } from '../helpers/layout.js';

export type A11yEl = HTMLElement & { contentReady: Promise<void>; updateComplete: Promise<boolean> };

/** Creates `<tag>` with attributes between two host buttons (for Tab in and out), waits for its content, lays it all out. */
export async function placeBetweenButtons<T extends A11yEl>(tag: string, attrs: Record<string, string> = {}, width?: number): Promise<T> {
  const wrap = await fixture<HTMLDivElement>(html`<div><button id="before">before</button></div>`);
  if (width) wrap.style.width = `${width}px`;
  const el = document.createElement(tag) as unknown as T;
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  const after = document.createElement('button');
  after.id = 'after';
  after.textContent = 'after';
  wrap.append(el, after);
  await el.contentReady;
  await el.updateComplete;
  // Off-screen parts would be skipped by the browser (content-visibility), and axe cannot
  // measure colours there: lay everything out (only content-visibility changes).
  layOutEverything(el);
  return el;
}

/** The element with focus, looking into the element's shadow root. */
export function deepActive(el: A11yEl): Element | null {
  const a = document.activeElement;
  return a === el ? el.shadowRoot!.activeElement : a;
}

const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]), textarea:not([disabled]), select:not([disabled]), summary, [tabindex]:not([tabindex="-1"])';

function rendered(node: HTMLElement): boolean {
  return !node.closest('[hidden]') && node.getClientRects().length > 0 && getComputedStyle(node).visibility !== 'hidden';
}

/**
 * What Tab should reach inside the element, in order: every rendered focusable control in DOM
 * order, with one stop per radio group (its checked radio, else its first).
 */
export function expectedTabStops(el: A11yEl): HTMLElement[] {
  const all = [...el.shadowRoot!.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(rendered);
  const groups = new Set<string>();
  return all.filter((node) => {
    if (!(node instanceof HTMLInputElement) || node.type !== 'radio') return true;
    if (groups.has(node.name)) return false;
    const group = all.filter((n): n is HTMLInputElement => n instanceof HTMLInputElement && n.type === 'radio' && n.name === node.name);
    const stop = group.find((r) => r.checked) ?? group[0];
    if (stop !== node) return false;
    groups.add(node.name);
    return true;
  });
}

/** Presses Tab from the host button before the element until focus leaves it; calls `each` at every stop. */
export async function tabThrough(el: A11yEl, limit = 400, each?: (stop: Element) => void): Promise<Element[]> {
  (el.parentElement!.querySelector('#before') as HTMLButtonElement).focus();
  const stops: Element[] = [];
  for (let i = 0; i < limit; i++) {
    await sendKeys({ press: 'Tab' });
    const active = deepActive(el);
    if (!active || !el.contains(document.activeElement)) break;
    stops.push(active);
    each?.(active);
  }
  return stops;
}

/** Describes a control for messages. */
export const controlLabel = (n: Element) =>
  `${n.localName}${n.getAttribute('type') ? `[${n.getAttribute('type')}]` : ''} "${(n.textContent || n.getAttribute('aria-label') || (n as HTMLInputElement).value || '').replace(/\s+/g, ' ').trim().slice(0, 40)}"`;

/** Problems with the focus indicator of the focused control: :focus-visible and a visible outline. */
export function focusProblems(node: Element): string[] {
  const problems: string[] = [];
  if (!node.matches(':focus-visible')) problems.push(`${controlLabel(node)}: not :focus-visible`);
  const cs = getComputedStyle(node);
  const width = parseFloat(cs.outlineWidth);
  if (cs.outlineStyle === 'none' || width < 2) problems.push(`${controlLabel(node)}: outline ${cs.outlineStyle} ${cs.outlineWidth}`);
  return problems;
}

/**
 * Walks the whole element with Tab: every control is reached, in DOM order, and shows a
 * visible focus indicator while focused. Returns the stops.
 */
export async function expectKeyboardWalk(el: A11yEl): Promise<Element[]> {
  const expected = expectedTabStops(el);
  expect(expected.length, 'controls to reach').to.be.greaterThan(0);
  const problems: string[] = [];
  const stops = await tabThrough(el, expected.length + 5, (stop) => problems.push(...focusProblems(stop)));
  // No keyboard trap: one more Tab after the last control leaves the element for the host's button.
  expect(document.activeElement?.id, 'focus leaves the element after its last control').to.equal('after');
  expect(stops.map(controlLabel)).to.deep.equal(expected.map(controlLabel));
  expect(stops.every((s, i) => s === expected[i]), 'the very same controls').to.equal(true);
  expect(problems, 'focus visible at every stop').to.deep.equal([]);
  return stops;
}

/** The heading levels inside the element, in order. */
export function outline(el: A11yEl): number[] {
  return [...el.shadowRoot!.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => Number(h.localName[1]));
}

/**
 * Problems with the outline for a heading-level: the top heading has that level, nothing is
 * above it or beyond h6, and, below h6, no level is skipped going down.
 */
export function outlineProblems(levels: number[], top: number): string[] {
  const problems: string[] = [];
  if (levels[0] !== top) problems.push(`first heading h${levels[0]}, expected h${top}`);
  levels.forEach((l, i) => {
    if (l < top) problems.push(`h${l} above the top level h${top} (heading ${i + 1})`);
    if (i && l > levels[i - 1] + 1) problems.push(`h${levels[i - 1]} followed by h${l} (heading ${i + 1})`);
  });
  return problems;
}

/** Horizontal overflow and clipped text inside the element. */
export function layoutProblems(el: A11yEl): string[] {
  const problems: string[] = [];
  if (el.scrollWidth > el.clientWidth + 1) problems.push(`host scrolls: ${el.scrollWidth} > ${el.clientWidth}`);
  const right = el.getBoundingClientRect().right + 0.5;
  // Content hidden on purpose for screen readers only (the 1px clip pattern) is not clipped text.
  const srOnly = (n: HTMLElement) => {
    const r = n.getBoundingClientRect();
    return r.width <= 1 && r.height <= 1 && getComputedStyle(n).overflow !== 'visible';
  };
  const skipped = [...el.shadowRoot!.querySelectorAll<HTMLElement>('*')].filter(srOnly);
  for (const node of el.shadowRoot!.querySelectorAll<HTMLElement>('*')) {
    if (!rendered(node) || node.localName === 'slot' || skipped.some((h) => h.contains(node))) continue;
    const r = node.getBoundingClientRect();
    const label = `${node.localName}.${[...node.classList].join('.')} "${(node.textContent ?? '').trim().slice(0, 30)}"`;
    if (r.width && r.right > right) problems.push(`${label}: sticks out ${Math.round(r.right - right)}px`);
    const cs = getComputedStyle(node);
    const clips = (v: string) => v !== 'visible';
    if (clips(cs.overflowX) && node.scrollWidth > node.clientWidth + 1) problems.push(`${label}: clipped horizontally`);
    if (clips(cs.overflowY) && node.scrollHeight > node.clientHeight + 1) problems.push(`${label}: clipped vertically`);
  }
  return problems;
}

/** Runs `fn` with the page's text at 200% (as a user's text-size setting does: the root font size). */
export async function withLargeText<T>(fn: () => Promise<T>): Promise<T> {
  const root = document.documentElement;
  const before = root.style.fontSize;
  root.style.fontSize = '200%';
  try {
    return await fn();
  } finally {
    root.style.fontSize = before;
  }
}

/** Waits a frame, so layout reflects the last change. */
export const frame = () => new Promise((r) => requestAnimationFrame(() => r(null)));

/** Stubs window.print while `fn` runs; returns how often it was called. */
export async function countPrints(fn: () => Promise<void>): Promise<number> {
  const original = window.print;
  let n = 0;
  window.print = () => {
    n++;
  };
  try {
    await fn();
  } finally {
    window.print = original;
  }
  return n;
}

/** With the text at 200%: `sample`'s text really is about twice as large, and nothing overflows or is clipped. */
export async function expectLargeTextFits(el: A11yEl, sample: Element) {
  layOutEverything(el);
  const normal = parseFloat(getComputedStyle(sample).fontSize);
  await withLargeText(async () => {
    await frame();
    expect(parseFloat(getComputedStyle(sample).fontSize)).to.be.at.least(normal * 1.9);
    expect(layoutProblems(el), '200%').to.deep.equal([]);
  });
}

/** At its current (narrow) width: nothing overflows or is clipped. */
export async function expectFits(el: A11yEl, label = '320px') {
  layOutEverything(el);
  await frame();
  expect(layoutProblems(el), label).to.deep.equal([]);
}


/** Gives the element local contacts as a child JSON script, and waits for it to show them. */
export async function addLocalJson(el: A11yEl, json: string) {
  const s = document.createElement('script');
  s.type = 'application/json';
  s.textContent = json;
  el.append(s);
  await new Promise((r) => setTimeout(r, 0));
  await el.updateComplete;
}

/** The outline follows heading-level `level`: see outlineProblems; at least `min` headings. */
export function expectOutline(el: A11yEl, level: number, min: number, label = '') {
  const levels = outline(el);
  expect(levels.length, label).to.be.greaterThan(min);
  expect(outlineProblems(levels, level), label).to.deep.equal([]);
  expect(Math.max(...levels), label).to.be.at.most(6);
}

export { withPageLang } from '../helpers/page-lang.js';
