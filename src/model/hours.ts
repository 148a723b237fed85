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

export type OpenState = 'open' | 'closed' | 'unknown' | 'differs';

export interface OpenStatus {
  /** 'differs' when the sources' statements disagree about this moment. */
  state: OpenState;
  statements: { hours: Hours; open: boolean | null }[];
}

/** Whether a contact is open at `date`, per statement of its sources, and overall. */
export function openStatus(contact: Contact, date: Date): OpenStatus {
  const statements = (contact.hours ?? []).map((hours) => ({ hours, open: isOpenAt(hours, date) }));
  const known = statements.filter((s) => s.open !== null);
  let state: OpenState = 'unknown';
  if (known.length) {
    const anyOpen = known.some((s) => s.open);
    const anyClosed = known.some((s) => !s.open);
    state = anyOpen && anyClosed ? 'differs' : anyOpen ? 'open' : 'closed';
  }
  return { state, statements };
}

/** Contacts that a source says are reachable around the clock. */
export function alwaysOpen(contacts: readonly Contact[]): Contact[] {
  return contacts.filter((c) => c.hours?.some((h) => h.always));
}
