import { expect } from '@open-wc/testing';
import { DUTCH_TERMS, proseParts } from '../../src/model/prose.js';

describe('model/prose: running text in its pieces', () => {
  it('on English pages, the Dutch terms the text keeps are pieces of their own, the longest that fits', () => {
    expect(proseParts('designated contact persons (aandachtsfunctionarissen mensenhandel). When', 'en')).to.deep.equal([
      'designated contact persons (',
      { dutch: 'aandachtsfunctionarissen mensenhandel' },
      '). When',
    ]);
    expect(proseParts('domestic violence and child abuse (meldcode HGKM).', 'en')).to.deep.equal([
      'domestic violence and child abuse (',
      { dutch: 'meldcode HGKM' },
      ').',
    ]);
    expect(proseParts('care coordinator (zorgcoördinator), Veilig Thuis', 'en')).to.deep.equal(['care coordinator (', { dutch: 'zorgcoördinator' }, '), Veilig Thuis']);
    expect(proseParts('meldcode', 'en')).to.deep.equal([{ dutch: 'meldcode' }]);
  });

  it('with numbers: both apart, in order', () => {
    expect(proseParts('the meldcode: call Veilig Thuis (0800-2000).', 'en')).to.deep.equal([
      'the ',
      { dutch: 'meldcode' },
      ': call Veilig Thuis ',
      { number: '+318002000', before: '(', after: ').' },
    ]);
  });

  it('not inside a longer word, and not on Dutch pages (where all of it is Dutch)', () => {
    expect(proseParts('meldcodes and the zorgcoördinatoren', 'en')).to.deep.equal(['meldcodes and the zorgcoördinatoren']);
    expect(proseParts('volgens de meldcode', 'nl')).to.deep.equal(['volgens de meldcode']);
    expect(DUTCH_TERMS.length).to.be.greaterThan(0);
  });
});
