import { expect } from '@open-wc/testing';
import { MAX_LOCAL_CONTACTS, parseLocalContacts, validateLocalContacts } from '../../src/model/local-contacts.js';

const json = (v: unknown) => JSON.stringify(v);

describe('parseLocalContacts', () => {
  it('accepts valid entries and normalises the phone to E.164', () => {
    const { contacts, problems } = parseLocalContacts(
      json([
        {
          name: '  Gemeente Zwolle, aandachtsfunctionaris mensenhandel ',
          description: 'Melden en overleg',
          phone: '038 498 91 11',
          email: 'mensenhandel@zwolle.nl',
          url: 'https://www.zwolle.nl/mensenhandel',
          hours: 'werkdagen 9.00-17.00 uur',
        },
        { name: 'Wijkteam', phone: '+31 (0)38 123 45 67' },
        { name: 'Alleen e-mail', email: 'info@example.nl' },
        { name: 'Alleen website', url: 'https://example.nl/' },
      ]),
    );
    expect(problems).to.deep.equal([]);
    expect(contacts).to.have.length(4);
    expect(contacts[0]).to.deep.equal({
      name: 'Gemeente Zwolle, aandachtsfunctionaris mensenhandel',
      description: 'Melden en overleg',
      phone: '+31384989111',
      email: 'mensenhandel@zwolle.nl',
      url: 'https://www.zwolle.nl/mensenhandel',
      hours: 'werkdagen 9.00-17.00 uur',
    });
    expect(contacts[1].phone).to.equal('+31381234567');
    expect(contacts[2]).to.deep.equal({ name: 'Alleen e-mail', email: 'info@example.nl' });
    expect(contacts[3].url).to.equal('https://example.nl/');
  });

  it('treats empty and null optional fields as absent', () => {
    const { contacts, problems } = parseLocalContacts(json([{ name: 'A', phone: '0800-2000', email: '', url: null, hours: ' ' }]));
    expect(problems).to.deep.equal([]);
    expect(contacts).to.deep.equal([{ name: 'A', phone: '+318002000' }]);
  });

  it('gives nothing and no problem for empty text', () => {
    expect(parseLocalContacts('')).to.deep.equal({ contacts: [], problems: [] });
    expect(parseLocalContacts('   \n ')).to.deep.equal({ contacts: [], problems: [] });
  });

  it('reports malformed JSON without throwing', () => {
    const { contacts, problems } = parseLocalContacts('[{"name": "A", "phone": "0800-2000",}');
    expect(contacts).to.deep.equal([]);
    expect(problems.map((p) => p.code)).to.deep.equal(['json']);
    expect(problems[0].message).to.match(/not valid JSON/);
  });

  it('requires an array', () => {
    for (const text of [json({ name: 'A', phone: '0800-2000' }), '"text"', '42', 'null', 'true']) {
      const r = parseLocalContacts(text);
      expect(r.contacts, text).to.deep.equal([]);
      expect(r.problems.map((p) => p.code), text).to.deep.equal(['not-array']);
    }
  });

  it('skips entries that are not objects', () => {
    const r = parseLocalContacts(json([null, 'A', 3, ['A'], { name: 'B', phone: '0800-2000' }]));
    expect(r.contacts.map((c) => c.name)).to.deep.equal(['B']);
    expect(r.problems.map((p) => [p.code, p.entry])).to.deep.equal([
      ['not-object', 1],
      ['not-object', 2],
      ['not-object', 3],
      ['not-object', 4],
    ]);
  });

  it('requires a name', () => {
    const r = parseLocalContacts(json([{ phone: '0800-2000' }, { name: '   ', phone: '0800-2000' }]));
    expect(r.contacts).to.deep.equal([]);
    expect(r.problems.map((p) => [p.code, p.entry])).to.deep.equal([
      ['name', 1],
      ['name', 2],
    ]);
  });

  it('requires at least one of phone, email or url', () => {
    const r = parseLocalContacts(json([{ name: 'A', description: 'x', hours: 'altijd' }]));
    expect(r.contacts).to.deep.equal([]);
    expect(r.problems[0]).to.include({ code: 'no-means', entry: 1, name: 'A' });
  });

  it('skips entries with wrong types, naming the field', () => {
    const r = parseLocalContacts(
      json([
        { name: 42, phone: '0800-2000' },
        { name: 'A', phone: 8002000 },
        { name: 'B', phone: '0800-2000', hours: ['ma-vr'] },
        { name: 'C', email: { a: 1 } },
        { name: 'D', url: true },
        { name: 'E', phone: '0800-2000', description: 1 },
        { name: 'F', phone: '0800-2000' },
      ]),
    );
    expect(r.contacts.map((c) => c.name)).to.deep.equal(['F']);
    expect(r.problems.map((p) => [p.code, p.entry, p.field])).to.deep.equal([
      ['type', 1, 'name'],
      ['type', 2, 'phone'],
      ['type', 3, 'hours'],
      ['type', 4, 'email'],
      ['type', 5, 'url'],
      ['type', 6, 'description'],
    ]);
    expect(r.problems[2].message).to.match(/"hours" must be text, not array/);
  });

  it('rejects invalid phone numbers', () => {
    const r = parseLocalContacts(
      json([
        { name: 'A', phone: '12345' },
        { name: 'B', phone: '0800-20' },
        { name: 'C', phone: 'bel ons' },
        { name: 'D', phone: 'tel:0800-2000' },
        { name: 'E', phone: '06-1234' },
      ]),
    );
    expect(r.contacts).to.deep.equal([]);
    expect(r.problems.every((p) => p.code === 'phone' && p.field === 'phone')).to.equal(true);
    expect(r.problems).to.have.length(5);
  });

  it('accepts 112, mobile, service and foreign numbers', () => {
    const r = parseLocalContacts(
      json([
        { name: 'A', phone: '112' },
        { name: 'B', phone: '06-11414026' },
        { name: 'C', phone: '0900-8844' },
        { name: 'D', phone: '+49 30 1234567' },
      ]),
    );
    expect(r.problems).to.deep.equal([]);
    expect(r.contacts.map((c) => c.phone)).to.deep.equal(['112', '+31611414026', '+319008844', '+49301234567']);
  });

  it("accepts a municipality's 14 number and other short numbers, dialled as they are; no impossible foreign number", () => {
    const r = parseLocalContacts(
      json([
        { name: 'Gemeente Zwolle', phone: '14 038', url: 'https://www.zwolle.nl' },
        { name: 'Gemeente Leeuwarden', phone: '14 058' },
        { name: 'Gemeente Heerenveen', phone: '14 0513' },
        { name: '113 Zelfmoordpreventie', phone: '113' },
        { name: 'Geen land', phone: '+000000' },
        { name: 'Nullen', phone: '00000000' },
      ]),
    );
    expect(r.contacts.map((c) => c.phone)).to.deep.equal(['14038', '14058', '140513', '113']);
    expect(r.contacts[0].url).to.equal('https://www.zwolle.nl/');
    expect(r.problems.map((p) => [p.code, p.name])).to.deep.equal([['phone', 'Geen land'], ['phone', 'Nullen']]);
  });

  it('names a field given by another name and the field meant (a website under "website", a number under "telefoon"); the entry shows with what it has', () => {
    const r = parseLocalContacts(json([{ name: 'Wijkteam', phone: '038 498 91 11', website: 'https://www.zwolle.nl', e_mail: 'x@y.nl', Hours: 'ma-vr' }]));
    expect(r.contacts).to.deep.equal([{ name: 'Wijkteam', phone: '+31384989111' }]);
    expect(r.problems.map((p) => [p.code, p.entry, p.field, p.meant, p.name])).to.deep.equal([
      ['unknown-field', 1, 'website', 'url', 'Wijkteam'],
      ['unknown-field', 1, 'e_mail', 'email', 'Wijkteam'],
      ['unknown-field', 1, 'Hours', 'hours', 'Wijkteam'],
    ]);
    expect(r.problems[0].message).to.include('did you mean "url"');
  });

  it('where a misnamed field was all an entry had, says so beside the entry skipped', () => {
    const r = parseLocalContacts(json([{ name: 'Wijkteam', telefoon: '038 498 91 11' }, { naam: 'Gemeente', tel: '14 038' }]));
    expect(r.contacts).to.deep.equal([]);
    expect(r.problems.map((p) => [p.code, p.entry, p.field ?? '', p.meant ?? ''])).to.deep.equal([
      ['unknown-field', 1, 'telefoon', 'phone'],
      ['no-means', 1, '', ''],
      ['unknown-field', 2, 'naam', 'name'],
      ['unknown-field', 2, 'tel', 'phone'],
      ['name', 2, 'name', ''],
    ]);
  });

  it("leaves the other fields of a site's own data alone: an id, a slug, a type", () => {
    const r = parseLocalContacts(json([{ id: 7, slug: 'wijkteam', type: 'team', name: 'Wijkteam', phone: '038 498 91 11' }]));
    expect(r.problems).to.deep.equal([]);
    expect(r.contacts).to.have.length(1);
  });

  it('allows only https: web addresses (hostile schemes skipped)', () => {
    const r = parseLocalContacts(
      json([
        { name: 'A', url: 'javascript:alert(1)' },
        { name: 'B', url: 'JaVaScRiPt:alert(1)' },
        { name: 'C', url: 'java\tscript:alert(1)' },
        { name: 'D', url: 'http://example.nl' },
        { name: 'E', url: 'data:text/html,<script>alert(1)</script>' },
        { name: 'F', url: 'www.example.nl' },
        { name: 'G', url: 'tel:0800-2000' },
        { name: 'H', url: 'mailto:a@b.nl' },
        { name: 'I', url: 'https://' },
      ]),
    );
    expect(r.contacts).to.deep.equal([]);
    expect(r.problems.map((p) => p.code)).to.deep.equal(Array(9).fill('url'));
  });

  it('checks e-mail addresses', () => {
    const r = parseLocalContacts(
      json([
        { name: 'A', email: 'geen-adres' },
        { name: 'B', email: 'a@b.nl?subject=x' },
        { name: 'C', email: '<a@b.nl>' },
        { name: 'D', email: 'javascript:alert(1)//@b.nl' },
        { name: 'E', email: 'info@gemeente.nl?bcc=x%40elders.example' },
      ]),
    );
    expect(r.contacts).to.deep.equal([]);
    expect(r.problems.map((p) => p.code)).to.deep.equal(['email', 'email', 'email', 'email', 'email']);
  });

  it('keeps HTML in text as plain text (rendering escapes it)', () => {
    const name = '<img src=x onerror=alert(1)>Gemeente';
    const r = parseLocalContacts(json([{ name, description: '<b>vet</b>', phone: '0800-2000' }]));
    expect(r.contacts[0].name).to.equal(name);
    expect(r.contacts[0].description).to.equal('<b>vet</b>');
  });

  it('skips absurdly long fields', () => {
    const r = parseLocalContacts(
      json([
        { name: 'x'.repeat(201), phone: '0800-2000' },
        { name: 'A', phone: '0800-2000', description: 'y'.repeat(2001) },
        { name: 'x'.repeat(200), phone: '0800-2000' },
      ]),
    );
    expect(r.contacts).to.have.length(1);
    expect(r.problems.map((p) => [p.code, p.field])).to.deep.equal([
      ['too-long', 'name'],
      ['too-long', 'description'],
    ]);
    // The message quotes a shortened name only.
    expect(r.problems[1].message.length).to.be.below(200);
  });

  it(`shows at most ${MAX_LOCAL_CONTACTS} entries and reports the rest`, () => {
    const entries = Array.from({ length: 60 }, (_, i) => ({ name: `Contact ${i + 1}`, phone: '0800-2000' }));
    const r = parseLocalContacts(json(entries));
    expect(r.contacts).to.have.length(MAX_LOCAL_CONTACTS);
    expect(r.contacts[MAX_LOCAL_CONTACTS - 1].name).to.equal(`Contact ${MAX_LOCAL_CONTACTS}`);
    expect(r.problems).to.have.length(1);
    expect(r.problems[0]).to.include({ code: 'too-many', count: 60 });
  });

  it('does not count skipped entries beyond the limit', () => {
    const entries = [...Array.from({ length: 50 }, () => ({ name: 'A', phone: '0800-2000' })), { bad: true }];
    const r = parseLocalContacts(json(entries));
    expect(r.contacts).to.have.length(50);
    expect(r.problems.map((p) => p.code)).to.deep.equal(['too-many']);
  });

  it('names the entry in problems when it has a name', () => {
    const r = parseLocalContacts(json([{ name: 'Wijkteam', phone: 'onbekend' }]));
    expect(r.problems[0]).to.include({ code: 'phone', entry: 1, name: 'Wijkteam' });
    expect(r.problems[0].message).to.match(/Local contact 1 \("Wijkteam"\) skipped/);
  });
});

describe('validateLocalContacts (a value, as the localContacts property gives it)', () => {
  it('gives what parseLocalContacts gives for the same list', () => {
    const list = [{ name: 'Gemeente Zwolle', phone: '038 498 91 11' }, { name: 'Klik', url: 'javascript:alert(1)' }, 'text'];
    expect(validateLocalContacts(list)).to.deep.equal(parseLocalContacts(json(list)));
  });

  it('anything but a list is one problem', () => {
    for (const bad of [{}, 'x', 42, true, null, undefined]) {
      const { contacts, problems } = validateLocalContacts(bad);
      expect(contacts).to.deep.equal([]);
      expect(problems.map((p) => p.code)).to.deep.equal(['not-array']);
    }
  });
});
