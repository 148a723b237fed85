/**
 * axe measures colour contrast at points on the screen. Content the browser skips for now
 * (`content-visibility: auto`, off-screen: the signal-card's sections) has no boxes there yet,
 * so axe would compare its text against the page's white. Before a contrast check, this lays
 * out everything in the element's shadow root: it changes content-visibility and nothing else,
 * and leaves closed panels that are hidden until found (find-in-page) hidden.
 */
export function layOutEverything(el: Element): void {
  // A sheet of the element's own window: a page in a frame cannot adopt this window's sheets.
  const sheet = new (el.ownerDocument.defaultView ?? window).CSSStyleSheet();
  sheet.replaceSync("*:not([hidden='until-found']) { content-visibility: visible !important; }");
  el.shadowRoot!.adoptedStyleSheets = [...el.shadowRoot!.adoptedStyleSheets, sheet];
}

/** On how many lines the text of `node` stands (its own box may be one, as an inline-block is). */
export function linesOf(node: Node): number {
  const r = (node.ownerDocument ?? document).createRange();
  r.selectNodeContents(node);
  return new Set([...r.getClientRects()].filter((c) => c.width > 0).map((c) => Math.round(c.top))).size;
}

/** The phone numbers (`tel:` links) in `root` that are shown (not in a closed panel), and the text of those cut over more than one line. */
export function phoneNumbers(root: ParentNode): { shown: number; cut: string[] } {
  const shown = [...root.querySelectorAll('a[href^="tel:"]')].filter((a) => a.getClientRects().length);
  return { shown: shown.length, cut: shown.filter((a) => linesOf(a) > 1).map((a) => (a.textContent ?? '').replace(/\s+/g, ' ').trim()) };
}
