/**
 * The builder's renderer (src/render/browser.ts) against the command's (`signalenkaart render`):
 * the same cases (test/pages/render-cases.html: every element, local contacts good and broken,
 * bad values) must come out the same, node for node, in both languages, in every engine. The
 * command's output is made by `npm run prerender` (npm test builds first). Both are the build's
 * (dist/), as the builder uses it: the sources' templates and styles are not minified.
 */
import { expect } from '@open-wc/testing';
import type { prerender as Prerender, styleHashes as StyleHashes } from '../../src/render/browser.js';
import { captureWarnings } from '../helpers/warnings.js';

type Renderer = { prerender: typeof Prerender; styleHashes: typeof StyleHashes };
const BUILT = '/dist/prerender.js';
const built = () => import(/* @vite-ignore */ BUILT) as Promise<Renderer>;
const prerender: typeof Prerender = async (input) => (await built()).prerender(input);

const fetchText = async (path: string) => {
  const r = await fetch(path);
  if (!r.ok) throw new Error(`${path}: ${r.status} (run npm run build, which pre-renders it)`);
  return r.text();
};

/** The body of `html`, parsed without running anything: declarative shadow roots stay templates. */
function bodyOf(html: string): HTMLElement {
  return new DOMParser().parseFromString(html, 'text/html').body;
}

/** A node without comments (Lit's markers), adjacent text merged, template contents walked as children. */
function children(node: Node): Node[] {
  const from = node instanceof HTMLTemplateElement ? node.content : node;
  for (const c of [...from.childNodes]) if (c.nodeType === Node.COMMENT_NODE) c.remove();
  from.normalize();
  return [...from.childNodes];
}

/** Where `a` and `b` first differ, as a path and both sides; '' when they are the same. */
function firstDifference(a: Node, b: Node, path: string): string {
  const label = (n: Node) => (n instanceof Element ? `<${n.localName}>` : n.nodeType === Node.TEXT_NODE ? `"${(n.textContent ?? '').slice(0, 80)}"` : n.nodeName);
  if (a.nodeType !== b.nodeType || a.nodeName !== b.nodeName) return `${path}: ${label(a)} / ${label(b)}`;
  // Spaces compared as spaces: Intl's date ranges use thin or no-break spaces, which differ between
  // Node's ICU and an engine's ("maandag – vrijdag").
  const text = (n: Node) => (n.textContent ?? '').replace(/\s+/g, ' ');
  if (a.nodeType === Node.TEXT_NODE && text(a) !== text(b)) return `${path}: ${label(a)} / ${label(b)}`;
  if (a instanceof Element && b instanceof Element) {
    const attrs = (e: Element) => [...e.attributes].map((x) => `${x.name}=${x.value}`).sort().join(' ');
    if (attrs(a) !== attrs(b)) return `${path}${label(a)}: attributes [${attrs(a)}] / [${attrs(b)}]`;
  }
  const ca = children(a);
  const cb = children(b);
  for (let i = 0; i < Math.max(ca.length, cb.length); i++) {
    if (!ca[i] || !cb[i]) return `${path}${label(a)}: child ${i} ${ca[i] ? label(ca[i]) : 'missing'} / ${cb[i] ? label(cb[i]) : 'missing'}`;
    const d = firstDifference(ca[i], cb[i], `${path}${label(a)}[${i}] `);
    if (d) return d;
  }
  return '';
}

describe('the builder renders snippets as `signalenkaart render` does', () => {
  const lang = document.documentElement.lang;
  after(() => {
    document.documentElement.lang = lang;
  });

  for (const l of ['nl', 'en']) {
    it(`${l}: every case, node for node, with the same styles (so the same CSP hashes)`, async () => {
      const input = await fetchText('/test/pages/render-cases.html');
      const expected = await fetchText(`/test/pages/render-cases.${l}.prerendered.html`);
      document.documentElement.lang = l;
      const { result: actual, warnings } = await captureWarnings(() => prerender(input));
      const a = bodyOf(actual);
      const b = bodyOf(expected);
      expect(a.querySelectorAll('template[shadowrootmode="open"]').length, 'a declarative shadow root per element').to.equal(12);
      expect(firstDifference(a, b, '')).to.equal('');
      // The styles as text: the strict-CSP hashes of the one are those of the other.
      const styles = (body: HTMLElement) => [...body.querySelectorAll('template')].map((t) => t.content.querySelector('style')?.textContent);
      expect(styles(a)).to.deep.equal(styles(b));
      // Bad input: the same visible messages, and a console.warn each, as on a page.
      expect(warnings.some((m) => m.includes('not valid JSON')), warnings.join('\n')).to.equal(true);
      expect(warnings.some((m) => m.includes('Unknown region="x"'))).to.equal(true);
      // The loader's script line is deferred, as the command defers it.
      expect(actual.includes('<script src="/signalenkaart/signalenkaart.js" defer></script>')).to.equal(true);
      // Text stays text: the local contact's "<Gemeente>" is shown, not made a tag.
      const local = [...a.querySelectorAll('contact-list')].map((el) => el.querySelector('template')!.content);
      expect(local.some((c) => c.querySelector('gemeente'))).to.equal(false);
      expect(local.some((c) => c.textContent!.includes('Zorgcoördinator mensenhandel <Gemeente>'))).to.equal(true);
    });
  }

  it('gives the style-src hashes of what it rendered, one per element kind, as `signalenkaart csp` does', async () => {
    document.documentElement.lang = 'nl';
    const out = await prerender('<contact-list></contact-list><contact-list topic="acute"></contact-list><meldroute-steps></meldroute-steps>');
    const hashes = (await (await built()).styleHashes(out))!;
    expect(hashes).to.have.length(2);
    for (const h of hashes) expect(h).to.match(/^'sha256-[A-Za-z0-9+/]{43}='$/);
    // The same hashes as the command's (bin/signalenkaart.mjs, Node's crypto), which the test
    // server sends in the policy of a pre-rendered page (web-test-runner.config.mjs).
    const r = await fetch('/test/pages/strict-csp.prerendered.html');
    const policy = r.headers.get('content-security-policy') ?? '';
    const fromCommand = policy.match(/'sha256-[^']+'/g) ?? [];
    expect(fromCommand.length).to.be.greaterThan(1);
    expect(await (await built()).styleHashes(await r.text())).to.have.members(fromCommand);
  });

  it('leaves the page around the elements exactly as it was', async () => {
    const html = '<p class="x">Voor &amp; <b>na</b></p>\n<contact-list topic="acute"></contact-list>\n<!-- een opmerking -->';
    document.documentElement.lang = 'nl';
    const out = await prerender(html);
    expect(out.startsWith('<p class="x">Voor &amp; <b>na</b></p>\n<contact-list topic="acute" prerendered><template shadowroot="open" shadowrootmode="open"><style>')).to.equal(true);
    expect(out.endsWith('</template></contact-list>\n<!-- een opmerking -->')).to.equal(true);
    expect(out, "Lit's markers are gone").to.not.match(/<!--\??lit/);
  });

  it('renders again in place: an old pre-rendered copy is replaced, not nested', async () => {
    document.documentElement.lang = 'nl';
    const once = await prerender('<meldroute-steps route="medical"></meldroute-steps>');
    const twice = await prerender(once);
    expect(twice.match(/<template /g)?.length).to.equal(1);
    expect(twice).to.equal(once);
  });

  it('leaves the elements of the page alone: they do not render as pre-rendered', async () => {
    document.documentElement.lang = 'nl';
    const live = document.createElement('contact-list');
    document.body.append(live);
    try {
      await prerender('<contact-list></contact-list>');
      await customElements.whenDefined('contact-list');
      await (live as HTMLElement & { contentReady: Promise<void> }).contentReady;
      // "Open now" shows on the page (the renderer leaves it out of what is read later), and the
      // element loaded its own content rather than taking the renderer's.
      // (Or, on a public holiday within its hours, that the line may be closed.)
      expect(live.shadowRoot!.textContent).to.match(/Nu open, tot \d\d:\d\d\.|Nu gesloten\.|Op feestdagen kan de lijn gesloten zijn\./);
    } finally {
      live.remove();
    }
  });
});
