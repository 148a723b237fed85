import type { SignalsSlice } from '../types.js';
import signals from './signals/fairwork-medisch.json';

/** The signals for medical: those of the source written for them (fairwork-medisch). */
export default signals as unknown as SignalsSlice;
