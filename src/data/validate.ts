/**
 * Runtime validation of the dataset: the rules of `types.ts` plus the integrity rules
 * (unique ids, every reference resolves, valid Dutch phone numbers, safe links).
 * Returns a list of problems; an empty list means the dataset is sound.
 */
import type { Dataset } from './slices.js';
import type { Background, Contact, Route, SourceRef } from './types.js';
import { isValidDutchNumber } from '../model/phone.js';
import { safeHref, isEmail } from '../model/links.js';

import { AUDIENCES as AUDIENCE_LIST, DEFINITION_ELEMENTS, EXPLOITATIONS, SECTION_KINDS, TOPICS as TOPIC_LIST } from './enums.js';

// Widened to string lists: the validator checks values of unknown type.
const FORMS: readonly string[] = EXPLOITATIONS;
const AUDIENCES: readonly string[] = AUDIENCE_LIST;
const TOPICS: readonly string[] = TOPIC_LIST;
const ELEMENTS: readonly string[] = DEFINITION_ELEMENTS;
const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
/** A time of day, 00:00 to 23:59, and 24:00 for the end of the day. */
const HHMM = /^(?:(?:[01]\d|2[0-3]):[0-5]\d|24:00)$/;
/** A day of the calendar as YYYY-MM-DD that exists (not 2025-02-30). */
function isDay(s: unknown): boolean {
  if (typeof s !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const [y, m, d] = s.split('-').map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

export function validateDataset(d: Dataset): string[] {
  const errors: string[] = [];
  const err = (where: string, what: string) => errors.push(`${where}: ${what}`);
  const text = (where: string, v: unknown) => {
    if (typeof v !== 'string' || !v.trim()) err(where, 'missing text');
    else if (/<[a-z!/]/i.test(v)) err(where, 'contains markup');
  };
  const texts = (where: string, v: unknown, required = false) => {
    if (v === undefined && !required) return;
    if (!Array.isArray(v)) err(where, 'not a list');
    else v.forEach((t, i) => text(`${where}[${i}]`, t));
  };
  const sourceIds = new Set(d.meta.sources.map((s) => s.id));
  const ref = (where: string, r: SourceRef | undefined) => {
    if (!r || !sourceIds.has(r.source)) err(where, `unknown source ${r?.source}`);
  };
  const unique = (where: string, ids: string[]) => {
    const seen = new Set<string>();
    for (const id of ids) {
      if (!ID.test(id)) err(where, `bad id "${id}"`);
      if (seen.has(id)) err(where, `duplicate id "${id}"`);
      seen.add(id);
    }
  };

  // meta
  text('meta.version', d.meta.version);
  if (!isDay(d.meta.date)) err('meta.date', 'not a day as YYYY-MM-DD');
  unique('meta.sources', d.meta.sources.map((s) => s.id));
  for (const s of d.meta.sources) {
    text(`source ${s.id}.title`, s.title);
    text(`source ${s.id}.publisher`, s.publisher);
    if (!s.audiences.every((a) => AUDIENCES.includes(a))) err(`source ${s.id}`, 'bad audience');
  }
  const rowIds = new Set(d.meta.annexRows.map((r) => r.id));
  if (d.meta.annexRows.length !== 15) err('meta.annexRows', `expected 15 rows, found ${d.meta.annexRows.length}`);
  for (const r of d.meta.annexRows) if (!ELEMENTS.includes(r.element)) err(`annex row ${r.id}`, 'bad element');

  // signals
  const { categories, signals } = d.signals;
  unique('categories', categories.map((c) => c.id));
  unique('signals', signals.map((s) => s.id));
  const catIds = new Set(categories.map((c) => c.id));
  for (const c of categories) {
    text(`category ${c.id}.label`, c.label);
    if (!sourceIds.has(c.source)) err(`category ${c.id}`, `unknown source ${c.source}`);
    if (c.element && !ELEMENTS.includes(c.element)) err(`category ${c.id}`, 'bad element');
  }
  for (const s of signals) {
    const w = `signal ${s.id}`;
    text(`${w}.text`, s.text);
    if (!catIds.has(s.category)) err(w, `unknown category ${s.category}`);
    if (!rowIds.has(s.annexRow)) err(w, `unknown annex row ${s.annexRow}`);
    if (!s.forms.length || !s.forms.every((f) => FORMS.includes(f))) err(w, 'bad forms');
    if (!s.audiences.length || !s.audiences.every((a) => AUDIENCES.includes(a))) err(w, 'bad audiences');
    if (typeof s.formSpecific !== 'boolean') err(w, 'formSpecific missing');
    if (!s.formSpecific && s.forms.length !== 4) err(w, 'a generic signal must carry all four forms');
    ref(w, s.ref);
  }

  // contacts
  const contacts = d.contacts.contacts;
  unique('contacts', contacts.map((c) => c.id));
  const contactIds = new Set(contacts.map((c) => c.id));
  for (const c of contacts) validateContact(c, err, text, ref);

  // routes
  unique('routes', d.routes.routes.map((r) => r.id));
  for (const r of d.routes.routes) validateRoute(r, contactIds, err, text, texts, ref);

  // background
  validateBackground({ ...d.background, ...d.explanations, ...d.practice, definition: d.definition }, err, text, texts, ref);
  return errors;
}

type Err = (where: string, what: string) => void;
type Text = (where: string, v: unknown) => void;
type Texts = (where: string, v: unknown, required?: boolean) => void;
type Ref = (where: string, r: SourceRef | undefined) => void;

function validateContact(c: Contact, err: Err, text: Text, ref: Ref) {
  const w = `contact ${c.id}`;
  text(`${w}.name`, c.name);
  text(`${w}.description`, c.description);
  if (!c.phones?.length && !c.email && !c.website && !c.address) err(w, 'no way to reach it');
  for (const p of c.phones ?? []) if (!isValidDutchNumber(p.number)) err(w, `invalid Dutch number ${p.number}`);
  if (c.email !== undefined && !isEmail(c.email)) err(w, `bad e-mail ${c.email}`);
  if (c.website !== undefined && (!c.website.startsWith('https:') || !safeHref(c.website))) err(w, `website not https: ${c.website}`);
  if (!c.topics.length || !c.topics.every((t) => TOPICS.includes(t))) err(w, 'bad topics');
  if (c.region !== undefined && !/^[a-z]+(-[a-z]+)*$/.test(c.region)) err(w, `bad region ${c.region}`);
  if (!c.refs.length) err(w, 'no source');
  c.refs.forEach((r, i) => ref(`${w}.refs[${i}]`, r));
  if (c.verified !== undefined) {
    const v = c.verified as Partial<Contact['verified'] & object>;
    if (!isDay(v.on)) err(w, `bad verification date ${v.on}`);
    if (!v.against || !v.against.startsWith('https:') || !safeHref(v.against)) err(w, 'verification without the https: page it was checked against');
  }
  const h = c.hours;
  if (h !== undefined) {
    if (Array.isArray(h)) err(w, 'hours must be one statement, not a list');
    else {
      text(`${w}.hours.text`, h.text);
      if (!h.always === !h.periods?.length) err(w, 'hours need either always or periods, not both');
      for (const p of h.periods ?? []) {
        if (!p.days.length || !p.days.every((x) => Number.isInteger(x) && x >= 1 && x <= 7)) err(w, 'bad days');
        if (!HHMM.test(p.from) || !HHMM.test(p.to)) err(w, 'bad time');
      }
    }
  }
}

function validateRoute(r: Route, contactIds: Set<string>, err: Err, text: Text, texts: Texts, ref: Ref) {
  const w = `route ${r.id}`;
  if (!AUDIENCES.includes(r.id)) err(w, 'route id must be an audience');
  text(`${w}.title`, r.title);
  texts(`${w}.intro`, r.intro);
  texts(`${w}.encouragement`, r.encouragement);
  const checkContacts = (where: string, ids: string[] | undefined) => {
    for (const id of ids ?? []) if (!contactIds.has(id)) err(where, `unknown contact ${id}`);
  };
  if (!r.contacts.length) err(w, 'must end with contacts');
  checkContacts(w, r.contacts);
  if (!r.steps.length) err(w, 'no steps');
  const stepIds = new Set<string>();
  for (const s of r.steps) {
    if (stepIds.has(s.id)) err(w, `duplicate step ${s.id}`);
    stepIds.add(s.id);
    text(`${w}/${s.id}.title`, s.title);
    texts(`${w}/${s.id}.body`, s.body, true);
    texts(`${w}/${s.id}.points`, s.points);
    for (const q of s.questions ?? []) {
      text(`${w}/${s.id}.question`, q.text);
      if (!['companion', 'victim', 'any'].includes(q.to)) err(`${w}/${s.id}`, `bad question target ${q.to}`);
    }
    checkContacts(`${w}/${s.id}`, s.contacts);
    ref(`${w}/${s.id}`, s.ref);
  }
  for (const a of r.advice ?? []) {
    text(`${w}.advice.title`, a.title);
    texts(`${w}.advice.points`, a.points, true);
    checkContacts(`${w}.advice`, a.contacts);
    ref(`${w}.advice`, a.ref);
  }
  if (r.flow) {
    const qs = r.flow.questions;
    const ids = new Set(qs.map((q) => q.id));
    text(`${w}.flow.acuteNote`, r.flow.acuteNote);
    for (const q of qs) {
      text(`${w}.flow/${q.id}.question`, q.question);
      if (q.hint !== undefined) text(`${w}.flow/${q.id}.hint`, q.hint);
      for (const b of [q.yes, q.no]) {
        if ('next' in b && !ids.has(b.next)) err(`${w}.flow/${q.id}`, `unknown next ${b.next}`);
        if ('outcome' in b) text(`${w}.flow/${q.id}.outcome`, b.outcome.text);
      }
    }
  }
  if (r.followUp) {
    text(`${w}.followUp.intro`, r.followUp.intro);
    for (const a of r.followUp.actions) {
      text(`${w}.followUp/${a.id}.situation`, a.situation);
      texts(`${w}.followUp/${a.id}.action`, a.action, true);
      checkContacts(`${w}.followUp/${a.id}`, a.contacts);
    }
  }
}

function validateBackground(b: Background, err: Err, text: Text, texts: Texts, ref: Ref) {
  if (b.definition) {
    text('definition.quote', b.definition.quote);
    text('definition.childRule', b.definition.childRule);
    for (const k of DEFINITION_ELEMENTS) texts(`definition.${k}`, b.definition[k], true);
    ref('definition', b.definition.ref);
  } else err('background', 'no definition');
  for (const f of b.forms ?? []) {
    if (!FORMS.includes(f.form)) err('forms', `bad form ${f.form}`);
    texts(`forms ${f.form}`, f.paragraphs, true);
    ref(`forms ${f.form}`, f.ref);
  }
  for (const g of b.guidance ?? []) {
    texts('guidance.helps', g.helps, true);
    texts('guidance.hinders', g.hinders, true);
  }
  for (const c of b.cases ?? []) {
    text(`case ${c.id}.title`, c.title);
    texts(`case ${c.id}.story`, c.story, true);
    texts(`case ${c.id}.signals`, c.signals);
    ref(`case ${c.id}`, c.ref);
  }
  for (const s of b.sections ?? []) {
    text(`section ${s.id}.title`, s.title);
    if (!(SECTION_KINDS as readonly string[]).includes(s.kind)) err(`section ${s.id}`, `bad kind ${s.kind}`);
    texts(`section ${s.id}.paragraphs`, s.paragraphs);
    texts(`section ${s.id}.points`, s.points);
    ref(`section ${s.id}`, s.ref);
  }
  for (const r of b.reading ?? []) {
    text('reading.title', r.title);
    if (r.url !== undefined && (!r.url.startsWith('https:') || !safeHref(r.url))) err('reading', `not https: ${r.url}`);
    if (!r.url && !r.text) err('reading', `no address for ${r.title}`);
  }
}
