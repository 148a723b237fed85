/**
 * Opening hours and "open now", always computed in Europe/Amsterdam time,
 * whatever the reader's own time zone (DST handled by Intl).
 */
import type { Contact, Hours } from '../data/types.js';

export const TIME_ZONE = 'Europe/Amsterdam';

let partsFormatter: Intl.DateTimeFormat | undefined;
const WEEKDAY: Record<string, number> = { Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6, Sun: 7 };

/** Weekday (1 = Monday … 7 = Sunday) and minutes since midnight in Amsterdam. */
export function amsterdamTime(date: Date): { weekday: number; minutes: number } {
  partsFormatter ??= new Intl.DateTimeFormat('en-GB', {
    timeZone: TIME_ZONE,
    weekday: 'short',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  const parts = partsFormatter.formatToParts(date);
  const get = (t: string) => parts.find((p) => p.type === t)?.value ?? '';
  return { weekday: WEEKDAY[get('weekday')] ?? 0, minutes: Number(get('hour')) * 60 + Number(get('minute')) };
}

function toMinutes(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number);
  return h * 60 + m;
}

/** Open (true), closed (false) or unknown (null: the statement gives no usable hours). */
export function isOpenAt(hours: Hours, date: Date): boolean | null {
  if (hours.always) return true;
  if (!hours.periods?.length) return null;
  const { weekday, minutes } = amsterdamTime(date);
  return hours.periods.some((p) => {
    const from = toMinutes(p.from);
    const to = toMinutes(p.to);
    if (to > from) return p.days.includes(weekday) && minutes >= from && minutes < to;
    // A period past midnight (e.g. 20:00-08:00) belongs to the day it starts on.
    const prev = weekday === 1 ? 7 : weekday - 1;
    return (p.days.includes(weekday) && minutes >= from) || (p.days.includes(prev) && minutes < to);
  });
}

export type OpenState = 'open' | 'closed' | 'unknown';

/** The next moment a line opens: on which weekday, how many days from now, and at what time. */
export interface NextOpening {
  /** 0 = later today, 1 = tomorrow, ... (Amsterdam calendar days). */
  inDays: number;
  /** ISO weekday, 1 = Monday ... 7 = Sunday. */
  weekday: number;
  /** "HH:MM" in Amsterdam time. */
  at: string;
}

export interface OpenStatus {
  state: OpenState;
  /** When closed: when it opens next (null when the hours give no next opening). */
  next: NextOpening | null;
}

/** The first opening after `date` within the coming week, or null. */
export function nextOpening(hours: Hours, date: Date): NextOpening | null {
  if (hours.always || !hours.periods?.length) return null;
  const { weekday, minutes } = amsterdamTime(date);
  for (let inDays = 0; inDays <= 7; inDays++) {
    const day = ((weekday - 1 + inDays) % 7) + 1;
    const starts = hours.periods
      .filter((p) => p.days.includes(day))
      .map((p) => p.from)
      .filter((from) => inDays > 0 || toMinutes(from) > minutes)
      .sort();
    if (starts.length) return { inDays, weekday: day, at: starts[0] };
  }
  return null;
}

/** Whether a contact is open at `date` and, when closed, when it opens next. */
export function openStatus(contact: Contact, date: Date): OpenStatus {
  const hours = contact.hours;
  const open = hours ? isOpenAt(hours, date) : null;
  if (open === null) return { state: 'unknown', next: null };
  if (open) return { state: 'open', next: null };
  return { state: 'closed', next: nextOpening(hours!, date) };
}

/** Contacts that are reachable around the clock. */
export function alwaysOpen(contacts: readonly Contact[]): Contact[] {
  return contacts.filter((c) => c.hours?.always);
}
