/**
 * The clock for "open now", shared by `<contact-list>` and `<meldroute-steps>`: the `now`
 * property (a fixed moment, for tests and for pages that show a set time) or, without it,
 * the current time, re-rendered when the minute changes while the element is on the page.
 */
import type { ComplexAttributeConverter, ReactiveController, ReactiveControllerHost } from 'lit';
import { msg } from '@lit/localize';

/** An ISO 8601 date, or date and time with an optional offset ("2026-11-23T09:00:00+01:00"). */
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/i;

/** `now` attribute: an ISO 8601 date-time ("2026-11-23T09:00:00+01:00"); empty = the current time. */
export const dateConverter: ComplexAttributeConverter<Date | undefined> = {
  fromAttribute(value: string | null): Date | undefined {
    if (value === null || !value.trim()) return undefined;
    // Only ISO 8601: Date() itself reads "42" as the year 2042 and "-1" as 2001 (in Chromium).
    if (!ISO_DATE_TIME.test(value.trim())) return new Date(NaN);
    return new Date(value.trim());
  },
};

/** True for a Date that is a real moment. */
export function isValidDate(d: unknown): d is Date {
  return d instanceof Date && !Number.isNaN(d.getTime());
}

/** The console.warn for an unusable `now`. */
export function badNowWarning(value: string): string {
  const shown = value.length > 60 ? `${value.slice(0, 60)}…` : value;
  return `now="${shown}" is not a valid date-time; using the current time.`;
}

/** The visible message for an unusable `now`. */
export function badNowMessage(): string {
  return msg('Ongeldige waarde voor now: de huidige tijd wordt gebruikt.', { id: 'contact-list.bad-now' });
}

/** How often the clock looks whether the minute has changed: "open now" turns at most this late. */
const TICK_MS = 5_000;

const minuteOf = (ms: number) => Math.floor(ms / 60_000);

/**
 * Re-renders the host when the minute changes (looking every few seconds, so that "Nu open, tot
 * 17:00." turns to closed within seconds of 17:00, not up to a minute later), and at once when
 * the page is shown again (a tab in the background, whose timers the browser slows).
 */
export class MinuteClock implements ReactiveController {
  private timer?: ReturnType<typeof setInterval>;
  private minute = minuteOf(Date.now());

  constructor(
    private readonly host: ReactiveControllerHost,
    /** True while the host shows a fixed moment (then nothing needs refreshing). */
    private readonly fixed: () => boolean,
  ) {
    host.addController(this);
  }

  private tick = () => {
    const minute = minuteOf(Date.now());
    if (minute === this.minute) return;
    this.minute = minute;
    if (!this.fixed()) this.host.requestUpdate();
  };

  hostConnected(): void {
    this.timer ??= setInterval(this.tick, TICK_MS);
    document.addEventListener('visibilitychange', this.tick);
    // Back on the page after a while: the minute it shows may have passed.
    this.tick();
  }

  hostDisconnected(): void {
    clearInterval(this.timer);
    this.timer = undefined;
    document.removeEventListener('visibilitychange', this.tick);
  }
}
