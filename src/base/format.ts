/**
 * Cached Intl formatters per language, for times, opening hours and the print records (used by
 * the checklist, the route and the contacts; the card needs only date.ts).
 */
import { msg } from '@lit/localize';
import type { Lang } from '../data/slices.js';
import type { Hours } from '../data/types.js';
import { TIME_ZONE } from '../model/time-zone.js';

const dateTimeFormatters = new Map<Lang, Intl.DateTimeFormat>();

const locale = (lang: Lang) => (lang === 'en' ? 'en-GB' : 'nl-NL');

/** Date and time in Amsterdam, for the print record: "22 november 2026 om 14:05". */
export function formatDateTime(date: Date, lang: Lang): string {
  let f = dateTimeFormatters.get(lang);
  if (!f) {
    f = new Intl.DateTimeFormat(locale(lang), { dateStyle: 'long', timeStyle: 'short', timeZone: TIME_ZONE });
    dateTimeFormatters.set(lang, f);
  }
  return f.format(date);
}

const timeFormatters = new Map<Lang, Intl.DateTimeFormat>();
/** "HH:MM" -> "09:00" (nl) / "09:00" (en-GB), via Intl on a fixed day. */
export function formatTime(hhmm: string, lang: Lang): string {
  const [h, m] = hhmm.split(':').map(Number);
  if (h === 24) return msg('middernacht', { id: 'format.midnight' });
  let f = timeFormatters.get(lang);
  if (!f) {
    f = new Intl.DateTimeFormat(locale(lang), { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: 'UTC' });
    timeFormatters.set(lang, f);
  }
  return f.format(new Date(Date.UTC(2024, 0, 1, h, m)));
}

const dayFormatters = new Map<Lang, Intl.DateTimeFormat>();
/** ISO weekday (1 = Monday) -> "maandag" / "Monday". */
export function formatWeekday(day: number, lang: Lang): string {
  let f = dayFormatters.get(lang);
  if (!f) {
    f = new Intl.DateTimeFormat(locale(lang), { weekday: 'long', timeZone: 'UTC' });
    dayFormatters.set(lang, f);
  }
  // 2024-01-01 was a Monday.
  return f.format(new Date(Date.UTC(2024, 0, day)));
}

const listFormatters = new Map<Lang, Intl.ListFormat>();
export function formatList(items: string[], lang: Lang): string {
  let f = listFormatters.get(lang);
  if (!f) {
    f = new Intl.ListFormat(locale(lang), { style: 'long', type: 'conjunction' });
    listFormatters.set(lang, f);
  }
  return f.format(items);
}

const dayRangeFormatters = new Map<Lang, Intl.DateTimeFormat>();
const timeRangeFormatters = new Map<Lang, Intl.DateTimeFormat>();
/** ISO weekday (1 = Monday) as a date in a week that started on Monday 1 January 2024. */
const dayDate = (day: number) => new Date(Date.UTC(2024, 0, day));

/** "maandag – vrijdag" / "Monday – Friday"; runs of consecutive days as Intl ranges, joined as a list. */
export function formatDays(days: readonly number[], lang: Lang): string {
  const sorted = [...new Set(days)].filter((d) => d >= 1 && d <= 7).sort((a, b) => a - b);
  if (sorted.length === 7) return msg('elke dag', { id: 'format.every-day' });
  let f = dayRangeFormatters.get(lang);
  if (!f) {
    f = new Intl.DateTimeFormat(locale(lang), { weekday: 'long', timeZone: 'UTC' });
    dayRangeFormatters.set(lang, f);
  }
  const runs: number[][] = [];
  for (const d of sorted) {
    const run = runs[runs.length - 1];
    if (run && d === run[run.length - 1] + 1) run.push(d);
    else runs.push([d]);
  }
  const fmt = f;
  return formatList(
    runs.map((r) => (r.length === 1 ? fmt.format(dayDate(r[0])) : fmt.formatRange(dayDate(r[0]), dayDate(r[r.length - 1])))),
    lang,
  );
}

/** "09:00–17:00" as the language writes a time range (Intl); a range past midnight ends the next day. */
export function formatTimeRange(from: string, to: string, lang: Lang): string {
  let f = timeRangeFormatters.get(lang);
  if (!f) {
    f = new Intl.DateTimeFormat(locale(lang), { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: 'UTC' });
    timeRangeFormatters.set(lang, f);
  }
  const [fh, fm] = from.split(':').map(Number);
  const [th, tm] = to.split(':').map(Number);
  const start = new Date(Date.UTC(2024, 0, 1, fh, fm));
  let end = new Date(Date.UTC(2024, 0, 1, th, tm));
  if (end <= start) end = new Date(end.getTime() + 86_400_000);
  return f.formatRange(start, end);
}

/**
 * A source's opening hours as the reader's language writes them, from the structured periods
 * that "open now" is computed from: "maandag – vrijdag, 09:00–17:00" / "Monday – Friday, 09:00–17:00".
 * Empty when the statement gives no usable hours.
 */
export function formatHours(hours: Hours, lang: Lang): string {
  if (hours.always) return msg('dag en nacht, elke dag', { id: 'format.always' });
  return (hours.periods ?? [])
    .map((p) => `${formatDays(p.days, lang)}, ${formatTimeRange(p.from, p.to, lang)}`)
    .join('; ');
}
