import type { SignalsSlice } from '../types.js';
import signals from './signals/balie-crimineel.json';

/** The signals for front-desk: those of the source written for them (balie-crimineel). */
export default signals as unknown as SignalsSlice;
