/**
 * What a renderer needs to show any element complete, in one synchronous pass: every element
 * defined and all content of a language loaded. For the two renderers (src/server.ts,
 * src/render/browser.ts) only, so none of it weighs on the elements' shared code.
 */
import { AUDIENCE_PARTS, ELEMENTS } from '../catalog.js';
import { loadSlices, type Lang, type Part, type Slices } from '../data/slices.js';

const ALL_PARTS: readonly Part[] = ['meta', 'signals', ...AUDIENCE_PARTS, 'routes', 'contacts', 'explanations', 'background', 'definition', 'practice'];

/** Defines the elements and loads all content of `lang`. */
export async function everything(lang: Lang): Promise<Partial<Slices>> {
  const [data] = await Promise.all([loadSlices(lang, ALL_PARTS), ...ELEMENTS.map((name) => import(`../elements/${name}/define.ts`))]);
  return data;
}
