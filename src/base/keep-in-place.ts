/**
 * Keeps a control where the reader sees it while content above it changes. Chromium and Firefox
 * anchor the page's scrolling to what is in view (CSS scroll anchoring), so when content above
 * goes, what the reader looks at stays put; WebKit does not, and the control would move, off the
 * screen where much goes ("Wis alles" with the block for a minor open: 424px up, "Ongedaan maken"
 * with it). Where the engine anchored, nothing has moved and this does nothing.
 */
export async function keepInPlace(control: Element, change: Promise<unknown>): Promise<void> {
  const before = control.getBoundingClientRect().top;
  await change;
  if (!control.isConnected) return;
  const moved = control.getBoundingClientRect().top - before;
  if (Math.abs(moved) < 1) return;
  window.scrollBy({ top: moved, behavior: 'instant' });
  // In a scroll container of the page's own, the window does not move it: at least in view.
  const r = control.getBoundingClientRect();
  if (r.bottom < 0 || r.top > window.innerHeight) control.scrollIntoView({ block: 'nearest' });
}
