/**
 * Helpers for the language tests: what an element shows (its shadow DOM text and the
 * attributes a reader or screen reader meets), and detectors for Dutch and English words.
 */
import { waitUntil } from '@open-wc/testing';

/**
 * Dutch function words that are not also English words. Left out on purpose: "of" (Dutch "or"),
 * "is", "die", "met", "we", "over", "door", "op" and "te", which occur in plain English text.
 */
export const DUTCH_WORDS = [
  'de', 'het', 'een', 'van', 'niet', 'voor', 'wordt', 'zijn', 'naar', 'bij', 'ook', 'als', 'dat', 'deze',
  'wat', 'hoe', 'je', 'u', 'uw', 'en', 'geen', 'kunt', 'worden', 'heeft', 'nog', 'maar', 'dit', 'aan',
  'tot', 'uit', 'moet', 'hun', 'wij', 'jij', 'hier', 'alle', 'waar', 'wanneer', 'welke', 'kan', 'mijn',
  'nu', 'bent', 'gaat', 'ja', 'nee', 'stap', 'vraag', 'gedaan', 'bel', 'bron', 'bronnen', 'verborgen', 'tonen',
];

/**
 * English function words (and a few interface words) that are not also Dutch words. Left out on purpose: "is", "of", "open"
 * (Dutch words too) and "been" (Dutch for leg).
 */
export const ENGLISH_WORDS = [
  'the', 'and', 'with', 'for', 'are', 'this', 'your', 'you', 'not', 'which', 'what', 'when', 'from',
  'will', 'have', 'has', 'should', 'please', 'call', 'who', 'that', 'they', 'their', 'can', 'or',
  'yes', 'no', 'step', 'question', 'done', 'source', 'sources', 'closed', 'hidden', 'show',
];

/**
 * Text that may stay in the other language: English phrases the Dutch sources themselves use
 * (the name of an app or a website, a slogan quoted in English), matched case-sensitively.
 * Organisation names are taken from the dataset (see properNames) and normally carry translate="no".
 */
export const ALLOWED_PHRASES = [
  'Blame the victim', // quoted in English by the Dutch Signalenkaart (Veilig Thuis IJsselland)
  'Healthcare for internationals', // the name of an app
  'New in the Netherlands', // the name of a website
  'Defence for Children',
];

/** Names of the organisations in both languages' datasets, longest first. */
export function properNames(contacts: { contacts: { name: string; formerName?: string }[] }[]): string[] {
  const names = contacts.flatMap((slice) => slice.contacts.flatMap((c) => [c.name, c.formerName ?? '']));
  return [...new Set([...names, ...ALLOWED_PHRASES])].filter(Boolean).sort((a, b) => b.length - a.length);
}

const ATTRIBUTES = ['aria-label', 'aria-description', 'aria-roledescription', 'title', 'alt', 'placeholder', 'data-label'];

/**
 * The texts an element shows: every text node of its shadow DOM and the attributes that are
 * read or displayed (aria-label, title, alt, placeholder, data-label), except inside
 * `translate="no"` (names, numbers, addresses) and except slotted page content.
 */
export function shownTexts(el: Element): string[] {
  const out: string[] = [];
  const visit = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      const t = node.textContent ?? '';
      if (t.trim()) out.push(t);
      return;
    }
    if (node instanceof Element) {
      if (node.getAttribute('translate') === 'no' || node.localName === 'style' || node.localName === 'slot') return;
      // A closed panel held for find-in-page is not shown (the variants open every panel to check it).
      if (node.getAttribute('hidden') === 'until-found') return;
      for (const a of ATTRIBUTES) {
        const v = node.getAttribute(a);
        if (v?.trim()) out.push(v);
      }
    }
    node.childNodes.forEach(visit);
  };
  visit(el.shadowRoot!);
  return out;
}

const URL = /(https?:\/\/|www\.)\S+|\S+@\S+\.\w+|\b[\w-]+(\.[\w-]+)*\.(nl|nu|com|org|eu|net|int|be)\b\S*/giu;

/**
 * The listed words that occur as whole words in the texts, with some context: ["uw in “… uw regio …”"].
 * Proper names are removed first.
 */
export function findWords(texts: readonly string[], words: readonly string[], names: readonly string[] = []): string[] {
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}’'-])(${words.join('|')})(?![\\p{L}\\p{N}’'-])`, 'giu');
  const found: string[] = [];
  for (const raw of texts) {
    // Web and e-mail addresses are no language.
    let text = raw.replace(/\s+/g, ' ').replace(URL, ' ');
    for (const name of names) text = text.split(name).join(' ');
    for (const m of text.matchAll(pattern)) {
      const at = m.index ?? 0;
      found.push(`${m[1]} in “${text.slice(Math.max(0, at - 40), at + m[1].length + 40).trim()}”`);
    }
  }
  return found;
}

interface Loading extends HTMLElement {
  updateComplete: Promise<boolean>;
  contentReady: Promise<void>;
}

/** The language the element's shadow content declares (its outer container's lang). */
export function shownLang(el: Element): string | null {
  return el.shadowRoot?.querySelector('[lang]')?.getAttribute('lang') ?? null;
}

/** Waits until the element shows `lang` and its content of that language is rendered. */
export async function settled(el: Loading, lang: 'nl' | 'en'): Promise<void> {
  await waitUntil(() => shownLang(el) === lang, `<${el.localName}> did not switch to ${lang}`, { timeout: 5000 });
  await el.updateComplete;
  await el.contentReady;
  await el.updateComplete;
}

/** Sets `<html lang>`. */
export function setPageLang(lang: string | null): void {
  if (lang === null) document.documentElement.removeAttribute('lang');
  else document.documentElement.setAttribute('lang', lang);
}
