/**
 * The demo pages, the snippet builder first, checked with axe (WCAG 2.1 A and AA) as a whole
 * page: the builder's form, its output and its live preview; the example pages with their
 * elements. The elements have their own checks per element (test/a11y/); this is the page
 * an editor works in. Loaded with `?axe` (web-test-runner.config.mjs: without the strict policy
 * there, so that axe can be loaded into the page).
 */
import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { forgetRequests } from '../helpers/privacy.js';
import { layOutEverything } from '../helpers/layout.js';

type Win = Window & typeof globalThis & { axe: { run: (ctx: Document, options: object) => Promise<{ violations: { id: string; nodes: { target: unknown[] }[] }[] }> } };
type Ready = HTMLElement & { contentReady: Promise<void> };
const NAMES = 'signal-card, signal-checklist, meldroute-steps, contact-list';

let frame: HTMLIFrameElement | undefined;
afterEach(() => frame?.remove());

async function open(path: string, width: number): Promise<{ win: Win; doc: Document }> {
  frame = document.createElement('iframe');
  frame.title = path;
  frame.width = String(width);
  frame.height = '800';
  const loaded = oneEvent(frame, 'load');
  frame.src = `${path}?axe`;
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as Win;
  const doc = frame.contentDocument!;
  await Promise.all([...doc.querySelectorAll<Ready>(NAMES)].map(async (el) => {
    await win.customElements.whenDefined(el.localName);
    await el.contentReady;
  }));
  const axe = doc.createElement('script');
  axe.src = '/node_modules/axe-core/axe.min.js';
  const axeLoaded = oneEvent(axe, 'load');
  doc.head.append(axe);
  await axeLoaded;
  return { win, doc };
}

/** The WCAG 2.1 A and AA violations axe finds in the page, as "rule: targets". */
async function violations(win: Win, doc: Document): Promise<string[]> {
  // axe measures contrast on screen: lay out what the elements skip off-screen (content-visibility).
  for (const el of doc.querySelectorAll(NAMES)) layOutEverything(el);
  const result = await win.axe.run(doc, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);
}

describe('demo pages, accessible as whole pages (axe, WCAG 2.1 AA)', () => {
  // Inside the describe, so it runs before the privacy guard's root hook: the pages and axe are
  // this test's own requests, not the package's.
  after(() => forgetRequests((url) => /^\/(demo|node_modules\/axe-core)\//.test(new URL(url).pathname)));

  it('the snippet builder, pre-rendered and plain, with a local contact, a refused one and two elements', async function () {
    this.timeout(30000);
    const { win, doc } = await open('/demo/builder.html', 1280);
    const state = () => (doc.getElementById('snippet') as HTMLTextAreaElement).dataset.state;
    await waitUntil(() => state() === 'done', 'the snippet was not rendered', { timeout: 10000 });
    expect(await violations(win, doc)).to.deep.equal([]);
    // Every part of the form in use: another element kept, a contact, a refused contact, plain HTML.
    (doc.getElementById('add-part') as HTMLButtonElement).click();
    (doc.getElementById('tag-contact-list') as HTMLInputElement).click();
    const field = (id: string, v: string) => ((doc.getElementById(id) as HTMLInputElement).value = v);
    field('c-name', 'Wijkteam');
    field('c-phone', '030 123 45 67');
    (doc.getElementById('contact-form') as HTMLFormElement).requestSubmit();
    (doc.getElementById('contact-form') as HTMLFormElement).requestSubmit();
    expect(doc.getElementById('contact-error')!.textContent).to.not.equal('');
    (doc.getElementById('kind-plain') as HTMLInputElement).click();
    await waitUntil(() => state() === 'done');
    const list = doc.querySelector<Ready>('#preview contact-list')!;
    await win.customElements.whenDefined('contact-list');
    await list.contentReady;
    expect(await violations(win, doc)).to.deep.equal([]);
  });

  it('the snippet builder at 320px', async function () {
    this.timeout(30000);
    const { win, doc } = await open('/demo/builder.html', 320);
    expect(await violations(win, doc)).to.deep.equal([]);
  });

  for (const path of ['/demo/index.html', '/demo/huisarts.html', '/demo/balie.html', '/demo/theming.html']) {
    it(path, async function () {
      this.timeout(30000);
      const { win, doc } = await open(path, 1280);
      expect(await violations(win, doc)).to.deep.equal([]);
    });
  }
});
