/**
 * The dataset's running text as elements show it (model/prose): its phone numbers as links, and
 * on English pages the Dutch terms it keeps marked as Dutch. Shared by every element.
 */
import { html, type TemplateResult } from 'lit';
import type { Lang } from '../data/slices.js';
import { proseParts, type ProsePart } from '../model/prose.js';
import { phoneLink } from './phone-link.js';

const dutch = (term: string) => html`<span lang="nl">${term}</span>`;

/**
 * A text of the dataset (a step, a description, a paragraph) with the phone numbers in it as
 * links, written as everywhere else in the language ("free on +31 800 7000" on an English
 * page): a number in running text can be called, and stays whole on a phone. The text itself
 * where it holds no number and no Dutch term.
 */
export function prose(text: string, lang: Lang): string | TemplateResult {
  return pieces(proseParts(text, lang), text, lang);
}

function pieces(parts: ProsePart[], text: string, lang: Lang): string | TemplateResult {
  if (parts.every((p) => typeof p === 'string')) return text;
  return html`${parts.map((p) => (typeof p === 'string' ? p : 'dutch' in p ? dutch(p.dutch) : phoneLink(p.number, lang, true, p.after, p.before)))}`;
}

/** A title (of a step, a section: in a heading or a button, where a link cannot be) with its Dutch terms marked; its numbers stay text. */
export function titleText(text: string, lang: Lang): string | TemplateResult {
  return pieces(proseParts(text, lang, false), text, lang);
}
