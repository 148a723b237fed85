import { expect } from '@open-wc/testing';
import routes from '../../src/data/nl/routes.js';
import contacts from '../../src/data/nl/contacts.js';
import { adviceFor, dropsRegional, groupQuestions, isLocalSlot, routeById, routeView, stepsFor } from '../../src/model/routes.js';
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

  describe('routeView', () => {
    it('the professional route by default; regional steps and contacts only in their region', () => {
      const national = routeView(routes, contacts, {});
      expect(national.route.id).to.equal('professional');
      expect(national.steps.map((s) => s.step)).to.deep.equal(stepsFor(national.route));
      const ids = (v: ReturnType<typeof routeView>) => v.steps.flatMap((s) => s.contacts.map((c) => c.id));
      expect(ids(national)).to.not.include('zorgcoordinator-ijsselland');
      expect(national.steps.some((s) => s.dropsRegional)).to.equal(true);
      const regional = routeView(routes, contacts, { region: 'ijsselland' });
      expect(ids(regional)).to.include('zorgcoordinator-ijsselland');
      expect(regional.steps.some((s) => s.dropsRegional)).to.equal(false);
    });

    it('the medical route reports to its reporting contacts; 112 is among the route’s contacts', () => {
      const v = routeView(routes, contacts, { route: 'medical' });
      expect(v.reportTo.map((c) => c.id)).to.include('veilig-thuis');
      expect(v.reportTo.every((c) => c.topics.includes('report'))).to.equal(true);
      expect(v.contacts.map((c) => c.id)).to.include('alarmnummer');
    });

    it('first line: the follow-up actions with their contacts (a child: Veilig Thuis, 112, Nidos)', () => {
      const v = routeView(routes, contacts, { route: 'first-line' });
      const a = v.followUp.find((f) => f.action.id === 'A')!;
      expect(a.contacts.map((c) => c.id)).to.deep.equal(['veilig-thuis', 'alarmnummer', 'nidos']);
      expect(v.advice.map((x) => x.block)).to.deep.equal(adviceFor(v.route, contacts));
    });

    it('front desk: the national reporting lines for "binnen uw gemeente"', () => {
      const v = routeView(routes, contacts, { route: 'front-desk' });
      expect(v.nationalReport.length).to.be.above(2);
      expect(v.nationalReport.every((c) => c.topics.includes('report'))).to.equal(true);
    });
  });
});
