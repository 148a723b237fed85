/** Cached Intl formatters per language. */
import type { Lang } from '../data/slices.js';
import { TIME_ZONE } from '../model/hours.js';

const dateFormatters = new Map<Lang, Intl.DateTimeFormat>();
const dateTimeFormatters = new Map<Lang, Intl.DateTimeFormat>();

const locale = (lang: Lang) => (lang === 'en' ? 'en-GB' : 'nl-NL');

/** "22 november 2026" / "22 November 2026". Accepts "YYYY", "YYYY-MM-DD" or a Date. */
export function formatDate(value: string | Date, lang: Lang): string {
  if (typeof value === 'string' && /^\d{4}$/.test(value)) return value;
  const date = typeof value === 'string' ? new Date(`${value}T12:00:00Z`) : value;
  if (Number.isNaN(date.getTime())) return String(value);
  let f = dateFormatters.get(lang);
  if (!f) {
    f = new Intl.DateTimeFormat(locale(lang), { day: 'numeric', month: 'long', year: 'numeric', timeZone: TIME_ZONE });
    dateFormatters.set(lang, f);
  }
  return f.format(date);
}

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
  if (h === 24) return lang === 'en' ? 'midnight' : '24:00';
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
