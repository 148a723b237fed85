/** The page's language (`<html lang>`), which every element follows. */

/** Runs `fn` on a page with `<html lang=…>`, then restores the page's language. */
export async function withPageLang<T>(lang: string, fn: () => Promise<T>): Promise<T> {
  const before = document.documentElement.getAttribute('lang');
  document.documentElement.setAttribute('lang', lang);
  try {
    return await fn();
  } finally {
    if (before === null) document.documentElement.removeAttribute('lang');
    else document.documentElement.setAttribute('lang', before);
  }
}
