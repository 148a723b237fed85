import { expect } from '@open-wc/testing';
import { cardContent, panelKeys } from '../../src/model/card.js';
import { loadSlices, type Dataset } from '../../src/data/slices.js';
import { EXPLOITATIONS, signalsFor } from '../../src/model/signals.js';
import type { Background } from '../../src/data/types.js';

describe('model/card', () => {
  let d: Pick<Dataset, 'meta' | 'signals' | 'explanations' | 'background' | 'definition' | 'practice'>;
  let bg: Background;
  before(async () => {
    d = await loadSlices('nl', ['meta', 'signals', 'explanations', 'background', 'definition', 'practice']);
    bg = { ...d.background, ...d.explanations, ...d.practice, definition: d.definition };
  });

  it('one form, or all four in the overview; case examples and safe questions only for medical professionals', () => {
    expect(cardContent(d.meta, d.signals, bg, { exploitation: 'labour' }).forms.map((f) => f.form)).to.deep.equal(['labour']);
    expect(cardContent(d.meta, d.signals, bg, {}).forms.map((f) => f.form)).to.deep.equal([...EXPLOITATIONS]);
    const medical = cardContent(d.meta, d.signals, bg, { audience: 'medical' });
    expect(medical.safeQuestions).to.exist;
    expect(medical.forms.some((f) => f.cases.length > 0)).to.equal(true);
    const other = cardContent(d.meta, d.signals, bg, { audience: 'professional' });
    expect(other.safeQuestions).to.equal(undefined);
    expect(other.forms.every((f) => f.cases.length === 0)).to.equal(true);
  });

  it('a form without signals for the audience shows the nearest selection, and says it is not its own', () => {
    const [organ] = cardContent(d.meta, d.signals, bg, { exploitation: 'organ', audience: 'professional' }).forms;
    expect(signalsFor(d.signals, { exploitation: 'organ', audience: 'professional' })).to.have.length(0);
    expect(organ.own).to.equal(false);
    expect(organ.nearest).to.not.equal(null);
    expect(organ.groups.flatMap((g) => g.signals)).to.deep.equal(signalsFor(d.signals, organ.nearest!));
  });

  it('says where a form has only general signals: organ removal for the front desk and first line, not for medical professionals', () => {
    const organ = (audience?: 'front-desk' | 'first-line' | 'medical') =>
      cardContent(d.meta, d.signals, bg, { exploitation: 'organ', audience }).forms[0];
    for (const audience of ['front-desk', 'first-line'] as const) {
      expect(organ(audience).own, audience).to.equal(true);
      expect(organ(audience).specific, audience).to.equal(false);
      expect(organ(audience).groups.flatMap((g) => g.signals).every((s) => s.forms.length === EXPLOITATIONS.length)).to.equal(true);
    }
    // The medical toolkit has two signals of organ removal itself.
    expect(organ('medical').specific).to.equal(true);
    expect(organ().specific).to.equal(true);
    expect(cardContent(d.meta, d.signals, bg, { exploitation: 'sexual', audience: 'first-line' }).forms[0].specific).to.equal(true);
  });

  it("the footer names the sources of what shows outside the background, the background panel its own; each really used, in meta order", () => {
    const content = cardContent(d.meta, d.signals, bg, { exploitation: 'labour', audience: 'professional' });
    const order = d.meta.sources.map((s) => s.id);
    const sourcesOf = (refs: ({ source: string } | undefined)[]) => [...new Set(refs.map((r) => r?.source).filter((s) => s))].sort();
    const shown = sourcesOf(
      content.forms.flatMap((f) => [f.explanation?.ref, ...f.groups.flatMap((g) => g.signals.map((s) => s.ref)), ...f.guidance.map((g) => g.ref), ...f.cases.map((c) => c.ref)]),
    );
    expect([...content.sources].sort()).to.deep.equal(shown);
    const panel = sourcesOf([
      content.background.definition?.ref,
      content.background.smuggling?.ref,
      ...[...content.background.moreForms, ...content.background.sections, ...content.background.reading].map((x) => x.ref),
    ]);
    expect([...content.background.sources].sort()).to.deep.equal(panel);
    // The definition (in the panel) comes from the EU manual, which has no labour signals for professionals.
    expect(content.background.definition!.ref.source).to.equal('eu-eerstelijn');
    expect(content.background.sources).to.include('eu-eerstelijn');
    expect(content.sources).to.not.include('eu-eerstelijn');
    for (const list of [content.sources, content.background.sources]) expect(list).to.deep.equal(order.filter((id) => list.includes(id)));
  });

  it('the footer is the same before and after the background is loaded: it does not move when the background arrives', () => {
    const before = { ...d.explanations, ...d.practice, definition: d.definition };
    for (const audience of [undefined, 'professional', 'front-desk', 'medical', 'first-line'] as const) {
      for (const exploitation of [undefined, ...EXPLOITATIONS]) {
        const sel = { audience, exploitation };
        const early = cardContent(d.meta, d.signals, before, sel);
        const late = cardContent(d.meta, d.signals, bg, sel);
        expect(early.sources, JSON.stringify(sel)).to.deep.equal(late.sources);
        expect(early.forms, JSON.stringify(sel)).to.deep.equal(late.forms);
        expect(late.background.sections.length + late.background.reading.length, 'the background has content').to.be.greaterThan(0);
        expect(early.background.sections.length + early.background.reading.length).to.equal(0);
      }
    }
  });

  it('panel keys: the background alone for one form; every form, the safe questions and the background in the overview', () => {
    expect(panelKeys(cardContent(d.meta, d.signals, bg, { exploitation: 'sexual', audience: 'medical' }))).to.deep.equal(['background']);
    expect(panelKeys(cardContent(d.meta, d.signals, bg, { audience: 'medical' }))).to.deep.equal([...EXPLOITATIONS.map((f) => `form-${f}`), 'safe-questions', 'background']);
    expect(panelKeys(cardContent(d.meta, d.signals, bg, {}))).to.deep.equal([...EXPLOITATIONS.map((f) => `form-${f}`), 'background']);
  });
});
