/**
 * The page's language governs every element: `<html lang>`. Regional tags fall back
 * (nl-NL -> nl, en-GB -> en); an unsupported language falls back to Dutch with a warning.
 * One MutationObserver on <html> notifies all elements when the language changes.
 */
import { configureLocalization } from '@lit/localize';
import { sourceLocale, targetLocales } from './locale-codes.js';
import type { Lang } from '../data/slices.js';

const warned = new Set<string>();

/** Maps a BCP 47 tag to a supported language, or null. */
export function matchLang(tag: string | null | undefined): Lang | null {
  const primary = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return primary === 'nl' || primary === 'en' ? primary : null;
}

/** The page's language, falling back to Dutch (with one warning per unsupported value). */
export function pageLang(): Lang {
  const tag = document.documentElement.getAttribute('lang');
  const lang = matchLang(tag);
  if (lang) return lang;
  const key = tag ?? '';
  if (!warned.has(key)) {
    warned.add(key);
    console.warn(
      tag
        ? `[signalenkaart] The page language "${tag}" is not supported (nl, en); showing Dutch.`
        : '[signalenkaart] The page has no <html lang>; showing Dutch.',
    );
  }
  return 'nl';
}

const { setLocale } = configureLocalization({
  sourceLocale,
  targetLocales,
  // One explicit import per target locale, so the bundler emits each as its own chunk.
  loadLocale: () => import('../../locales/en.js'),
});

type Listener = (lang: Lang) => void;
const listeners = new Set<Listener>();
let observer: MutationObserver | undefined;
let current: Lang | undefined;
let ready: Promise<void> = Promise.resolve();

/** Sets the interface language (for pre-rendering: in the browser the page's `lang` does). */
export async function apply(lang: Lang) {
  current = lang;
  ready = setLocale(lang).catch((e) => console.warn('[signalenkaart] Could not load the interface language:', e));
  await ready;
  if (current === lang) for (const l of listeners) l(lang);
}

/** Resolves once the interface strings of `lang` are in use (setting them first where they are not). */
export const useLang = (lang: Lang): Promise<void> => (lang === current ? ready : apply(lang));

/** Subscribes to the page language; calls back now and on every change. Returns the unsubscribe. */
export function onLangChange(listener: Listener): () => void {
  listeners.add(listener);
  if (!observer) {
    observer = new MutationObserver(() => {
      const lang = pageLang();
      if (lang !== current) void apply(lang);
    });
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
  }
  const lang = pageLang();
  if (lang !== current) void apply(lang);
  else void ready.then(() => listeners.has(listener) && listener(lang));
  return () => {
    listeners.delete(listener);
    if (!listeners.size && observer) {
      observer.disconnect();
      observer = undefined;
    }
  };
}

