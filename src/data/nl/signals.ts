import type { SignalsSlice } from '../types.js';
import vt from './signals/vt-ijsselland.json';
import balie from './signals/balie-crimineel.json';
import eu from './signals/eu-eerstelijn.json';
import med from './signals/fairwork-medisch.json';

/** The signals of each source, merged by the loader (src/data/slices.ts). */
export default [vt, balie, eu, med] as unknown as SignalsSlice[];
