/**
 * `signalenkaart/render`: pre-rendering in Node (a static-site build, an Eleventy transform).
 * The command line (`signalenkaart render`, `signalenkaart csp`) uses the same two functions.
 */

/**
 * Pre-renders every signalenkaart element in `input` (a snippet or a whole page) as declarative
 * shadow DOM, in `lang` (default: the page's own `<html lang>`, Dutch otherwise), and defers the
 * loader script. Bad input to an element gives its visible message in the output and a warning
 * on standard error, as in the browser.
 */
export function render(input: string, lang?: 'nl' | 'en'): Promise<{ output: string }>;

/**
 * The Content-Security-Policy sources that allow the pre-rendered styles of `html`: one
 * `'sha256-…'` per distinct style, for `style-src`.
 */
export function styleHashes(html: string): string[];
