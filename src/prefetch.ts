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

type Loadable = Exclude<Part, 'signals'>;
const slices: Record<Lang, Record<Loadable, () => Promise<unknown>>> = {
  nl: {
    meta: () => import('./data/nl/meta.js'),
    'signals-professional': () => import('./data/nl/signals/vt-ijsselland.json'),
    'signals-front-desk': () => import('./data/nl/signals/balie-crimineel.json'),
    'signals-first-line': () => import('./data/nl/signals/eu-eerstelijn.json'),
    'signals-medical': () => import('./data/nl/signals/fairwork-medisch.json'),
    routes: () => import('./data/nl/routes.js'),
    contacts: () => import('./data/nl/contacts.js'),
    background: () => import('./data/nl/background.js'),
    definition: () => import('./data/nl/definition.json'),
    practice: () => import('./data/nl/practice.js'),
  },
  en: {
    meta: () => import('./data/en/meta.js'),
    'signals-professional': () => import('./data/en/signals/vt-ijsselland.json'),
    'signals-front-desk': () => import('./data/en/signals/balie-crimineel.json'),
    'signals-first-line': () => import('./data/en/signals/eu-eerstelijn.json'),
    'signals-medical': () => import('./data/en/signals/fairwork-medisch.json'),
    routes: () => import('./data/en/routes.js'),
    contacts: () => import('./data/en/contacts.js'),
    background: () => import('./data/en/background.js'),
    definition: () => import('./data/en/definition.json'),
    practice: () => import('./data/en/practice.js'),
  },
};
const AUDIENCES = ['professional', 'front-desk', 'medical', 'first-line'];
/** All signals: the four audiences' parts. */
const expand = (part: Part): Loadable[] => (part === 'signals' ? (AUDIENCES.map((a) => `signals-${a}`) as Loadable[]) : [part]);

/** The language of a `lang` tag as the elements read it: its primary subtag, Dutch otherwise. */
export function langOf(tag: string | null): Lang {
  return (tag ?? '').trim().toLowerCase().split(/[-_]/)[0] === 'en' ? 'en' : 'nl';
}

/** An audience's own signals first; the element loads all only where its audience has none for what it shows. */
function signalsOf(el: Element): Part {
  const audience = el.getAttribute('audience') ?? '';
  return (AUDIENCES.includes(audience) ? `signals-${audience}` : 'signals') as Part;
}

/** The content slices an element will load, from its tag name and attributes. */
export function partsFor(el: Element): Part[] {
  switch (el.localName) {
    case 'signal-card':
      return el.getAttribute('audience') === 'medical'
        ? ['meta', signalsOf(el), 'background', 'definition', 'contacts', 'practice']
        : ['meta', signalsOf(el), 'background', 'definition', 'contacts'];
    case 'signal-checklist':
      return ['meta', signalsOf(el), 'contacts', 'definition'];
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
  for (const el of els) for (const part of partsFor(el).flatMap(expand)) load(`${lang}/${part}`, slices[lang][part]);
  if (lang === 'en') load('en', () => import('../locales/en.js'));
}
