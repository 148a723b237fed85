// Size budget: gzipped bytes are deterministic, so the suite fails when a built entry point
// (with everything it imports statically) or the code of all four elements outgrows its budget.
// Budgets sit a little above the sizes when they were set; raise one only on purpose, and say
// why in the commit. Needs dist/ (npm test builds first); skipped with a message without it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { sizes } from '../../scripts/sizes.mjs';

const root = new URL('../../', import.meta.url).pathname;
const dist = `${root}dist`;
const built = existsSync(`${dist}/signalenkaart.js`) && existsSync(`${dist}/elements`);
const skip = !built && 'dist/ is missing: run `npm run build` first (npm test builds before testing)';

const KB = 1024;
/** Gzipped budgets per entry point, its static imports included. */
const BUDGETS = {
  // The entry grew from 0.45 to 1.2 KB with the prefetch hints and parallel dependency imports: one round trip less.
  // Then to 1.75 KB (December 2026, issue 13) by reserving the elements' space before they render
  // (src/reserve.ts: its table of measured heights) and the wrapper that lets it run as a classic
  // script: the page does not jump; 0.1 KB more to start after the first paint on a page whose
  // elements are all pre-rendered. Then 0.1 KB for the table's rows with and without the
  // next-step line (test/reserve.test.ts: a snippet's acute contact list held 105 px too little).
  // Then 0.5 KB for holding each element's height at its own width (a container query, and each
  // row's points from 20em to 80em wide instead of two heights by screen width): in a 400 px
  // sidebar or a 720 px content column of a desktop page the card's overview had held 30 to 200 px
  // too little, and the text after it moved down when it rendered.
  // Then 0.55 KB for an element whose code cannot be loaded (a file missing on the site, a network
  // error) or is slow to come: it had stayed a blank, screen-tall space; now it shows the next
  // step, with Veilig Thuis and 112 as links, in Dutch or English (src/fallback.ts).
  'signalenkaart.js': 3.2 * KB,
  // Every element grew by its next step (whom to call now, shared) in December 2026; the card
  // also by "discreet" and the jump to the safe questions, card and route by find-in-page in
  // closed panels, the checklist by hide, undo, the
  // front desk's short list and the honest record; and each by a few hundred bytes of chunk
  // boundaries since dist/classes.js (all four classes, defining nothing) shares their code; all
  // four also by their view models (model/contact-list, checklistView, routeView). In the
  // clean-up of issue 14 (December 2026) the shared chunk took the one base of the card and the
  // checklist (their attributes, which signals they load), the one table of what each element
  // loads (src/catalog.ts) and the one button: the card +0.15 KB, the contact list +0.2 KB (it
  // uses none of the first; a chunk of their own would cost the card 0.3 KB more).
  // Then each by about 0.3 KB for pre-rendered HTML (issue 13): taking over a declarative shadow
  // root in place, and rendering on the server (src/base/prerender.ts).
  // Then each by about 0.25 KB for holding their space while the content loads (src/reserve.ts
  // with its table of measured heights, issue 13: the host page does not jump); the card 0.2 KB
  // more for loading its background later (its own sources line in the panel, the idle-moment
  // hook), which saves it 9.9 KB of content on first load; and each a little for skipping
  // off-screen only on pages with many elements, and for swapping pre-rendered content after the
  // first paint, each element in a task of its own (base/element.ts). Then about 0.1 KB each for
  // the reservation rows with and without the next-step line (src/reserve.ts; the card's and the
  // contact list's rows are in their own styles too, and the acute list's English rows), measured
  // against what renders. The card 0.1 KB more for saying on paper that its background was not
  // printed yet (rather than "loading"), and keeping a background load that a print started.
  // The shared chunk a few bytes for skipping a pre-rendered element's blocks off-screen until
  // it is defined (its first paint lays out what is in view).
  // Then each by 0.6 KB (the shared chunk) for holding the height at the element's own width
  // while its content loads, as the loader does before (src/reserve.ts: the table's points, and
  // the rules made from them), on screens only (printed, a waiting element holds no page), and
  // not squeezed to no width where its content sizes it (a flex row).
  // Then each by about 0.1 KB for reading left to right on a right-to-left page, and keeping
  // its own alignment and line breaks whatever text styles the page sets around it (the shared
  // styles), with a local contact's own texts in their own direction (the contact card).
  // Then the contact list and the route by 0.9 KB for the public holidays (model/holidays, their
  // names): on one, a line with office hours no longer says "open now" (model/hours, now in the
  // contact cards' chunk; the checklist, which only needs the time zone, no longer loads it).
  // Then each by 0.1 KB, the contact list and the route 0.1 KB more, for saying that details are
  // more than a year old (a copy a site keeps for long: in the footer, and beside each check).
  // Then the card and the route by 0.1 KB for phone numbers kept on one line and hyphenated
  // headings (the shared styles), and for a part whose file could not be loaded (the card's
  // background on a line that failed after the card came): it says so, rather than "loading".
  // Then each by 0.35 KB for the next step where an element's content could not be loaded
  // (Veilig Thuis and 112 as links, from src/fallback.ts, in Dutch and English: there is no
  // dataset to take them from), where it offered 112 alone.
  // Then the contact list and the route by 0.3 KB for saying until when an open line is open
  // ("Nu open, tot 17:00.": model/hours closingTime, and its three sentences); and a few bytes
  // for a clock that turns within seconds of the minute, and at once when the page is shown;
  // and for keeping the full stop after 112 with it (a box of its own around both).
  // Then each by 0.5 to 0.6 KB (the shared chunk) for the dataset's running text (model/prose,
  // ui/prose): a phone number in a step or description is a link, whole on a phone and written
  // as the language writes numbers (it was plain text that split as "0800-" / "7000" and stayed
  // in Dutch form on English pages), with a bracket or comma beside it kept in its box; and on
  // English pages the Dutch terms the text keeps are marked lang="nl" (WCAG 3.1.2).
  // Then each by up to 0.1 KB, the route 0.2 KB, for printing and for pages without JavaScript:
  // closed panels print open once findable (hidden until found), a pre-rendered element without
  // a script shows no buttons that do nothing, the route lists its open questions on paper and
  // without a script, a pre-rendered list does not print a fixed time, and local contacts in the
  // slot show without a script.
  // Then the contact list by 0.1 KB (a few bytes over the line) for the shared styles that keep
  // a host page's "* { box-sizing: content-box }" out, and a toggle's label in a box that wraps.
  // Then each by 0.3 to 0.4 KB for what a review of the model found: a municipality's 14
  // number and the other short numbers (a local contact was dropped for one), numbers inside
  // larger figures left as words, no e-mail with hidden headers nor a link that shows one host
  // and opens another, a local contact's unknown field said, a night's period on a holiday,
  // the checklist's actions kept in view (WebKit), a radio's focus ring (WebKit).
  // Then each by 0.4 KB for naming a slip in an attribute's name ("exploitatoin": the card
  // silently showed every form), in the browser and in pre-rendered HTML.
  // Then each by 0.1 KB for what a screen-reader review found: live regions that say a thing
  // once and then go quiet (base/announcement), a table's column names for the eye only.
  // Then the contact list and the route by 0.3 KB, the others by 0.1 KB, for a review of this
  // round's own changes: a local contact's field by another name ("website", "telefoon") named
  // with the field meant, also where it was all the entry had, and a site's own fields left
  // alone; numbers in articles and amounts left as words; the actions kept in place in a
  // drawer that scrolls.
  // Then each by about 0.2 KB for giving a control the reader had focused in pre-rendered HTML
  // the focus back after the take-over (the same control in the element's own HTML; a closed
  // panel's <summary> is the card's toggle), where it fell to the page's body.
  // Then each by about 0.15 KB for what a review of that found: boxes ticked and notes typed in
  // pre-rendered HTML carry over to the element's own (they were lost at the take-over), a
  // take-over whose content cannot be loaded keeps the pre-rendered HTML, and a panel's title
  // keeps its bottom margin against a page's ::part(subheading) (the page moved).
  // Then each by about 0.1 KB for a second review: the swap waits for the content of a panel
  // opened meanwhile, a failed take-over load is tried again when something changes, a step's
  // box and a note are found again by their ids (also on an older pre-rendered page), a note's
  // caret stays, and a checklist whose audience lacks the form's signals decides on all signals
  // before it swaps (and in pre-rendering).
  // Then the checklist by 0.1 KB (a few bytes over the line): the panels a reader opened before
  // the swap are read by the base's take-over, with the controls, not by the card on every update.
  'elements/contact-list.js': 29.7 * KB,
  // Then the route by 0.1 KB (a few bytes over the line): its progress says "0 van 5" when the
  // last done step is unticked.
  'elements/meldroute-steps.js': 33.1 * KB,
  // Then the card by 0.1 KB for its pre-rendered panels as native <details> (issue 13): it
  // keeps the panels the reader opened before the script came, and loads the background of one.
  'elements/signal-card.js': 24.7 * KB,
  'elements/signal-checklist.js': 27.6 * KB,
};
/** The code of all four elements with Lit, without content (dataset slices, translations). */
const ALL_CODE_BUDGET = 46.0 * KB;
/** The target of issue 7 for that code. */
const ALL_CODE_TARGET = 20 * KB;

const measured = built ? sizes(dist) : undefined;
const kb = (n) => `${(n / KB).toFixed(1)} KB`;

test('every entry point has a budget, and every budget an entry point', { skip }, () => {
  assert.deepEqual(measured.entries.map((e) => e.entry).sort(), Object.keys(BUDGETS).sort());
});

for (const [entry, budget] of Object.entries(BUDGETS)) {
  test(`${entry} stays within ${kb(budget)} gzipped`, { skip }, () => {
    const row = measured.entries.find((e) => e.entry === entry);
    assert.ok(row, `${entry} was not built`);
    assert.ok(row.gzip > 0);
    assert.ok(row.gzip <= budget, `${entry} is ${kb(row.gzip)} gzipped (${row.files} files), over its budget of ${kb(budget)}`);
  });
}

test(`the code of all four elements with Lit stays within ${kb(ALL_CODE_BUDGET)} gzipped`, { skip }, () => {
  // Sanity: the count covers every element and no content.
  for (const name of ['signal-card', 'signal-checklist', 'meldroute-steps', 'contact-list']) {
    assert.ok(measured.codeFiles.includes(`elements/${name}.js`), `${name} missing from the code count`);
  }
  assert.ok(measured.content.length > 0, 'content chunks were recognised');
  for (const c of measured.content) assert.ok(!measured.codeFiles.includes(`chunks/${c.chunk}`), `${c.chunk} is content, not code`);
  assert.ok(measured.allElementsCode <= ALL_CODE_BUDGET, `all element code is ${kb(measured.allElementsCode)}, over ${kb(ALL_CODE_BUDGET)}`);
});

// Reported, not enforced, while the target is not met: a todo test runs and shows its result
// without failing the suite. It turns into a normal (failing-when-exceeded) test once met.
const targetMet = measured ? measured.allElementsCode <= ALL_CODE_TARGET : true;
test(
  `issue 7 target: the code of all four elements with Lit at most ${kb(ALL_CODE_TARGET)} gzipped`,
  { skip, todo: !targetMet && `not met: ${measured && kb(measured.allElementsCode)} now` },
  () => {
    assert.ok(measured.allElementsCode <= ALL_CODE_TARGET, `all element code is ${kb(measured.allElementsCode)}`);
  },
);
