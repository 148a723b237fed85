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
  // A number reads left to right in every language, whatever the text around it.
  return boxed(
    (box) =>
      href
        ? html`<a href=${href} class=${box || nothing} translate="no" dir="ltr">${value}</a>`
        : html`<span class=${box || nothing} translate="no" dir="ltr">${value}</span>`,
    before,
    after,
  );
}

/**
 * A number in its box (`.phone`): the number itself, or, with punctuation beside it, a box around
 * both (engines break between a box and a full stop or comma after it: "112" / "." alone).
 * `render` gets the class the number itself takes ('' inside a box).
 */
function boxed(render: (box: 'phone' | '') => TemplateResult, before: string, after: string): TemplateResult {
  return before || after ? html`<span class="phone">${before}${render('')}${after}</span>` : render('phone');
}

/**
 * The 112 link, for acute danger; with `after`, the punctuation that follows it, and with
 * `before` the word before it ("gevaar: "), kept with it in its box.
 */
export function emergencyLink(after = '', before = ''): TemplateResult {
  return boxed((box) => html`<a href="tel:112" translate="no" class=${box ? 'phone emergency' : 'emergency'}><data value="112">112</data></a>`, before, after);
}
