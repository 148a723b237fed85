#!/usr/bin/env node
// npm run measure:reserve: measures the rows of the reservation table (src/reserve.ts) in all
// three engines (test/measure/reserve.measure.ts, after npm run build) and prints each row's
// points: the element's height at element widths from a small phone to a full desktop page,
// between what the engines and languages render there, joined by straight lines wherever that
// stays within TOLERANCE_PX of every measured width. With --write, puts them in src/reserve.ts
// (each row's `at`, in the table's order); npm test (test/reserve.test.ts) then holds them to
// what renders. --no-run fits the last measurements again (bench/tmp/reserve-*.json).
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync, existsSync } from 'node:fs';

const TOLERANCE_PX = 20;
const ENGINES = ['chromium', 'firefox', 'webkit'];

if (!process.argv.includes('--no-run')) {
  if (!existsSync('dist/signalenkaart.js')) {
    console.error('dist/ is missing: run `npm run build` first (the measurement loads the built loader).');
    process.exit(1);
  }
  const run = spawnSync('npx', ['web-test-runner', 'test/measure/reserve.measure.ts'], { stdio: 'inherit', env: { ...process.env, BROWSERS: ENGINES.join(',') } });
  if (run.status !== 0) process.exit(run.status ?? 1);
}

/** Heights by row, then width: the lowest and highest any engine and language rendered. */
const rows = new Map();
for (const engine of ENGINES) {
  const file = `bench/tmp/reserve-${engine}.json`;
  if (!existsSync(file)) throw new Error(`${file} is missing: run without --no-run`);
  for (const { row, width, height } of JSON.parse(readFileSync(file, 'utf8'))) {
    if (row === 0) continue;
    const byWidth = rows.get(row) ?? new Map();
    rows.set(row, byWidth);
    const [lo, hi] = byWidth.get(width) ?? [Infinity, -Infinity];
    byWidth.set(width, [Math.min(lo, height), Math.max(hi, height)]);
  }
}

/** Height at `w` on the line through the points. */
const at = (points, w) => {
  if (w <= points[0][0]) return points[0][1] + ((points[1][1] - points[0][1]) / (points[1][0] - points[0][0])) * (w - points[0][0]);
  for (let i = 1; i < points.length; i++) {
    const [w0, h0] = points[i - 1];
    const [w1, h1] = points[i];
    if (w <= w1) return h0 + ((h1 - h0) * (w - w0)) / (w1 - w0);
  }
  return points.at(-1)[1];
};
/** Worst distance from the middle of what rendered, over every measured width. */
const error = (points, measured) => Math.max(...measured.map(([w, [lo, hi]]) => Math.abs(at(points, w) - (lo + hi) / 2)));

const fitted = new Map();
for (const [row, byWidth] of [...rows].sort((a, b) => a[0] - b[0])) {
  const measured = [...byWidth].sort((a, b) => a[0] - b[0]);
  let points = measured.map(([w, [lo, hi]]) => [w, (lo + hi) / 2]);
  // Drop the point whose loss costs least, while every width stays within the tolerance.
  for (;;) {
    const tries = points.slice(1, -1).map((_, i) => points.filter((__, j) => j !== i + 1));
    const best = tries.map((p) => [p, error(p, measured)]).sort((a, b) => a[1] - b[1])[0];
    if (!best || best[1] > TOLERANCE_PX) break;
    points = best[0];
  }
  const spread = Math.max(...measured.map(([, [lo, hi]]) => hi - lo));
  const em = (px) => +(px / 16).toFixed(1);
  const at = `[${points.map(([w, h]) => `[${em(w)}, ${em(h)}]`).join(', ')}]`;
  fitted.set(row, at);
  console.log(`row ${row}: at: ${at} (off by at most ${error(points, measured).toFixed(0)} px; engines and languages ${spread.toFixed(0)} px apart)`);
}

if (process.argv.includes('--write')) {
  const file = 'src/reserve.ts';
  let row = 0;
  const text = readFileSync(file, 'utf8').replace(/^( {2}\{ element: .*?, at: )\[\[.*?\]\](.*)$/gm, (line, head, tail) => {
    row += 1;
    return fitted.has(row) ? `${head}${fitted.get(row)}${tail}` : line;
  });
  if (row !== fitted.size) throw new Error(`src/reserve.ts has ${row} rows with points, the measurement ${fitted.size}`);
  writeFileSync(file, text);
  console.log(`Wrote the points of ${row} rows to ${file}.`);
}
