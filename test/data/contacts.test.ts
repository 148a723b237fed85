// The contacts a professional is told to call: where each one comes from, which were checked
// against a public page (and that the number really is on that page), one truth per line,
// 112 wherever something is acute, child cases to organisations that exist.
import { expect } from '@open-wc/testing';
import { DATASET_PARTS, loadSlices, LANGS, type Dataset, type Lang } from '../../src/data/slices.js';
import { validateDataset } from '../../src/data/validate.js';
import { formatPhone, normalizePhone, splitNumbers } from '../../src/model/phone.js';
import { CHILD_PROTECTION_IDS } from '../../src/model/consult.js';
import type { Contact } from '../../src/data/types.js';
import verifications from '../../src/data/verifications.json';

interface Page {
  url: string;
  publisher: string;
  pageDate: string | null;
  contacts: string[];
  quote: string;
}
const pages = verifications.pages as Page[];
const removed = verifications.removed as { id: string; why: string; url: string }[];

/** The national lines that must be verified (issue: contacts a professional can trust). */
const MUST_BE_VERIFIED = ['alarmnummer', 'politie', 'veilig-thuis', 'meld-misdaad-anoniem', 'comensha', 'arbeidsinspectie'];
/** Contacts kept although no public page confirmed them: shown as unchecked, with their source's date. */
const KNOWN_UNVERIFIED = ['fairwork', 'zorgcoordinator-ijsselland'];

/** Every phone number written in a text: as written, and as E.164 (or as dialled for 112). */
function writtenIn(text: string): { written: string; number: string }[] {
  const found = text.match(/(\+31[\d .-]{8,14}\d|0031[.\d ]{8,14}\d|\b0[\d .-]{6,13}\d|\b112\b)/g) ?? [];
  return found.map((n) => ({ written: n, number: normalizePhone(n.replace(/^0031\.?/, '+31').replace(/\./g, ' ')) ?? n }));
}
const numbersIn = (text: string): string[] => writtenIn(text).map((w) => w.number);

const data: Partial<Record<Lang, Dataset>> = {};
const contacts = (lang: Lang) => data[lang]!.contacts.contacts;
const contact = (lang: Lang, id: string) => contacts(lang).find((c) => c.id === id)!;

describe('contacts: provenance, verification, one truth per line', () => {
  before(async () => {
    for (const lang of LANGS) data[lang] = await loadSlices(lang, DATASET_PARTS);
  });

  it('both languages have the same contacts, numbers, hours and verification', () => {
    const shape = (c: Contact) => ({
      id: c.id,
      phones: c.phones?.map((p) => p.number),
      email: c.email,
      website: c.website,
      always: c.hours?.always,
      periods: c.hours?.periods,
      verified: c.verified,
      topics: c.topics,
      region: c.region,
    });
    expect(contacts('en').map(shape)).to.deep.equal(contacts('nl').map(shape));
  });

  it('has no free "checked" date any more: a date is shown only with the page it was checked against', () => {
    for (const lang of LANGS) {
      for (const c of contacts(lang)) {
        expect(c, c.id).to.not.have.property('checked');
        if (c.verified) {
          expect(c.verified.on, c.id).to.match(/^\d{4}-\d{2}-\d{2}$/);
          expect(c.verified.against, c.id).to.match(/^https:\/\//);
        }
      }
    }
  });

  it('the validator refuses a verification date without a page, and hours given twice', () => {
    const broken = structuredClone(data.nl!);
    (broken.contacts.contacts[0] as { verified: unknown }).verified = { on: '2026-12-01' };
    (broken.contacts.contacts[1] as { hours: unknown }).hours = [
      { always: true, text: 'dag en nacht' },
      { periods: [{ days: [1], from: '09:00', to: '17:00' }], text: 'maandag' },
    ];
    broken.contacts.contacts[2].hours = { always: true, periods: [{ days: [1], from: '09:00', to: '17:00' }], text: 'x' };
    const errors = validateDataset(broken).join('\n');
    expect(errors).to.contain(`contact ${broken.contacts.contacts[0].id}: verification without the https: page`);
    expect(errors).to.contain(`contact ${broken.contacts.contacts[1].id}: hours must be one statement`);
    expect(errors).to.contain(`contact ${broken.contacts.contacts[2].id}: hours need either always or periods`);
  });

  it('every national line is verified; the unverified ones are exactly the known few', () => {
    const verified = contacts('nl').filter((c) => c.verified).map((c) => c.id);
    for (const id of MUST_BE_VERIFIED) expect(verified, id).to.include(id);
    expect(contacts('nl').filter((c) => !c.verified).map((c) => c.id)).to.have.members(KNOWN_UNVERIFIED);
  });

  it('every verified number stands in the recorded passage of a page the contact was checked against', () => {
    for (const c of contacts('nl').filter((x) => x.verified)) {
      const own = pages.filter((p) => p.contacts.includes(c.id));
      expect(own.map((p) => p.url), `${c.id}: its page is recorded`).to.include(c.verified!.against);
      const onPages = new Set(own.flatMap((p) => numbersIn(p.quote)));
      for (const phone of c.phones ?? []) expect([...onPages], `${c.id} ${phone.number}`).to.include(phone.number);
    }
  });

  it('every verified number is shown with the area code its page writes (088 746 44 66, not 0887 46 44 66)', () => {
    let compared = 0;
    for (const c of contacts('nl').filter((x) => x.verified)) {
      for (const page of pages.filter((p) => p.contacts.includes(c.id))) {
        for (const { written, number } of writtenIn(page.quote)) {
          // A national form with its code set apart ("088 746 44 66", "0800-5151"), of this contact's number.
          if (!written.startsWith('0') || !/[ -]/.test(written) || !(c.phones ?? []).some((p) => p.number === number)) continue;
          const code = (t: string) => t.split(/[ -]/)[0];
          expect(code(formatPhone(number, 'national')), `${c.id}: "${written}" on ${page.url}`).to.equal(code(written));
          // In international form, the same code without its 0.
          expect(formatPhone(number, 'international').split(' ')[1], `${c.id}: ${number}`).to.equal(code(written).slice(1));
          compared++;
        }
      }
    }
    expect(compared, 'numbers compared').to.be.at.least(8);
  });

  it('every phone number in the texts (steps, descriptions, paragraphs) is the number of a contact of the dataset, shown as a link', () => {
    const found: string[] = [];
    const walk = (v: unknown, key = ''): void => {
      if (typeof v === 'string') {
        if (key !== 'number') for (const p of splitNumbers(v)) if (typeof p !== 'string') found.push(p.number);
      } else if (Array.isArray(v)) v.forEach((x) => walk(x, key));
      else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, k);
    };
    for (const lang of LANGS) {
      walk(data[lang]);
      const known = new Set(contacts(lang).flatMap((c) => (c.phones ?? []).map((p) => p.number)));
      for (const n of found) expect([...known], `${lang}: ${n} in a text`).to.include(n);
    }
    // Veilig Thuis, Meld Misdaad Anoniem and 112, in both languages.
    expect([...new Set(found)]).to.include.members(['+318002000', '+318007000', '112']);
  });

  it('the number check can fail: a number that is not on the page is not found there', () => {
    const page = pages.find((p) => p.contacts.includes('comensha'))!;
    expect(numbersIn(page.quote)).to.include('+31334481186');
    expect(numbersIn(page.quote)).to.not.include('+31334481187');
    expect(numbersIn('Tel. 0031.30.2391200')).to.deep.equal(['+31302391200']);
  });

  it('organisations that no longer exist, or whose numbers nobody could confirm, are gone, each with its reason', () => {
    expect(removed.map((r) => r.id)).to.include.members(['bureau-jeugdzorg', 'fier', 'ggd-soa-hiv', 'spot46']);
    for (const r of removed) {
      expect(r.why, r.id).to.be.a('string').and.not.equal('');
      for (const lang of LANGS) expect(contacts(lang).map((c) => c.id), `${lang} ${r.id}`).to.not.include(r.id);
    }
    for (const lang of LANGS) {
      const json = JSON.stringify(data[lang]);
      expect(json).to.not.match(/Bureau Jeugdzorg|inspectieszw|niet meer actueel|no longer current/i);
    }
  });

  it('one statement of hours per line; Veilig Thuis is reachable day and night, CoMensha and the IND on weekdays 9-17', () => {
    for (const lang of LANGS) {
      expect(contact(lang, 'veilig-thuis').hours).to.include({ always: true });
      for (const id of ['comensha', 'ind']) {
        expect(contact(lang, id).hours!.periods, id).to.deep.equal([{ days: [1, 2, 3, 4, 5], from: '09:00', to: '17:00' }]);
      }
    }
  });

  it('0900-8844 is labelled as the police non-emergency number, and the police are not listed for acute danger', () => {
    expect(contact('nl', 'politie').phones).to.deep.equal([{ number: '+319008844', label: 'geen spoed' }]);
    expect(contact('en', 'politie').phones).to.deep.equal([{ number: '+319008844', label: 'non-emergency' }]);
    expect(contact('nl', 'politie').topics).to.not.include('acute');
    expect(contacts('nl').filter((c) => c.topics.includes('acute')).map((c) => c.id)).to.deep.equal(['alarmnummer']);
  });

  it('every place in the routes that says acute offers 112', () => {
    for (const lang of LANGS) {
      const word = lang === 'nl' ? /acu(u)?t/i : /acute|emergenc/i;
      for (const r of data[lang]!.routes.routes) {
        expect(r.contacts, `${lang} ${r.id}: the route ends with 112`).to.include('alarmnummer');
        const blocks: { where: string; text: string; contacts?: string[] }[] = [
          ...r.steps.map((s) => ({ where: s.id, text: [s.title, ...s.body, ...(s.points ?? [])].join(' '), contacts: s.contacts })),
          ...(r.advice ?? []).map((a) => ({ where: a.title, text: [a.title, ...a.points].join(' '), contacts: a.contacts })),
          ...(r.followUp?.actions ?? []).map((a) => ({ where: a.id, text: [a.situation, ...a.action].join(' '), contacts: a.contacts })),
        ];
        for (const b of blocks) {
          if (!word.test(b.text)) continue;
          expect(b.contacts ?? [], `${lang} ${r.id} ${b.where}`).to.include('alarmnummer');
        }
      }
    }
  });

  it('child cases go to Veilig Thuis and 112; Nidos only for unaccompanied foreign minors', () => {
    expect(CHILD_PROTECTION_IDS).to.deep.equal(['veilig-thuis', 'alarmnummer', 'nidos']);
    expect(contact('nl', 'nidos').description).to.match(/alleenstaande minderjarige vreemdelingen/);
    expect(contact('en', 'nidos').description).to.match(/unaccompanied foreign minors/);
    for (const lang of LANGS) {
      const child = data[lang]!.routes.routes.find((r) => r.id === 'first-line')!.followUp!.actions.find((a) => a.id === 'A')!;
      expect(child.contacts).to.deep.equal(['veilig-thuis', 'alarmnummer', 'nidos']);
      expect(contact(lang, 'veilig-thuis').topics).to.include.members(['minors', 'medical']);
    }
  });
});
