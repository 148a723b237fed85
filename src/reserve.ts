/**
 * Space for the elements before their content is there, so the host page does not jump when
 * they render. Nearly every element is taller than the screen once it shows its content, so an
 * element that waits holds one screen's height: what follows it starts below the screen and stays
 * there while the element grows to its content. Some are shorter: the acute contact list and
 * the card's overview everywhere, and on wide screens (48em and up) a few contact lists; those
 * hold what they measure as one element across a page 412 px wide (a phone) and 1280 px wide,
 * with and without the next-step line (between Chromium's and Firefox's, which differ by up to
 * 3%, in English up to 6%); test/reserve.test.ts holds every row against
 * the rendered height in all three engines and both languages (within 3% of the screen), so a dataset change that
 * makes one shorter or taller fails there. In a narrower column an element is taller.
 * Written once here: the loader's rule for elements whose code has not run yet (reserveSpace),
 * and the elements' own rule while their content loads (loadingRules, in their styles).
 */
import type { ElementName } from './catalog.js';

interface Reservation {
  /** Only for this element (all of them without). */
  element?: ElementName;
  /** A selector that narrows it, e.g. `[topic="acute"]`. */
  attr?: string;
  height: string;
  /** The height from 48em wide up, where it differs. */
  wide?: string;
}

const WIDE = '(min-width: 48em)';

export const RESERVATIONS: readonly Reservation[] = [
  { height: '100vh' },
  // Later rows win where several match (the loader's rule has no specificity, the shadow rules
  // more for each attribute): the next-step line (left out with no-next-step) is 5-7em high.
  { element: 'signal-card', attr: ':not([exploitation])', height: '100vh', wide: 'min(100vh, 40em)' },
  { element: 'signal-card', attr: ':not([exploitation])[no-next-step]', height: 'min(100vh, 44.25em)', wide: 'min(100vh, 34.25em)' },
  { element: 'signal-card', attr: ':not([exploitation])[audience]', height: '100vh', wide: 'min(100vh, 42em)' },
  { element: 'signal-card', attr: ':not([exploitation])[audience][no-next-step]', height: 'min(100vh, 46.25em)', wide: 'min(100vh, 36.25em)' },
  { element: 'signal-card', attr: ':not([exploitation])[audience="medical"]', height: 'min(100vh, 49.25em)', wide: 'min(100vh, 42.875em)' },
  { element: 'signal-card', attr: ':not([exploitation])[audience="medical"][no-next-step]', height: 'min(100vh, 41.25em)', wide: 'min(100vh, 37.125em)' },
  { element: 'contact-list', attr: '[topic="acute"]', height: 'min(100vh, 45.25em)', wide: 'min(100vh, 29.5em)' },
  { element: 'contact-list', attr: '[topic="acute"][no-next-step]', height: 'min(100vh, 38em)', wide: 'min(100vh, 23.75em)' },
  // In English (the page language, which the elements follow) 20 px shorter in Chromium on a
  // phone; Firefox sets it 47 px taller than Chromium does.
  { element: 'contact-list', attr: '[topic="acute"]:lang(en)', height: 'min(100vh, 44.75em)', wide: 'min(100vh, 29.5em)' },
  { element: 'contact-list', attr: '[topic="acute"][no-next-step]:lang(en)', height: 'min(100vh, 36.75em)', wide: 'min(100vh, 23.75em)' },
  { element: 'contact-list', attr: '[topic="medical"]', height: '100vh', wide: 'min(100vh, 38em)' },
  { element: 'contact-list', attr: '[topic="medical"][no-next-step]', height: '100vh', wide: 'min(100vh, 34.25em)' },
  { element: 'contact-list', attr: ':is([topic="shelter"], [topic="sexual"], [topic="criminal"])', height: '100vh', wide: 'min(100vh, 50.125em)' },
  { element: 'contact-list', attr: ':is([topic="shelter"], [topic="sexual"], [topic="criminal"])[no-next-step]', height: '100vh', wide: 'min(100vh, 46.375em)' },
  { element: 'contact-list', attr: '[topic="minors"]', height: '100vh', wide: 'min(100vh, 52.5em)' },
  { element: 'contact-list', attr: '[topic="minors"][no-next-step]', height: '100vh', wide: 'min(100vh, 48.75em)' },
];

/** Rules that give each selector (with its property) the reservation's height, and its wide height on wide screens. */
const rules = (r: Reservation, targets: readonly (readonly [selector: string, property: string, prefix?: string])[]) => {
  const at = (h: string) => targets.map(([sel, prop, prefix = '']) => `${sel}{${prop}:${prefix}${h}}`).join('');
  return at(r.height) + (r.wide ? `@media ${WIDE}{${at(r.wide)}}` : '');
};

/**
 * The rules inside `element`'s shadow root (all elements: the general rule): the loading state
 * holds the height, and so does the off-screen estimate (`content-visibility: auto`, base/styles.ts),
 * so that the element does not change height between the two.
 */
export function loadingRules(element?: ElementName): string {
  return RESERVATIONS.filter((r) => r.element === element)
    .map((r) => {
      const host = `:host${r.attr ? `(${r.attr})` : ''}`;
      return rules(r, [
        [`${host} .loading`, 'min-height'],
        [`${host} [part~='base']`, 'contain-intrinsic-size', 'auto '],
      ]);
    })
    .join('');
}

/**
 * Adds the rule for the page's elements whose code has not run yet: only this package's undefined
 * elements (with no specificity, so a page can size them otherwise), and not pre-rendered ones,
 * whose content is there already. A constructed style sheet, so a strict CSP allows it.
 */
export function reserveSpace(names: readonly ElementName[]): void {
  const text = RESERVATIONS.map((r) => {
    const selector = `:where(${(r.element ? [r.element] : names).map((n) => n + (r.attr ?? '')).join(',')}):not(:defined):not([prerendered])`;
    return `${selector}{display:block}${rules(r, [[selector, 'min-height']])}`;
  });
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(text.join(''));
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  } catch {
    // An engine without constructed style sheets: the elements render as before, without the space.
  }
}
