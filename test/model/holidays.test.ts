import { expect } from '@open-wc/testing';
import { easter, holidayOn, holidaysOf, HOLIDAYS } from '../../src/model/holidays.js';

const day = (iso: string) => {
  const [year, month, d] = iso.split('-').map(Number);
  return { year, month, day: d };
};

describe('model/holidays (the official public holidays of the Netherlands)', () => {
  it('gives the days Rijksoverheid lists for 2023', () => {
    // https://www.rijksoverheid.nl/onderwerpen/arbeidsovereenkomst-en-cao/vraag-en-antwoord/officiele-feestdagen
    const listed: Record<string, string> = {
      nieuwjaarsdag: '2023-01-01',
      'goede-vrijdag': '2023-04-07',
      'eerste-paasdag': '2023-04-09',
      'tweede-paasdag': '2023-04-10',
      koningsdag: '2023-04-27',
      bevrijdingsdag: '2023-05-05',
      hemelvaartsdag: '2023-05-18',
      'eerste-pinksterdag': '2023-05-28',
      'tweede-pinksterdag': '2023-05-29',
      'eerste-kerstdag': '2023-12-25',
      'tweede-kerstdag': '2023-12-26',
    };
    expect(Object.keys(listed)).to.have.members([...HOLIDAYS]);
    for (const [holiday, iso] of Object.entries(listed)) expect(holidayOn(day(iso)), iso).to.equal(holiday);
    expect(holidaysOf(2023)).to.have.length(HOLIDAYS.length);
  });

  it('finds Easter in early, late and ordinary years', () => {
    for (const iso of ['2008-03-23', '2024-03-31', '2025-04-20', '2026-04-05', '2027-03-28', '2038-04-25', '2285-03-22']) {
      expect(easter(Number(iso.slice(0, 4))), iso).to.deep.equal(day(iso));
    }
  });

  it("moves King's Day to the 26th when the 27th is a Sunday (2025), and Ascension and Whit Monday with Easter (2026)", () => {
    expect(holidayOn(day('2025-04-26'))).to.equal('koningsdag');
    expect(holidayOn(day('2025-04-27'))).to.equal(null);
    expect(holidayOn(day('2026-04-27'))).to.equal('koningsdag');
    expect(holidayOn(day('2026-04-03'))).to.equal('goede-vrijdag');
    expect(holidayOn(day('2026-05-14'))).to.equal('hemelvaartsdag');
    expect(holidayOn(day('2026-05-25'))).to.equal('tweede-pinksterdag');
  });

  it('ordinary days are no holiday', () => {
    for (const iso of ['2026-12-24', '2026-12-27', '2026-01-02', '2026-05-04', '2026-04-28', '2026-12-31']) expect(holidayOn(day(iso)), iso).to.equal(null);
  });
});
