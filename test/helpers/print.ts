/**
 * Printing an element as the browser prints it: print media (emulated: Chromium only, see
 * engine.ts), after `beforeprint`. For tests of what a printed page shows, measured in its layout.
 */
import { waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { linesOf } from './layout.js';

/**
 * Waits until the element's closed panels hold their content hidden until found (after an idle
 * moment, in engines with `hidden="until-found"`): the state a page is in when someone prints it
 * after reading a while.
 */
export async function whenFindable(panels: () => Element[]): Promise<void> {
  await waitUntil(() => panels().every((p) => p.getAttribute('hidden') === 'until-found'), 'the closed panels findable', { timeout: 10_000 });
}

/** Runs `check` while the page is printed (print media, after beforeprint), then restores the screen. */
export async function whilePrinted(check: () => void | Promise<void>): Promise<void> {
  window.dispatchEvent(new Event('beforeprint'));
  await emulateMedia({ media: 'print' });
  try {
    await check();
  } finally {
    await emulateMedia({ media: 'screen' });
    window.dispatchEvent(new Event('afterprint'));
  }
}

/** The texts in `root` that a printout would not show: text nodes with no box on the page. */
export function unprinted(root: Element): string[] {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const out: string[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const text = (n as Text).data.trim();
    if (text && !linesOf(n)) out.push(text.slice(0, 60));
  }
  return out;
}
