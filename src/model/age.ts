/**
 * How old the dataset's details are, for a copy of the package that a site keeps for a long
 * time: a phone number checked more than a year ago may have changed since.
 */

/** True when the day `iso` (YYYY-MM-DD) is a year or more before `now`. */
export function olderThanAYear(iso: string, now: Date): boolean {
  const [y, m, d] = iso.split('-').map(Number);
  if (!y || !m || !d || Number.isNaN(now.getTime())) return false;
  return now.getTime() >= Date.UTC(y + 1, m - 1, d);
}
