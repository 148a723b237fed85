import type { Background } from '../types.js';
import vt from './explanations/vt-ijsselland.json';
import crimineel from './explanations/balie-crimineel.json';
import eu from './explanations/eu-eerstelijn.json';
import med from './explanations/fairwork-medisch.json';

/**
 * The explanations of the forms of exploitation and the conversation guidance of each source,
 * which the card shows with its signals; merged by the loader (src/data/slices.ts). The rest of
 * the background (background.ts) loads later: the card shows it in a closed panel.
 */
export default [vt, crimineel, eu, med] as unknown as Background[];
