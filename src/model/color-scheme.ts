/**
 * Light or dark: the element's own `color-scheme` attribute wins; without it the element
 * follows the page's CSS `color-scheme` (or `<meta name="color-scheme">`). A scheme that
 * supports both (`light dark`) follows the user's `prefers-color-scheme`. Light by default.
 */

export type Scheme = 'light' | 'dark';

/** Values the `color-scheme` attribute accepts (`normal`: follow the page, like no attribute). */
export const COLOR_SCHEMES = ['normal', 'light', 'dark', 'light dark'] as const;

/** The schemes a CSS `color-scheme` value supports ('normal', 'only' and unknown words ignored). */
export function schemeKeywords(value: string | null | undefined): { light: boolean; dark: boolean } {
  const words = (value ?? '').toLowerCase().split(/[\s,]+/);
  return { light: words.includes('light'), dark: words.includes('dark') };
}

/** What one `color-scheme` value decides, or undefined when it decides nothing. */
function decide(value: string | null | undefined, prefersDark: boolean): Scheme | undefined {
  const { light, dark } = schemeKeywords(value);
  if (dark && light) return prefersDark ? 'dark' : 'light';
  if (dark) return 'dark';
  if (light) return 'light';
  return undefined;
}

/**
 * The scheme to show.
 * @param own the element's `color-scheme` attribute (a valid value), if any
 * @param page the page's color-scheme where the element sits (CSS, else the meta tag)
 * @param prefersDark whether the user prefers dark (`prefers-color-scheme: dark`)
 */
export function resolveScheme(own: string | null | undefined, page: string | null | undefined, prefersDark: boolean): Scheme {
  return decide(own, prefersDark) ?? decide(page, prefersDark) ?? 'light';
}
