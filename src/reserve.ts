/**
 * Space for the elements before their content is there, so the host page does not jump when
 * they render. Nearly every element is taller than the screen once it shows its content
 * (measured at 320, 412, 1280 and 1920 px wide: see docs/performance.md), so an element that
 * waits holds one screen's height: what follows it starts below the screen and stays there while
 * the element grows to its content. The acute contact list is shorter (about 24 to 46em, narrow
 * screens the most), so it holds less. Written once here: the loader's rule for elements whose
 * code has not run yet, and the elements' own rule while their content loads (base/styles.ts,
 * the contact list's styles).
 */
import type { ElementName } from './catalog.js';

interface Reservation {
  /** Only for this element (all of them without). */
  element?: ElementName;
  /** An attribute selector that narrows it, e.g. `[topic="acute"]`. */
  attr?: string;
  height: string;
}

export const RESERVATIONS: readonly Reservation[] = [{ height: '100vh' }, { element: 'contact-list', attr: '[topic="acute"]', height: 'min(100vh, 36em)' }];

/** The rules for the elements' own loading state, inside `element`'s shadow root (all elements: the general rule). */
export function loadingRules(element?: ElementName): string {
  return RESERVATIONS.filter((r) => r.element === element)
    .map((r) => `:host${r.attr ? `(${r.attr})` : ''} .loading{min-height:${r.height}}`)
    .join('');
}

/**
 * Adds the rule for the page's elements whose code has not run yet: only this package's undefined
 * elements (with no specificity, so a page can size them otherwise), and not pre-rendered ones,
 * whose content is there already. A constructed style sheet, so a strict CSP allows it.
 */
export function reserveSpace(names: readonly ElementName[]): void {
  const rules = RESERVATIONS.map(
    (r) => `:where(${(r.element ? [r.element] : names).map((n) => n + (r.attr ?? '')).join(',')}):not(:defined):not([prerendered]){display:block;min-height:${r.height}}`,
  );
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(rules.join(''));
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  } catch {
    // An engine without constructed style sheets: the elements render as before, without the space.
  }
}
