/**
 * What a signal-card shows, worked out from the data and the selection: per form its
 * explanation, signals (or the nearest selection's), conversation guidance and, for medical
 * professionals, case examples; the safe questions; the background; and the sources of each:
 * the footer's (what shows outside the background panel) and the background panel's own. Pure: the element renders it, and renders a closed panel's part of it only
 * when the panel opens.
 */
import type {
  Background,
  CaseExample,
  Definition,
  Exploitation,
  FormExplanation,
  Guidance,
  Meta,
  Reading,
  SafeQuestionGroup,
  Section,
  SignalsSlice,
  SmugglingComparison,
  SourceId,
  SourceRef,
} from '../data/types.js';
import { EXPLOITATIONS, groupByCategory, nearestSelection, signalsFor, type Selection, type SignalGroup } from './signals.js';
import { casesFor, formExplanations, guidanceFor, readingFor, sectionsFor, sourcesForAudience, sourcesOf } from './background.js';

export interface FormContent {
  form: Exploitation;
  /** The selection for this form: the card's audience with this form. */
  selection: Selection;
  /** The explanation from the audience's own sources first. */
  explanation?: FormExplanation;
  /** The selection whose signals are shown: the form's own, or the nearest that has signals (null: none at all). */
  nearest: Selection | null;
  /** False when the form has no signals for the audience, and the nearest selection's are shown instead. */
  own: boolean;
  /**
   * False when every signal shown holds for all forms of exploitation alike: the sources give no
   * signals of this form in particular (organ removal, for most audiences), and the card says so.
   */
  specific: boolean;
  groups: SignalGroup[];
  guidance: Guidance[];
  /** Case examples: for medical professionals only. */
  cases: CaseExample[];
}

export interface CardContent {
  /** True for the overview: every form in a panel of its own. */
  overview: boolean;
  /** The selected form, or all four (the overview). */
  forms: FormContent[];
  /** For medical professionals. */
  safeQuestions?: { intro: string[]; groups: SafeQuestionGroup[] };
  background: {
    definition?: Definition;
    smuggling?: SmugglingComparison;
    /** The shown forms' other explanations (the first is shown with the form). */
    moreForms: FormExplanation[];
    sections: Section[];
    reading: Reading[];
    /** The sources of the background panel, in meta order: it names them itself, at its end. */
    sources: SourceId[];
  };
  /**
   * The sources of what the card shows outside its background panel, in meta order, for the
   * footer. The background is loaded later (when its panel opens, or in an idle moment), so the
   * footer does not depend on it and does not change when it arrives.
   */
  sources: SourceId[];
}

export function cardContent(meta: Meta, signals: SignalsSlice, bg: Background, sel: Selection): CardContent {
  const preferred = sourcesForAudience(meta, sel.audience);
  const medical = sel.audience === 'medical';
  const shownForms = sel.exploitation ? [sel.exploitation] : EXPLOITATIONS;
  const forms = shownForms.map((form): FormContent => {
    const formSel = { ...sel, exploitation: form };
    const nearest = nearestSelection(signals, formSel);
    const shown = nearest ? signalsFor(signals, nearest) : [];
    return {
      form,
      selection: formSel,
      explanation: formExplanations(bg, form, preferred)[0],
      nearest,
      own: signalsFor(signals, formSel).length > 0,
      specific: shown.some((x) => x.forms.length < EXPLOITATIONS.length),
      groups: groupByCategory(signals, shown),
      guidance: guidanceFor(bg, form),
      cases: medical ? casesFor(bg, form) : [],
    };
  });
  const safeQuestions = medical ? bg.safeQuestions : undefined;
  const panel = {
    definition: bg.definition,
    smuggling: bg.smuggling,
    moreForms: shownForms.flatMap((f) => formExplanations(bg, f, preferred).slice(1)),
    sections: sectionsFor(bg, sel.exploitation, preferred),
    reading: readingFor(bg, preferred),
  };
  const panelRefs: (SourceRef | undefined)[] = [panel.definition?.ref, panel.smuggling?.ref, ...[...panel.moreForms, ...panel.sections, ...panel.reading].map((x) => x.ref)];
  const refs: (SourceRef | undefined)[] = [
    ...forms.flatMap((f) => [f.explanation?.ref, ...f.groups.flatMap((g) => g.signals.map((s) => s.ref)), ...f.guidance.map((g) => g.ref), ...f.cases.map((c) => c.ref)]),
    ...(safeQuestions?.groups.map((g) => g.ref) ?? []),
  ];
  return {
    overview: !sel.exploitation,
    forms,
    safeQuestions,
    background: { ...panel, sources: sourcesOf(meta, panelRefs) },
    sources: sourcesOf(meta, refs),
  };
}

/** The keys of the card's collapsible panels ("open all" opens them): per form and the safe questions in the overview, and the background. */
export function panelKeys(content: CardContent): string[] {
  if (!content.overview) return ['background'];
  return [...content.forms.map((f) => `form-${f.form}`), ...(content.safeQuestions ? ['safe-questions'] : []), 'background'];
}
