/**
 * Selecting background content (form explanations, conversation guidance, cases, safe
 * questions, sections, reading) for a selection of form of exploitation and audience.
 * Content from the sources written for the selected audience comes first; nothing is dropped
 * for the audience, since background applies to everyone.
 */
import type {
  Audience,
  Background,
  CaseExample,
  Exploitation,
  FormExplanation,
  Guidance,
  Meta,
  Reading,
  Section,
  SourceId,
  SourceRef,
} from '../data/types.js';

/** The sources written for an audience, in meta order. */
export function sourcesForAudience(meta: Meta, audience?: Audience): SourceId[] {
  if (!audience) return [];
  return meta.sources.filter((s) => s.audiences.includes(audience)).map((s) => s.id);
}

/** A stable sort that puts items whose source is in `preferred` first. */
function preferSources<T extends { ref: SourceRef }>(items: readonly T[], preferred: readonly SourceId[]): T[] {
  const first = items.filter((i) => preferred.includes(i.ref.source));
  return [...first, ...items.filter((i) => !preferred.includes(i.ref.source))];
}

/** Explanations of one form, those from the audience's sources first. */
export function formExplanations(bg: Background, form: Exploitation, preferred: readonly SourceId[] = []): FormExplanation[] {
  return preferSources((bg.forms ?? []).filter((f) => f.form === form), preferred);
}

/** Conversation guidance (helps / hinders) for a form; without a form, all of it. */
export function guidanceFor(bg: Background, form?: Exploitation): Guidance[] {
  return (bg.guidance ?? []).filter((g) => !form || g.forms.includes(form));
}

/** Case examples for a form; without a form, all of them. */
export function casesFor(bg: Background, form?: Exploitation): CaseExample[] {
  return (bg.cases ?? []).filter((c) => !form || c.forms.includes(form));
}

/**
 * Background sections for a form (sections without forms apply to all), the audience's sources
 * first. With an audience (its sources in `preferred`), a section about one setting's practice
 * (`kind: 'practice'`) shows only when it comes from the audience's own sources: no GP-practice
 * sections on the front-desk card.
 */
export function sectionsFor(bg: Background, form?: Exploitation, preferred: readonly SourceId[] = []): Section[] {
  const fits = (bg.sections ?? []).filter(
    (s) => (!form || !s.forms?.length || s.forms.includes(form)) && (s.kind !== 'practice' || !preferred.length || preferred.includes(s.ref.source)),
  );
  return preferSources(fits, preferred);
}

/** Further reading, the audience's sources first. */
export function readingFor(bg: Background, preferred: readonly SourceId[] = []): Reading[] {
  return preferSources(bg.reading ?? [], preferred);
}

/** The distinct sources of a list of references, in the order of `meta.sources`. */
export function sourcesOf(meta: Meta, refs: readonly (SourceRef | undefined)[]): SourceId[] {
  const used = new Set(refs.filter((r): r is SourceRef => !!r).map((r) => r.source));
  return meta.sources.map((s) => s.id).filter((id) => used.has(id));
}
