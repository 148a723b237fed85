import type { SignalsSlice } from '../types.js';
import signals from './signals/vt-ijsselland.json';

/** The signals for professional: those of the source written for them (vt-ijsselland). */
export default signals as unknown as SignalsSlice;
