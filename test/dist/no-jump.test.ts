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

/** The moves of watched paragraphs between two frames that are on screen in either of them. */
function visibleMoves({ frames, height }: Report): string[] {
  const moves: string[] = [];
  for (let i = 1; i < frames.length; i++) {
    frames[i].forEach((top, p) => {
      const before = frames[i - 1][p];
      if (top !== before && (top < height || before < height)) moves.push(`paragraph ${p + 1}: ${before} -> ${top} (frame ${i})`);
    });
  }
  return moves;
}

for (const place of ['head', 'body']) {
  describe(`script tag in the ${place}, as a classic script`, () => {
    let f: HTMLIFrameElement | undefined;
    afterEach(() => {
      f?.remove();
      forgetRequests((url) => new URL(url).pathname.startsWith('/test/pages/'));
    });

    it('the page does not jump at 412x823 while the elements load and render; no globals', async () => {
      f = document.createElement('iframe');
      f.title = 'host page';
      f.width = '412';
      f.height = '823';
      const reported = oneEvent(window, 'message');
      f.src = `/test/pages/no-jump-${place}.html`;
      document.body.prepend(f);
      const data = ((await reported) as unknown as MessageEvent).data as Report;
      expect(data.type).to.equal('no-jump');
      // Rendered their content, not a loading line.
      for (const n of data.rendered) expect(n).to.be.greaterThan(200);
      expect(data.frames.length, 'frames watched').to.be.greaterThan(2);
      expect(visibleMoves(data)).to.deep.equal([]);
      // Chromium measures layout shifts itself: none.
      if (data.shifts) expect(data.shifts.reduce((a, b) => a + b, 0)).to.be.below(0.01);
      // Lit's own markers (its versions, and the metadata object it shares between copies) only.
      expect(data.added.filter((k) => !/^(lit|reactiveElement)\w*Versions$|^litPropertyMetadata$/.test(k))).to.deep.equal([]);
    });
  });
}
