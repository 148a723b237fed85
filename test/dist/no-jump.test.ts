/**
 * The script-tag route does not move the host page (issue 13): with the loader as a classic
 * script before the elements, as docs/embedding.md says, an element holds its space from the
 * first frame (src/reserve.ts) until its content is there. Checked in every engine, frame by
 * frame at phone size: a paragraph of the host page that is on screen never moves.
 */
import { expect, oneEvent } from '@open-wc/testing';
import { forgetRequests } from '../helpers/privacy.js';

interface Report {
  type: string;
  frames: number[][];
  height: number;
  shifts: number[] | null;
  added: string[];
  rendered: number[];
}

/** The moves of watched paragraphs between two frames, where a paragraph is on screen in either of them. */
function movesOnScreen({ frames, height }: Pick<Report, 'frames' | 'height'>): { text: string; px: number; frame: number }[] {
  const moves: { text: string; px: number; frame: number }[] = [];
  for (let i = 1; i < frames.length; i++) {
    frames[i].forEach((top, p) => {
      const before = frames[i - 1][p];
      // Not parsed yet in the frame before (a frame can come before the parser has reached it): it appeared, it did not move.
      if (before === undefined) return;
      if (top !== before && (top < height || before < height)) moves.push({ text: `paragraph ${p + 1}: ${before} -> ${top} (frame ${i})`, px: Math.abs(top - before), frame: i });
    });
  }
  return moves;
}

let f: HTMLIFrameElement | undefined;
afterEach(() => {
  f?.remove();
  forgetRequests((url) => new URL(url).pathname.startsWith('/test/pages/'));
});

/** Loads a test page in a frame of the given size; resolves with what its probe reports. */
async function watch(src: string, width: number, height: number): Promise<Report> {
  f = document.createElement('iframe');
  f.title = 'host page';
  f.width = String(width);
  f.height = String(height);
  const reported = oneEvent(window, 'message');
  f.src = src;
  document.body.prepend(f);
  const data = ((await reported) as unknown as MessageEvent).data as Report;
  expect(data.type).to.equal('no-jump');
  // Rendered their content, not a loading line.
  for (const n of data.rendered) expect(n).to.be.greaterThan(200);
  return data;
}

for (const place of ['head', 'body']) {
  describe(`script tag in the ${place}, as a classic script`, () => {
    it('the page does not jump at 412x823 while the elements load and render; no globals', async () => {
      const data = await watch(`/test/pages/no-jump-${place}.html`, 412, 823);
      expect(data.frames.length, 'frames watched').to.be.greaterThan(2);
      expect(movesOnScreen(data).map((m) => m.text)).to.deep.equal([]);
      // Chromium measures layout shifts itself: none.
      if (data.shifts) expect(data.shifts.reduce((a, b) => a + b, 0)).to.be.below(0.01);
      // Lit's own markers (its versions, and the metadata object it shares between copies) only.
      expect(data.added.filter((k) => !/^(lit|reactiveElement)\w*Versions$|^litPropertyMetadata$/.test(k))).to.deep.equal([]);
    });
  });
}

// Pre-rendered pages: from the first frame, before and while the script takes the elements over,
// the page's text does not move. Each frame is tall enough for both paragraphs to be on screen.
for (const { page, height, what } of [
  { page: 'no-jump-short', height: 823, what: 'a short page: a heading, a contact list, the text after it on the first screen' },
  { page: 'no-jump-cards', height: 5000, what: 'cards, their panels closed native <details>, text after each (the page styles ::part(subheading))' },
]) {
  describe(`pre-rendered, ${what}`, () => {
    it(`the text does not move at 412x${height} from the first frame, before and while the script takes the elements over`, async () => {
      const data = await watch(`/test/pages/${page}.prerendered.html`, 412, height);
      expect(data.frames[0].length, 'both paragraphs in the first frame').to.equal(2);
      expect(data.frames[data.frames.length - 1][1], 'the last text is on screen').to.be.below(data.height);
      expect(movesOnScreen(data).map((m) => m.text)).to.deep.equal([]);
      if (data.shifts) expect(data.shifts.reduce((a, b) => a + b, 0)).to.be.below(0.01);
    });
  });
}

describe('a card overview that fits a wide screen (1280x1000), text after it', () => {
  it('the text after it moves at most a few pixels, also when the closed panels become findable in an idle moment', async () => {
    const data = await watch('/test/pages/no-jump-wide.html', 1280, 1000);
    expect(data.frames[data.frames.length - 1][0], 'the text after the card is on screen').to.be.below(data.height);
    // The overview holds about what it measured (src/reserve.ts); the engines' text differs by a
    // few per cent, so it may grow or shrink a little: at most 2.5% of the screen in all (WebKit
    // measured 16px). Closed panels must not add to that when they become findable (8px each).
    // Per frame the largest move (as a layout shift counts distance), added up over the frames.
    const moves = movesOnScreen(data);
    const perFrame = new Map<number, number>();
    for (const m of moves) perFrame.set(m.frame, Math.max(perFrame.get(m.frame) ?? 0, m.px));
    const moved = [...perFrame.values()].reduce((n, px) => n + px, 0);
    expect(moved, moves.map((m) => m.text).join('; ')).to.be.at.most(0.025 * data.height);
  });
});
