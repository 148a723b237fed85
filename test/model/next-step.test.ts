import { expect } from '@open-wc/testing';
import { isFreephone, nextStep } from '../../src/model/next-step.js';
import { loadSlice } from '../../src/data/slices.js';
import type { ContactsSlice } from '../../src/data/types.js';
import type { LocalContact } from '../../src/model/local-contacts.js';

describe('model/next-step', () => {
  let slice: ContactsSlice;
  before(async () => {
    slice = await loadSlice('nl', 'contacts');
  });

  it('Veilig Thuis for advice, day and night, and 112 for acute danger, from the dataset', () => {
    const step = nextStep(slice);
    expect(step.advice?.name).to.equal('Veilig Thuis');
    expect(step.advice?.phones?.map((p) => p.number)).to.deep.equal(['+318002000']);
    expect(step.adviceAlways).to.equal(true);
    expect(step.acute?.phones?.map((p) => p.number)).to.deep.equal(['112']);
    expect(step.local).to.deep.equal([]);
  });

  it("the page's own contacts first: only those with a phone number, at most two, in the page's order", () => {
    const local: LocalContact[] = [
      { name: 'Alleen e-mail', email: 'info@example.nl' },
      { name: 'Eerste', phone: '038 123 45 67' },
      { name: 'Tweede', phone: '038 765 43 21' },
      { name: 'Derde', phone: '038 111 22 33' },
    ];
    expect(nextStep(slice, local).local.map((c) => c.name)).to.deep.equal(['Eerste', 'Tweede']);
  });

  it('a dataset without Veilig Thuis or 112 (a copy cut short): no line is made up', () => {
    const cut: ContactsSlice = { ...slice, contacts: slice.contacts.filter((c) => c.id !== 'veilig-thuis' && c.id !== 'alarmnummer') };
    const step = nextStep(cut);
    expect(step.advice).to.equal(undefined);
    expect(step.adviceAlways).to.equal(false);
    expect(step.acute).to.equal(undefined);
  });

  it('only 0800 numbers count as free to call', () => {
    expect(isFreephone('+318002000')).to.equal(true);
    expect(isFreephone('+319008844')).to.equal(false);
    expect(isFreephone('+31207600809')).to.equal(false);
    expect(isFreephone('112')).to.equal(false);
  });
});
