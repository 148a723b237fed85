import { expect } from '@open-wc/testing';
import type { Background, Meta, SourceRef } from '../../src/data/types.js';
import {
  casesFor,
  formExplanations,
  guidanceFor,
  readingFor,
  sectionsFor,
  sourcesForAudience,
  sourcesOf,
} from '../../src/model/background.js';

const ref = (source: SourceRef['source']): SourceRef => ({ source });
const meta: Meta = {
  version: '1',
  date: '2026-01-01',
  annexRows: [],
  sources: [
    { id: 'vt-ijsselland', title: 'VT', publisher: 'p', audiences: ['professional'], seedFile: 'a' },
    { id: 'eu-eerstelijn', title: 'EU', publisher: 'p', audiences: ['first-line'], seedFile: 'b' },
    { id: 'fairwork-medisch', title: 'MED', publisher: 'p', audiences: ['medical'], seedFile: 'c' },
  ],
};
const bg: Background = {
  forms: [
    { form: 'sexual', title: 'EU sexual', paragraphs: [], ref: ref('eu-eerstelijn') },
    { form: 'sexual', title: 'MED sexual', paragraphs: [], ref: ref('fairwork-medisch') },
    { form: 'labour', title: 'VT labour', paragraphs: [], ref: ref('vt-ijsselland') },
  ],
  guidance: [{ helps: ['a'], hinders: ['b'], forms: ['labour'], ref: ref('vt-ijsselland') }],
  cases: [
    { id: 'c1', title: 'C1', forms: ['sexual'], story: [], signals: [], ref: ref('fairwork-medisch') },
    { id: 'c2', title: 'C2', forms: ['labour', 'criminal'], story: [], signals: [], ref: ref('fairwork-medisch') },
  ],
  sections: [
    { id: 'med', title: 'Med', kind: 'general', ref: ref('fairwork-medisch') },
    { id: 'eu-sexual', title: 'EU sexual only', kind: 'general', forms: ['sexual'], ref: ref('eu-eerstelijn') },
    { id: 'vt', title: 'VT', kind: 'general', ref: ref('vt-ijsselland') },
    { id: 'med-practice', title: 'In the GP practice', kind: 'practice', ref: ref('fairwork-medisch') },
  ],
  reading: [
    { title: 'R med', url: 'https://example.org/', ref: ref('fairwork-medisch') },
    { title: 'R eu', text: 'http://example.org/', ref: ref('eu-eerstelijn') },
  ],
};

describe('background model', () => {
  it('finds the sources written for an audience', () => {
    expect(sourcesForAudience(meta, 'medical')).to.deep.equal(['fairwork-medisch']);
    expect(sourcesForAudience(meta, 'front-desk')).to.deep.equal([]);
    expect(sourcesForAudience(meta)).to.deep.equal([]);
  });

  it('puts the explanations of the audience’s sources first, keeping the rest in order', () => {
    expect(formExplanations(bg, 'sexual').map((f) => f.title)).to.deep.equal(['EU sexual', 'MED sexual']);
    expect(formExplanations(bg, 'sexual', ['fairwork-medisch']).map((f) => f.title)).to.deep.equal(['MED sexual', 'EU sexual']);
    expect(formExplanations(bg, 'organ')).to.deep.equal([]);
  });

  it('selects guidance and cases by form; without a form, all', () => {
    expect(guidanceFor(bg, 'labour')).to.have.length(1);
    expect(guidanceFor(bg, 'sexual')).to.have.length(0);
    expect(guidanceFor(bg)).to.have.length(1);
    expect(casesFor(bg, 'criminal').map((c) => c.id)).to.deep.equal(['c2']);
    expect(casesFor(bg).map((c) => c.id)).to.deep.equal(['c1', 'c2']);
    expect(casesFor({}, 'labour')).to.deep.equal([]);
  });

  it('keeps sections without forms for every form and leaves out sections of other forms', () => {
    expect(sectionsFor(bg, 'labour').map((s) => s.id)).to.deep.equal(['med', 'vt', 'med-practice']);
    expect(sectionsFor(bg, 'sexual').map((s) => s.id)).to.deep.equal(['med', 'eu-sexual', 'vt', 'med-practice']);
    expect(sectionsFor(bg, undefined, ['vt-ijsselland']).map((s) => s.id)).to.deep.equal(['vt', 'med', 'eu-sexual']);
  });

  it('shows a section about one setting’s practice only to that setting’s audience (and to a card without one)', () => {
    expect(sectionsFor(bg, undefined, ['fairwork-balie', 'balie-crimineel']).map((s) => s.id)).to.not.include('med-practice');
    expect(sectionsFor(bg, undefined, ['fairwork-medisch']).map((s) => s.id)).to.include('med-practice');
    expect(sectionsFor(bg).map((s) => s.id)).to.include('med-practice');
  });

  it('orders reading by preferred sources', () => {
    expect(readingFor(bg, ['eu-eerstelijn']).map((r) => r.title)).to.deep.equal(['R eu', 'R med']);
    expect(readingFor({})).to.deep.equal([]);
  });

  it('lists the distinct sources of references in meta order', () => {
    expect(sourcesOf(meta, [ref('fairwork-medisch'), undefined, ref('vt-ijsselland'), ref('fairwork-medisch')])).to.deep.equal([
      'vt-ijsselland',
      'fairwork-medisch',
    ]);
    expect(sourcesOf(meta, [])).to.deep.equal([]);
  });
});
