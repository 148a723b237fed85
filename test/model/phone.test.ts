import { expect } from '@open-wc/testing';
import { formatPhone, isValidDutchNumber, normalizePhone, telHref, splitNumbers } from '../../src/model/phone.js';

describe('model/phone', () => {
  it('normalises the ways the sources write numbers', () => {
    expect(normalizePhone('0900-8844')).to.equal('+319008844');
    expect(normalizePhone('+31 (0)33 448 1186')).to.equal('+31334481186');
    expect(normalizePhone('020 - 760 08 09')).to.equal('+31207600809');
    expect(normalizePhone('06-11414026')).to.equal('+31611414026');
    expect(normalizePhone('0031 20 626 3800')).to.equal('+31206263800');
    expect(normalizePhone('112')).to.equal('112');
    expect(normalizePhone('call me')).to.equal(null);
    expect(normalizePhone('javascript:alert(1)')).to.equal(null);
  });

  it('accepts valid Dutch numbers and rejects others', () => {
    for (const n of ['112', '+319008844', '+318002000', '+31611414026', '+31207600809', '+319001234561', '+31884567890']) {
      expect(isValidDutchNumber(n), n).to.equal(true);
    }
    for (const n of ['+3120760080', '+312076008099', '+4930123456', '0207600809', '+31800', '114', '+310123456789', '+31800123', '+3180012345', '+31900123456']) {
      expect(isValidDutchNumber(n), n).to.equal(false);
    }
  });

  it("accepts the short numbers a site gives for its own contacts: the municipality's 14 number, 113, the EU's 116 numbers", () => {
    expect(normalizePhone('14 038')).to.equal('14038');
    expect(normalizePhone('14 0512')).to.equal('140512');
    expect(normalizePhone('116 000')).to.equal('116000');
    for (const n of ['14038', '140512', '113', '116000', '116111', '112']) expect(isValidDutchNumber(n), n).to.equal(true);
    for (const n of ['1403', '1405123', '14138', '116', '1160000', '1400']) expect(isValidDutchNumber(normalizePhone(n) ?? n), n).to.equal(false);
    expect(formatPhone('14038', 'national')).to.equal('14 038');
    expect(formatPhone('140512', 'international')).to.equal('14 0512');
    expect(formatPhone('116000', 'national')).to.equal('116 000');
    expect(formatPhone('113', 'national')).to.equal('113');
    expect(telHref('14 038')).to.equal('tel:14038');
  });

  it('rejects what no phone could dial: a country code of 0, too few or too many digits', () => {
    for (const n of ['00000000', '+000000', '+999999', '+1234567890123456']) expect(normalizePhone(n), n).to.equal(null);
    expect(normalizePhone('+32 2 123 45 67')).to.equal('+3221234567');
  });

  it('formats nationally for Dutch readers and internationally for English readers', () => {
    expect(formatPhone('+319008844', 'national')).to.equal('0900-8844');
    expect(formatPhone('+319008844', 'international')).to.equal('+31 900 8844');
    expect(formatPhone('+31207600809', 'national')).to.equal('020 760 08 09');
    expect(formatPhone('+31207600809', 'international')).to.equal('+31 20 760 0809');
    expect(formatPhone('+31611414026', 'national')).to.equal('06-11414026');
    expect(formatPhone('+31611414026', 'international')).to.equal('+31 6 11414026');
    expect(formatPhone('+319001234561', 'national')).to.equal('0900-123 4561');
    expect(formatPhone('+315121234567'.slice(0, 12), 'national')).to.equal('0512 12 34 56');
    expect(formatPhone('112', 'international')).to.equal('112');
  });

  it('numbers that belong to no place (084, 085, 087, 088, 091) have a code of two digits after the 0, as geographic 020 does', () => {
    // IOM and the IND: "088 746 44 66", "088 043 0430" on their pages; "0887 46 44 66" misreads the code.
    expect(formatPhone('+31887464466', 'national')).to.equal('088 746 44 66');
    expect(formatPhone('+31887464466', 'international')).to.equal('+31 88 746 4466');
    expect(formatPhone('+31880430430', 'national')).to.equal('088 043 04 30');
    for (const code of ['84', '85', '87', '88', '91']) {
      expect(formatPhone(`+31${code}1234567`, 'national'), code).to.equal(`0${code} 123 45 67`);
      expect(formatPhone(`+31${code}1234567`, 'international'), code).to.equal(`+31 ${code} 123 4567`);
    }
  });

  it('makes tel: links in international form, and none for junk', () => {
    expect(telHref('0800-2000')).to.equal('tel:+318002000');
    expect(telHref('112')).to.equal('tel:112');
    expect(telHref('javascript:alert(1)')).to.equal(null);
    // A Dutch number of the wrong length is no link, though it looks like one.
    expect(telHref('020 760 08 0')).to.equal(null);
    expect(telHref('0800 12345')).to.equal(null);
  });
});

describe('phone numbers in running text', () => {
  const numbers = (text: string) => splitNumbers(text).filter((p) => typeof p !== 'string');

  it('finds the numbers of the dataset\'s texts, each with the bracket before it and the punctuation after it', () => {
    expect(splitNumbers('gratis via 0800-7000 of via het online meldformulier')).to.deep.equal([
      'gratis via ',
      { number: '+318007000', before: '', after: '' },
      ' of via het online meldformulier',
    ]);
    expect(splitNumbers('bel Veilig Thuis (0800-2000, gratis, dag en nacht) voor advies; bij acuut gevaar 112.')).to.deep.equal([
      'bel Veilig Thuis ',
      { number: '+318002000', before: '(', after: ',' },
      ' gratis, dag en nacht) voor advies; bij acuut gevaar ',
      { number: '112', before: '', after: '.' },
    ]);
    expect(splitNumbers('Veilig Thuis: 0800 2000 (24 uur per dag).')).to.deep.equal(['Veilig Thuis: ', { number: '+318002000', before: '', after: '' }, ' (24 uur per dag).']);
    expect(splitNumbers('(0800-2000)')).to.deep.equal([{ number: '+318002000', before: '(', after: ')' }]);
  });

  it('reads the ways numbers are written: national, with spaces or dashes, international, 0900 with seven digits', () => {
    expect(numbers('bel 033 448 11 86')).to.deep.equal([{ number: '+31334481186', before: '', after: '' }]);
    expect(numbers('bel 088 746 44 66')).to.deep.equal([{ number: '+31887464466', before: '', after: '' }]);
    expect(numbers('vanuit het buitenland +31 70 333 44 44.')).to.deep.equal([{ number: '+31703334444', before: '', after: '.' }]);
    expect(numbers('from abroad +31 800 2000')).to.deep.equal([{ number: '+318002000', before: '', after: '' }]);
    expect(numbers('bel 06-11414026')).to.deep.equal([{ number: '+31611414026', before: '', after: '' }]);
    expect(numbers('0900-123 4561')).to.deep.equal([{ number: '+319001234561', before: '', after: '' }]);
  });

  it('leaves years, times, postcodes, amounts, article numbers and other digits as words', () => {
    for (const text of [
      'Toolkit (2023), artikel 273f Sr',
      'van 09:00 tot 17:00 uur',
      'Postbus 1120, 3800 BC Amersfoort',
      'een boete van € 1.120,50',
      'meer dan 1120 meldingen; 112-melding',
      '0800-20000',
      'nummer 0123',
      '20 000 000 euro',
      // Figures with a 112 or a number's digits in them.
      '112.000 meldingen per jaar',
      'in 1.112 gevallen',
      'kost € 112,50',
      'Op 01-01-2024 10:00 begon het',
      'art. 112, lid 2',
      'artikel 112 Sr',
      'EUR 112',
      '112,- euro',
      'een bedrag van 1 112 euro',
    ]) {
      expect(splitNumbers(text), text).to.deep.equal([text]);
    }
    expect(splitNumbers('')).to.deep.equal([]);
  });
});
