/**
 * The next step every element offers without opening anything: whom to call now. The page's
 * own local contacts first (where it gives them), then Veilig Thuis (advice and reports, day
 * and night), and 112 for acute danger. Pure: the elements render what this returns.
 */
import type { Contact, ContactsSlice } from '../data/types.js';
import type { LocalContact } from './local-contacts.js';
import { contactById } from './contacts.js';

/** The national line for advice, whatever the audience: Veilig Thuis. */
export const NEXT_STEP_ID = 'veilig-thuis';
/** The number for acute danger. */
export const ACUTE_ID = 'alarmnummer';

export interface NextStep {
  /** The page's own contacts with a phone number, at most two. */
  local: LocalContact[];
  /** Veilig Thuis, when the dataset has it. */
  advice?: Contact;
  /** True when the advice line is reachable day and night (its hours say so). */
  adviceAlways: boolean;
  /** 112. */
  acute?: Contact;
}

export function nextStep(slice: ContactsSlice, local: readonly LocalContact[] = []): NextStep {
  const advice = contactById(slice, NEXT_STEP_ID);
  return {
    local: local.filter((c) => !!c.phone).slice(0, 2),
    advice,
    adviceAlways: !!advice?.hours?.always,
    acute: contactById(slice, ACUTE_ID),
  };
}

/** Dutch 0800 numbers are free to call. */
export function isFreephone(e164: string): boolean {
  return e164.startsWith('+31800');
}
