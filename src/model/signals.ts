/** Selecting and grouping signals by form of exploitation and audience. */
import type { Audience, Category, Exploitation, Signal, SignalsSlice } from '../data/types.js';

export { AUDIENCES, EXPLOITATIONS } from '../data/enums.js';
import { AUDIENCES, EXPLOITATIONS } from '../data/enums.js';

export interface Selection {
  exploitation?: Exploitation;
  audience?: Audience;
}

export function isExploitation(v: unknown): v is Exploitation {
  return EXPLOITATIONS.includes(v as Exploitation);
}
export function isAudience(v: unknown): v is Audience {
  return AUDIENCES.includes(v as Audience);
}

/** Signals that fit a selection, in dataset order. */
export function signalsFor(slice: SignalsSlice, sel: Selection = {}): Signal[] {
  return slice.signals.filter(
    (s) => (!sel.exploitation || s.forms.includes(sel.exploitation)) && (!sel.audience || s.audiences.includes(sel.audience)),
  );
}

export interface SignalGroup {
  category: Category;
  signals: Signal[];
}

/** Groups signals by their category, categories in dataset order, empty ones left out. */
export function groupByCategory(slice: SignalsSlice, signals: readonly Signal[]): SignalGroup[] {
  return slice.categories
    .map((category) => ({ category, signals: signals.filter((s) => s.category === category.id) }))
    .filter((g) => g.signals.length > 0);
}

/**
 * For a selection without signals: the nearest selection that has them. First the same form
 * with the audience that has the most signals for it, then the same audience for any form.
 */
export function nearestSelection(slice: SignalsSlice, sel: Selection): Selection | null {
  if (signalsFor(slice, sel).length) return sel;
  if (sel.exploitation) {
    let best: Selection | null = null;
    let bestCount = 0;
    for (const audience of AUDIENCES) {
      const n = signalsFor(slice, { exploitation: sel.exploitation, audience }).length;
      if (n > bestCount) {
        best = { exploitation: sel.exploitation, audience };
        bestCount = n;
      }
    }
    if (best) return best;
  }
  if (sel.audience && signalsFor(slice, { audience: sel.audience }).length) return { audience: sel.audience };
  return signalsFor(slice, {}).length ? {} : null;
}

/**
 * True when the signals of the selection's audience alone (its own part of the dataset) cannot
 * show the selection, so the nearest selection must be sought among all signals: the selected
 * form has none for that audience; without a form, `eachForm` (the card's overview, one panel
 * per form) asks that every form has some, otherwise (the checklist, all forms in one list)
 * that the audience has any at all.
 */
export function needsAllSignals(own: SignalsSlice, sel: Selection, eachForm = true): boolean {
  if (!sel.audience) return true;
  const forms = sel.exploitation ? [sel.exploitation] : eachForm ? EXPLOITATIONS : [undefined];
  return forms.some((exploitation) => signalsFor(own, { exploitation, audience: sel.audience }).length === 0);
}
