/**
 * What `<contact-list>` shows, from the contacts and its attributes: the contacts for the topic
 * (the general list, and a note saying so, when the topic has none), whether 112 still needs a
 * line of its own, and the sources of it all for the footer. Pure: the element renders it.
 */
import type { Contact, ContactsSlice, SourceId, Topic } from '../data/types.js';
import { ACUTE_ID } from './next-step.js';
import { contactsFor } from './contacts.js';

export interface ContactListView {
  contacts: Contact[];
  /** True when the topic has no contacts and the general list is shown instead. */
  emptyTopic: boolean;
  /** True when no card in the list is 112 itself. */
  without112: boolean;
  /** The source documents of the contacts shown, each once, in order of appearance. */
  sources: SourceId[];
}

export function contactListView(slice: ContactsSlice, opts: { topic?: Topic; region?: string }): ContactListView {
  const own = contactsFor(slice, opts);
  const emptyTopic = own.length === 0;
  const contacts = emptyTopic ? contactsFor(slice, { region: opts.region }) : own;
  return {
    contacts,
    emptyTopic,
    without112: !contacts.some((c) => c.id === ACUTE_ID),
    sources: [...new Set(contacts.flatMap((c) => c.refs.map((r) => r.source)))],
  };
}
