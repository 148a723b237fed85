/**
 * Who to consult after working through the checklist. The checklist never gives a verdict; it
 * always ends in the advice to talk it over: with a colleague, Veilig Thuis, CoMensha and the
 * regional zorgcoördinator mensenhandel. For a possible minor the EU guide's first follow-up
 * step applies: contact child protection first. In the Netherlands that is Veilig Thuis (advice
 * and reports, day and night), 112 when it is acute, and Nidos only for unaccompanied foreign
 * minors (Bureau Jeugdzorg, which the guide names, no longer exists since 2015).
 */
import type { Contact, ContactsSlice } from '../data/types.js';
import { contactsFor, resolveContacts } from './contacts.js';

/** The national organisations the checklist's advice names. */
export const CONSULT_IDS: readonly string[] = ['veilig-thuis', 'comensha'];
/** Child protection, for a possible minor (EU guide, follow-up action A, as it is organised now). */
export const CHILD_PROTECTION_IDS: readonly string[] = ['veilig-thuis', 'alarmnummer', 'nidos'];

/** Veilig Thuis and CoMensha, then the region's own advice contacts (the zorgcoördinator), if a region is given. */
export function consultContacts(slice: ContactsSlice, region?: string): Contact[] {
  const national = resolveContacts(slice, CONSULT_IDS, region);
  const regional = region ? contactsFor(slice, { topic: 'advice', region }).filter((c) => c.region === region) : [];
  return [...national, ...regional.filter((c) => !national.includes(c))];
}

/** The child protection contacts for a possible minor. */
export function childProtectionContacts(slice: ContactsSlice, region?: string): Contact[] {
  return resolveContacts(slice, CHILD_PROTECTION_IDS, region);
}
