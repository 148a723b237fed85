/**
 * Async loading of content slices, per language and part. Each slice is a separate
 * chunk in the build, so a page loads only the parts its elements show, and English
 * content only on English pages. Loaded slices are cached per language.
 */
import type { BackgroundSlice, ContactsSlice, Meta, RoutesSlice, SignalsSlice } from './types.js';
import { mergeBackground, mergeSignals } from './merge.js';

export type Lang = 'nl' | 'en';
export const LANGS: readonly Lang[] = ['nl', 'en'];

export interface Slices {
  meta: Meta;
  signals: SignalsSlice;
  routes: RoutesSlice;
  contacts: ContactsSlice;
  background: BackgroundSlice;
  /** Case examples and safe questions for medical professionals. */
  practice: BackgroundSlice;
}
export type Part = keyof Slices;

/** What a slice module holds: the parts per source, merged here (in the code chunk, not per slice). */
interface Raw {
  meta: Meta;
  signals: SignalsSlice[];
  routes: RoutesSlice;
  contacts: ContactsSlice;
  background: BackgroundSlice[];
  practice: BackgroundSlice[];
}
type Loaders = { [P in Part]: () => Promise<{ default: Raw[P] }> };

const loaders: Record<Lang, Loaders> = {
  nl: {
    meta: () => import('./nl/meta.js'),
    signals: () => import('./nl/signals.js'),
    routes: () => import('./nl/routes.js'),
    contacts: () => import('./nl/contacts.js'),
    background: () => import('./nl/background.js'),
    practice: () => import('./nl/practice.js'),
  },
  en: {
    meta: () => import('./en/meta.js'),
    signals: () => import('./en/signals.js'),
    routes: () => import('./en/routes.js'),
    contacts: () => import('./en/contacts.js'),
    background: () => import('./en/background.js'),
    practice: () => import('./en/practice.js'),
  },
};

const finish: { [P in Part]: (raw: Raw[P]) => Slices[P] } = {
  meta: (m) => m,
  signals: mergeSignals,
  routes: (r) => r,
  contacts: (c) => c,
  background: mergeBackground,
  practice: mergeBackground,
};

const cache = new Map<string, Promise<unknown>>();

/** Loads one slice (cached). */
export function loadSlice<P extends Part>(lang: Lang, part: P): Promise<Slices[P]> {
  const key = `${lang}/${part}`;
  let p = cache.get(key) as Promise<Slices[P]> | undefined;
  if (!p) {
    p = loaders[lang][part]().then((m) => finish[part](m.default));
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
