/**
 * The one-script-tag entry: `<script type="module" src=".../dist/signalenkaart.js">`.
 * An autoloader in the manner of Shoelace's: it defines only the elements a page uses,
 * loading their code and their content slices (in parallel: see prefetch.ts) from files next to
 * this one, now and whenever such an element is added to the page later. Adds nothing to `window`.
 *
 * It runs as a module or as a classic script (scripts/rollup-classic-entry.mjs). As a classic
 * `<script src>` before the elements it runs before they are first painted, and reserves their
 * space from the first frame (reserve.ts): the page does not jump when they render.
 */

import { LOAD_FAILED, reserveSpace } from './reserve.js';
import { afterPaint } from './after-paint.js';
import { ELEMENTS, isElementName, type ElementName } from './catalog.js';
import { fallbackParagraph } from './fallback.js';
import { langOf, prefetch } from './prefetch.js';
import type { SignalCard } from './elements/signal-card/signal-card.js';
import type { SignalChecklist } from './elements/signal-checklist/signal-checklist.js';
import type { MeldrouteSteps } from './elements/meldroute-steps/meldroute-steps.js';
import type { ContactList } from './elements/contact-list/contact-list.js';

// `import 'signalenkaart'` gives TypeScript the elements' types: document.querySelector('signal-card') is a SignalCard.
declare global {
  interface HTMLElementTagNameMap {
    'signal-card': SignalCard;
    'signal-checklist': SignalChecklist;
    'meldroute-steps': MeldrouteSteps;
    'contact-list': ContactList;
  }
}

/** An element's code, by convention at src/elements/<name>/define.ts. */
const elementModule = (name: ElementName): Promise<unknown> => import(`./elements/${name}/define.ts`);

const requested = new Set<string>();

/** How long an element's code may take before the element shows the next step while it waits (a slow line). */
const SLOW_MS = 3000;

/** The next-step paragraphs the loader put in elements, by element. */
const added = new WeakMap<Element, HTMLParagraphElement>();

/**
 * Gives the waiting elements named `name` that hold nothing to show (no fallback from the
 * snippet) the next step, with its phone numbers as links, instead of a blank space: while the
 * code is slow to come, and, saying so, where it could not be loaded. Light DOM: once the
 * element is defined, its shadow root shows instead. A pre-rendered element shows its content.
 */
function showNextStep(name: ElementName, failed: boolean): void {
  const lang = langOf(document.documentElement.getAttribute('lang'));
  for (const el of document.querySelectorAll(`${name}:not(:defined):not([prerendered])`)) {
    // The code could not be loaded: let go of the space held for it.
    if (failed) el.setAttribute(LOAD_FAILED, '');
    const mine = added.get(el);
    if (!mine && el.querySelector(':scope > :not(script)')) continue;
    const p = fallbackParagraph(document, lang, failed);
    if (mine) mine.replaceWith(p);
    else el.append(p);
    added.set(el, p);
  }
}

function load(name: ElementName): void {
  if (requested.has(name) || customElements.get(name)) return;
  requested.add(name);
  const slow = setTimeout(() => showNextStep(name, false), SLOW_MS);
  elementModule(name).then(
    () => {
      clearTimeout(slow);
      // Loaded at a later try (an element added again): the mark goes; its fallback is not shown once defined.
      document.querySelectorAll(`${name}[${LOAD_FAILED}]`).forEach((el) => el.removeAttribute(LOAD_FAILED));
    },
    (e) => {
      clearTimeout(slow);
      requested.delete(name);
      console.warn(`[signalenkaart] Could not load <${name}>:`, e);
      showNextStep(name, true);
    },
  );
}

/** Loads the elements used inside `root` (and `root` itself), and starts loading their content. */
function discover(root: ParentNode | Element): void {
  const found = [...(root instanceof Element && isElementName(root.localName) ? [root] : []), ...root.querySelectorAll(ELEMENTS.join(','))];
  for (const el of found) if (isElementName(el.localName)) load(el.localName);
  prefetch(found);
}

function start() {
  discover(document);
  new MutationObserver((records) => {
    for (const r of records) for (const n of r.addedNodes) if (n instanceof Element) discover(n);
  }).observe(document.documentElement, { subtree: true, childList: true });
}

if (typeof document !== 'undefined' && typeof customElements !== 'undefined') {
  // A page whose elements are all pre-rendered (signalenkaart render) shows their content
  // already: start loading after its first paint, so the loading takes nothing from that paint
  // (or after 100 ms where the engine paints no frames, as in a hidden frame). The space for
  // elements added later is reserved then too: a new style sheet on a parsed page costs a
  // restyle of all of it (about 10 ms before the first paint of the bench's card, in Chromium).
  const found = document.querySelectorAll(ELEMENTS.join(','));
  const go = () => {
    reserveSpace(ELEMENTS);
    start();
  };
  if (found.length && [...found].every((el) => el.hasAttribute('prerendered'))) afterPaint(go);
  else go();
}
