/**
 * The styles an element's pre-rendered HTML inlines, for both renderers (src/server.ts and
 * src/render/browser.ts): the element's own but the live-only ones, and the styles of what only
 * pre-rendered HTML holds, which the live elements never load.
 */
import type { CSSResultOrNative, LitElement } from 'lit';
import type { ElementName } from '../catalog.js';
import { prerenderedStyles } from '../base/styles.js';
import { cardPrerenderedStyles } from '../elements/signal-card/prerendered-styles.js';

const ONLY_PRERENDERED: Partial<Record<ElementName, CSSResultOrNative>> = { 'signal-card': cardPrerenderedStyles };

/** Also for styles set by an earlier call (the server sets them as the element's own). */
export const stylesToInline = (name: ElementName, element: typeof LitElement): CSSResultOrNative[] => {
  const extra = ONLY_PRERENDERED[name];
  return [...prerenderedStyles(element.elementStyles).filter((s) => s !== extra), ...(extra ? [extra] : [])];
};
