/**
 * Dutch phone numbers: validation, `tel:` links and display formatting.
 * Intl has no phone formatter, so this is a small one of our own, for the
 * numbers this package shows (E.164 "+31…", the emergency number 112, and the short numbers a
 * site may give for its own contacts).
 */

/**
 * Short numbers, dialled as they are (no country code): 112; 113 (suicide prevention); the EU's
 * 116 numbers ("116 000", "116 111"); and a municipality's "14" with its area code ("14 038"
 * for Zwolle, whose code is 038; "14 0512"), the number a site puts in the slot for its own contacts.
 */
const SHORT = /^(?:112|113|116\d{3}|140\d{2,3})$/;
/**
 * Dutch codes of two digits after the 0, with seven digits after them: the geographic ones
 * ("020 760 08 09"), and the numbers that belong to no place: 084, 085, 087, 088 (companies and
 * public bodies: "088 746 44 66"), 091. All other geographic codes have three digits ("0512 12 34 56").
 */
const AREA2 = new Set([
  '10', '13', '15', '20', '23', '24', '26', '30', '33', '35', '36', '38', '40', '43', '45', '46',
  '50', '53', '55', '58', '70', '71', '72', '73', '74', '75', '76', '77', '78', '79',
  '84', '85', '87', '88', '91',
]);
/** 0800 and 090x lines: four or seven digits after the code ("0800-2000", "0800 123 4567"). */
const SERVICE = /^(800|900|906|909)(\d{4}|\d{7})$/;

export type PhoneStyle = 'national' | 'international';

/**
 * Strips spaces, dashes, dots, brackets and a "(0)" after the country code; "0…" becomes "+31…";
 * a short number stays as it is. Null for what cannot be a number: E.164 has a country code that
 * does not start with 0, and 7 to 15 digits.
 */
export function normalizePhone(input: string): string | null {
  if (typeof input !== 'string') return null;
  let s = input.trim().replace(/\(0\)/g, '').replace(/[\s\-.()\u00a0]/g, '');
  if (s.startsWith('00')) s = `+${s.slice(2)}`;
  if (SHORT.test(s)) return s;
  if (/^0\d+$/.test(s)) s = `+31${s.slice(1)}`;
  if (!/^\+[1-9]\d{6,14}$/.test(s)) return null;
  return s;
}

/** True for the short numbers and valid Dutch numbers in E.164: mobile, geographic, 085/088/091, and 0800/0900/0906/0909. */
export function isValidDutchNumber(e164: string): boolean {
  if (SHORT.test(e164)) return true;
  const m = /^\+31(\d+)$/.exec(e164);
  if (!m) return false;
  const n = m[1];
  if (SERVICE.test(n)) return true;
  return /^[1-9]\d{8}$/.test(n) && !n.startsWith('800') && !n.startsWith('900');
}

/**
 * The `tel:` href, always in international form (a short number as dialled). Null for anything
 * not a valid number: a Dutch one that is not (wrong length, no such code), or no number at all.
 */
export function telHref(input: string): string | null {
  const n = normalizePhone(input);
  if (!n || (n.startsWith('+31') && !isValidDutchNumber(n))) return null;
  return `tel:${n}`;
}

function group(digits: string): string {
  // 7 digits: "760 08 09"; 6 digits: "12 34 56"; otherwise pairs after a leading triple.
  if (digits.length === 7) return `${digits.slice(0, 3)} ${digits.slice(3, 5)} ${digits.slice(5)}`;
  if (digits.length === 6) return `${digits.slice(0, 2)} ${digits.slice(2, 4)} ${digits.slice(4)}`;
  return digits;
}

/**
 * Formats a number for display: national ("0800-2000", "020 760 08 09", "06-11414026")
 * on Dutch pages, international ("+31 800 2000", "+31 20 760 0809") on English pages.
 * Numbers from other countries are shown in their E.164 form.
 */
export function formatPhone(input: string, style: PhoneStyle): string {
  const n = normalizePhone(input);
  if (!n) return String(input);
  if (SHORT.test(n)) {
    // "112", "113"; "14 038", "116 000": the prefix apart, as they are announced.
    const prefix = n.startsWith('14') ? 2 : 3;
    return n.length > 3 ? `${n.slice(0, prefix)} ${n.slice(prefix)}` : n;
  }
  const m = /^\+31(\d+)$/.exec(n);
  if (!m) return n;
  const rest = m[1];
  const service = SERVICE.exec(rest);
  if (service) {
    const [, code, sub] = service;
    const subText = sub.length > 4 ? `${sub.slice(0, 3)} ${sub.slice(3)}` : sub;
    return style === 'national' ? `0${code}-${subText}` : `+31 ${code} ${subText}`;
  }
  if (rest.startsWith('6')) {
    return style === 'national' ? `06-${rest.slice(1)}` : `+31 6 ${rest.slice(1)}`;
  }
  const area = AREA2.has(rest.slice(0, 2)) ? rest.slice(0, 2) : rest.slice(0, 3);
  const sub = rest.slice(area.length);
  return style === 'national' ? `0${area} ${group(sub)}` : `+31 ${area} ${sub.length === 7 ? `${sub.slice(0, 3)} ${sub.slice(3)}` : group(sub)}`;
}

/** A piece of text: words as they are, or a phone number in them, with the punctuation that holds on to it. */
export type TextPart = string | { number: string; before: string; after: string };

/**
 * Dutch phone numbers as written in running text: 0800/0900 lines ("0800-7000", "0800 2000"),
 * numbers of ten digits ("033 448 11 86", "088 746 44 66"), "+31 …", and 112. Not years, times,
 * postcodes or amounts: a number must start with 0, +31 or be 112 on its own; and splitNumbers
 * leaves out one that stands in a figure, an amount or an article ("1.112", "art. 112").
 */
const IN_TEXT = /(\(?)(\+31[ -]?(?:\(0\)[ -]?)?(?:(?:800|900|906|909)[ -]?(?:\d{3}[ -]?\d{4}|\d{4})|\d(?:[ -]?\d){8})|\b0(?:800|900|906|909)[ -]?(?:\d{3}[ -]?\d{4}|\d{4})|\b0\d(?:[ -]?\d){8}|\b112)(?![\d-])([.,;:)]*)/g;

/**
 * `text` cut into words and the valid Dutch numbers in it (as E.164, or 112), each with an opening
 * bracket before it and the punctuation after it ("(0800-2000," "112."), so that a number can be
 * shown as a link that never starts or ends a line with a lone bracket or comma. Words as they are.
 */
export function splitNumbers(text: string): TextPart[] {
  return cutText<TextPart>(text, IN_TEXT, (m) => {
    const [all, before, written, after] = m;
    const [start, end] = [m.index!, m.index! + all.length];
    // Part of a figure, an amount or an article, not a number to call: "1.112", "1 112",
    // "€ 112,50", "EUR 112", "112,- euro", "art. 112", "112.000", "01-01-2024 10:00".
    const lead = text.slice(Math.max(0, start - 10), start);
    if (/(?:\d[.,]?\s?|[€$]\s?|\b(?:art(?:ikel)?\.?|EUR)\s)$/i.test(lead) || (after && /^[\d-]/.test(text.slice(end)))) return null;
    const number = normalizePhone(written);
    return number && isValidDutchNumber(number) ? { start, end, piece: { number, before, after } } : null;
  });
}

/**
 * `text` cut at the matches of `re` (global) that `take` keeps, as the piece it makes of each
 * (from `start` to `end`), with the words between as they are.
 */
export function cutText<T>(text: string, re: RegExp, take: (m: RegExpMatchArray) => { start: number; end: number; piece: T } | null): (string | T)[] {
  const parts: (string | T)[] = [];
  let at = 0;
  for (const m of text.matchAll(re)) {
    const cut = take(m);
    if (!cut) continue;
    if (cut.start > at) parts.push(text.slice(at, cut.start));
    parts.push(cut.piece);
    at = cut.end;
  }
  if (at < text.length) parts.push(text.slice(at));
  return parts;
}
