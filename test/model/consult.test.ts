import { expect } from '@open-wc/testing';
import type { Contact, ContactsSlice } from '../../src/data/types.js';
import { childProtectionContacts, consultContacts } from '../../src/model/consult.js';

const contact = (id: string, extra: Partial<Contact> = {}): Contact => ({
  id,
  name: id,
  description: '',
  topics: ['advice'],
  refs: [],
  ...extra,
});
const slice: ContactsSlice = {
  contacts: [
    contact('comensha'),
    contact('veilig-thuis'),
    contact('zorg-a', { region: 'a' }),
    contact('zorg-b', { region: 'b' }),
    contact('other-advice'),
    contact('nidos', { topics: ['minors'] }),
    contact('alarmnummer', { topics: ['acute'] }),
  ],
};

describe('consult model', () => {
  it('names Veilig Thuis and CoMensha, and only the own region’s zorgcoördinator', () => {
    expect(consultContacts(slice).map((c) => c.id)).to.deep.equal(['veilig-thuis', 'comensha']);
    expect(consultContacts(slice, 'a').map((c) => c.id)).to.deep.equal(['veilig-thuis', 'comensha', 'zorg-a']);
    expect(consultContacts(slice, 'c').map((c) => c.id)).to.deep.equal(['veilig-thuis', 'comensha']);
  });

  it('leaves out missing contacts', () => {
    expect(consultContacts({ contacts: [contact('comensha')] }).map((c) => c.id)).to.deep.equal(['comensha']);
    expect(childProtectionContacts({ contacts: [] })).to.deep.equal([]);
  });

  it('gives child protection for a possible minor', () => {
    expect(childProtectionContacts(slice).map((c) => c.id)).to.deep.equal(['veilig-thuis', 'alarmnummer', 'nidos']);
  });
});
