/**
 * Measuring the space the loader holds for an element (src/reserve.ts) against the height it then
 * renders at: used by test/reserve.test.ts, which holds the table to what renders, and by
 * test/measure/reserve.measure.ts (npm run measure:reserve), which measures the table's rows.
 */
import { expect, oneEvent } from '@open-wc/testing';
import { EXPLOITATIONS, AUDIENCES, TOPICS } from '../../src/data/enums.js';
import { RESERVATIONS } from '../../src/reserve.js';

/** Every value of the attributes the table distinguishes, with and without the next-step line. */
export const CASES: string[] = [
  ...EXPLOITATIONS.map((e) => `signal-card exploitation="${e}" audience="professional"`),
  'signal-card',
  ...AUDIENCES.map((a) => `signal-card audience="${a}"`),
  'signal-checklist',
  'signal-checklist audience="front-desk"',
  ...AUDIENCES.map((a) => `meldroute-steps route="${a}"`),
  'contact-list',
  ...TOPICS.map((t) => `contact-list topic="${t}"`),
].flatMap((c) => [c, `${c} no-next-step`]);

/** Per frame at most eight elements: more would be skipped off-screen (their height an estimate). */
export const BATCH = 8;

export interface Measured {
  tag: string;
  /** The last row of the table that matches the element (it decides the space held). */
  row: number;
  /** Before the element's code ran. */
  reserved: number;
  /** With its content. */
  rendered: number;
  /** While its content loads (made to load again). */
  loading: number;
  /** Its text size, and the page's (px). */
  fontSize: number;
  pageFontSize: number;
}

/**
 * Loads `cases` in a frame of the given size, each in a column `column` px wide (the whole width
 * without), with the script tag before them and the page's own `css`: each one's reserved and
 * rendered height.
 */
export async function measure(cases: string[], width: number, height: number, lang: string, column?: number, css = ''): Promise<{ rows: Measured[]; vh: number }> {
  const f = document.createElement('iframe');
  f.width = String(width);
  f.height = String(height);
  const loaded = oneEvent(f, 'load');
  f.srcdoc =
    `<!doctype html><html lang="${lang}"><head>` +
    '<meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">' +
    `<style>body{margin:0}${column ? `main{width:${column}px}` : ''}${css}</style></head><body><main>` +
    '<script src="/dist/signalenkaart.js"></script>' +
    cases.map((c) => `<${c}></${c.split(' ')[0]}>`).join('') +
    // Parsed before the element code can have arrived: every element still waits, in its space.
    '<script>const els = [...document.querySelectorAll("main > :not(script)")]; window.reserved = els.map((e) => e.getBoundingClientRect().height); window.waiting = els.every((e) => !e.matches(":defined"))</script></main></body></html>';
  document.body.append(f);
  try {
    await loaded;
    const win = f.contentWindow as Window & typeof globalThis & { reserved: number[]; waiting: boolean };
    const els = [...win.document.querySelectorAll('main > :not(script)')] as (HTMLElement & { contentReady: Promise<void> })[];
    expect(win.waiting, 'measured before the elements were defined').to.equal(true);
    await Promise.all(
      els.map(async (el) => {
        await win.customElements.whenDefined(el.localName);
        await el.contentReady;
      }),
    );
    await new Promise((r) => win.requestAnimationFrame(() => win.requestAnimationFrame(r)));
    const rendered = els.map((el) => el.getBoundingClientRect().height);
    // Back to the loading state: as if its content had not come yet.
    const loading = await Promise.all(
      els.map(async (el) => {
        const lit = el as unknown as { data?: unknown; requestUpdate(): void; updateComplete: Promise<boolean> };
        lit.data = undefined;
        lit.requestUpdate();
        await lit.updateComplete;
        expect(el.shadowRoot!.querySelector('.loading'), `<${el.localName}> shows its loading line`).to.not.equal(null);
        return el.getBoundingClientRect().height;
      }),
    );
    const px = (el: Element) => parseFloat(win.getComputedStyle(el).fontSize);
    return {
      rows: els.map((el, i) => ({ tag: cases[i], row: rowOf(el), reserved: win.reserved[i], rendered: rendered[i], loading: loading[i], fontSize: px(el), pageFontSize: px(win.document.body) })),
      vh: win.innerHeight,
    };
  } finally {
    f.remove();
  }
}

/** The last row of the table matching `el` (0, the general row, when no other does). */
export function rowOf(el: Element): number {
  let found = 0;
  RESERVATIONS.forEach((r, i) => {
    if (r.element && el.matches(`${r.element}${r.attr ?? ''}`)) found = i;
  });
  return found;
}
