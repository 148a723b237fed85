/**
 * The minute that matters: in every element whom to call now is on the first phone screen
 * (390 × 844), the front desk's checklist is short, `discreet` keeps the words a companion
 * should not read out of headings and summaries, and the GP reaches the safe questions in one tap.
 */
import { expect, waitUntil } from '@open-wc/testing';
import '../../src/elements/signal-card/define.js';
import '../../src/elements/signal-checklist/define.js';
import '../../src/elements/meldroute-steps/define.js';
import '../../src/elements/contact-list/define.js';
import '../helpers/privacy.js';
import { SENSITIVE } from '../../src/base/labels.js';
import { clean, make } from '../helpers/elements.js';
import { layOutEverything } from '../helpers/layout.js';

type El = HTMLElement & { contentReady: Promise<void>; updateComplete: Promise<boolean> };
const PHONE = { width: 390, height: 844 };
const TAGS = ['signal-card', 'signal-checklist', 'meldroute-steps', 'contact-list'] as const;

/** The element as it is on a phone: 390px wide, at the top of the page. */
async function onPhone(tag: string, attrs: Record<string, string | undefined> = {}, opts: Parameters<typeof make>[2] = {}): Promise<El> {
  const el = await make<El>(tag, attrs, opts);
  el.style.display = 'block';
  el.style.width = `${PHONE.width}px`;
  await el.updateComplete;
  await new Promise((r) => requestAnimationFrame(() => r(null)));
  return el;
}

/** How far below the element's top the first tel: link starts, in px. */
function firstCall(el: El): { href: string; offset: number } | null {
  const link = el.shadowRoot!.querySelector<HTMLAnchorElement>('a[href^="tel:"]');
  if (!link) return null;
  return { href: link.getAttribute('href')!, offset: link.getBoundingClientRect().top - el.getBoundingClientRect().top };
}

/** Buttons, links and form controls a user can see (and reach). */
function visibleControls(el: El): Element[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLElement>('button, a[href], input, select, textarea')].filter(
    (c) => !c.closest('[hidden]') && c.getClientRects().length > 0,
  );
}

/** Every heading, legend and summary text of the element. */
function headingsAndSummary(el: El): string[] {
  const root = el.shadowRoot!;
  return [...root.querySelectorAll('h1, h2, h3, h4, h5, h6, legend, .toggle, [part="summary"]')].map((n) => clean(n.textContent));
}

describe('the next step, on the first phone screen', () => {
  for (const tag of TAGS) {
    it(`<${tag}>: Veilig Thuis and 112 as tel: links within the first 844px at 390px wide`, async () => {
      const el = await onPhone(tag);
      const first = firstCall(el);
      expect(first, 'a tel: link').to.not.equal(null);
      expect(first!.offset, 'on the first screen').to.be.below(PHONE.height);
      const bar = el.shadowRoot!.querySelector('.next-step')!;
      expect(bar.querySelector('a[href="tel:+318002000"]'), 'Veilig Thuis').to.exist;
      expect(bar.querySelector('a[href="tel:112"]'), '112').to.exist;
      expect(clean(bar.textContent)).to.contain('gratis, dag en nacht');
      const barTop = bar.getBoundingClientRect().top - el.getBoundingClientRect().top;
      expect(barTop, 'the bar itself is high on the screen').to.be.below(PHONE.height / 2);
      await expect(el).to.be.accessible();
    });

    it(`<${tag} no-next-step>: leaves it out (for a page that shows it just above)`, async () => {
      const el = await onPhone(tag, { 'no-next-step': '' });
      expect(el.shadowRoot!.querySelector('.next-step')).to.equal(null);
    });
  }

  for (const tag of ['contact-list', 'meldroute-steps'] as const) {
    it(`<${tag}> with a local contact: the page's own number comes first`, async () => {
      const json = JSON.stringify([{ name: 'Aandachtsfunctionaris Voorbeeldstad', phone: '020 123 4567' }]);
      const el = await onPhone(tag, {}, { json });
      const calls = [...el.shadowRoot!.querySelectorAll('.next-step a[href^="tel:"]')].map((a) => a.getAttribute('href'));
      expect(calls[0]).to.equal('tel:+31201234567');
      expect(calls).to.include('tel:+318002000');
      expect(firstCall(el)!.href).to.equal('tel:+31201234567');
    });
  }

  it('the GP page: card, route and contacts for medical professionals each have the number on the first screen', async () => {
    for (const [tag, attrs] of [
      ['signal-card', { audience: 'medical' }],
      ['meldroute-steps', { route: 'medical' }],
      ['contact-list', { topic: 'medical' }],
    ] as const) {
      const el = await onPhone(tag, attrs);
      expect(firstCall(el)!.offset, tag).to.be.below(PHONE.height);
    }
  });

  it('the GP card: the safe questions are one tap from the top, in the overview and for one form', async () => {
    for (const attrs of [{ audience: 'medical' }, { audience: 'medical', exploitation: 'sexual' }]) {
      const el = await onPhone('signal-card', attrs);
      const go = el.shadowRoot!.querySelector<HTMLButtonElement>('button[data-action="safe-questions"]')!;
      expect(go, 'the button').to.exist;
      expect(go.getBoundingClientRect().top - el.getBoundingClientRect().top).to.be.below(PHONE.height);
      go.click();
      await el.updateComplete;
      await new Promise((r) => setTimeout(r, 0));
      const focused = el.shadowRoot!.activeElement as HTMLElement;
      expect(clean(focused.textContent), JSON.stringify(attrs)).to.equal('Veilige vragen');
      expect(clean(el.shadowRoot!.querySelector('.safe-questions')!.textContent).length).to.be.above(100);
    }
    const other = await onPhone('signal-card', { audience: 'front-desk' });
    expect(other.shadowRoot!.querySelector('button[data-action="safe-questions"]')).to.equal(null);
  });
});

describe('a short checklist for the front desk', () => {
  it('at most 25 visible controls before asking for more; the full EU annex-1 form one click away', async () => {
    const el = await onPhone('signal-checklist', { audience: 'front-desk' });
    const controls = visibleControls(el);
    expect(controls.length, controls.map((c) => c.localName + ':' + clean(c.textContent)).join(' | ')).to.be.at.most(25);
    expect(el.shadowRoot!.querySelectorAll('fieldset.row')).to.have.length(0);
    // Its signals (ticks), the minor question and the summary with whom to call come first.
    expect(el.shadowRoot!.querySelectorAll('input[type="checkbox"]').length).to.be.above(5);
    expect(el.shadowRoot!.querySelector('[part="summary"] a[href^="tel:"]')).to.exist;
    const full = el.shadowRoot!.querySelector<HTMLButtonElement>('button[data-action="full"]')!;
    expect(clean(full.textContent)).to.equal('Uitgebreid formulier (EU-bijlage 1)');
    full.click();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('fieldset.row')).to.have.length(15);
    expect(el.shadowRoot!.querySelector('button[data-action="full"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('other audiences keep the summary near the top: before the annex-1 rows, and one button away', async () => {
    const el = await onPhone('signal-checklist', { audience: 'first-line' });
    const summary = el.shadowRoot!.querySelector('[part="summary"]')!;
    const firstRow = el.shadowRoot!.querySelector('fieldset.row')!;
    expect(summary.compareDocumentPosition(firstRow) & Node.DOCUMENT_POSITION_FOLLOWING, 'summary before the rows').to.not.equal(0);
    el.shadowRoot!.querySelector<HTMLButtonElement>('button[data-action="to-summary"]')!.click();
    expect(el.shadowRoot!.activeElement).to.equal(el.shadowRoot!.querySelector('#summary'));
  });
});

describe('discreet', () => {
  it('the words can be found, so the checks below can fail', async () => {
    const card = await onPhone('signal-card', { exploitation: 'labour' });
    expect(headingsAndSummary(card).some((t) => SENSITIVE.test(t))).to.equal(true);
    const list = await onPhone('signal-checklist', { exploitation: 'labour', region: 'ijsselland' });
    expect(headingsAndSummary(list).some((t) => SENSITIVE.test(t))).to.equal(true);
  });

  for (const attrs of [{}, { exploitation: 'labour' }, { audience: 'medical' }, { exploitation: 'organ', audience: 'first-line' }]) {
    it(`<signal-card discreet ${JSON.stringify(attrs)}>: no such word in any heading, also with everything open; the content stays`, async () => {
      const plain = await onPhone('signal-card', attrs);
      const el = await onPhone('signal-card', { ...attrs, discreet: '' });
      el.shadowRoot!.querySelector<HTMLButtonElement>('.actions .button')!.click(); // open everything
      await el.updateComplete;
      await el.contentReady; // the background loads when its panel opens
      expect(el.shadowRoot!.querySelectorAll('.panel .section').length, 'the background is there').to.be.greaterThan(1);
      const found = headingsAndSummary(el).filter((t) => SENSITIVE.test(t));
      expect(found).to.deep.equal([]);
      // The same signals as without discreet.
      const signals = (x: El) => [...x.shadowRoot!.querySelectorAll('.signals li')].map((li) => clean(li.textContent));
      plain.shadowRoot!.querySelector<HTMLButtonElement>('.actions .button')!.click();
      await plain.updateComplete;
      expect(signals(el)).to.deep.equal(signals(plain));
      layOutEverything(el);
      await expect(el).to.be.accessible();
    });
  }

  it('discreet="false" is on, as in HTML, and says how to write it (message and warning)', async () => {
    const warn = console.warn;
    const warnings: string[] = [];
    console.warn = (...a: unknown[]) => warnings.push(a.join(' '));
    try {
      const el = await onPhone('signal-checklist', { exploitation: 'labour', discreet: 'false' });
      expect(headingsAndSummary(el).filter((t) => SENSITIVE.test(t))).to.deep.equal([]);
      expect(clean(el.shadowRoot!.querySelector('[part="message"]')!.textContent)).to.contain('discreet is een aan/uit-attribuut');
      expect(warnings.some((w) => w.includes('discreet="false"'))).to.equal(true);
    } finally {
      console.warn = warn;
    }
  });

  it('<signal-checklist discreet>: neutral headings and summary, full form too; the button switches it; printing unaffected', async () => {
    const el = await onPhone('signal-checklist', { exploitation: 'labour', region: 'ijsselland', discreet: '' });
    expect(headingsAndSummary(el).filter((t) => SENSITIVE.test(t))).to.deep.equal([]);
    const toggle = el.shadowRoot!.querySelector<HTMLButtonElement>('button[data-action="discreet"]')!;
    expect(toggle.getAttribute('aria-pressed')).to.equal('true');
    // Printing shows the record with its real headings.
    window.dispatchEvent(new Event('beforeprint'));
    expect(clean(el.shadowRoot!.querySelector('h2')!.textContent)).to.equal('Signalenlijst arbeidsuitbuiting');
    window.dispatchEvent(new Event('afterprint'));
    await el.updateComplete;
    // Off with the button, on again.
    toggle.click();
    await el.updateComplete;
    expect(el.hasAttribute('discreet'), 'the button sets the attribute').to.equal(false);
    expect(headingsAndSummary(el).some((t) => SENSITIVE.test(t))).to.equal(true);
    toggle.click();
    await el.updateComplete;
    expect(headingsAndSummary(el).filter((t) => SENSITIVE.test(t))).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });
});

describe('find in page', () => {
  const untilFound = 'onbeforematch' in HTMLElement.prototype;

  for (const [tag, attrs, toggleSel] of [
    ['signal-card', { audience: 'front-desk' }, 'button.toggle[data-key="form-labour"]'],
    ['meldroute-steps', { route: 'front-desk' }, '.step button.toggle'],
  ] as const) {
    it(`<${tag}>: closed content is hidden until found where the engine has it (Chromium, Firefox), and finding it opens the panel; WebKit keeps it empty until opened`, async () => {
      const el = await onPhone(tag, attrs);
      const toggle = el.shadowRoot!.querySelector<HTMLButtonElement>(toggleSel)!;
      const panel = el.shadowRoot!.getElementById(toggle.getAttribute('aria-controls')!)!;
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      if (!untilFound) {
        await new Promise((r) => setTimeout(r, 300));
        expect(panel.childElementCount, 'no hidden content without until-found').to.equal(0);
        expect(panel.hidden).to.equal(true);
        return;
      }
      await waitUntil(() => panel.childElementCount > 0, 'the closed panel is filled in an idle moment', { timeout: 5000 });
      expect(panel.getAttribute('hidden')).to.equal('until-found');
      expect(clean(panel.textContent).length).to.be.above(20);
      // What the browser does when find-in-page lands inside: beforematch, then the panel shows.
      panel.dispatchEvent(new Event('beforematch'));
      await el.updateComplete;
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      expect(panel.hasAttribute('hidden')).to.equal(false);
      await expect(el).to.be.accessible();
    });
  }

  it('a page with many elements fills only those near the screen; Ctrl+F fills the rest at once', async function () {
    if (!untilFound) this.skip();
    // Far below the screen from the start, as the 200th card on a page would be.
    const spacer = document.createElement('div');
    spacer.style.height = '20000px';
    document.body.append(spacer);
    const far = document.createElement('signal-card') as El;
    far.setAttribute('audience', 'front-desk');
    document.body.append(far);
    await far.contentReady;
    await far.updateComplete;
    await new Promise((r) => setTimeout(r, 600));
    const panel = far.shadowRoot!.querySelector<HTMLElement>('.panel')!;
    expect(panel.childElementCount, 'not filled while far off-screen').to.equal(0);
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'f', ctrlKey: true }));
    await far.updateComplete;
    expect(panel.getAttribute('hidden')).to.equal('until-found');
    expect(panel.childElementCount).to.be.above(0);
    far.remove();
    spacer.remove();
  });
});
