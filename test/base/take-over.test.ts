/**
 * Taking over pre-rendered HTML (src/base/element.ts): an element that finds a declarative
 * shadow root keeps it on screen until its content is loaded, then swaps it in one go.
 */
import { expect } from '@open-wc/testing';
import '../../src/elements/signal-card/define.js';
import '../../src/elements/contact-list/define.js';
import '../../src/elements/signal-checklist/define.js';
import '../../src/elements/meldroute-steps/define.js';
import '../helpers/privacy.js';

type Ready = HTMLElement & { contentReady: Promise<void>; updateComplete: Promise<boolean> };

/**
 * An element as the HTML parser leaves a pre-rendered one: a shadow root with content (a
 * paragraph, or what `fill` puts in), filled before the element is connected and takes it over.
 */
function prerendered(tag: string, attrs: Record<string, string>, fill?: (root: ShadowRoot) => void): Ready {
  const holder = document.createElement('div');
  document.body.append(holder);
  const el = document.createElement(tag) as Ready;
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  const root = el.attachShadow({ mode: 'open' });
  if (fill) fill(root);
  else {
    const p = document.createElement('p');
    p.className = 'pre';
    p.textContent = 'Pre-rendered content';
    root.append(p);
  }
  holder.append(el);
  return el;
}

/** Until the element has swapped: its content rendered, then the controls carried over through their own events rendered. */
async function takenOver(el: Ready): Promise<void> {
  await el.contentReady;
  await el.updateComplete;
  await el.updateComplete;
}

/** The reader ticks a pre-rendered box, and the focus stays on it. */
function tick(root: ShadowRoot, selector: string): HTMLInputElement {
  const box = root.querySelector<HTMLInputElement>(selector)!;
  box.checked = true;
  box.focus();
  return box;
}

/** `n` checkboxes, as pre-rendered HTML has a checklist's or a route's, with these data-ids if given. */
const boxes = (n: number, ids: string[] = []) => (root: ShadowRoot) => {
  for (let i = 0; i < n; i++) {
    const box = document.createElement('input');
    box.type = 'checkbox';
    if (ids[i]) box.dataset.id = ids[i];
    root.append(box);
  }
};

for (const [tag, attrs] of [
  ['signal-card', { audience: 'medical', exploitation: 'labour', lang: 'nl' }],
  ['contact-list', { topic: 'acute' }],
] as const) {
  describe(`<${tag}> taking over pre-rendered content`, () => {
    it('keeps the pre-rendered content, never a loading line, until its own is there; then no leftovers', async () => {
      // Defined already (imported above): upgrade happens on insertion, as when the script
      // arrives after the page. The first updates run before the content has loaded.
      const el = prerendered(tag, attrs);
      await el.updateComplete;
      const root = el.shadowRoot!;
      expect(root.querySelector('.pre'), 'still the pre-rendered content').to.not.equal(null);
      expect(root.textContent).to.not.include('wordt geladen');
      await el.contentReady;
      expect(root.querySelector('.pre'), 'swapped').to.equal(null);
      expect(root.querySelector('[part~="base"]')).to.not.equal(null);
      expect(root.textContent).to.include('112');
      el.parentElement!.remove();
    });
  });
}

/** The titles of the card's panels, as pre-rendered HTML has them in its <summary> elements. */
const LABELS: Record<string, string> = { 'form-labour': 'Arbeidsuitbuiting', 'form-sexual': 'Seksuele uitbuiting', background: 'Achtergrond' };

/** A pre-rendered card whose panels are native <details>, as `signalenkaart render` writes them. */
const prerenderedCard = (attrs: Record<string, string>, panels: Record<string, boolean>): Ready =>
  prerendered('signal-card', attrs, (root) => {
    for (const [key, open] of Object.entries(panels)) {
      const details = document.createElement('details');
      details.dataset.key = key;
      details.open = open;
      const summary = document.createElement('summary');
      summary.textContent = LABELS[key] ?? key;
      const panel = document.createElement('div');
      panel.className = 'panel';
      panel.textContent = 'Pre-rendered panel';
      details.append(summary, panel);
      root.append(details);
    }
  });

/** The card's panels after the take-over: key -> open. */
const panelsOf = (el: Ready) =>
  Object.fromEntries([...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button.toggle')].map((b) => [b.dataset.key, b.getAttribute('aria-expanded') === 'true']));

describe('<signal-card> taking over pre-rendered panels (native <details>)', () => {
  it('keeps each panel as the reader left it: the one opened before the script came stays open, the others closed', async () => {
    const el = prerenderedCard({ audience: 'medical', lang: 'nl' }, { 'form-labour': false, 'form-sexual': true, background: false });
    await el.contentReady;
    expect(el.shadowRoot!.querySelector('details'), 'swapped').to.equal(null);
    expect(panelsOf(el)).to.deep.equal({
      'form-labour': false,
      'form-sexual': true,
      'form-criminal': false,
      'form-organ': false,
      'safe-questions': false,
      background: false,
    });
    expect(el.shadowRoot!.querySelector('#panel-form-sexual')!.textContent, 'the open panel shows its content').to.include('Signalen');
    el.parentElement!.remove();
  });

  it('a panel title the reader had focused keeps the focus: on the same toggle after the swap; no focus taken where there was none', async () => {
    const el = prerenderedCard({ audience: 'medical', lang: 'nl' }, { 'form-labour': false, 'form-sexual': false, background: false });
    const other = prerenderedCard({ audience: 'medical', lang: 'nl' }, { background: false });
    el.shadowRoot!.querySelectorAll('summary')[1].focus();
    expect(el.shadowRoot!.activeElement!.textContent).to.equal('Seksuele uitbuiting');
    await Promise.all([el.contentReady, other.contentReady]);
    await el.updateComplete;
    const now = el.shadowRoot!.activeElement as HTMLElement | null;
    expect(now?.localName, 'a control of the card has the focus').to.equal('button');
    expect(now!.dataset.key).to.equal('form-sexual');
    expect(other.shadowRoot!.activeElement).to.equal(null);
    el.parentElement!.remove();
    other.parentElement!.remove();
  });

  it('a background opened before the swap, also while the card loads, shows its content at once', async () => {
    const el = prerenderedCard({ audience: 'professional', exploitation: 'labour', lang: 'nl' }, { background: false });
    // Upgraded on insertion, the card has started loading its content without the background:
    // now the reader opens the panel. Its content must come with the swap, never a loading line.
    await el.updateComplete;
    const lines: string[] = [];
    const seen = new MutationObserver(() => {
      if (/geladen/.test(el.shadowRoot!.textContent ?? '')) lines.push(el.shadowRoot!.textContent!);
    });
    seen.observe(el.shadowRoot!, { childList: true, subtree: true, characterData: true });
    el.shadowRoot!.querySelector('details')!.open = true;
    await el.contentReady;
    await el.updateComplete;
    seen.disconnect();
    expect(lines, 'a loading line in the card').to.deep.equal([]);
    expect(panelsOf(el)).to.deep.equal({ background: true });
    const panel = el.shadowRoot!.querySelector('#panel-background')!;
    expect(panel.hasAttribute('hidden')).to.equal(false);
    expect(panel.textContent, 'the background, loaded with the card').to.include('De definitie van mensenhandel');
    el.parentElement!.remove();
  });
});

describe('<signal-checklist> taking over pre-rendered boxes', () => {
  it('a box ticked before the script came stays ticked and is counted; the focus stays on it', async () => {
    // The boxes as pre-rendered HTML has them (data-id: the signal's id), before the element takes them over.
    const el = prerendered('signal-checklist', { audience: 'front-desk', lang: 'nl' }, boxes(3, ['balie-signalen-1', 'balie-signalen-2', 'balie-signalen-3']));
    const ticked = tick(el.shadowRoot!, '[data-id="balie-signalen-3"]');
    await takenOver(el);
    const live = el.shadowRoot!.querySelector<HTMLInputElement>('input[data-id="balie-signalen-3"]')!;
    expect(live, 'the live box').to.not.equal(ticked);
    expect(live.checked, 'still ticked').to.equal(true);
    expect([...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')].filter((b) => b.checked).length, 'only that one').to.equal(1);
    expect(el.shadowRoot!.querySelector('.summary .counts p')!.textContent!.trim(), 'counted').to.equal('Aangevinkte signalen: 1.');
    expect(el.shadowRoot!.activeElement).to.equal(live);
    el.parentElement!.remove();
  });
});

describe('<signal-checklist> taking over a note being typed', () => {
  it('the note keeps its text, its caret and the focus', async () => {
    const el = prerendered('signal-checklist', { audience: 'professional', exploitation: 'labour', lang: 'nl' }, (root) => {
      for (const row of ['werving', 'huisvesting']) {
        const note = document.createElement('textarea');
        note.id = `note-${row}`;
        note.dataset.row = row;
        root.append(note);
      }
    });
    const note = el.shadowRoot!.querySelector<HTMLTextAreaElement>('#note-huisvesting')!;
    note.value = 'abcdef';
    note.focus();
    note.setSelectionRange(3, 3);
    await takenOver(el);
    const live = el.shadowRoot!.querySelector<HTMLTextAreaElement>('#note-huisvesting')!;
    expect(live).to.not.equal(note);
    expect(live.value).to.equal('abcdef');
    expect(el.shadowRoot!.querySelector<HTMLTextAreaElement>('#note-werving')!.value).to.equal('');
    expect(el.shadowRoot!.activeElement).to.equal(live);
    expect([live.selectionStart, live.selectionEnd]).to.deep.equal([3, 3]);
    el.parentElement!.remove();
  });
});

describe('pre-rendered by `signalenkaart render`, then taken over', () => {
  it('a checklist whose audience has no signals of its form shows the same boxes before and after (all signals, in both), and a tick stays', async () => {
    const page = await (await fetch('/test/pages/render-cases.nl.prerendered.html')).text();
    const html = /<signal-checklist\s+audience="professional" exploitation="criminal"[\s\S]*?<\/signal-checklist>/.exec(page)![0];
    const holder = document.createElement('div');
    (holder as HTMLElement & { setHTMLUnsafe(html: string): void }).setHTMLUnsafe(html);
    const el = holder.firstElementChild as Ready;
    const ids = (root: ShadowRoot) => [...root.querySelectorAll<HTMLInputElement>('input[type="checkbox"][data-id]')].map((b) => b.dataset.id);
    const before = ids(el.shadowRoot!);
    expect(before.length, 'boxes in the pre-rendered HTML').to.be.greaterThan(20);
    el.shadowRoot!.querySelector<HTMLInputElement>(`input[data-id="${before[4]}"]`)!.checked = true;
    document.body.append(holder);
    await takenOver(el);
    expect(el.shadowRoot!.querySelector('template, [shadowrootmode]')).to.equal(null);
    expect(ids(el.shadowRoot!)).to.deep.equal(before);
    expect(el.shadowRoot!.querySelector<HTMLInputElement>(`input[data-id="${before[4]}"]`)!.checked).to.equal(true);
    holder.remove();
  });
});

describe('<meldroute-steps> taking over pre-rendered steps', () => {
  it('a step marked done before the script came is done, and has the focus, by its id: also where the pre-rendered page is older and lacks a step', async () => {
    // Each step's "done" box as pre-rendered HTML has them (data-id: the step's id); this older
    // page has no step 2, so the third box there is step 4's.
    const el = prerendered('meldroute-steps', { route: 'professional', lang: 'nl' }, boxes(3, ['professional-stap-1', 'professional-stap-3', 'professional-stap-4']));
    tick(el.shadowRoot!, '[data-id="professional-stap-3"]');
    await takenOver(el);
    const done = [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('.done-check input')];
    expect(done.map((b) => b.checked)).to.deep.equal([false, false, true, false, false]);
    expect(el.shadowRoot!.activeElement).to.equal(done[2]);
    expect(el.shadowRoot!.querySelector('.progress')!.textContent).to.include(`1 van ${done.length} stappen gedaan`);
    el.parentElement!.remove();
  });

  it('the focus on the second of links alike (112) comes back on the second', async () => {
    const el = prerendered('meldroute-steps', { route: 'professional', lang: 'nl' }, (root) => {
      for (let i = 0; i < 3; i++) {
        const a = document.createElement('a');
        a.href = 'tel:112';
        a.textContent = '112';
        root.append(a);
      }
    });
    el.shadowRoot!.querySelectorAll('a')[1].focus();
    await takenOver(el);
    const alike = [...el.shadowRoot!.querySelectorAll('a[href="tel:112"]')].filter((a) => a.textContent!.trim() === '112');
    expect(alike.length).to.be.greaterThan(2);
    expect(el.shadowRoot!.activeElement).to.equal(alike[1]);
    el.parentElement!.remove();
  });
});
