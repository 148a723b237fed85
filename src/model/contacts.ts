/** Selecting contacts by topic and region. */
import type { Contact, ContactsSlice, Topic } from '../data/types.js';

export { TOPICS } from '../data/enums.js';

/** Regions the dataset knows (lowercase, hyphenated). */
export function regions(slice: ContactsSlice): string[] {
  return [...new Set(slice.contacts.map((c) => c.region).filter((r): r is string => !!r))].sort();
}

export function contactById(slice: ContactsSlice, id: string): Contact | undefined {
  return slice.contacts.find((c) => c.id === id);
}

/**
 * Contacts for a topic (or the core list without one). Regional contacts appear only
 * for their own region, first; national ones after, in dataset order.
 */
export function contactsFor(slice: ContactsSlice, opts: { topic?: Topic; region?: string } = {}): Contact[] {
  const { topic, region } = opts;
  const visible = slice.contacts.filter((c) => !c.region || c.region === region);
  const picked = topic ? visible.filter((c) => c.topics.includes(topic)) : visible.filter((c) => c.core || (region && c.region === region));
  return [...picked.filter((c) => c.region), ...picked.filter((c) => !c.region)];
}

/** Resolves contact ids (e.g. from a route step) for a region: regional contacts of other regions drop out. */
export function resolveContacts(slice: ContactsSlice, ids: readonly string[], region?: string): Contact[] {
  return ids
    .map((id) => contactById(slice, id))
    .filter((c): c is Contact => !!c && (!c.region || c.region === region));
}
