import { expect } from '@open-wc/testing';
import { olderThanAYear } from '../../src/model/age.js';

describe('model/age (a copy of the details kept for a long time)', () => {
  it('is old from the same day a year later', () => {
    expect(olderThanAYear('2026-12-01', new Date('2027-11-30T23:59:00Z'))).to.equal(false);
    expect(olderThanAYear('2026-12-01', new Date('2027-12-01T00:00:00Z'))).to.equal(true);
    expect(olderThanAYear('2026-12-01', new Date('2026-12-05T10:00:00Z'))).to.equal(false);
    expect(olderThanAYear('2024-02-29', new Date('2025-03-01T00:00:00Z'))).to.equal(true);
  });

  it('an unusable date or moment is not called old', () => {
    expect(olderThanAYear('', new Date('2030-01-01'))).to.equal(false);
    expect(olderThanAYear('2026-12', new Date('2030-01-01'))).to.equal(false);
    expect(olderThanAYear('2026-12-01', new Date('nope'))).to.equal(false);
  });
});
