/**
 * Async loading of content slices, per language and part. Each slice is a separate
 * chunk in the build, so a page loads only the parts its elements show, and English
 * content only on English pages. Loaded slices are cached per language.
 */
import type { Audience, BackgroundSlice, ContactsSlice, Definition, Meta, RoutesSlice, SignalsSlice } from './types.js';
import { mergeBackground, mergeSignals } from './merge.js';

export type Lang = 'nl' | 'en';
export const LANGS: readonly Lang[] = ['nl', 'en'];

/** The signals of one audience: those of the sources written for it (each source has one audience). */
export type AudienceSignals = `signals-${Audience}`;

export type Slices = {
  meta: Meta;
  /** All signals, of every source. */
  signals: SignalsSlice;
  routes: RoutesSlice;
  contacts: ContactsSlice;
  /** The background: explanations, conversation guidance, smuggling, sections, further reading. */
  background: BackgroundSlice;
  /** The legal definition of trafficking in human beings (the card's background, the checklist's child rule). */
  definition: Definition;
  /** Case examples and safe questions for medical professionals. */
  practice: BackgroundSlice;
} & { [A in AudienceSignals]: SignalsSlice };
export type Part = keyof Slices;
/** The whole dataset of a language, each part once (the audiences' signals are in `signals`). */
export type Dataset = Pick<Slices, 'meta' | 'signals' | 'routes' | 'contacts' | 'background' | 'definition' | 'practice'>;

/** The part with the signals of `audience` (all signals without one). */
export const signalsPart = (audience?: Audience): 'signals' | AudienceSignals => (audience ? `signals-${audience}` : 'signals');

/** What a slice module holds: the parts per source, merged here (in the code chunk, not per slice). */
type Raw = {
  meta: Meta;
  routes: RoutesSlice;
  contacts: ContactsSlice;
  background: BackgroundSlice[];
  definition: Definition;
  practice: BackgroundSlice[];
} & { [A in AudienceSignals]: SignalsSlice };
// JSON modules are typed loosely by TypeScript; the dataset's types and validation say what they hold.
type Loaders = Record<keyof Raw, () => Promise<{ default: unknown }>>;

// The audiences in dataset order: all signals are theirs merged in this order.
const loaders: Record<Lang, Loaders> = {
  nl: {
    meta: () => import('./nl/meta.js'),
    'signals-professional': () => import('./nl/signals/vt-ijsselland.json'),
    'signals-front-desk': () => import('./nl/signals/balie-crimineel.json'),
    'signals-first-line': () => import('./nl/signals/eu-eerstelijn.json'),
    'signals-medical': () => import('./nl/signals/fairwork-medisch.json'),
    routes: () => import('./nl/routes.js'),
    contacts: () => import('./nl/contacts.js'),
    background: () => import('./nl/background.js'),
    definition: () => import('./nl/definition.json'),
    practice: () => import('./nl/practice.js'),
  },
  en: {
    meta: () => import('./en/meta.js'),
    'signals-professional': () => import('./en/signals/vt-ijsselland.json'),
    'signals-front-desk': () => import('./en/signals/balie-crimineel.json'),
    'signals-first-line': () => import('./en/signals/eu-eerstelijn.json'),
    'signals-medical': () => import('./en/signals/fairwork-medisch.json'),
    routes: () => import('./en/routes.js'),
    contacts: () => import('./en/contacts.js'),
    background: () => import('./en/background.js'),
    definition: () => import('./en/definition.json'),
    practice: () => import('./en/practice.js'),
  },
};

const SIGNAL_PARTS = Object.keys(loaders.nl).filter((k): k is AudienceSignals => k.startsWith('signals-'));

const finish: { [P in keyof Raw]: (raw: Raw[P]) => Slices[P] } = {
  meta: (m) => m,
  'signals-professional': (s) => s,
  'signals-front-desk': (s) => s,
  'signals-first-line': (s) => s,
  'signals-medical': (s) => s,
  routes: (r) => r,
  contacts: (c) => c,
  background: mergeBackground,
  definition: (d) => d,
  practice: mergeBackground,
};

const cache = new Map<string, Promise<unknown>>();

/** Loads one slice (cached). All signals are the audiences' signals, merged. */
export function loadSlice<P extends Part>(lang: Lang, part: P): Promise<Slices[P]> {
  const key = `${lang}/${part}`;
  let p = cache.get(key) as Promise<Slices[P]> | undefined;
  if (!p) {
    p = (
      part === 'signals'
        ? Promise.all(SIGNAL_PARTS.map((a) => loadSlice(lang, a))).then(mergeSignals)
        : loaders[lang][part as keyof Raw]().then((m) => (finish[part as keyof Raw] as (raw: unknown) => Slices[P])(m.default))
    ) as Promise<Slices[P]>;
    cache.set(key, p);
    p.catch(() => cache.delete(key));
  }
  return p;
}

/** Loads several slices at once. */
export async function loadSlices<P extends Part>(lang: Lang, parts: readonly P[]): Promise<Pick<Slices, P>> {
  const values = await Promise.all(parts.map((part) => loadSlice(lang, part)));
  return Object.fromEntries(parts.map((part, i) => [part, values[i]])) as unknown as Pick<Slices, P>;
}
