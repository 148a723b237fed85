/**
 * Measures the rows of the reservation table (src/reserve.ts): the height every case renders at,
 * at element widths from a small phone to a wide desktop column, in both languages, in this
 * engine. Run by scripts/measure-reservations.mjs (npm run measure:reserve), which fits the rows
 * to what all engines measured. Not part of npm test (test/reserve.test.ts holds the table).
 */
import { expect } from '@open-wc/testing';
import { writeFile } from '@web/test-runner-commands';
import { CASES, BATCH, measure } from '../helpers/reserve.js';

/**
 * Element widths in px: 320 (the smallest phone, WCAG reflow) to a full desktop page; closer
 * together where the elements' heights change most (their headings and contact cards wrap).
 */
export const WIDTHS = [320, 340, 360, 380, 400, 420, 440, 480, 520, 560, 640, 720, 800, 960, 1120, 1280];

const engine = /Firefox\//.test(navigator.userAgent) ? 'firefox' : /Chrome\//.test(navigator.userAgent) ? 'chromium' : 'webkit';

it(`measures every case at ${WIDTHS.length} widths (${engine})`, async function () {
  this.timeout(600000);
  const out: { tag: string; row: number; lang: string; width: number; height: number }[] = [];
  for (const lang of ['nl', 'en'])
    for (const width of WIDTHS)
      for (let i = 0; i < CASES.length; i += BATCH) {
        // In a column of the width, in a wider frame: its scrollbar takes nothing from the column.
        const { rows } = await measure(CASES.slice(i, i + BATCH), width + 40, 1000, lang, width);
        for (const r of rows) out.push({ tag: r.tag, row: r.row, lang, width, height: Math.round(r.rendered * 10) / 10 });
      }
  expect(out.length).to.equal(CASES.length * WIDTHS.length * 2);
  await writeFile({ path: `../../bench/tmp/reserve-${engine}.json`, content: JSON.stringify(out) });
});
