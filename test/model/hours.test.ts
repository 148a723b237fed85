import { expect } from '@open-wc/testing';
import { alwaysOpen, amsterdamTime, closingTime, isOpenAt, nextOpening, openStatus } from '../../src/model/hours.js';
import type { Contact, Hours } from '../../src/data/types.js';

const weekdays: Hours = { text: 'werkdagen 9-17', periods: [{ days: [1, 2, 3, 4, 5], from: '09:00', to: '17:00' }] };
const night: Hours = { text: '20-08', periods: [{ days: [5], from: '20:00', to: '08:00' }] };
const always: Hours = { text: '24 uur per dag', always: true };
const contact = (hours?: Hours): Contact => ({ id: 'x', name: 'X', description: 'x', topics: ['advice'], refs: [], hours });

describe('model/hours (Europe/Amsterdam, fixed clock)', () => {
  it('reads Amsterdam time whatever the machine zone, across DST', () => {
    // Winter: UTC+1. Summer: UTC+2. DST 2026 starts 29 March 01:00 UTC.
    expect(amsterdamTime(new Date('2026-01-05T08:00:00Z'))).to.deep.equal({ weekday: 1, minutes: 9 * 60 });
    expect(amsterdamTime(new Date('2026-07-06T07:00:00Z'))).to.deep.equal({ weekday: 1, minutes: 9 * 60 });
    expect(amsterdamTime(new Date('2026-03-29T00:59:00Z')).minutes).to.equal(1 * 60 + 59);
    expect(amsterdamTime(new Date('2026-03-29T01:00:00Z')).minutes).to.equal(3 * 60);
  });

  it('opens and closes on the minute on working days', () => {
    expect(isOpenAt(weekdays, new Date('2026-11-23T07:59:00Z'))).to.equal(false); // Mon 08:59
    expect(isOpenAt(weekdays, new Date('2026-11-23T08:00:00Z'))).to.equal(true); // Mon 09:00
    expect(isOpenAt(weekdays, new Date('2026-11-27T15:59:00Z'))).to.equal(true); // Fri 16:59
    expect(isOpenAt(weekdays, new Date('2026-11-27T16:00:00Z'))).to.equal(false); // Fri 17:00
  });

  it('is closed over the weekend', () => {
    expect(isOpenAt(weekdays, new Date('2026-11-28T10:00:00Z'))).to.equal(false); // Sat 11:00
    expect(isOpenAt(weekdays, new Date('2026-11-29T10:00:00Z'))).to.equal(false); // Sun 11:00
    expect(isOpenAt(weekdays, new Date('2026-11-30T10:00:00Z'))).to.equal(true); // Mon 11:00
  });

  it('follows the DST change: the same UTC instant is before opening in winter and open in summer', () => {
    // Friday 27 March 2026 07:30 UTC = 08:30 CET (closed); Monday 30 March 07:30 UTC = 09:30 CEST (open).
    expect(isOpenAt(weekdays, new Date('2026-03-27T07:30:00Z'))).to.equal(false);
    expect(isOpenAt(weekdays, new Date('2026-03-30T07:30:00Z'))).to.equal(true);
    // End of DST, 25 October 2026: Monday 26 October 08:30 UTC = 09:30 CET.
    expect(isOpenAt(weekdays, new Date('2026-10-26T07:30:00Z'))).to.equal(false);
    expect(isOpenAt(weekdays, new Date('2026-10-26T08:30:00Z'))).to.equal(true);
  });

  it('handles periods past midnight and always-open lines', () => {
    expect(isOpenAt(night, new Date('2026-11-27T22:00:00Z'))).to.equal(true); // Fri 23:00
    expect(isOpenAt(night, new Date('2026-11-28T05:00:00Z'))).to.equal(true); // Sat 06:00
    expect(isOpenAt(night, new Date('2026-11-28T08:00:00Z'))).to.equal(false); // Sat 09:00
    expect(isOpenAt(always, new Date('2026-11-29T03:00:00Z'))).to.equal(true);
  });

  it('gives one answer per moment: open, closed or unknown, never two', () => {
    expect(openStatus(contact(always), new Date('2026-11-28T21:00:00Z'))).to.deep.equal({ state: 'open', next: null }); // Sat 22:00
    expect(openStatus(contact(weekdays), new Date('2026-11-23T10:00:00Z')).state).to.equal('open');
    expect(openStatus(contact(weekdays), new Date('2026-11-28T10:00:00Z')).state).to.equal('closed');
    expect(openStatus(contact(), new Date()).state).to.equal('unknown');
    expect(alwaysOpen([contact(always), contact(weekdays), contact()])).to.have.length(1);
  });

  it('says when a closed line opens next: later today, tomorrow, or on a named day', () => {
    // Monday 08:59: opens today at 09:00.
    expect(nextOpening(weekdays, new Date('2026-11-23T07:59:00Z'))).to.deep.equal({ inDays: 0, weekday: 1, at: '09:00' });
    // Monday 17:00: opens tomorrow (Tuesday).
    expect(nextOpening(weekdays, new Date('2026-11-23T16:00:00Z'))).to.deep.equal({ inDays: 1, weekday: 2, at: '09:00' });
    // Friday 17:30 and Saturday 22:00: opens on Monday.
    expect(nextOpening(weekdays, new Date('2026-11-27T16:30:00Z'))).to.deep.equal({ inDays: 3, weekday: 1, at: '09:00' });
    expect(nextOpening(weekdays, new Date('2026-11-28T21:00:00Z'))).to.deep.equal({ inDays: 2, weekday: 1, at: '09:00' });
    // A line that opens only on Fridays at 20:00, asked on Friday 21:00: next Friday.
    expect(nextOpening(night, new Date('2026-11-27T20:00:00Z'))).to.deep.equal({ inDays: 7, weekday: 5, at: '20:00' });
    expect(nextOpening(always, new Date())).to.equal(null);
    expect(openStatus(contact(weekdays), new Date('2026-11-28T21:00:00Z')).next).to.deep.equal({ inDays: 2, weekday: 1, at: '09:00' });
  });
});

describe('model/hours on public holidays (no "open now" the hours cannot promise)', () => {
  const line = contact(weekdays);

  it('within the stated hours on a public holiday: not open but a holiday, which one', () => {
    // Christmas Day 2026 is a Friday; 10:00 CET.
    expect(openStatus(line, new Date('2026-12-25T09:00:00Z'))).to.deep.equal({ state: 'holiday', next: null, holiday: 'eerste-kerstdag' });
    // Good Friday 2026: 3 April, 10:00 CEST.
    expect(openStatus(line, new Date('2026-04-03T08:00:00Z')).state).to.equal('holiday');
    // The day before and after: as the hours say.
    expect(openStatus(line, new Date('2026-12-24T09:00:00Z')).state).to.equal('open');
    expect(openStatus(line, new Date('2026-12-28T09:00:00Z')).state).to.equal('open');
  });

  it('a line open day and night stays open on a holiday', () => {
    expect(openStatus(contact(always), new Date('2026-12-25T09:00:00Z')).state).to.equal('open');
  });

  it("a night's period belongs to the day it starts on: the shift of a holiday runs on after midnight, the one before it does not become a holiday at midnight", () => {
    const nights = contact({ text: '20-08', periods: [{ days: [1, 2, 3, 4, 5, 6, 7], from: '20:00', to: '08:00' }] });
    // New Year's Day 2027, 20:30 and, after midnight, 2 January 00:30 (Amsterdam, UTC+1): its shift.
    expect(openStatus(nights, new Date('2027-01-01T19:30:00Z')).state).to.equal('holiday');
    expect(openStatus(nights, new Date('2027-01-01T23:30:00Z'))).to.deep.equal({ state: 'holiday', next: null, holiday: 'nieuwjaarsdag' });
    // 1 January 00:30: the shift of 31 December, which is no holiday.
    expect(openStatus(nights, new Date('2026-12-31T23:30:00Z')).state).to.equal('open');
  });

  it('outside the hours on a holiday: closed', () => {
    expect(openStatus(line, new Date('2026-12-25T19:00:00Z')).state).to.equal('closed');
  });

  it('the next opening says when its day is a holiday', () => {
    // Thursday 24 December, 18:00: by the hours, tomorrow at 09:00, which is Christmas Day.
    expect(nextOpening(weekdays, new Date('2026-12-24T17:00:00Z'))).to.deep.equal({ inDays: 1, weekday: 5, at: '09:00', holiday: 'eerste-kerstdag' });
    // Friday 27 November, 18:00: Monday, no holiday.
    expect(nextOpening(weekdays, new Date('2026-11-27T17:00:00Z'))).to.deep.equal({ inDays: 3, weekday: 1, at: '09:00' });
    // The calendar day is Amsterdam's: 31 December 23:30 UTC is already New Year's Day there (00:30).
    expect(openStatus(contact({ text: 'x', periods: [{ days: [1, 2, 3, 4, 5, 6, 7], from: '00:00', to: '23:59' }] }), new Date('2026-12-31T23:30:00Z')).holiday).to.equal('nieuwjaarsdag');
  });
});

describe('model/hours: when an open line closes', () => {
  const split: Hours = { text: '9-12, 12-17', periods: [{ days: [1, 2, 3, 4, 5], from: '09:00', to: '12:00' }, { days: [1, 2, 3, 4, 5], from: '12:00', to: '17:00' }] };
  const weekend: Hours = { text: 'weekend', periods: [{ days: [6], from: '00:00', to: '00:00' }, { days: [7], from: '00:00', to: '00:00' }] };
  const allWeek: Hours = { text: 'elke dag', periods: [{ days: [1, 2, 3, 4, 5, 6, 7], from: '00:00', to: '00:00' }] };

  it('at the end of the period it is open in, in Amsterdam time', () => {
    // Monday 16:59 CET, and in summer time.
    expect(closingTime(weekdays, new Date('2026-11-23T15:59:00Z'))).to.deep.equal({ inDays: 0, weekday: 1, at: '17:00' });
    expect(closingTime(weekdays, new Date('2026-07-06T07:00:00Z'))).to.deep.equal({ inDays: 0, weekday: 1, at: '17:00' });
    expect(openStatus(contact(weekdays), new Date('2026-11-23T10:00:00Z')).closes).to.deep.equal({ inDays: 0, weekday: 1, at: '17:00' });
  });

  it('past midnight: tomorrow, or today when the period began yesterday', () => {
    expect(closingTime(night, new Date('2026-11-27T22:00:00Z'))).to.deep.equal({ inDays: 1, weekday: 6, at: '08:00' }); // Fri 23:00
    expect(closingTime(night, new Date('2026-11-28T05:00:00Z'))).to.deep.equal({ inDays: 0, weekday: 6, at: '08:00' }); // Sat 06:00
  });

  it('through periods that join: 9-12 and 12-17 close at 17:00; a whole weekend on Monday 00:00', () => {
    expect(closingTime(split, new Date('2026-11-23T09:00:00Z'))).to.deep.equal({ inDays: 0, weekday: 1, at: '17:00' }); // Mon 10:00
    expect(closingTime(weekend, new Date('2026-11-28T10:00:00Z'))).to.deep.equal({ inDays: 2, weekday: 1, at: '00:00' }); // Sat 11:00
  });

  it('none for a line that is closed, open day and night, or open all week by its periods', () => {
    expect(closingTime(weekdays, new Date('2026-11-28T10:00:00Z'))).to.equal(null); // Sat
    expect(closingTime(always, new Date('2026-11-28T10:00:00Z'))).to.equal(null);
    expect(closingTime(allWeek, new Date('2026-11-28T10:00:00Z'))).to.equal(null);
    expect(openStatus(contact(always), new Date('2026-11-28T21:00:00Z')).closes).to.equal(undefined);
  });
});
