/**
 * The running text of the dataset (steps, descriptions, paragraphs) in the pieces an element
 * shows differently: phone numbers, which become links (model/phone), and on English pages the
 * Dutch terms the English texts keep, which are marked as Dutch (WCAG 3.1.2: a screen reader
 * reads them in Dutch). Pure: no DOM, no Lit (ui/prose renders it).
 */
import type { Lang } from '../data/slices.js';
import { cutText, splitNumbers, type TextPart } from './phone.js';

/**
 * The Dutch terms that the English texts keep, as the name of a code or a role, beside their
 * English gloss ("KNMG reporting code (meldcode)"). Longer ones first, so that "meldcode HGKM"
 * is one term. test/data/dataset.test.ts holds the list against the English dataset.
 */
export const DUTCH_TERMS = [
  'aandachtsfunctionarissen mensenhandel',
  'aandachtsfunctionaris mensenhandel',
  'Verwijsindex Risicojongeren',
  'meldcode HGKM',
  'meldcode',
  'zorgcoördinator',
  'afwegingskader',
] as const;

// A term as a word of its own: not inside a longer word (no lookbehind: older Safari has none).
const DUTCH = new RegExp(`(^|[^\\p{L}])(${DUTCH_TERMS.join('|')})(?![\\p{L}])`, 'gu');

export type ProsePart = TextPart | { dutch: string };

/** The words of `text` with the Dutch terms in them apart (a match starts with the character before the term). */
const dutchTerms = (text: string): ProsePart[] =>
  cutText<ProsePart>(text, DUTCH, (m) => {
    const start = m.index! + m[1].length;
    return { start, end: start + m[2].length, piece: { dutch: m[2] } };
  });

/** `text` in its pieces, for a page in `lang`: words, numbers (unless `numbers` is false: a title), and (in English) Dutch terms. */
export function proseParts(text: string, lang: Lang, numbers = true): ProsePart[] {
  const parts: ProsePart[] = numbers ? splitNumbers(text) : text ? [text] : [];
  return lang === 'en' ? parts.flatMap((p) => (typeof p === 'string' ? dutchTerms(p) : [p])) : parts;
}
