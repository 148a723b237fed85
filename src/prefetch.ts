/**
 * Prefetch hints for the one-script-tag entry: which content an element will ask for, so the
 * autoloader can start loading it together with the element's code instead of after it (one
 * round trip instead of three). A hint only: each element loads what it needs itself, through
 * src/data/slices.ts, and the browser's module map makes the second import of a module free.
 * What an element loads and where a slice lives are described once, in src/catalog.ts.
 */
import { AUDIENCE_PARTS, isElementName, partsFor, signalsPart, sliceModule, type ModulePart } from './catalog.js';
import type { Lang, Part } from './data/slices.js';

/** All signals: the audiences' parts. */
const expand = (part: Part): readonly ModulePart[] => (part === 'signals' ? AUDIENCE_PARTS : [part]);

/** The language of a `lang` tag as the elements read it: its primary subtag, Dutch otherwise. */
export function langOf(tag: string | null): Lang {
  return (tag ?? '').trim().toLowerCase().split(/[-_]/)[0] === 'en' ? 'en' : 'nl';
}

/** The content slices an element will load, from its tag name and attributes (an element starts with its audience's own signals). */
export function partsOf(el: Element): Part[] {
  if (!isElementName(el.localName)) return [];
  const audience = el.getAttribute('audience');
  return partsFor(el.localName, signalsPart(audience), audience);
}

const started = new Set<string>();

/**
 * Starts loading the content the elements `els` will need, and on an English page the English
 * interface strings (which the elements would otherwise ask for only once their code runs).
 */
export function prefetch(els: readonly Element[]): void {
  if (!els.length) return;
  const lang = langOf(document.documentElement.getAttribute('lang'));
  const load = (key: string, f: () => Promise<unknown>) => {
    if (started.has(key)) return;
    started.add(key);
    // Errors are the element's to report, when it loads the same module itself.
    f().catch(() => started.delete(key));
  };
  for (const el of els) for (const part of partsOf(el).flatMap(expand)) load(`${lang}/${part}`, () => sliceModule(lang, part));
  if (lang === 'en') load('en', () => import('../locales/en.js'));
}
