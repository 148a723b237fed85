/**
 * Space for the elements before their content is there, so the host page does not jump when
 * they render. Nearly every element is taller than the screen once it shows its content, so an
 * element that waits holds one screen's height: what follows it starts below the screen and stays
 * there while the element grows to its content. Some are shorter (the card's overview, and the
 * contact lists of one topic, on wider columns): those hold the height they render at for their
 * own width, in the column the page gives them, not the screen's: a card in a 700 px column of a
 * desktop page is taller than one across the whole page. Each row gives that height at a few
 * widths, joined by straight lines, capped at the screen's height; the points come from
 * `npm run measure:reserve`, which measures every case in all three engines and both languages
 * from 320 px to 1280 px wide, and fits the points to within 20 px of the middle of what they
 * render (the engines set the same text up to 100 px apart on the narrowest). test/reserve.test.ts
 * holds every row against the rendered height in all three engines and both languages, on a
 * phone, across a desktop page and in two columns of it (within 3% of the screen), so a dataset
 * change that makes one shorter or taller fails there.
 *
 * The element's own width is read with a container query: while it waits (before its code has
 * run, and while its content loads) an element of a row with points is a size container, and a
 * float as tall as its row (its `::before`) holds the height. One that holds a screen's height
 * needs no width: a plain min-height, with less to lay out in the page's first frame. On screens only: a page printed while an element still
 * waits gets no empty page for it. Written once here: the loader's rule for elements whose
 * code has not run yet (reserveSpace), and the elements' own rule while their content loads
 * (loadingRules: loadingStyles in base/styles.ts, which pre-rendered HTML leaves out).
 */
import type { ElementName } from './catalog.js';

/** A height in em at an element width in em. */
type Point = readonly [width: number, height: number];

interface Reservation {
  /** Only for this element (all of them without). */
  element?: ElementName;
  /** A selector that narrows it, e.g. `[topic="acute"]`. */
  attr?: string;
  /** The height at these element widths, joined by straight lines (and level after the last); without: the screen's height. */
  at?: readonly Point[];
}

export const RESERVATIONS: readonly Reservation[] = [
  {},
  // Later rows win where several match: the next-step line (left out with no-next-step) is 5-7em high.
  // From `npm run measure:reserve`.
  { element: 'signal-card', attr: ':not([exploitation])', at: [[20, 63.7], [22.5, 60.3], [25, 53.1], [45, 43.5], [80, 40.1]] },
  { element: 'signal-card', attr: ':not([exploitation])[no-next-step]', at: [[20, 55], [22.5, 51.6], [25, 45.1], [45, 37.8], [80, 34.4]] },
  { element: 'signal-card', attr: ':not([exploitation])[audience]', at: [[20, 65.7], [22.5, 62.3], [25, 55.1], [45, 45.5], [80, 42.1]] },
  { element: 'signal-card', attr: ':not([exploitation])[audience][no-next-step]', at: [[20, 57], [22.5, 53.6], [25, 47.1], [45, 39.8], [80, 36.4]] },
  { element: 'signal-card', attr: ':not([exploitation])[audience="medical"]', at: [[20, 59], [23.8, 54.6], [25, 49.3], [32.5, 48.6], [45, 43.7], [80, 42.9]] },
  { element: 'signal-card', attr: ':not([exploitation])[audience="medical"][no-next-step]', at: [[20, 50.2], [23.8, 45.8], [25, 41.3], [40, 40], [45, 37.9], [80, 37.2]] },
  { element: 'contact-list', attr: '[topic="acute"]', at: [[20, 56], [21.3, 55.3], [25, 45.9], [32.5, 40.5], [50, 32.2], [80, 29.6]] },
  { element: 'contact-list', attr: '[topic="acute"][no-next-step]', at: [[20, 47.3], [21.3, 46.5], [25, 38.6], [32.5, 33.2], [50, 26.5], [80, 23.8]] },
  // In English (the page language, which the elements follow) the acute list differs most.
  { element: 'contact-list', attr: '[topic="acute"]:lang(en)', at: [[20, 54.1], [26.3, 43.3], [45, 32.2], [60, 32.2], [70, 29.6], [80, 29.6]] },
  { element: 'contact-list', attr: '[topic="acute"][no-next-step]:lang(en)', at: [[20, 45.4], [22.5, 40], [26.3, 36], [40, 30.6], [45, 26.5], [60, 26.5], [70, 23.8], [80, 23.8]] },
  { element: 'contact-list', attr: '[topic="medical"]', at: [[20, 71.2], [25, 59.6], [35, 48.1], [40, 44.5], [50, 41], [80, 38.1]] },
  { element: 'contact-list', attr: '[topic="medical"][no-next-step]', at: [[20, 64.4], [23.8, 55.1], [35, 42.9], [50, 37.2], [80, 34.3]] },
  { element: 'contact-list', attr: ':is([topic="shelter"], [topic="sexual"], [topic="criminal"])', at: [[20, 97], [21.3, 95.5], [26.3, 79.1], [30, 76.5], [32.5, 67.6], [40, 59.8], [45, 57.2], [80, 50.3]] },
  { element: 'contact-list', attr: ':is([topic="shelter"], [topic="sexual"], [topic="criminal"])[no-next-step]', at: [[20, 90.3], [21.3, 88.8], [26.3, 73.9], [30, 71.3], [32.5, 62.4], [45, 53.5], [80, 46.5]] },
  { element: 'contact-list', attr: '[topic="minors"]', at: [[20, 103.8], [23.8, 90.3], [32.5, 73], [40, 63.1], [60, 55.4], [80, 52.6]] },
  { element: 'contact-list', attr: '[topic="minors"][no-next-step]', at: [[20, 97.1], [23.8, 83.5], [27.5, 78.5], [32.5, 67.8], [40, 59.3], [60, 51.6], [80, 48.8]] },
];

const SCREEN = '100vh';
const em = (n: number) => `${+n.toFixed(3)}em`;

/** The line from `a` to `b`: the height at width 0 and what each em of width adds. */
function segment([w0, h0]: Point, [w1, h1]: Point): { base: number; slope: number } {
  const slope = (h1 - h0) / (w1 - w0);
  return { base: h0 - slope * w0, slope };
}

/** The height as CSS on the line from `a` to `b` (`100cqi`: the width of the element, the query container). */
function line(a: Point, b: Point): string {
  const { base, slope } = segment(a, b);
  return `calc(${em(base)} ${slope < 0 ? '-' : '+'} ${+Math.abs(slope).toFixed(4)} * 100cqi)`;
}

/** Rules that give `selector` the row's `property`: one per segment, for element widths from its start (the first also below). */
function rules(r: Reservation, selector: string, property: string): string {
  const points = r.at;
  if (!points) return `${selector}{${property}:${SCREEN}}`;
  return points
    .map((p, i) => {
      const rule = `${selector}{${property}:min(${SCREEN}, ${i < points.length - 1 ? line(p, points[i + 1]) : em(p[1])})}`;
      return i === 0 ? rule : `@container (min-width: ${em(p[0])}){${rule}}`;
    })
    .join('');
}

/** The row's height at element width `w` (em), as the rules give it, for an estimate where no query container is at hand. */
function heightAt(r: Reservation, w: number): string {
  const points = r.at;
  if (!points) return SCREEN;
  // The segment `w` falls in (the first also below it); level from the last point on.
  const i = Math.max(0, points.filter(([x]) => x <= w).length - 1);
  if (w >= points[points.length - 1][0]) return `min(${SCREEN}, ${em(points[points.length - 1][1])})`;
  const { base, slope } = segment(points[i], points[i + 1]);
  return `min(${SCREEN}, ${em(base + slope * w)})`;
}

/** Set by the loader on an element whose code could not be loaded (src/index.ts): the space held for it is let go. */
export const LOAD_FAILED = 'load-failed';

/** The float that holds the height inside a query container: in normal flow, it takes no width. */
const FLOAT = 'content:"";float:left;';

/**
 * A query container, as a waiting element is one. Its own content no longer sizes it across:
 * where the page sizes it by its content (a flex row, an auto grid column), it counts as wide
 * as a page of text, as the element with its content does, and may shrink; never wider than
 * its column. Without this, its fallback content would be squeezed into no width at all.
 */
const CONTAINER = 'container-type:inline-size;contain-intrinsic-inline-size:100em;min-width:0;max-width:100%;';

/**
 * The rules by which `box` holds the row's height. A screen's height needs no width: a plain
 * min-height (no container, no float: less to lay out in the page's first frame). A row with
 * points: a float in `box` as tall as the row at the width of `container`, a query container
 * (and no screen's height from the general row).
 */
function held(r: Reservation, container: string, box: string): string {
  if (!r.at) return rules(r, box, 'min-height');
  return `${container}{${CONTAINER}}${box}{min-height:0}${box}::before{${FLOAT}}` + rules(r, `${box}::before`, 'height');
}

/**
 * The rules inside `element`'s shadow root (all elements: the general rule): while it loads,
 * the element is a query container (`:state(loading)`, set by the base element) and its loading
 * box holds the height; the off-screen estimate (`content-visibility: auto`, base/styles.ts)
 * holds it too, as it renders at a phone's width and across a desktop page (48em and up).
 */
export function loadingRules(element?: ElementName): string {
  const own = RESERVATIONS.filter((r) => r.element === element);
  return `@media screen{${element ? '' : '.loading{display:flow-root}'}${own
    .map((r) => {
      const host = `:host${r.attr ? `(${r.attr})` : ''}`;
      const estimate = `${host} [part~='base']`;
      return held(r, `:host(${r.attr ?? ''}:state(loading))`, `${host} .loading`) + `${estimate}{contain-intrinsic-size:auto ${heightAt(r, 25.75)}}@media (min-width: 48em){${estimate}{contain-intrinsic-size:auto ${heightAt(r, 80)}}}`;
    })
    .join('')}}`;
}

/**
 * Adds the rule for the page's elements whose code has not run yet: only this package's undefined
 * elements, and not pre-rendered ones, whose content is there already. With no specificity, so a
 * page can size them otherwise (a `height` and `min-height` of its own: a float then stays inside it).
 * A block of its own (`flow-root`): the margins of what it holds while it waits (a snippet's
 * fallback, the next step the loader adds on a slow line) stay inside it, so nothing around it
 * moves when that comes or goes. A phone number in what it holds stays on one line.
 * A constructed style sheet, so a strict CSP allows it.
 */
export function reserveSpace(names: readonly ElementName[]): void {
  const text = RESERVATIONS.map((r) => {
    const waiting = `:where(${(r.element ? [r.element] : names).map((n) => `${n}${r.attr ?? ''}:not(:defined):not([prerendered]):not([${LOAD_FAILED}])`).join(',')})`;
    return (r.element ? '' : `${waiting}{display:flow-root}`) + held(r, waiting, waiting);
  });
  // The next step a waiting element holds (the loader's, or a snippet's; its numbers carry
  // translate="no", src/fallback.ts): a number on one line, not a box of its own (a line may
  // break before a box whatever comes before it, and the no-break space in front of the number
  // keeps it beside what it is for). A page's own tel: link, which may be a sentence ("Bel
  // Veilig Thuis gratis op 0800-2000"), is a box that moves to the next line whole and wraps
  // inside only where it is wider than the column.
  const waitingLinks = `:where(${names.join(',')}):not(:defined) a[href^="tel:"]`;
  text.push(`${waitingLinks}[translate="no"]{white-space:nowrap}${waitingLinks}:not([translate="no"]){display:inline-block;max-width:100%}`);
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(`@media screen{${text.join('')}}`);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  } catch {
    // An engine without constructed style sheets: the elements render as before, without the space.
  }
}
