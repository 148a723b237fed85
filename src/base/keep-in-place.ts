/**
 * Keeps a control where the reader sees it while content above it changes. Chromium and Firefox
 * anchor the page's scrolling to something in view (CSS scroll anchoring), not always the
 * control (it moved 32px in the tests); WebKit does not anchor at all, and the control moved off
 * the screen where much went ("Wis alles" with the block for a minor open: 424px up, "Ongedaan
 * maken" with it). Where the control stayed put, this does nothing.
 */
export async function keepInPlace(control: Element, change: Promise<unknown>): Promise<void> {
  const before = control.getBoundingClientRect().top;
  await change;
  if (!control.isConnected) return;
  const moved = control.getBoundingClientRect().top - before;
  if (Math.abs(moved) < 1) return;
  // The box that scrolls it: a scroll container of the page's (a drawer, a dialog), or the page.
  const scroller = scrollerOf(control);
  if (scroller) scroller.scrollBy({ top: moved, behavior: 'instant' });
  else window.scrollBy({ top: moved, behavior: 'instant' });
}

/** The nearest ancestor that scrolls vertically, across shadow roots; null for the page itself. */
function scrollerOf(el: Element): Element | null {
  for (let n: Node | null = parentOf(el); n && n instanceof Element; n = parentOf(n)) {
    if (n === document.scrollingElement || n === document.body) return null;
    const y = getComputedStyle(n).overflowY;
    if ((y === 'auto' || y === 'scroll') && n.scrollHeight > n.clientHeight) return n;
  }
  return null;
}

const parentOf = (n: Node): Node | null => n.parentNode instanceof ShadowRoot ? n.parentNode.host : n.parentNode;
