import { expect } from '@open-wc/testing';
import * as c from '../../src/model/checklist.js';
import { loadSlices } from '../../src/data/slices.js';
import type { AnnexRow, ContactsSlice, Signal, SignalsSlice } from '../../src/data/types.js';
import { groupByCategory, nearestSelection, signalsFor } from '../../src/model/signals.js';

describe('model/checklist', () => {
  let signals: Signal[];
  let rows: AnnexRow[];
  before(async () => {
    const d = await loadSlices('nl', ['signals', 'meta']);
    signals = d.signals.signals;
    rows = d.meta.annexRows;
  });
  const signalOf = (row: string) => signals.find((s) => s.annexRow === row)!;

  it('starts empty: every row not assessed (never a 0 nobody gave), nothing noted, no child rule', () => {
    const s = c.emptyState();
    for (const r of rows) expect(c.rowScore(s, r.id, signals)).to.equal(null);
    expect(c.assessedRows(s, rows, signals)).to.deep.equal([]);
    const sum = c.summarize(s, rows, signals);
    expect(sum.elements).to.deep.equal({ handeling: 'none', middel: 'none', doel: 'none' });
    expect(sum.childRule).to.equal(false);
  });

  it('checking a signal suggests at least 1 for its row; unchecking takes it back', () => {
    const sig = signalOf('documenten');
    let s = c.toggleSignal(c.emptyState(), sig.id, true);
    expect(c.rowScore(s, 'documenten', signals)).to.equal(1);
    expect(c.rowScore(s, 'werving', signals)).to.equal(null);
    s = c.toggleSignal(s, sig.id, false);
    expect(c.rowScore(s, 'documenten', signals)).to.equal(null);
    // A 0 the user gives is a 0; a note alone makes a row part of the record too.
    s = c.setScore(s, 'werving', 0);
    expect(c.rowScore(s, 'werving', signals)).to.equal(0);
    s = c.setNote(s, 'loon', 'vraagt naar loon');
    expect(c.assessedRows(s, rows, signals).map((r) => r.id)).to.deep.equal(['werving', 'loon']);
  });

  it('the user decides the rest: 2 (bewijs) and 3 (meer info) stick; 0 cannot undercut a checked signal', () => {
    const sig = signalOf('geweld');
    let s = c.toggleSignal(c.emptyState(), sig.id, true);
    s = c.setScore(s, 'geweld', 2);
    expect(c.rowScore(s, 'geweld', signals)).to.equal(2);
    s = c.setScore(s, 'geweld', 0);
    expect(c.rowScore(s, 'geweld', signals)).to.equal(1);
    s = c.setScore(s, 'werving', 3);
    expect(c.rowScore(s, 'werving', signals)).to.equal(3);
  });

  it('summarises per element of the definition without a verdict', () => {
    let s = c.toggleSignal(c.emptyState(), signalOf('werving').id, true);
    s = c.setScore(s, 'loon', 3);
    const sum = c.summarize(s, rows, signals);
    expect(sum.elements.handeling).to.equal('noted');
    expect(sum.elements.middel).to.equal('more-info');
    expect(sum.elements.doel).to.equal('none');
    expect(sum.checkedCount).to.equal(1);
  });

  it('applies the child rule: for a possible minor no means are needed', () => {
    let s = c.setMinor(c.emptyState(), true);
    expect(c.summarize(s, rows, signals).elements.middel).to.equal('not-needed');
    expect(c.summarize(s, rows, signals).childRule).to.equal(true);
    s = c.toggleSignal(s, signalOf('dreiging').id, true);
    expect(c.summarize(s, rows, signals).elements.middel).to.equal('noted');
    expect(c.summarize(c.setMinor(s, false), rows, signals).childRule).to.equal(false);
  });

  it('the event detail holds ids, scores and booleans, never the notes', () => {
    let s = c.toggleSignal(c.emptyState(), signalOf('isoleren').id, true);
    s = c.setNote(s, 'isoleren', 'geheime notitie');
    s = c.setMinor(s, false);
    const d = c.eventDetail(s, rows, signals);
    expect(d.checked).to.deep.equal([signalOf('isoleren').id]);
    expect(d.scores).to.deep.equal({ isoleren: 1 });
    expect(d.minor).to.equal(false);
    expect(JSON.stringify(d)).to.not.contain('geheime');
  });

  it('does not mutate the previous state', () => {
    const a = c.emptyState();
    const b = c.toggleSignal(a, signals[0].id, true);
    expect(a.checked.size).to.equal(0);
    expect(b.checked.size).to.equal(1);
  });

  describe('checklistView', () => {
    let slice: SignalsSlice;
    let contacts: ContactsSlice;
    before(async () => {
      const d = await loadSlices('nl', ['signals', 'contacts']);
      slice = d.signals;
      contacts = d.contacts;
    });

    it('the front desk starts short, the full form on request; other audiences are never short', () => {
      expect(c.checklistView(slice, contacts, { audience: 'front-desk' }).short).to.equal(true);
      expect(c.checklistView(slice, contacts, { audience: 'front-desk' }, { full: true }).short).to.equal(false);
      for (const audience of ['professional', 'medical', 'first-line'] as const) expect(c.checklistView(slice, contacts, { audience }).short).to.equal(false);
      expect(c.checklistView(slice, contacts, {}).short).to.equal(false);
    });

    it('shows the selection’s signals, grouped, or the nearest selection’s, and says which', () => {
      const own = c.checklistView(slice, contacts, { exploitation: 'sexual', audience: 'medical' });
      expect(own.own).to.equal(true);
      expect(own.shown).to.deep.equal(signalsFor(slice, { exploitation: 'sexual', audience: 'medical' }));
      expect(own.groups).to.deep.equal(groupByCategory(slice, own.shown));
      const none = c.checklistView(slice, contacts, { exploitation: 'organ', audience: 'professional' });
      expect(none.own).to.equal(false);
      expect(none.nearest).to.deep.equal(nearestSelection(slice, { exploitation: 'organ', audience: 'professional' }));
      expect(none.shown.length).to.be.above(0);
    });

    it('whom to consult, with the region’s zorgcoördinator; for a child Veilig Thuis, 112 and Nidos', () => {
      const v = c.checklistView(slice, contacts, {}, { region: 'ijsselland' });
      expect(v.consult.map((x) => x.id)).to.deep.equal(['veilig-thuis', 'comensha', 'zorgcoordinator-ijsselland']);
      expect(v.child.map((x) => x.id)).to.deep.equal(['veilig-thuis', 'alarmnummer', 'nidos']);
    });
  });
});
