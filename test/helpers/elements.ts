/** Helpers shared by the element tests: placing an element with its content, texts, layout. */
import { fixture, html } from '@open-wc/testing';

export const clean = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

export const texts = (root: ParentNode, sel: string) => [...root.querySelectorAll(sel)].map((n) => clean(n.textContent));

/** Runs fn while collecting console.warn calls (the shared helper, under the name these tests use). */
export { captureWarnings as collectWarnings } from './warnings.js';

interface Ready extends HTMLElement {
  contentReady: Promise<void>;
  updateComplete: Promise<boolean>;
}

/**
 * Creates an element with attributes and, optionally, a child JSON script and slotted HTML,
 * and waits for its content. (Scripts are built with the DOM: lit bindings cannot fill them.)
 */
export async function make<T extends Ready>(
  tag: string,
  attrs: Record<string, string | undefined> = {},
  opts: { json?: string; scripts?: string[]; slotted?: Node[]; now?: Date } = {},
): Promise<T> {
  const el = document.createElement(tag) as T;
  for (const [k, v] of Object.entries(attrs)) if (v !== undefined) el.setAttribute(k, v);
  if (opts.now) (el as unknown as { now: Date }).now = opts.now;
  for (const text of opts.json !== undefined ? [opts.json] : (opts.scripts ?? [])) {
    const s = document.createElement('script');
    s.type = 'application/json';
    s.textContent = text;
    el.append(s);
  }
  for (const n of opts.slotted ?? []) el.append(n);
  await fixture(html`<div>${el}</div>`);
  await el.contentReady;
  await el.updateComplete;
  return el;
}

/** Asserts the element fits `width` pixels without horizontal scrolling (width set here, in the test only). */
export async function fitsWidth(el: HTMLElement & { updateComplete: Promise<boolean> }, width = 320): Promise<string[]> {
  el.style.width = `${width}px`;
  await el.updateComplete;
  await new Promise((r) => requestAnimationFrame(() => r(null)));
  const problems: string[] = [];
  if (el.scrollWidth > el.clientWidth) problems.push(`host: ${el.scrollWidth} > ${el.clientWidth}`);
  const hostRight = el.getBoundingClientRect().right;
  for (const node of el.shadowRoot!.querySelectorAll<HTMLElement>('*')) {
    if (node.closest('[hidden]') || node.localName === 'style') continue;
    const r = node.getBoundingClientRect();
    if (r.width && r.right > hostRight + 0.5) problems.push(`${node.localName}.${node.className}: right ${r.right} > ${hostRight}`);
  }
  return problems;
}
