/**
 * The entry of the pre-renderer (bin/signalenkaart.mjs, `signalenkaart render`): defines the
 * elements and gives them all content of a language, so that @lit-labs/ssr renders them
 * complete, in one synchronous pass. For Node, after @lit-labs/ssr's DOM shim; not for browsers.
 */
import { ELEMENTS, AUDIENCE_PARTS } from './catalog.js';
import { loadSlices, type Lang, type Part } from './data/slices.js';
import { apply } from './base/lang.js';
import { setServerContent, LocalContactsJson } from './base/prerender.js';
import { VERSION } from './base/version.js';

export { LocalContactsJson, ELEMENTS, VERSION };

const ALL: readonly Part[] = ['meta', 'signals', ...AUDIENCE_PARTS, 'routes', 'contacts', 'explanations', 'background', 'definition', 'practice'];

/** Loads the content and interface strings of `lang` and defines the elements. */
export async function prepare(lang: Lang): Promise<void> {
  const data = await loadSlices(lang, ALL);
  await apply(lang);
  setServerContent({ lang, data });
  await Promise.all(ELEMENTS.map((name) => import(`./elements/${name}/define.ts`)));
}
