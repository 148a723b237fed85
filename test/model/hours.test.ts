import { expect } from '@open-wc/testing';
import { alwaysOpen, amsterdamTime, isOpenAt, openStatus } from '../../src/model/hours.js';
import type { Contact, Hours } from '../../src/data/types.js';

const weekdays: Hours = { text: 'werkdagen 9-17', periods: [{ days: [1, 2, 3, 4, 5], from: '09:00', to: '17:00' }], ref: { source: 'eu-eerstelijn' } };
const night: Hours = { text: '20-08', periods: [{ days: [5], from: '20:00', to: '08:00' }], ref: { source: 'eu-eerstelijn' } };
const always: Hours = { text: '24 uur per dag', always: true, ref: { source: 'fairwork-medisch' } };
const contact = (hours: Hours[]): Contact => ({ id: 'x', name: 'X', description: 'x', topics: ['advice'], refs: [], checked: '2023', hours });

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

  it('reports differing statements instead of choosing one silently', () => {
    const c = contact([always, weekdays]);
    expect(openStatus(c, new Date('2026-11-28T10:00:00Z')).state).to.equal('differs');
    expect(openStatus(c, new Date('2026-11-23T10:00:00Z')).state).to.equal('open');
    expect(openStatus(contact([weekdays]), new Date('2026-11-28T10:00:00Z')).state).to.equal('closed');
    expect(openStatus(contact([]), new Date()).state).to.equal('unknown');
    expect(alwaysOpen([c, contact([weekdays])])).to.have.length(1);
  });
});
