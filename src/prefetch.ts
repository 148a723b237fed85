/**
 * Prefetch hints for the one-script-tag entry: which content an element will ask for, so the
 * autoloader can start loading it together with the element's code instead of after it (one
 * round trip instead of three). A hint only: each element loads what it needs itself, through
 * src/data/slices.ts, and the browser's module map makes the second import of a module free.
 *
 * The table of slice modules repeats the one in src/data/slices.ts on purpose: sharing a module
 * between this entry and the elements would make it a chunk the entry waits for.
 * test/prefetch.test.ts checks that the hints match what the elements load.
 */
import type { Lang, Part } from './data/slices.js';

const slices: Record<Lang, Record<Part, () => Promise<unknown>>> = {
  nl: {
    meta: () => import('./data/nl/meta.js'),
    signals: () => import('./data/nl/signals.js'),
    routes: () => import('./data/nl/routes.js'),
    contacts: () => import('./data/nl/contacts.js'),
    background: () => import('./data/nl/background.js'),
    practice: () => import('./data/nl/practice.js'),
  },
  en: {
    meta: () => import('./data/en/meta.js'),
    signals: () => import('./data/en/signals.js'),
    routes: () => import('./data/en/routes.js'),
    contacts: () => import('./data/en/contacts.js'),
    background: () => import('./data/en/background.js'),
    practice: () => import('./data/en/practice.js'),
  },
};

/** The language of a `lang` tag as the elements read it: its primary subtag, Dutch otherwise. */
export function langOf(tag: string | null): Lang {
  return (tag ?? '').trim().toLowerCase().split(/[-_]/)[0] === 'en' ? 'en' : 'nl';
}

/** The content slices an element will load, from its tag name and attributes. */
export function partsFor(el: Element): Part[] {
  switch (el.localName) {
    case 'signal-card':
      return el.getAttribute('audience') === 'medical' ? ['meta', 'signals', 'background', 'practice'] : ['meta', 'signals', 'background'];
    case 'signal-checklist':
      return ['meta', 'signals', 'contacts', 'background'];
    case 'meldroute-steps':
      return ['routes', 'contacts', 'meta'];
    case 'contact-list':
      return ['contacts', 'meta'];
    default:
      return [];
  }
}

const started = new Set<string>();

/**
 * Starts loading the content the elements `els` will need. (Not the English interface strings: they import
 * the localize runtime, which would then become a chunk of its own, one file more everywhere.)
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
  for (const el of els) for (const part of partsFor(el)) load(`${lang}/${part}`, slices[lang][part]);
}
