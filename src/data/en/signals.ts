import type { SignalsSlice } from '../types.js';
import { mergeSignals } from '../merge.js';
import vt from './signals/vt-ijsselland.json';
import balie from './signals/balie-crimineel.json';
import eu from './signals/eu-eerstelijn.json';
import med from './signals/fairwork-medisch.json';

export default mergeSignals([vt, balie, eu, med] as unknown as SignalsSlice[]);
