/**
 * The entry of the pre-renderer (bin/signalenkaart.mjs, `signalenkaart render`): defines the
 * elements and gives them all content of a language, so that @lit-labs/ssr renders them
 * complete, in one synchronous pass. For Node, after @lit-labs/ssr's DOM shim; not for browsers.
 */
import { ELEMENTS } from './catalog.js';
import type { Lang } from './data/slices.js';
import { everything } from './render/everything.js';
import { apply } from './base/lang.js';
import { setServerContent, LocalContactsJson } from './base/prerender.js';
import { VERSION } from './base/version.js';
import { stylesToInline } from './render/styles.js';
import type { LitElement } from 'lit';

export { LocalContactsJson, ELEMENTS, VERSION };
export { renderElements, deferLoader } from './render/html.js';

/** Loads the content and interface strings of `lang` and defines the elements. */
export async function prepare(lang: Lang): Promise<void> {
  const data = await everything(lang);
  await apply(lang);
  setServerContent({ lang, data });
  // @lit-labs/ssr inlines an element's `elementStyles`: here (Node, no live elements) those
  // pre-rendered HTML uses, as the browser's renderer does (src/render/browser.ts).
  for (const name of ELEMENTS) {
    const element = customElements.get(name) as typeof LitElement | undefined;
    if (element) element.elementStyles = stylesToInline(name, element);
  }
}
