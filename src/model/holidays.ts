/**
 * The official public holidays of the Netherlands ("officiële feestdagen"), as Rijksoverheid
 * lists them: https://www.rijksoverheid.nl/onderwerpen/arbeidsovereenkomst-en-cao/vraag-en-antwoord/officiele-feestdagen
 * No law makes them days off: whether a line is open on one is up to the organisation. So a
 * contact's opening hours say nothing certain about them, and "open now" must not claim it.
 */

/** The holidays, in the order of the year. */
export const HOLIDAYS = [
  'nieuwjaarsdag',
  'goede-vrijdag',
  'eerste-paasdag',
  'tweede-paasdag',
  'koningsdag',
  'bevrijdingsdag',
  'hemelvaartsdag',
  'eerste-pinksterdag',
  'tweede-pinksterdag',
  'eerste-kerstdag',
  'tweede-kerstdag',
] as const;
export type Holiday = (typeof HOLIDAYS)[number];

/** A calendar day (month 1-12). */
export interface Day {
  year: number;
  month: number;
  day: number;
}

/** The day `n` days after `d` (n may be negative). */
export function addDays(d: Day, n: number): Day {
  const t = new Date(Date.UTC(d.year, d.month - 1, d.day + n));
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
}

/** Easter Sunday of `year` (Gregorian calendar; the anonymous algorithm, after Meeus). */
export function easter(year: number): Day {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return { year, month, day };
}

/** King's Day: 27 April, or the 26th when the 27th is a Sunday. */
function kingsDay(year: number): Day {
  const sunday = new Date(Date.UTC(year, 3, 27)).getUTCDay() === 0;
  return { year, month: 4, day: sunday ? 26 : 27 };
}

/** The holidays of `year`, each with its day. */
export function holidaysOf(year: number): [Holiday, Day][] {
  const e = easter(year);
  return [
    ['nieuwjaarsdag', { year, month: 1, day: 1 }],
    ['goede-vrijdag', addDays(e, -2)],
    ['eerste-paasdag', e],
    ['tweede-paasdag', addDays(e, 1)],
    ['koningsdag', kingsDay(year)],
    ['bevrijdingsdag', { year, month: 5, day: 5 }],
    ['hemelvaartsdag', addDays(e, 39)],
    ['eerste-pinksterdag', addDays(e, 49)],
    ['tweede-pinksterdag', addDays(e, 50)],
    ['eerste-kerstdag', { year, month: 12, day: 25 }],
    ['tweede-kerstdag', { year, month: 12, day: 26 }],
  ];
}

/** The holiday on day `d`, or null. */
export function holidayOn(d: Day): Holiday | null {
  const found = holidaysOf(d.year).find(([, h]) => h.month === d.month && h.day === d.day);
  return found ? found[0] : null;
}
