/** Merging per-source JSON files into one slice of a part. */
import type { Background, SignalsSlice } from './types.js';

export function mergeSignals(parts: readonly SignalsSlice[]): SignalsSlice {
  return { categories: parts.flatMap((p) => p.categories), signals: parts.flatMap((p) => p.signals) };
}

export function mergeBackground(parts: readonly Background[]): Background {
  const out: Background = {};
  for (const p of parts) {
    if (p.definition) out.definition = p.definition;
    if (p.smuggling) out.smuggling = p.smuggling;
    if (p.safeQuestions) out.safeQuestions = p.safeQuestions;
    for (const key of ['forms', 'guidance', 'cases', 'sections', 'reading'] as const) {
      const list = p[key];
      if (list) (out[key] as unknown[]) = [...((out[key] as unknown[] | undefined) ?? []), ...list];
    }
  }
  return out;
}
