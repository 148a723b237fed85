/** The dataset's dates, written out in the page language. */
import type { Lang } from '../data/slices.js';

const MONTHS: Record<Lang, readonly string[]> = {
  nl: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

/**
 * "22 november 2026" / "22 November 2026" from "YYYY-MM-DD"; "YYYY" as it is; anything else
 * unchanged. Written out without Intl, on purpose: a calendar date needs no time zone, and
 * creating a date formatter costs tens of milliseconds on a page's first render.
 * test/base/format.test.ts checks it against Intl.
 */
export function formatDate(value: string, lang: Lang): string {
  if (/^\d{4}$/.test(value)) return value;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const month = m ? MONTHS[lang][Number(m[2]) - 1] : undefined;
  const day = m ? Number(m[3]) : 0;
  if (!m || !month || day < 1 || day > 31) return value;
  return `${day} ${month} ${m[1]}`;
}
