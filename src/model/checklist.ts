/**
 * The checklist's scoring, as pure functions over immutable state.
 * Scores follow the EU guide's annex 1: 0 geen signalen, 1 aanwezigheid van signalen,
 * 2 bewijs, 3 meer info vereist. Nothing here gives a verdict: the summary only says,
 * per element of the definition, whether signals were noted.
 */
import type { AnnexRow, AnnexRowId, Contact, ContactsSlice, DefinitionElement, Signal, SignalsSlice } from '../data/types.js';
import { groupByCategory, nearestSelection, signalsFor, type Selection, type SignalGroup } from './signals.js';
import { childProtectionContacts, consultContacts } from './consult.js';

export type Score = 0 | 1 | 2 | 3;
export const SCORES: readonly Score[] = [0, 1, 2, 3];

export interface ChecklistState {
  checked: ReadonlySet<string>;
  /** Scores the user set explicitly. */
  scores: Readonly<Partial<Record<AnnexRowId, Score>>>;
  notes: Readonly<Partial<Record<AnnexRowId, string>>>;
  /** Answer to "Kan het om een minderjarige gaan?": null = not answered. */
  minor: boolean | null;
}

export function emptyState(): ChecklistState {
  return { checked: new Set(), scores: {}, notes: {}, minor: null };
}

export function toggleSignal(state: ChecklistState, id: string, on: boolean): ChecklistState {
  const checked = new Set(state.checked);
  if (on) checked.add(id);
  else checked.delete(id);
  return { ...state, checked };
}

export function setScore(state: ChecklistState, row: AnnexRowId, score: Score | null): ChecklistState {
  const scores = { ...state.scores };
  if (score === null) delete scores[row];
  else scores[row] = score;
  return { ...state, scores };
}

export function setNote(state: ChecklistState, row: AnnexRowId, note: string): ChecklistState {
  return { ...state, notes: { ...state.notes, [row]: note } };
}

export function setMinor(state: ChecklistState, minor: boolean | null): ChecklistState {
  return { ...state, minor };
}

/** Checked signals per annex row. */
export function checkedByRow(state: ChecklistState, signals: readonly Signal[]): Map<AnnexRowId, Signal[]> {
  const map = new Map<AnnexRowId, Signal[]>();
  for (const s of signals) {
    if (!state.checked.has(s.id)) continue;
    map.set(s.annexRow, [...(map.get(s.annexRow) ?? []), s]);
  }
  return map;
}

/** The score the checklist suggests: 1 when a signal of the row is checked; otherwise none (not assessed). */
export function suggestedScore(state: ChecklistState, row: AnnexRowId, signals: readonly Signal[]): Score | null {
  return signals.some((s) => s.annexRow === row && state.checked.has(s.id)) ? 1 : null;
}

/**
 * The row's score: the user's choice, except that a checked signal lifts a 0 to at least 1
 * (checking a signal suggests at least 1; the user decides between 1, 2 and 3). Null when
 * nobody assessed the row: a record states only what was assessed, never a 0 by default.
 */
export function rowScore(state: ChecklistState, row: AnnexRowId, signals: readonly Signal[]): Score | null {
  const suggested = suggestedScore(state, row, signals);
  const chosen = state.scores[row];
  if (chosen === undefined) return suggested;
  return chosen === 0 && suggested !== null ? suggested : chosen;
}

/** The rows the user assessed (a score, or a score a ticked signal implies) or wrote a note for, in form order. */
export function assessedRows(state: ChecklistState, rows: readonly AnnexRow[], signals: readonly Signal[]): AnnexRow[] {
  return rows.filter((r) => rowScore(state, r.id, signals) !== null || !!state.notes[r.id]?.trim());
}

export type ElementStatus = 'noted' | 'more-info' | 'none' | 'not-needed';

export interface Summary {
  elements: Record<DefinitionElement, ElementStatus>;
  checkedCount: number;
  /** True when the child rule applies (a possible minor): no means needed, contact child protection first. */
  childRule: boolean;
}

/**
 * Per element of the definition: 'noted' when a row has 1 or 2, 'more-info' when only 3s,
 * 'none' otherwise; for a possible minor the means ('middel') are 'not-needed'.
 */
export function summarize(state: ChecklistState, rows: readonly AnnexRow[], signals: readonly Signal[]): Summary {
  const status = (el: DefinitionElement): ElementStatus => {
    const scores = rows.filter((r) => r.element === el).map((r) => rowScore(state, r.id, signals));
    if (scores.some((s) => s === 1 || s === 2)) return 'noted';
    if (scores.some((s) => s === 3)) return 'more-info';
    return 'none';
  };
  const childRule = state.minor === true;
  return {
    elements: {
      handeling: status('handeling'),
      middel: childRule && status('middel') === 'none' ? 'not-needed' : status('middel'),
      doel: status('doel'),
    },
    checkedCount: signals.filter((s) => state.checked.has(s.id)).length,
    childRule,
  };
}

/** The event detail: ids, scores and booleans only; never the notes. Rows nobody assessed are left out of `scores`. */
export function eventDetail(state: ChecklistState, rows: readonly AnnexRow[], signals: readonly Signal[]) {
  const summary = summarize(state, rows, signals);
  const scores: Partial<Record<AnnexRowId, Score>> = {};
  for (const r of rows) {
    const score = rowScore(state, r.id, signals);
    if (score !== null) scores[r.id] = score;
  }
  return {
    checked: signals.filter((s) => state.checked.has(s.id)).map((s) => s.id),
    scores,
    minor: state.minor,
    elements: summary.elements,
  };
}

/** What `<signal-checklist>` shows for a selection: the signals (or the nearest selection's), grouped, and whom to consult. */
export interface ChecklistView {
  /** The selection whose signals are shown: the checklist's own, or the nearest with signals (null: none). */
  nearest: Selection | null;
  /** False when the selection has no signals and the nearest selection's are shown. */
  own: boolean;
  shown: Signal[];
  groups: SignalGroup[];
  /** Veilig Thuis, CoMensha and the region's zorgcoördinator. */
  consult: Contact[];
  /** For a possible minor: Veilig Thuis, 112, Nidos. */
  child: Contact[];
  /** The front desk starts short: its signals, the minor question, the summary; the annex-1 rows on request. */
  short: boolean;
}

export function checklistView(
  signals: SignalsSlice,
  contacts: ContactsSlice,
  sel: Selection,
  opts: { region?: string; full?: boolean } = {},
): ChecklistView {
  const nearest = nearestSelection(signals, sel);
  const shown = nearest ? signalsFor(signals, nearest) : [];
  return {
    nearest,
    own: signalsFor(signals, sel).length > 0,
    shown,
    groups: groupByCategory(signals, shown),
    consult: consultContacts(contacts, opts.region),
    child: childProtectionContacts(contacts, opts.region),
    short: sel.audience === 'front-desk' && !opts.full,
  };
}
