/**
 * Opening hours and "open now", always computed in Europe/Amsterdam time,
 * whatever the reader's own time zone (DST handled by Intl).
 */
import type { Contact, Hours } from '../data/types.js';
import { addDays, holidayOn, type Day, type Holiday } from './holidays.js';
import { TIME_ZONE } from './time-zone.js';

let partsFormatter: Intl.DateTimeFormat | undefined;
const WEEKDAY: Record<string, number> = { Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6, Sun: 7 };

/** The parts of `date` in Amsterdam: weekday, calendar day, hour and minute. */
function amsterdamParts(date: Date): (type: string) => string {
  partsFormatter ??= new Intl.DateTimeFormat('en-GB', {
    timeZone: TIME_ZONE,
    weekday: 'short',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  const parts = partsFormatter.formatToParts(date);
  return (t: string) => parts.find((p) => p.type === t)?.value ?? '';
}

/** Weekday (1 = Monday … 7 = Sunday) and minutes since midnight in Amsterdam. */
export function amsterdamTime(date: Date): { weekday: number; minutes: number } {
  const get = amsterdamParts(date);
  return { weekday: WEEKDAY[get('weekday')] ?? 0, minutes: Number(get('hour')) * 60 + Number(get('minute')) };
}

/** The calendar day in Amsterdam. */
export function amsterdamDay(date: Date): Day {
  const get = amsterdamParts(date);
  return { year: Number(get('year')), month: Number(get('month')), day: Number(get('day')) };
}

function toMinutes(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number);
  return h * 60 + m;
}

const DAY = 24 * 60;
const WEEK = 7 * DAY;

/** Minutes since Monday 00:00 in Amsterdam, and the weekday and minutes they come from. */
function weekMinute(date: Date): { now: number; weekday: number; minutes: number } {
  const { weekday, minutes } = amsterdamTime(date);
  return { now: (weekday - 1) * DAY + minutes, weekday, minutes };
}

/**
 * Each period on each of its days as [from, to) in minutes from Monday 00:00. A period past
 * midnight (20:00-08:00) belongs to the day it starts on; one from a time to the same time lasts
 * a day. Also a week before and after: a Sunday night's period runs into Monday, and a closing
 * time can fall in the next week.
 */
function weekSpans(periods: NonNullable<Hours['periods']>): (readonly [number, number])[] {
  return periods.flatMap((p) =>
    p.days.flatMap((d) => {
      const from = (d - 1) * DAY + toMinutes(p.from);
      const length = (toMinutes(p.to) - toMinutes(p.from) + DAY) % DAY || DAY;
      return [-WEEK, 0, WEEK].map((shift) => [from + shift, from + shift + length] as const);
    }),
  );
}

/** Open (true), closed (false) or unknown (null: the statement gives no usable hours). */
export function isOpenAt(hours: Hours, date: Date): boolean | null {
  if (hours.always) return true;
  if (!hours.periods?.length) return null;
  const { now } = weekMinute(date);
  return weekSpans(hours.periods).some(([from, to]) => from <= now && now < to);
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
  /** When that day is a public holiday: which (the line may stay closed then). */
  holiday?: Holiday;
}

/** When an open line closes: the time, and the day it falls on as seen from now. */
export interface Closing {
  /** 0 = later today, 1 = tomorrow, ... (Amsterdam calendar days). */
  inDays: number;
  /** ISO weekday, 1 = Monday ... 7 = Sunday. */
  weekday: number;
  /** "HH:MM" in Amsterdam time. */
  at: string;
}

export interface OpenStatus {
  /**
   * 'holiday': within the stated hours, but today is a public holiday, on which the hours say
   * nothing certain (the line may be closed); never "open now" then.
   */
  state: OpenState | 'holiday';
  /** When closed: when it opens next (null when the hours give no next opening). */
  next: NextOpening | null;
  /** When open by its periods (not day and night): when it closes. */
  closes?: Closing;
  /** Today's public holiday, with state 'holiday'. */
  holiday?: Holiday;
}

/** The moment `delta` minutes after `minutes` on `weekday`: how many days from then, which weekday, at what time. */
function later(weekday: number, minutes: number, delta: number): { inDays: number; weekday: number; at: string } {
  const at = minutes + delta;
  const inDays = Math.floor(at / DAY);
  const clock = at % DAY;
  return {
    inDays,
    weekday: ((weekday - 1 + inDays) % 7) + 1,
    at: `${String(Math.floor(clock / 60)).padStart(2, '0')}:${String(clock % 60).padStart(2, '0')}`,
  };
}

/** The first opening after `date` within the coming week, or null. */
export function nextOpening(hours: Hours, date: Date): NextOpening | null {
  if (hours.always || !hours.periods?.length) return null;
  const { now, weekday, minutes } = weekMinute(date);
  const starts = weekSpans(hours.periods)
    .map(([from]) => from)
    .filter((from) => from > now && from - now <= WEEK);
  if (!starts.length) return null;
  const next = later(weekday, minutes, Math.min(...starts) - now);
  const holiday = holidayOn(addDays(amsterdamDay(date), next.inDays));
  return holiday ? { ...next, holiday } : next;
}

/**
 * When a line that is open at `date` closes: the end of the period it is open in, carried on
 * through periods that join or overlap it (09:00-12:00 and 12:00-17:00 close at 17:00). Null
 * when it is not open by its periods, or open all week.
 */
export function closingTime(hours: Hours, date: Date): Closing | null {
  if (hours.always || !hours.periods?.length) return null;
  const { now, weekday, minutes } = weekMinute(date);
  const spans = weekSpans(hours.periods);
  let end = spans.find(([from, to]) => from <= now && now < to)?.[1];
  if (end === undefined) return null;
  for (let more = true; more && end - now < WEEK; ) {
    more = false;
    for (const [from, to] of spans) {
      if (from <= end && to > end) {
        end = to;
        more = true;
      }
    }
  }
  return end - now < WEEK ? later(weekday, minutes, end - now) : null;
}

/**
 * The day in Amsterdam on which the period a line is open in at `date` began: a night's period
 * belongs to the day it starts on (the shift of New Year's Day runs on after midnight).
 */
function dayOpened(hours: Hours, date: Date): Day {
  const { now } = weekMinute(date);
  const from = weekSpans(hours.periods ?? []).find(([f, t]) => f <= now && now < t)?.[0] ?? now;
  return addDays(amsterdamDay(date), Math.floor(from / DAY) - Math.floor(now / DAY));
}

/** Whether a contact is open at `date`; when open, when it closes; when closed, when it opens next. */
export function openStatus(contact: Contact, date: Date): OpenStatus {
  const hours = contact.hours;
  const open = hours ? isOpenAt(hours, date) : null;
  if (open === null) return { state: 'unknown', next: null };
  if (open) {
    const holiday = hours!.always ? null : holidayOn(dayOpened(hours!, date));
    if (holiday) return { state: 'holiday', next: null, holiday };
    const closes = closingTime(hours!, date);
    return closes ? { state: 'open', next: null, closes } : { state: 'open', next: null };
  }
  return { state: 'closed', next: nextOpening(hours!, date) };
}

/** Contacts that are reachable around the clock. */
export function alwaysOpen(contacts: readonly Contact[]): Contact[] {
  return contacts.filter((c) => c.hours?.always);
}
