/**
 * Pre-rendering (the `signalenkaart render` command, src/server.ts): the content and language
 * the elements render with on the server, where nothing loads asynchronously and no element is
 * connected to a page. Unset in the browser.
 */
import type { Lang, Slices } from '../data/slices.js';

export let serverContent: { lang: Lang; data: Partial<Slices> } | undefined;

export function setServerContent(content: typeof serverContent): void {
  serverContent = content;
}

/**
 * The text of a local-contacts JSON block, given to an element on the server as its
 * `localContacts` property (there it has no children to read): read as the browser would read
 * the block, bad JSON included. With `slotted`, the element holds HTML for its `local` slot
 * (the way for a CMS that strips scripts): its local section is shown, holding that slot, so the
 * page's own contacts show before and without the script.
 */
export class LocalContactsJson {
  constructor(
    readonly text: string,
    readonly slotted = false,
  ) {}
}
