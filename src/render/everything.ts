/**
 * What a renderer needs to show any element complete, in one synchronous pass: every element
 * defined and all content of a language loaded. For the two renderers (src/server.ts,
 * src/render/browser.ts) only, so none of it weighs on the elements' shared code.
 */
import { AUDIENCE_PARTS, ELEMENTS } from '../catalog.js';
import { DATASET_PARTS, loadSlices, type Lang, type Part, type Slices } from '../data/slices.js';

/** Every part: the dataset's (src/data/slices.ts), and each audience's signals as the elements ask for them. */
const ALL_PARTS: readonly Part[] = [...DATASET_PARTS, ...AUDIENCE_PARTS];

/** Defines the elements and loads all content of `lang`. */
export async function everything(lang: Lang): Promise<Partial<Slices>> {
  const [data] = await Promise.all([loadSlices(lang, ALL_PARTS), ...ELEMENTS.map((name) => import(`../elements/${name}/define.ts`))]);
  return data;
}
