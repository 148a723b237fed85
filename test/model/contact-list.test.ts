import { expect } from '@open-wc/testing';
import { contactListView } from '../../src/model/contact-list.js';
import { contactsFor } from '../../src/model/contacts.js';
import { loadSlice } from '../../src/data/slices.js';
import type { ContactsSlice } from '../../src/data/types.js';

describe('model/contact-list', () => {
  let slice: ContactsSlice;
  before(async () => {
    slice = await loadSlice('nl', 'contacts');
  });

  it('the topic’s contacts, with 112 among them for acute danger', () => {
    const acute = contactListView(slice, { topic: 'acute' });
    expect(acute.contacts.map((c) => c.id)).to.deep.equal(['alarmnummer']);
    expect(acute.emptyTopic).to.equal(false);
    expect(acute.without112).to.equal(false);
  });

  it('a topic without contacts: the general list, and it says so', () => {
    const view = contactListView(slice, { topic: 'sex-workers' });
    expect(view.emptyTopic).to.equal(true);
    expect(view.contacts).to.deep.equal(contactsFor(slice));
  });

  it('medical: Veilig Thuis first, and 112 still needs a line of its own', () => {
    const view = contactListView(slice, { topic: 'medical' });
    expect(view.contacts[0].id).to.equal('veilig-thuis');
    expect(view.without112).to.equal(true);
  });

  it('the sources of exactly the contacts shown, each once', () => {
    const view = contactListView(slice, { topic: 'migrants' });
    const expected = new Set(view.contacts.flatMap((c) => c.refs.map((r) => r.source)));
    expect(view.sources).to.have.members([...expected]);
    expect(new Set(view.sources).size).to.equal(view.sources.length);
    const regional = contactListView(slice, { topic: 'advice', region: 'ijsselland' });
    expect(regional.sources).to.include('vt-ijsselland');
  });
});
