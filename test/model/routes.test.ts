import { expect } from '@open-wc/testing';
import routes from '../../src/data/nl/routes.js';
import contacts from '../../src/data/nl/contacts.js';
import { adviceFor, dropsRegional, groupQuestions, isLocalSlot, routeById, stepsFor } from '../../src/model/routes.js';
import { AUDIENCES } from '../../src/model/signals.js';
import type { Route } from '../../src/data/types.js';

describe('routes model', () => {
  it('finds every route by id', () => {
    for (const id of AUDIENCES) expect(routeById(routes, id)?.id).to.equal(id);
  });

  it('keeps regional steps for their own region only', () => {
    const route: Route = {
      id: 'professional',
      title: 'x',
      steps: [
        { id: 'a', title: 'A', body: [], ref: { source: 'vt-ijsselland' } },
        { id: 'b', title: 'B', body: [], region: 'ijsselland', ref: { source: 'vt-ijsselland' } },
      ],
      contacts: [],
      sources: [],
    };
    expect(stepsFor(route).map((s) => s.id)).to.deep.equal(['a']);
    expect(stepsFor(route, 'twente').map((s) => s.id)).to.deep.equal(['a']);
    expect(stepsFor(route, 'ijsselland').map((s) => s.id)).to.deep.equal(['a', 'b']);
  });

  it('tells when a regional contact drops out', () => {
    expect(dropsRegional(contacts, ['veilig-thuis', 'zorgcoordinator-ijsselland'])).to.equal(true);
    expect(dropsRegional(contacts, ['veilig-thuis', 'zorgcoordinator-ijsselland'], 'ijsselland')).to.equal(false);
    expect(dropsRegional(contacts, ['veilig-thuis'])).to.equal(false);
    expect(dropsRegional(contacts, undefined)).to.equal(false);
  });

  it('leaves out advice about another region only', () => {
    const professional = routeById(routes, 'professional')!;
    const regional = (professional.advice ?? []).filter((a) => (a.contacts ?? []).includes('zorgcoordinator-ijsselland'));
    expect(regional.length, 'the professional route has IJsselland advice').to.be.above(0);
    expect(adviceFor(professional, contacts)).to.not.include.members(regional);
    expect(adviceFor(professional, contacts, 'ijsselland')).to.include.members(regional);
    const frontDesk = routeById(routes, 'front-desk')!;
    expect(adviceFor(frontDesk, contacts)).to.deep.equal(frontDesk.advice);
  });

  it('groups questions by whom they are asked, in order', () => {
    const groups = groupQuestions([
      { to: 'victim', text: 'v1' },
      { to: 'any', text: 'a1' },
      { to: 'companion', text: 'c1' },
      { to: 'victim', text: 'v2' },
    ]);
    expect(groups.map((g) => [g.to, g.questions.map((q) => q.text)])).to.deep.equal([
      ['companion', ['c1']],
      ['victim', ['v1', 'v2']],
      ['any', ['a1']],
    ]);
    expect(groupQuestions(undefined)).to.deep.equal([]);
  });

  it('recognises the local slot of the front-desk route', () => {
    const points = routeById(routes, 'front-desk')!.advice!.flatMap((a) => a.points);
    expect(points.filter(isLocalSlot)).to.have.length(1);
    expect(isLocalSlot('Within your municipality you can turn to:')).to.equal(true);
    expect(isLocalSlot('Anoniem: Meld Misdaad Anoniem.')).to.equal(false);
  });
});
