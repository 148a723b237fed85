/** Phone numbers as `tel:` links, shown as readers of the page language expect. Shared by every element. */
import { html, nothing, type TemplateResult } from 'lit';
import type { Lang } from '../data/slices.js';
import { formatPhone, normalizePhone, telHref } from '../model/phone.js';

/**
 * A phone number as a tel: link (international href), shown as readers of the language expect;
 * plain text with `link` false (a printed record). A box of its own (`.phone`), which moves to
 * the next line whole; with `after`, the punctuation that follows it (a list's comma), and with
 * `before` an opening bracket, kept in the box: engines break between a box and a comma after
 * it, which would begin a line.
 */
export function phoneLink(number: string, lang: Lang, link = true, after = '', before = ''): TemplateResult {
  const href = link ? telHref(number) : null;
  const e164 = normalizePhone(number) ?? number;
  const text = formatPhone(number, lang === 'en' ? 'international' : 'national');
  const value = html`<data value=${e164}>${text}</data>`;
  const box = after || before ? nothing : 'phone';
  // A number reads left to right in every language, whatever the text around it.
  const number_ = href
    ? html`<a href=${href} class=${box} translate="no" dir="ltr">${value}</a>`
    : html`<span class=${box} translate="no" dir="ltr">${value}</span>`;
  return after || before ? html`<span class="phone">${before}${number_}${after}</span>` : number_;
}

/** The 112 link, for acute danger; with `after`, the punctuation that follows it, kept with it. */
export function emergencyLink(after = ''): TemplateResult {
  const link = html`<a href="tel:112" translate="no" class=${after ? 'emergency' : 'phone emergency'}><data value="112">112</data></a>`;
  // Engines break between a box of its own and the full stop after it: "112" / "." alone.
  return after ? html`<span class="phone">${link}${after}</span>` : link;
}
