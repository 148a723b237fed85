import { expect } from '@open-wc/testing';
import '../helpers/privacy.js';
import { formatDate } from '../../src/base/date.js';

describe('formatDate', () => {
  // Intl is the oracle: every month and a few days, in both languages.
  for (const [lang, locale] of [['nl', 'nl-NL'], ['en', 'en-GB']] as const) {
    const intl = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    it(`writes every month as Intl does (${locale})`, () => {
      for (let month = 1; month <= 12; month++) {
        for (const day of [1, 9, 22, 28]) {
          const iso = `2026-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
          expect(formatDate(iso, lang), iso).to.equal(intl.format(new Date(`${iso}T12:00:00Z`)));
        }
      }
    });
  }

  it('leaves a year as it is, and anything else unchanged', () => {
    expect(formatDate('2024', 'nl')).to.equal('2024');
    for (const bad of ['', 'gisteren', '2026-13-01', '2026-00-10', '2026-11-32', '2026-11-00', '22-11-2026', '2026-11-22T10:00']) {
      expect(formatDate(bad, 'nl'), bad).to.equal(bad);
    }
  });
});
