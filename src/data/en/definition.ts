import type { Definition } from '../types.js';
import definition from './definition.json';

export default definition as unknown as Definition;
