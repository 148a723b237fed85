import type { Background } from '../types.js';
import vt from './background/vt-ijsselland.json';
import balie from './background/fairwork-balie.json';
import crimineel from './background/balie-crimineel.json';
import eu from './background/eu-eerstelijn.json';
import med from './background/fairwork-medisch.json';

/**
 * The background of each source (smuggling, sections, further reading), merged by the loader
 * (src/data/slices.ts). The card loads it after its content, or when its panel opens: see
 * explanations.ts for what it shows at once.
 */
export default [vt, balie, crimineel, eu, med] as unknown as Background[];
