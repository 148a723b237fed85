/**
 * Local contacts that a page gives to an element as JSON (the "binnen uw gemeente kunt u
 * terecht bij" slot of the sources): validated here, as a pure function. Text stays text;
 * links are only tel: (a valid number), mailto: (a plain address) and https:.
 */
import { safeHref, isEmail } from './links.js';
import { normalizePhone, isValidDutchNumber } from './phone.js';
import { nearMiss } from './near-miss.js';

/** At most this many local contacts are shown; the rest are ignored with a problem. */
export const MAX_LOCAL_CONTACTS = 50;
/** Longest accepted text per field (characters); longer entries are skipped. */
export const MAX_NAME_LENGTH = 200;
export const MAX_TEXT_LENGTH = 2000;

/**
 * Local contacts as a page gives them (a JSON block, or the elements' localContacts property).
 * A field by another name is not shown, and said (a visible note, a console warning).
 */
export interface LocalContactInput {
  name: string;
  description?: string;
  /**
   * A phone number in any usual notation: Dutch ("038 498 91 11", "06-…", "0800-…"), the
   * municipality's 14 number ("14 038"), 112, 113 or a 116 number, or international ("+49 …").
   */
  phone?: string;
  /** One plain address ("mensenhandel@gemeente.nl"), nothing after it. */
  email?: string;
  /** An https: address. */
  url?: string;
  /** Opening hours as display text only (no open-now for local contacts). */
  hours?: string;
}

/**
 * A local contact after validation: the same fields, trimmed, with the phone number in E.164
 * ("+31…") or 112 and the url an https: address as parsed by safeHref.
 */
export type LocalContact = LocalContactInput;

export type LocalProblemCode =
  | 'json' // not parseable JSON
  | 'not-array' // the JSON is not an array
  | 'too-many' // more than MAX_LOCAL_CONTACTS entries
  | 'not-object' // an entry is not an object
  | 'name' // name missing or empty
  | 'type' // a field has the wrong type
  | 'too-long' // a field is absurdly long
  | 'no-means' // none of phone, email, url
  | 'phone' // not a valid phone number
  | 'email' // not a plain e-mail address
  | 'url' // not an https: address
  | 'unknown-field'; // a field this package does not know (the entry is shown without it)

export interface LocalProblem {
  code: LocalProblemCode;
  /** 1-based number of the entry, for entry problems. */
  entry?: number;
  /** The field concerned, for field problems. */
  field?: string;
  /** The entry's name (shortened), when it has one, to find it back. */
  name?: string;
  /** For 'too-many': how many entries there were. */
  count?: number;
  /** For 'unknown-field': the field it looks meant for ("url" for "website"). */
  meant?: string;
  /** A short English description, for console.warn. */
  message: string;
}

export interface LocalContactsResult {
  contacts: LocalContact[];
  problems: LocalProblem[];
}

/** The fields of a local contact, as a site writes them. */
export const LOCAL_FIELDS = ['name', 'description', 'phone', 'email', 'url', 'hours'] as const;

/** Parses and validates the JSON text of local contacts. Never throws. */
export function parseLocalContacts(jsonText: string): LocalContactsResult {
  if (typeof jsonText !== 'string' || !jsonText.trim()) return { contacts: [], problems: [] };
  let data: unknown;
  try {
    data = JSON.parse(jsonText);
  } catch (e) {
    return { contacts: [], problems: [{ code: 'json', message: `The local contacts are not valid JSON (${(e as Error).message}).` }] };
  }
  return validateLocalContacts(data);
}

/**
 * Validates local contacts given as a value (the parsed JSON, or the elements' `localContacts`
 * property): an array of objects. Never throws.
 */
export function validateLocalContacts(data: unknown): LocalContactsResult {
  const problems: LocalProblem[] = [];
  const contacts: LocalContact[] = [];
  if (!Array.isArray(data)) {
    problems.push({ code: 'not-array', message: 'The local contacts must be a JSON array of objects.' });
    return { contacts, problems };
  }
  if (data.length > MAX_LOCAL_CONTACTS) {
    problems.push({
      code: 'too-many',
      count: data.length,
      message: `${data.length} local contacts given; only the first ${MAX_LOCAL_CONTACTS} are shown.`,
    });
  }
  data.slice(0, MAX_LOCAL_CONTACTS).forEach((item: unknown, i) => {
    const result = parseEntry(item, i + 1);
    // A field by another name first: it may be why the entry is skipped ("telefoon" its only number).
    problems.push(...misnamed(item, i + 1));
    if ('problem' in result) problems.push(result.problem);
    else contacts.push(result.contact);
  });
  return { contacts, problems };
}

/** Shortens a value for a message. */
function shown(value: string): string {
  return value.length > 60 ? `${value.slice(0, 60)}…` : value;
}

/** Other names a site may give a field (Dutch, or another usual one), and the field meant. */
const OTHER_NAMES: Readonly<Record<string, (typeof LOCAL_FIELDS)[number]>> = {
  naam: 'name', title: 'name', titel: 'name',
  omschrijving: 'description', beschrijving: 'description', tekst: 'description', text: 'description',
  telefoon: 'phone', telefoonnummer: 'phone', tel: 'phone', telephone: 'phone', nummer: 'phone', number: 'phone', phones: 'phone',
  mail: 'email', emailadres: 'email', 'e-mailadres': 'email',
  website: 'url', site: 'url', web: 'url', link: 'url', href: 'url', homepage: 'url',
  openingstijden: 'hours', bereikbaar: 'hours', tijden: 'hours', openingsuren: 'hours',
};

/**
 * The fields of an entry that look meant for one of the package's ("website" for url, "e_mail"
 * for email): not read, and said, since what they hold would otherwise be lost without a word.
 * Other fields a site's data has (an id, a slug) are left alone.
 */
function misnamed(item: unknown, entry: number): LocalProblem[] {
  if (typeof item !== 'object' || item === null || Array.isArray(item)) return [];
  const raw = item as Record<string, unknown>;
  const name = typeof raw.name === 'string' && raw.name.trim() ? shown(raw.name.trim()) : undefined;
  return Object.keys(raw).flatMap((key) => {
    if ((LOCAL_FIELDS as readonly string[]).includes(key)) return [];
    const k = key.toLowerCase();
    const bare = k.replace(/[-_ ]/g, '');
    const meant = OTHER_NAMES[k] ?? LOCAL_FIELDS.find((f) => f === bare || nearMiss(bare, f));
    if (!meant) return [];
    return [
      {
        code: 'unknown-field' as const,
        entry,
        field: shown(key),
        meant,
        ...(name ? { name } : {}),
        message: `Local contact ${entry}${name ? ` ("${name}")` : ''}: the field "${shown(key)}" is not read; did you mean "${meant}"?`,
      },
    ];
  });
}

function parseEntry(item: unknown, entry: number): { contact: LocalContact } | { problem: LocalProblem } {
  const raw = (typeof item === 'object' && item !== null && !Array.isArray(item) ? item : {}) as Record<string, unknown>;
  const name = typeof raw.name === 'string' && raw.name.trim() ? shown(raw.name.trim()) : undefined;
  const fail = (code: LocalProblemCode, message: string, field?: string) => ({
    problem: {
      code,
      entry,
      ...(field ? { field } : {}),
      ...(name ? { name } : {}),
      message: `Local contact ${entry}${name ? ` ("${name}")` : ''} skipped: ${message}`,
    },
  });
  if (typeof item !== 'object' || item === null || Array.isArray(item)) {
    return fail('not-object', 'it is not an object.');
  }
  const text: Partial<Record<(typeof LOCAL_FIELDS)[number], string>> = {};
  for (const field of LOCAL_FIELDS) {
    const value = raw[field];
    if (value === undefined || value === null) continue;
    if (typeof value !== 'string') return fail('type', `"${field}" must be text, not ${Array.isArray(value) ? 'array' : typeof value}.`, field);
    const trimmed = value.trim();
    if (!trimmed) continue;
    if (trimmed.length > (field === 'name' ? MAX_NAME_LENGTH : MAX_TEXT_LENGTH)) {
      return fail('too-long', `"${field}" is too long.`, field);
    }
    text[field] = trimmed;
  }
  if (!text.name) return fail('name', 'it has no name.', 'name');
  if (!text.phone && !text.email && !text.url) return fail('no-means', 'it needs at least one of phone, email or url.');
  const contact: LocalContact = { name: text.name };
  if (text.description) contact.description = text.description;
  if (text.phone) {
    const n = normalizePhone(text.phone);
    if (!n || !(isValidDutchNumber(n) || !n.startsWith('+31'))) {
      return fail('phone', `"${shown(text.phone)}" is not a valid phone number.`, 'phone');
    }
    contact.phone = n;
  }
  if (text.email) {
    if (!isEmail(text.email)) return fail('email', `"${shown(text.email)}" is not a plain e-mail address.`, 'email');
    contact.email = text.email;
  }
  if (text.url) {
    const href = safeHref(text.url);
    if (!href || !href.startsWith('https:')) return fail('url', `"${shown(text.url)}" is not an https: address.`, 'url');
    contact.url = href;
  }
  if (text.hours) contact.hours = text.hours;
  return { contact };
}
