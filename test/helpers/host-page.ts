/** A host page in a phone-sized frame, with the built loader: for the tests of the loader's routes (test/dist). */
import { waitUntil } from '@open-wc/testing';

export type Win = Window & typeof globalThis;

/**
 * A page of the given language at 412×823: a heading, the loader from `loader` (the test server's
 * routes leave out or delay files: web-test-runner.config.mjs), `body`, and a paragraph `#after`.
 * Resolves once the page is parsed, not at its load event: Firefox and WebKit hold that back
 * while an element's code (which a slow line delays) is still coming.
 */
export async function openHostPage(loader: string, body: string, lang = 'nl'): Promise<{ win: Win; remove: () => void }> {
  const f = document.createElement('iframe');
  f.title = 'host page';
  f.width = '412';
  f.height = '823';
  f.srcdoc = `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>Pagina</title><style>body{margin:0}</style></head><body><h1>Pagina</h1><script src="${loader}"></script>${body}<p id="after">Tekst na de elementen.</p></body></html>`;
  document.body.append(f);
  await waitUntil(() => !!f.contentDocument?.getElementById('after'), 'the page is parsed');
  return { win: f.contentWindow as Win, remove: () => f.remove() };
}

/** The same page, given to `check` and removed after it, whatever it found. */
export async function inHostPage(loader: string, body: string, lang: string, check: (win: Win) => Promise<void>): Promise<void> {
  const { win, remove } = await openHostPage(loader, body, lang);
  try {
    await check(win);
  } finally {
    remove();
  }
}
