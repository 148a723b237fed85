import { expect } from '@open-wc/testing';
import { walkFlow } from '../../src/model/flow.js';
import { loadSlice } from '../../src/data/slices.js';
import type { FlowQuestion } from '../../src/data/types.js';

describe('model/flow: the KNMG afwegingskader', () => {
  let qs: FlowQuestion[];
  before(async () => {
    const routes = await loadSlice('nl', 'routes');
    qs = routes.routes.find((r) => r.id === 'medical')!.flow!.questions;
  });

  it('starts at the first question (vermoeden)', () => {
    const p = walkFlow(qs, []);
    expect(p.current!.id).to.equal(qs[0].id);
    expect(p.path).to.have.length(0);
  });

  it('no suspicion: close and record in the dossier', () => {
    expect(walkFlow(qs, [false]).outcome!.kind).to.equal('close');
  });

  it('acute or structural unsafety: report to Veilig Thuis at once', () => {
    expect(walkFlow(qs, [true, true]).outcome!.kind).to.equal('report');
  });

  it('cannot help, help refused, or help not leading to safety: report', () => {
    expect(walkFlow(qs, [true, false, false]).outcome!.kind).to.equal('report');
    expect(walkFlow(qs, [true, false, true, false]).outcome!.kind).to.equal('report');
    expect(walkFlow(qs, [true, false, true, true, false]).outcome!.kind).to.equal('report');
  });

  it('help accepted and leading to safety: help and agree on follow-up', () => {
    const p = walkFlow(qs, [true, false, true, true, true]);
    expect(p.outcome!.kind).to.equal('help-and-agree');
    expect(p.path.map((s) => s.question.number)).to.deep.equal([1, 2, 3, 4, 5]);
  });

  it('ignores answers after an outcome', () => {
    expect(walkFlow(qs, [false, true, true]).path).to.have.length(1);
  });
});
