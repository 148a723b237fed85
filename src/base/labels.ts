/**
 * Interface labels for the dataset's enumerations that every element uses (forms of
 * exploitation, audiences, elements of the definition). All labels are in src/base/labels*.ts:
 * those of one element's enumerations in a file of their own (labels-topic.ts,
 * labels-checklist.ts), so that only that element loads them. Content comes from the dataset.
 */
import { msg, str } from '@lit/localize';
import type { Audience, DefinitionElement, Exploitation } from '../data/types.js';

/** "Arbeidsuitbuiting", "Seksuele uitbuiting", ... */
export function formLabel(form: Exploitation): string {
  switch (form) {
    case 'labour':
      return msg('Arbeidsuitbuiting', { id: 'labels.form.labour' });
    case 'sexual':
      return msg('Seksuele uitbuiting', { id: 'labels.form.sexual' });
    case 'criminal':
      return msg('Criminele uitbuiting', { id: 'labels.form.criminal' });
    case 'organ':
      return msg('Gedwongen orgaanverwijdering', { id: 'labels.form.organ' });
  }
}

/** The audience as a plural noun: "professionals", "baliemedewerkers", ... */
export function audienceLabel(audience: Audience): string {
  switch (audience) {
    case 'professional':
      return msg('professionals', { id: 'labels.audience.professional' });
    case 'front-desk':
      return msg('baliemedewerkers', { id: 'labels.audience.front-desk' });
    case 'medical':
      return msg('medische professionals', { id: 'labels.audience.medical' });
    case 'first-line':
      return msg('eerstelijnsfunctionarissen', { id: 'labels.audience.first-line' });
  }
}

/** "Handeling", "Middel", "Doel". */
export function elementLabel(element: DefinitionElement): string {
  switch (element) {
    case 'handeling':
      return msg('Handeling', { id: 'labels.element.handeling' });
    case 'middel':
      return msg('Middel', { id: 'labels.element.middel' });
    case 'doel':
      return msg('Doel', { id: 'labels.element.doel' });
  }
}

/** A selection in words: "seksuele uitbuiting, voor medische professionals", "alle signalen". */
export function selectionLabel(sel: { exploitation?: Exploitation; audience?: Audience }): string {
  const form = sel.exploitation ? formLabel(sel.exploitation).toLowerCase() : undefined;
  const audience = sel.audience ? audienceLabel(sel.audience) : undefined;
  if (form && audience) return msg(str`${form}, voor ${audience}`, { id: 'labels.selection.both' });
  if (form) return form;
  if (audience) return msg(str`alle vormen van uitbuiting, voor ${audience}`, { id: 'labels.selection.audience' });
  return msg('alle signalen', { id: 'labels.selection.all' });
}

/**
 * Words a companion reading across the desk should not see in a heading or summary when an
 * element is `discreet` (Dutch and English, also inside compounds: "arbeidsuitbuiting").
 */
export const SENSITIVE = /mensenhandel|uitbuiting|orgaanverwijdering|trafficking|exploitation|organ removal/i;

/** The text, or a neutral fallback when it holds a sensitive word. */
export function neutral(text: string, fallback: string): string {
  return SENSITIVE.test(text) ? fallback : text;
}

/** A contact's name without the words "mensenhandel" / "human trafficking" (e.g. the zorgcoördinator's). */
export function neutralName(name: string): string {
  return name.replace(/\s*\b(mensenhandel|human trafficking)\b\s*/gi, ' ').replace(/\s+/g, ' ').trim();
}

/** A form of exploitation in discreet words: "Werk", "Seksueel", "Strafbare feiten", "Organen". */
export function discreetFormLabel(form: Exploitation): string {
  switch (form) {
    case 'labour':
      return msg('Werk', { id: 'labels.discreet.labour' });
    case 'sexual':
      return msg('Seksueel', { id: 'labels.discreet.sexual' });
    case 'criminal':
      return msg('Strafbare feiten', { id: 'labels.discreet.criminal' });
    case 'organ':
      return msg('Organen', { id: 'labels.discreet.organ' });
  }
}
