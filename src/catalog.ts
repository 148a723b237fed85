/**
 * The package's elements and the content each loads, written once.
 *
 * The elements load their content through src/data/slices.ts, which finds a slice by
 * convention: part `p` of language `l` is the module src/data/<l>/<p>.ts. The one-script-tag
 * entry (src/index.ts, src/prefetch.ts) reads the same description to start those loads
 * together with the element's code. The build gives the entry its own copy of this module
 * (scripts/rollup-entry-copies.mjs), so that the entry waits for no shared chunk; it has no
 * imports but types and the lists in src/data/enums.ts.
 */
import { AUDIENCES } from './data/enums.js';
import type { Audience } from './data/types.js';
import type { AudienceSignals, Lang, Part } from './data/slices.js';

/** The elements, in the order the documentation presents them. Each has src/elements/<name>/define.ts. */
export const ELEMENTS = ['signal-card', 'signal-checklist', 'meldroute-steps', 'contact-list'] as const;
export type ElementName = (typeof ELEMENTS)[number];

export const isElementName = (name: string): name is ElementName => (ELEMENTS as readonly string[]).includes(name);

/** The part with the signals of `audience` (all signals without a valid one). */
export const signalsPart = (audience?: string | null): 'signals' | AudienceSignals =>
  AUDIENCES.includes(audience as Audience) ? `signals-${audience as Audience}` : 'signals';

/**
 * The content slices element `name` loads. `signals` is the signals part it shows (an element
 * starts with its audience's own, see signalsPart, and may need all later).
 */
export function partsFor(name: ElementName, signals: Part = 'signals', audience?: string | null): Part[] {
  switch (name) {
    case 'signal-card':
      // Its background ('background') comes later: see SignalCard's parts.
      return ['meta', signals, 'explanations', 'definition', 'contacts', ...(audience === 'medical' ? (['practice'] as const) : [])];
    case 'signal-checklist':
      return ['meta', signals, 'contacts', 'definition'];
    case 'meldroute-steps':
      return ['routes', 'contacts', 'meta'];
    case 'contact-list':
      return ['contacts', 'meta'];
  }
}

/** A part as a module holds it; all signals (`signals`) are the audiences' parts, merged by the loader. */
export type ModulePart = Exclude<Part, 'signals'>;

/** The audiences' signal parts in the order of their sources in the dataset: all signals are these, merged in this order. */
export const AUDIENCE_PARTS = ['signals-professional', 'signals-front-desk', 'signals-first-line', 'signals-medical'] as const satisfies readonly AudienceSignals[];

/** The module of one part: src/data/<lang>/<part>.ts. */
export const sliceModule = (lang: Lang, part: ModulePart): Promise<{ default: unknown }> => import(`./data/${lang}/${part}.ts`);
