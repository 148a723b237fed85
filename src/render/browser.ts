/**
 * Pre-rendering in the browser, for the snippet builder (demo/builder.html): the same HTML as
 * `signalenkaart render` (bin/signalenkaart.mjs) writes, made with the elements of the page
 * itself, so a content editor without a build step can copy a snippet that shows its content
 * before and without JavaScript. `import { prerender } from 'signalenkaart/prerender'`.
 *
 * Each element is rendered as the server renders it (src/base/prerender.ts: all content, the
 * card's panels as closed `<details>`, the route's steps open, no "open now"), in one synchronous
 * pass, in a detached instance that is never connected to the page; its shadow root is then
 * written out as declarative shadow DOM with the element's styles. test/render/browser.test.ts
 * holds the result against the command's.
 */
import type { CSSResult, LitElement } from 'lit';

/** The fallback a snippet holds (for the builder: the same as the loader puts in an element whose code could not be loaded). */
export { fallbackParagraph } from '../fallback.js';
import { everything } from './everything.js';
import { useLang, pageLang } from '../base/lang.js';
import { stylesToInline } from './styles.js';
import { LocalContactsJson, setServerContent } from '../base/prerender.js';
import { decodeEntities, deferLoader, inlineStyles, renderElements, withShadowRoot, type FoundElement } from './html.js';

/** What the renderer calls on the element: Lit's synchronous update (protected in its type). */
type Renderable = LitElement & { performUpdate(): void; localContacts?: unknown };

function renderOne(found: FoundElement): string {
  const el = document.createElement(found.name) as unknown as Renderable;
  for (const [name, value] of found.attributes) {
    try {
      el.setAttribute(name, value === null ? '' : decodeEntities(value));
    } catch {
      // A name the HTML parser takes but setAttribute does not ("1x"): it stays in the tag, as written.
    }
  }
  if (found.localContacts !== undefined || found.localSlot) el.localContacts = new LocalContactsJson(found.localContacts ?? '', found.localSlot);
  el.performUpdate();
  const root = el.shadowRoot;
  // Properties the templates bind (`.checked`) are not attributes in the browser; on the server
  // they come out as attributes, which is what the HTML must say.
  for (const input of root?.querySelectorAll('input') ?? []) input.toggleAttribute('checked', input.checked);
  for (const option of root?.querySelectorAll('option') ?? []) option.toggleAttribute('selected', option.selected);
  const css = stylesToInline(found.name, el.constructor as typeof LitElement).map((s) => (s as CSSResult).cssText).join('');
  return withShadowRoot(found, css, root?.innerHTML ?? '');
}

/**
 * `input` (a snippet or a page) with every element of the package pre-rendered, in the page's
 * language (`<html lang>`, which the elements follow), with the dataset the page has loaded.
 */
export async function prerender(input: string): Promise<string> {
  const lang = pageLang();
  const [data] = await Promise.all([everything(lang), useLang(lang)]);
  // Rendering as the server does, for this synchronous pass only: the elements of the page
  // render in tasks of their own, never in between.
  setServerContent({ lang, data });
  try {
    return deferLoader(renderElements(input, renderOne));
  } finally {
    setServerContent(undefined);
  }
}

/**
 * The `style-src` sources a strict Content-Security-Policy needs for the pre-rendered styles of
 * `html` ('sha256-…', one per element kind), as `signalenkaart csp` gives them; undefined where
 * the page cannot hash (Web Crypto exists only in secure contexts: https, localhost).
 */
export async function styleHashes(html: string): Promise<string[] | undefined> {
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) return undefined;
  return Promise.all(
    inlineStyles(html).map(async (css) => {
      const digest = new Uint8Array(await subtle.digest('SHA-256', new TextEncoder().encode(css)));
      return `'sha256-${btoa(String.fromCharCode(...digest))}'`;
    }),
  );
}
