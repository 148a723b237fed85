import type { SignalsSlice } from '../types.js';
import signals from './signals/eu-eerstelijn.json';

/** The signals for first-line: those of the source written for them (eu-eerstelijn). */
export default signals as unknown as SignalsSlice;
