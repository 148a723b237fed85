/**
 * Async loading of content slices, per language and part. Each slice is a module of its own,
 * src/data/<lang>/<part>.ts (found by convention: see src/catalog.ts), and so a chunk of its own in
 * the build, so a page loads only the parts its elements show, and English
 * content only on English pages. Loaded slices are cached per language.
 */
import type { Audience, BackgroundSlice, ContactsSlice, Definition, Meta, RoutesSlice, SignalsSlice } from './types.js';
import { mergeBackground, mergeSignals } from './merge.js';
import { AUDIENCE_PARTS, sliceModule, type ModulePart } from '../catalog.js';

export { signalsPart } from '../catalog.js';

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
  /** The explanations of the forms of exploitation and the conversation guidance (the card shows them with its signals). */
  explanations: BackgroundSlice;
  /** The rest of the background: smuggling, sections, further reading (the card's closed panel; loaded later). */
  background: BackgroundSlice;
  /** The legal definition of trafficking in human beings (the card's background, the checklist's child rule). */
  definition: Definition;
  /** Case examples and safe questions for medical professionals. */
  practice: BackgroundSlice;
} & { [A in AudienceSignals]: SignalsSlice };
export type Part = keyof Slices;
/** The parts of the whole dataset of a language, each once (the audiences' signals are in `signals`). */
export const DATASET_PARTS = ['meta', 'signals', 'routes', 'contacts', 'explanations', 'background', 'definition', 'practice'] as const satisfies readonly Part[];
/** The whole dataset of a language. A part of Slices left out of DATASET_PARTS fails to compile here. */
export type Dataset = Pick<Slices, (typeof DATASET_PARTS)[number]> & Record<Exclude<Part, AudienceSignals | (typeof DATASET_PARTS)[number]>, never>;

/** The parts a slice module holds per source, merged here (in the code chunk, not per slice); the others as they are. */
const merged: Partial<Record<ModulePart, (raw: never) => unknown>> = { explanations: mergeBackground, background: mergeBackground, practice: mergeBackground };

const cache = new Map<string, Promise<unknown>>();

/** Loads one slice (cached). All signals are the audiences' signals, merged. */
export function loadSlice<P extends Part>(lang: Lang, part: P): Promise<Slices[P]> {
  const key = `${lang}/${part}`;
  let p = cache.get(key) as Promise<Slices[P]> | undefined;
  if (!p) {
    p = (
      part === 'signals'
        ? Promise.all(AUDIENCE_PARTS.map((a) => loadSlice(lang, a))).then(mergeSignals)
        : sliceModule(lang, part as ModulePart).then((m) => (merged[part as ModulePart]?.(m.default as never) ?? m.default))
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
