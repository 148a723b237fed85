import { expect } from '@open-wc/testing';
import { DATASET_PARTS, loadSlice, loadSlices, LANGS, signalsPart, type Dataset } from '../../src/data/slices.js';
import { AUDIENCES } from '../../src/model/signals.js';
import { validateDataset } from '../../src/data/validate.js';
import { isValidDutchNumber } from '../../src/model/phone.js';
import { DUTCH_TERMS, proseParts } from '../../src/model/prose.js';

let nl: Dataset;

const count = (d: Dataset, category: string) => d.signals.signals.filter((s) => s.category === category).length;
const route = (d: Dataset, id: string) => d.routes.routes.find((r) => r.id === id)!;

describe('dataset (nl)', () => {
  before(async () => {
    nl = await loadSlices('nl', DATASET_PARTS);
  });

  it('passes the runtime validator (schema, unique ids, references, phones, links)', () => {
    expect(validateDataset(nl)).to.deep.equal([]);
  });

  it('the validator catches broken data', () => {
    const broken = structuredClone(nl);
    broken.signals.signals[0].annexRow = 'nope' as never;
    broken.signals.signals[1].id = broken.signals.signals[2].id;
    broken.contacts.contacts[0].phones = [{ number: '+3112' }];
    broken.contacts.contacts[1].website = 'http://example.nl';
    broken.routes.routes[0].contacts = ['nobody'];
    broken.signals.signals[3].text = '<b>x</b>';
    const errors = validateDataset(broken).join('\n');
    expect(errors).to.contain('unknown annex row');
    expect(errors).to.contain('duplicate id');
    expect(errors).to.contain('invalid Dutch number');
    expect(errors).to.contain('website not https');
    expect(errors).to.contain('unknown contact nobody');
    expect(errors).to.contain('contains markup');
  });

  it('the validator catches times and days that do not exist', () => {
    const broken = structuredClone(nl);
    const withHours = broken.contacts.contacts.find((c) => c.hours?.periods?.length)!;
    withHours.hours!.periods![0].to = '24:30';
    broken.contacts.contacts.find((c) => c.verified)!.verified!.on = '2026-02-30';
    broken.meta.date = '2026-13-01';
    const errors = validateDataset(broken).join('\n');
    expect(errors).to.contain('bad time');
    expect(errors).to.contain('bad verification date 2026-02-30');
    expect(errors).to.contain('meta.date');
    expect(validateDataset(nl)).to.deep.equal([]);
  });

  it('holds the professionals card inventory: 15 labour signals, 8 helps, 9 hinders, 5 steps', () => {
    expect(count(nl, 'vt-arbeid')).to.equal(15);
    const g = nl.explanations.guidance!.find((x) => x.ref.source === 'vt-ijsselland')!;
    expect(g.helps).to.have.length(8);
    expect(g.hinders).to.have.length(9);
    expect(route(nl, 'professional').steps).to.have.length(5);
  });

  it('holds the front-desk plan: 5 steps with questions to the companion and to the possible victim', () => {
    const r = route(nl, 'front-desk');
    expect(r.steps).to.have.length(5);
    const qs = r.steps.flatMap((s) => s.questions ?? []);
    expect(qs.filter((q) => q.to === 'companion')).to.not.be.empty;
    expect(qs.filter((q) => q.to === 'victim')).to.not.be.empty;
    expect(r.encouragement).to.not.be.empty;
  });

  it('holds the criminal-exploitation desk signals: 7 plus the non-verbal ones', () => {
    expect(count(nl, 'balie-signalen')).to.equal(7);
    expect(count(nl, 'balie-non-verbaal')).to.equal(3);
  });

  it('holds the EU guide: 5 doel, 10 actie, 33 middel indicators, 15 annex rows, 7 steps, actions A-D', () => {
    const byElement = (el: string) => {
      const cats = new Set(nl.signals.categories.filter((c) => c.source === 'eu-eerstelijn' && c.element === el).map((c) => c.id));
      return nl.signals.signals.filter((s) => cats.has(s.category)).length;
    };
    expect(byElement('doel')).to.equal(5);
    expect(byElement('handeling')).to.equal(10);
    expect(byElement('middel')).to.equal(33);
    expect(nl.meta.annexRows).to.have.length(15);
    const r = route(nl, 'first-line');
    expect(r.steps).to.have.length(7);
    expect(r.followUp!.actions.map((a) => a.id)).to.deep.equal(['A', 'B', 'C', 'D']);
    // The guide's national list (21 contacts) less those no public page could confirm (src/data/verifications.json).
    expect(nl.contacts.contacts.filter((c) => c.refs.some((x) => x.source === 'eu-eerstelijn')).length).to.equal(9);
  });

  it('holds the medical toolkit: 6/7/4/8/10 indicators, 10 cases, safe questions 9/9/5, KNMG 5 steps and 5 questions', () => {
    expect(count(nl, 'med-fysiek')).to.equal(6);
    expect(count(nl, 'med-seksueel')).to.equal(7);
    expect(count(nl, 'med-arbeid')).to.equal(4);
    expect(count(nl, 'med-psychisch')).to.equal(8);
    expect(count(nl, 'med-contextueel')).to.equal(10);
    expect(nl.practice.cases).to.have.length(10);
    expect(nl.practice.safeQuestions!.groups.map((g) => g.questions.length)).to.deep.equal([9, 9, 5]);
    const r = route(nl, 'medical');
    expect(r.steps).to.have.length(5);
    expect(r.flow!.questions).to.have.length(5);
  });

  it('gives every signal a source and an annex row that exists', () => {
    const rows = new Set(nl.meta.annexRows.map((r) => r.id));
    for (const s of nl.signals.signals) {
      expect(rows.has(s.annexRow), s.id).to.equal(true);
      expect(s.ref.source, s.id).to.be.a('string');
    }
  });

  it('has only valid Dutch phone numbers and only https:, tel: or mailto: links', () => {
    const json = JSON.stringify(nl);
    for (const c of nl.contacts.contacts) for (const p of c.phones ?? []) expect(isValidDutchNumber(p.number), `${c.id} ${p.number}`).to.equal(true);
    const urls = json.match(/"(url|website)":"[^"]*"/g) ?? [];
    expect(urls.length).to.be.greaterThan(0);
    for (const u of urls) expect(u).to.match(/":"https:\/\//);
  });

  it('uses current names and keeps the source reference (Inspectie SZW -> Nederlandse Arbeidsinspectie)', () => {
    const c = nl.contacts.contacts.find((x) => x.id === 'arbeidsinspectie')!;
    expect(c.name).to.equal('Nederlandse Arbeidsinspectie');
    expect(c.formerName).to.equal('Inspectie SZW');
    expect(c.phones![0].number).to.equal('+318005151');
  });

  it('has the core contact list and the regional IJsselland zorgcoördinator', () => {
    const core = nl.contacts.contacts.filter((c) => c.core).map((c) => c.id).sort();
    expect(core).to.deep.equal(['alarmnummer', 'arbeidsinspectie', 'comensha', 'fairwork', 'meld-misdaad-anoniem', 'politie', 'veilig-thuis']);
    const zc = nl.contacts.contacts.find((c) => c.id === 'zorgcoordinator-ijsselland')!;
    expect(zc.region).to.equal('ijsselland');
  });

  it("splits the signals by audience: each audience's part holds exactly its signals, all parts together are all signals", async () => {
    for (const lang of LANGS) {
      const all = await loadSlice(lang, 'signals');
      const seen: string[] = [];
      for (const audience of AUDIENCES) {
        const own = await loadSlice(lang, signalsPart(audience));
        expect(own.signals.length, `${lang} ${audience}`).to.be.greaterThan(0);
        expect(own.signals.every((s) => s.audiences.includes(audience)), `${lang} ${audience}`).to.equal(true);
        expect(own.signals.map((s) => s.id), `${lang} ${audience}`).to.deep.equal(all.signals.filter((s) => s.audiences.includes(audience)).map((s) => s.id));
        seen.push(...own.signals.map((s) => s.id));
      }
      expect([...seen].sort(), lang).to.deep.equal(all.signals.map((s) => s.id).sort());
    }
  });

  it('every language has the same ids as Dutch', async () => {
    const ids = (d: Dataset) =>
      JSON.stringify(d, (k, v) => (k === 'id' || typeof v === 'object' ? v : undefined))
        .match(/"id":"[^"]*"/g)!
        .sort();
    for (const lang of LANGS) {
      const other = await loadSlices(lang, DATASET_PARTS);
      expect(ids(other), lang).to.deep.equal(ids(nl));
      expect(validateDataset(other), lang).to.deep.equal([]);
    }
  });
});

describe('background sections have a kind', () => {
  it('every section is general or about one setting’s practice; the front-desk card gets no GP-practice section', async () => {
    const { sectionsFor, sourcesForAudience } = await import('../../src/model/background.js');
    for (const lang of LANGS) {
      const d = await loadSlices(lang, ['meta', 'background']);
      for (const s of d.background.sections ?? []) expect(s.kind, `${lang} ${s.id}`).to.be.oneOf(['general', 'practice']);
      const frontDesk = sectionsFor(d.background, undefined, sourcesForAudience(d.meta, 'front-desk'));
      expect(frontDesk.filter((s) => s.ref.source === 'fairwork-medisch' && s.kind === 'practice').map((s) => s.id), lang).to.deep.equal([]);
      expect(frontDesk.some((s) => s.ref.source === 'fairwork-medisch'), 'general sections of the toolkit stay').to.equal(true);
      const medical = sectionsFor(d.background, undefined, sourcesForAudience(d.meta, 'medical'));
      expect(medical.map((s) => s.id)).to.include('med-knmg-meldcode');
    }
  });
});

describe('the Dutch terms the English texts keep (model/prose: marked lang="nl")', () => {
  it('each is in the English dataset, as a word of its own', async () => {
    const en = await loadSlices('en', DATASET_PARTS);
    const texts: string[] = [];
    const walk = (v: unknown): void => {
      if (typeof v === 'string') texts.push(v);
      else if (Array.isArray(v)) v.forEach(walk);
      else if (v && typeof v === 'object') Object.values(v).forEach(walk);
    };
    walk(en);
    for (const term of DUTCH_TERMS) {
      const found = texts.filter((t) => proseParts(t, 'en', false).some((p) => typeof p !== 'string' && 'dutch' in p && p.dutch === term));
      expect(found.length, term).to.be.greaterThan(0);
    }
  });
});
