/**
 * Pre-rendering, the part that is only text: finding the package's elements in HTML (a snippet
 * or a whole page) and writing each back with its rendered shadow root, so the content is there
 * before and without JavaScript. Shared by the two renderers, which differ only in how they
 * render one element: `signalenkaart render` on Node with Lit's server-side rendering
 * (bin/signalenkaart.mjs, src/server.ts) and the snippet builder in the browser, with the live
 * elements (src/render/browser.ts). No DOM, no Lit.
 */
import { ELEMENTS, type ElementName } from '../catalog.js';

/** An attribute as written: its name (lower case) and value (null for a bare name). */
export type Attribute = [name: string, value: string | null];

/** One element found in the input, as the renderer gets it. */
export interface FoundElement {
  name: ElementName;
  /** Its attributes as written (values still entity-encoded), plus `prerendered`. */
  attributes: Attribute[];
  /** The opening tag to write, without its closing `>`: the attributes as found, plus `prerendered`. */
  open: string;
  /** Its light DOM (the old pre-rendered template, if any, removed). */
  children: string;
  /** The text of its local-contacts JSON block, if it has one. */
  localContacts?: string;
  /** Whether it holds HTML for its `local` slot (an element with `slot="local"`). */
  localSlot: boolean;
}

/** The attributes of an opening tag, in order, as [name, value] (value null for a bare name). */
export function parseAttributes(text: string): Attribute[] {
  const out: Attribute[] = [];
  for (const m of text.matchAll(/([^\s"'<>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g)) {
    out.push([m[1].toLowerCase(), m[2] ?? m[3] ?? m[4] ?? null]);
  }
  return out;
}

/** The value of an attribute as the browser reads it (the entities a snippet uses decoded). */
export const decodeEntities = (v: string): string =>
  v.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

const escapeAttr = (v: string) => v.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/** The inside of a tag after its name: anything up to its `>`, which a quoted attribute value may hold. */
const IN_TAG = `(?:[^>"']|"[^"]*"|'[^']*')*`;
const NAMES = ELEMENTS.join('|');

/**
 * One pass over the input finds, in order: a part where a tag is not an element and is left as it
 * is (group 1: a comment, the text of a script, a style, a textarea or a title, and a template's
 * inert content, a page's own to clone later); an element of the package (groups 3 to 5); or one
 * of its opening tags without an end tag (group 6), which the browser would take as holding all
 * that follows, and which is left as it is, with a warning.
 */
const FIND = new RegExp(
  `(<!--[\\s\\S]*?-->|<(script|style|textarea|title|template)\\b${IN_TAG}>[\\s\\S]*?</\\2\\s*>)` +
    `|<(${NAMES})(\\s${IN_TAG})?>([\\s\\S]*?)</\\3\\s*>` +
    `|<(${NAMES})(?=[\\s/>])`,
  'gi',
);

const OLD_TEMPLATE = /^\s*<template\s[^>]*shadowrootmode[^>]*>[\s\S]*?<\/template>/i;
const LOCAL_SLOT = /<[a-z][^>]*\sslot\s*=\s*["']?local["'\s/>]/i;
const JSON_BLOCK = /<script\b[^>]*type\s*=\s*["']?application\/json["']?[^>]*>([\s\S]*?)<\/script>/i;

/**
 * `input` with every element of the package replaced by what `renderOne` makes of it (the
 * element with its declarative shadow root). Rendering again refreshes an element: its old
 * template goes, its light DOM stays. The rest of the input is left exactly as it is, also an
 * element's tag in a comment, a script's text or a template, and an element without its end tag (`FIND`).
 */
export function renderElements(input: string, renderOne: (found: FoundElement) => string): string {
  return input.replace(FIND, (all: string, inert: string | undefined, _tag, rawName: string | undefined, rawAttrs = '', rawChildren: string, lone?: string) => {
    if (inert !== undefined) return all;
    if (rawName === undefined) {
      const name = lone!.toLowerCase();
      console.warn(`[signalenkaart] <${name}> has no end tag </${name}>: it is left as it is, not pre-rendered.`);
      return all;
    }
    const name = rawName.toLowerCase() as ElementName;
    const children = rawChildren.replace(OLD_TEMPLATE, '');
    const attributes = parseAttributes(rawAttrs);
    // Marks the element as pre-rendered: it then skips the off-screen size estimate
    // (content-visibility), which would move the page when the script takes it over.
    if (!attributes.some(([k]) => k === 'prerendered')) attributes.push(['prerendered', null]);
    const open = `<${name}${attributes.map(([k, v]) => (v === null ? ` ${k}` : ` ${k}="${escapeAttr(decodeEntities(v))}"`)).join('')}`;
    return cleanUp(renderOne({ name, attributes, open, children, localContacts: JSON_BLOCK.exec(children)?.[1], localSlot: LOCAL_SLOT.test(children) }));
  });
}

/**
 * No hydration here (the script renders again in place, src/base/element.ts): Lit's markers go,
 * from the server's output and the browser's alike. Form controls' `.checked` properties come
 * out of the server as attributes: `checked="false"` would check them.
 */
function cleanUp(html: string): string {
  return html
    .replace(/<!--lit-part[^>]*-->|<!--\/lit-part-->|<!--lit-node \d+-->|<\?>|<!--\?lit\$\d+\$-->|<!---->/g, '')
    .replace(/ (checked|selected)="false"/g, '')
    .replace(/ (checked|selected)="true"/g, ' $1');
}

/** An element with its shadow root as declarative shadow DOM: what both renderers write. */
export const withShadowRoot = (found: FoundElement, css: string, shadow: string): string =>
  `${found.open}><template shadowroot="open" shadowrootmode="open"><style>${css}</style>${shadow}</template>${found.children}</${found.name}>`;

/**
 * The distinct styles of the declarative shadow roots in `html`: what a strict Content-Security-Policy
 * must allow by hash in `style-src` (`signalenkaart csp`, and the builder shows them).
 */
export function inlineStyles(html: string): string[] {
  const styles = new Set<string>();
  for (const m of html.matchAll(/<template\s[^>]*shadowrootmode[^>]*><style>([\s\S]*?)<\/style>/g)) styles.add(m[1]);
  return [...styles];
}

const SCRIPT_TAG = new RegExp(`<script\\b(${IN_TAG})>`, 'gi');

/**
 * The loader's script tag, deferred: on a pre-rendered page the content is in the HTML already,
 * so the script only takes it over and need not run before the first paint (as a plain script
 * before the elements it does, to hold their space: see docs/embedding.md). Measured with
 * Lighthouse on the bench's page: performance 0.90 with the plain script in the head, 0.96
 * deferred. A script that is already deferred, async or a module is left as it is.
 */
export function deferLoader(html: string): string {
  return html.replace(SCRIPT_TAG, (tag, attrs: string) => {
    const list = parseAttributes(attrs);
    const src = list.find(([k]) => k === 'src')?.[1] ?? '';
    if (!/(^|\/)signalenkaart\.js(\?|#|$)/.test(src)) return tag;
    if (list.some(([k, v]) => k === 'defer' || k === 'async' || (k === 'type' && /module/i.test(v ?? '')))) return tag;
    return `<script${attrs.replace(/\s*\/?$/, '')} defer>`;
  });
}
