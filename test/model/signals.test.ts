import { expect } from '@open-wc/testing';
import { EXPLOITATIONS, AUDIENCES, groupByCategory, nearestSelection, needsAllSignals, signalsFor } from '../../src/model/signals.js';
import { loadSlice, loadSlices, signalsPart, type Slices } from '../../src/data/slices.js';

describe('model/signals', () => {
  let d: Pick<Slices, 'signals'>;
  before(async () => {
    d = await loadSlices('nl', ['signals']);
  });

  it('filters by form and audience', () => {
    for (const exploitation of EXPLOITATIONS) {
      for (const audience of AUDIENCES) {
        for (const s of signalsFor(d.signals, { exploitation, audience })) {
          expect(s.forms).to.include(exploitation);
          expect(s.audiences).to.include(audience);
        }
      }
    }
    expect(signalsFor(d.signals)).to.have.length(d.signals.signals.length);
    expect(signalsFor(d.signals, { exploitation: 'labour', audience: 'professional' })).to.have.length(15);
  });

  it('groups by category in dataset order and drops empty groups', () => {
    const groups = groupByCategory(d.signals, signalsFor(d.signals, { audience: 'medical' }));
    expect(groups.every((g) => g.signals.length > 0)).to.equal(true);
    expect(groups.map((g) => g.category.id)[0]).to.equal('med-fysiek');
  });

  it('points a selection without signals to the nearest one that has them', () => {
    const empty = { exploitation: 'organ' as const, audience: 'professional' as const };
    expect(signalsFor(d.signals, empty)).to.have.length(0);
    const near = nearestSelection(d.signals, empty)!;
    expect(near.exploitation).to.equal('organ');
    expect(signalsFor(d.signals, near).length).to.be.greaterThan(0);
    expect(nearestSelection(d.signals, { exploitation: 'labour' })).to.deep.equal({ exploitation: 'labour' });
  });

  it("needs all signals exactly when an audience's own cannot show a form: then the nearest selection lies elsewhere", async () => {
    let some = false;
    for (const audience of AUDIENCES) {
      const own = await loadSlice('nl', signalsPart(audience));
      for (const exploitation of [undefined, ...EXPLOITATIONS]) {
        const sel = { exploitation, audience };
        const forms = exploitation ? [exploitation] : EXPLOITATIONS;
        const needed = needsAllSignals(own, sel);
        if (needed) some = true;
        // Without the need, the audience's own signals give what all signals give, for every form shown.
        if (!needed) {
          for (const form of forms) {
            const full = { exploitation: form, audience };
            expect(nearestSelection(d.signals, full), `${audience} ${form}`).to.deep.equal(full);
            expect(signalsFor(own, full).map((s) => s.id)).to.deep.equal(signalsFor(d.signals, full).map((s) => s.id));
          }
        } else {
          expect(forms.some((form) => !signalsFor(d.signals, { exploitation: form, audience }).length), `${audience} ${exploitation}`).to.equal(true);
        }
      }
    }
    expect(some, 'some selection needs all signals (organ removal, for most audiences)').to.equal(true);
    expect(needsAllSignals(d.signals, {})).to.equal(true);
  });

  it('without a form and without eachForm (one list of all forms), all signals are needed only for an audience without any', async () => {
    for (const audience of AUDIENCES) {
      const own = await loadSlice('nl', signalsPart(audience));
      const needed = needsAllSignals(own, { audience }, false);
      expect(needed, audience).to.equal(signalsFor(d.signals, { audience }).length === 0);
      if (!needed) expect(signalsFor(own, { audience }).map((s) => s.id)).to.deep.equal(signalsFor(d.signals, nearestSelection(d.signals, { audience })!).map((s) => s.id));
    }
  });
});
