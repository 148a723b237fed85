import { expect } from '@open-wc/testing';
import { contactById, contactsFor, regions, resolveContacts } from '../../src/model/contacts.js';
import { loadSlice } from '../../src/data/slices.js';
import type { ContactsSlice } from '../../src/data/types.js';

describe('model/contacts', () => {
  let slice: ContactsSlice;
  before(async () => {
    slice = await loadSlice('nl', 'contacts');
  });

  it('selects the core contacts by default, by topic otherwise, regional ones only in their region', () => {
    expect(contactsFor(slice).map((c) => c.id)).to.have.members(['alarmnummer', 'politie', 'veilig-thuis', 'meld-misdaad-anoniem', 'comensha', 'arbeidsinspectie', 'fairwork']);
    expect(contactsFor(slice, { region: 'ijsselland' })[0].id).to.equal('zorgcoordinator-ijsselland');
    for (const c of contactsFor(slice, { topic: 'minors' })) expect(c.topics).to.include('minors');
    expect(contactsFor(slice, { topic: 'advice' }).some((c) => c.region)).to.equal(false);
    expect(regions(slice)).to.deep.equal(['ijsselland']);
  });

  it("a region's own contacts come first, then the national ones in the dataset's order", () => {
    const advice = contactsFor(slice, { topic: 'advice', region: 'ijsselland' }).map((c) => c.id);
    expect(advice[0]).to.equal('zorgcoordinator-ijsselland');
    const national = slice.contacts.filter((c) => !c.region && c.topics.includes('advice')).map((c) => c.id);
    expect(advice.slice(1)).to.deep.equal(national);
    // An unknown region is no region: no regional contact, the national list whole.
    expect(contactsFor(slice, { topic: 'advice', region: 'atlantis' }).map((c) => c.id)).to.deep.equal(national);
  });

  it('resolves ids in their order; unknown ids and the regional contacts of other regions drop out', () => {
    expect(resolveContacts(slice, ['veilig-thuis', 'zorgcoordinator-ijsselland']).map((c) => c.id)).to.deep.equal(['veilig-thuis']);
    expect(resolveContacts(slice, ['zorgcoordinator-ijsselland', 'veilig-thuis'], 'ijsselland').map((c) => c.id)).to.deep.equal(['zorgcoordinator-ijsselland', 'veilig-thuis']);
    expect(resolveContacts(slice, ['no-such-contact', 'alarmnummer']).map((c) => c.id)).to.deep.equal(['alarmnummer']);
    expect(contactById(slice, 'no-such-contact')).to.equal(undefined);
    expect(contactById(slice, 'veilig-thuis')?.name).to.equal('Veilig Thuis');
  });
});
