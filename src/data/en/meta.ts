import type { Meta } from '../types.js';
import meta from './meta.json';

export default meta as unknown as Meta;
