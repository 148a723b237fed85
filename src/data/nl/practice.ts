import type { Background } from '../types.js';
import med from './practice/fairwork-medisch.json';

/** Practice material for medical professionals (case examples, safe questions): its own slice,
 * loaded only where it is shown. Merged by the loader (src/data/slices.ts). */
export default [med] as unknown as Background[];
