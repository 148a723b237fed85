import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { canEmulateMedia, MEDIA_EMULATION } from '../../helpers/engine.js';
import '../../../src/elements/contact-list/define.js';
import '../../helpers/privacy.js';
import type { ContactList } from '../../../src/elements/contact-list/contact-list.js';
import { topicLabel } from '../../../src/base/labels-topic.js';
import { loadSlice } from '../../../src/data/slices.js';
import type { ContactsSlice, Meta } from '../../../src/data/types.js';
import { TOPICS, contactById, contactsFor } from '../../../src/model/contacts.js';
import { alwaysOpen, openStatus } from '../../../src/model/hours.js';
import { formatPhone, telHref } from '../../../src/model/phone.js';
import { MAX_LOCAL_CONTACTS } from '../../../src/model/local-contacts.js';
import { formatDate } from '../../../src/base/date.js';
import { clean, collectWarnings, fitsWidth, make, texts } from '../../helpers/elements.js';
import { withPageLang } from '../../helpers/page-lang.js';

let slice: ContactsSlice;
let meta: Meta;
before(async () => {
  [slice, meta] = await Promise.all([loadSlice('nl', 'contacts'), loadSlice('nl', 'meta')]);
});

const list = (attrs: Record<string, string | undefined> = {}, opts: Parameters<typeof make>[2] = {}) =>
  make<ContactList>('contact-list', attrs, opts);
const root = (el: ContactList) => el.shadowRoot!;
/** Names of the national/regional contact cards, in order. */
const nationalNames = (el: ContactList) => texts(root(el), '.contact-list > .contacts > li > .contact > :is(h2,h3,h4,h5,h6)');
const localNames = (el: ContactList) => texts(root(el), '.local .contact > :is(h2,h3,h4,h5,h6)');
const card = (el: ContactList, name: string) =>
  [...root(el).querySelectorAll<HTMLElement>('.contact')].find((c) => clean(c.querySelector(':is(h2,h3,h4,h5,h6)')!.textContent) === name)!;
const messages = (el: ContactList) => texts(root(el), '.message p');
const c = (id: string) => contactById(slice, id)!;

/** Amsterdam is UTC+1 in winter, UTC+2 in summer. */
const at = (iso: string) => new Date(iso);

describe('<contact-list>', () => {
  describe('the default core list', () => {
    it('shows the seven core contacts of the issue, in dataset order', async () => {
      const el = await list();
      expect(nationalNames(el)).to.deep.equal(contactsFor(slice).map((x) => x.name));
      expect(contactsFor(slice).map((x) => x.id)).to.have.members([
        'alarmnummer', 'politie', 'veilig-thuis', 'meld-misdaad-anoniem', 'comensha', 'arbeidsinspectie', 'fairwork',
      ]);
      expect(clean(root(el).querySelector('[part="heading"]')!.textContent)).to.match(/mensenhandel/);
      expect(root(el).querySelector('[part="heading"]')!.localName).to.equal('h2');
      await expect(el).to.be.accessible();
    });

    it('leaves out regional contacts without a region', async () => {
      const el = await list();
      const regional = slice.contacts.filter((x) => x.region).map((x) => x.name);
      expect(regional.length).to.be.above(0);
      for (const name of regional) expect(nationalNames(el)).to.not.include(name);
    });

    it('shows what each contact is for, and its sources; "gecontroleerd" with date and page only where it was verified', async () => {
      const el = await list();
      let verified = 0;
      let unverified = 0;
      for (const contact of contactsFor(slice)) {
        const node = card(el, contact.name);
        expect(clean(node.querySelector('.description')!.textContent)).to.equal(contact.description);
        const refs = clean(node.querySelector('.refs')!.textContent);
        for (const ref of contact.refs) expect(refs).to.include(meta.sources.find((s) => s.id === ref.source)!.title);
        if (contact.verified) {
          verified++;
          expect(refs, contact.id).to.match(/^Gecontroleerd op /);
          expect(node.querySelector('.refs time')!.getAttribute('datetime')).to.equal(contact.verified.on);
          expect(refs).to.include(formatDate(contact.verified.on, 'nl'));
          expect(node.querySelector('.refs a')!.getAttribute('href')).to.equal(new URL(contact.verified.against).href);
        } else {
          unverified++;
          expect(refs, contact.id).to.match(/^Niet gecontroleerd bij de organisatie; overgenomen uit /);
          expect(refs, contact.id).to.not.match(/gecontroleerd op/i);
          expect(node.querySelector('.refs time'), contact.id).to.equal(null);
          // How old the information is: the year of each source, or that it has none.
          for (const ref of contact.refs) {
            const source = meta.sources.find((s) => s.id === ref.source)!;
            expect(refs).to.include(`${source.title} (${source.year ?? 'zonder jaartal'})`);
          }
        }
      }
      expect(verified, 'verified contacts in the core list').to.be.above(4);
      expect(unverified, 'the unverified FairWork line').to.equal(1);
    });

    it('marks names and numbers with translate="no"', async () => {
      const el = await list();
      for (const h of root(el).querySelectorAll('.contact > :is(h2,h3,h4)')) expect(h.querySelector('[translate="no"]')).to.not.equal(null);
      for (const a of root(el).querySelectorAll('a[href^="tel:"]')) expect(a.getAttribute('translate')).to.equal('no');
    });
  });

  describe('every topic', () => {
    for (const topic of TOPICS) {
      it(`topic="${topic}"`, async () => {
        const el = await list({ topic });
        const own = contactsFor(slice, { topic }).map((x) => x.name);
        // A topic whose contacts could not be confirmed (sex workers' centres, see
        // src/data/verifications.json) says so and shows the general list instead.
        expect(own.length > 0, `contacts for ${topic}`).to.equal(topic !== 'sex-workers');
        const expected = own.length ? own : contactsFor(slice).map((x) => x.name);
        expect(nationalNames(el)).to.deep.equal(expected);
        expect(texts(root(el), '.contact-list > p.muted:not(.print-only)')).to.deep.equal(
          own.length ? [] : ['Voor dit onderwerp zijn geen contacten bekend; hieronder de algemene lijst.'],
        );
        expect(clean(root(el).querySelector('[part="heading"]')!.textContent)).to.include(topicLabel(topic));
        expect(messages(el)).to.deep.equal([]);
        // 112 is always within reach: as a card or as the acute line.
        expect(root(el).querySelector('a[href="tel:112"]')).to.not.equal(null);
        await expect(el).to.be.accessible();
      });
    }

    it('region="ijsselland" puts the zorgcoördinator first for advice', async () => {
      const el = await list({ topic: 'advice', region: 'ijsselland' });
      expect(nationalNames(el)[0]).to.equal(c('zorgcoordinator-ijsselland').name);
      expect(root(el).querySelector('a[href="tel:+31611414026"]')).to.not.equal(null);
      const without = await list({ topic: 'advice' });
      expect(nationalNames(without)).to.not.include(c('zorgcoordinator-ijsselland').name);
      expect(root(without).querySelector('a[href="tel:+31611414026"]')).to.equal(null);
    });
  });

  describe('how to reach a contact', () => {
    it('phones are tel: links in international form, shown nationally in Dutch', async () => {
      const el = await list();
      for (const contact of contactsFor(slice)) {
        const links = [...card(el, contact.name).querySelectorAll('.details a[href^="tel:"]')];
        expect(links.map((a) => a.getAttribute('href'))).to.deep.equal(contact.phones!.map((p) => telHref(p.number)));
        expect(links.map((a) => clean(a.textContent))).to.deep.equal(contact.phones!.map((p) => formatPhone(p.number, 'national')));
        for (const a of links) expect(a.getAttribute('href')).to.match(/^tel:(\+\d{8,15}|112)$/);
      }
      expect(clean(card(el, 'Veilig Thuis').querySelector('.details a[href^="tel:"]')!.textContent)).to.equal('0800-2000');
      expect(card(el, 'Veilig Thuis').querySelector('data')!.getAttribute('value')).to.equal('+318002000');
    });

    it('shows numbers internationally on English pages', async () => {
      await withPageLang('en', async () => {
        const el = await list();
        const a = card(el, 'Veilig Thuis').querySelector('.details a[href^="tel:"]')!;
        expect(clean(a.textContent)).to.equal(formatPhone('+318002000', 'international'));
        expect(clean(a.textContent)).to.equal('+31 800 2000');
        expect(a.getAttribute('href')).to.equal('tel:+318002000');
      });
    });

    it('a number in a description is a link too, written as the language writes numbers, and the text reads as before; Dutch words in English text are marked', async () => {
      const description = (el: ContactList) => card(el, 'Meld Misdaad Anoniem').querySelector('.description')!;
      const el = await list();
      const a = description(el).querySelector('a[href^="tel:"]')!;
      expect(a.getAttribute('href')).to.equal('tel:+318007000');
      expect(clean(a.textContent)).to.equal('0800-7000');
      expect(clean(description(el).textContent)).to.equal(c('meld-misdaad-anoniem').description);
      // The police's "Bij acuut gevaar: alarmnummer 112." too, with its full stop in the number's box.
      const police = card(el, 'Politie').querySelector('.description a[href="tel:112"]')!;
      expect(clean(police.parentElement!.textContent)).to.equal('112.');
      await withPageLang('en', async () => {
        const en = await list();
        expect(clean(description(en).querySelector('a[href="tel:+318007000"]')!.textContent)).to.equal('+31 800 7000');
        expect(clean(description(en).textContent)).to.include('free on +31 800 7000, or');
        // The Dutch words the English text keeps are marked as Dutch (WCAG 3.1.2), the rest is English.
        const dutch = [...card(en, 'Veilig Thuis').querySelectorAll('.description [lang]')];
        expect(dutch.map((s) => [s.getAttribute('lang'), clean(s.textContent)])).to.deep.equal([['nl', 'aandachtsfunctionarissen mensenhandel']]);
        // In a contact's name too, which stays one name.
        const regional = await list({ topic: 'advice', region: 'ijsselland' });
        const heading = root(regional).querySelector('.contact :is(h2,h3,h4,h5,h6)')!;
        expect(clean(heading.textContent)).to.equal('Human trafficking care coordinator (zorgcoördinator), Veilig Thuis IJsselland');
        expect([...heading.querySelectorAll('[lang]')].map((s) => [s.getAttribute('lang'), s.textContent])).to.deep.equal([['nl', 'zorgcoördinator']]);
      });
    });

    it('e-mail as mailto:, website as https: link, the former name as text', async () => {
      const el = await list();
      const fairwork = card(el, 'FairWork');
      expect(fairwork.querySelector('a[href="mailto:info@fairwork.nu"]')).to.not.equal(null);
      expect(fairwork.querySelector('a[href="https://www.fairwork.nu/"]')).to.not.equal(null);
      const inspectie = card(el, c('arbeidsinspectie').name);
      expect(inspectie.querySelector('.details a[href="https://www.nlarbeidsinspectie.nl/"]')).to.not.equal(null);
      expect([...inspectie.querySelectorAll('a')].some((a) => a.textContent!.includes('inspectieszw'))).to.equal(false);
      expect(clean(inspectie.textContent)).to.include(c('arbeidsinspectie').formerName!);
      for (const a of root(el).querySelectorAll('a')) expect(a.getAttribute('href')).to.match(/^(https:|tel:|mailto:)/);
    });

    it('labels the police number as not for emergencies', async () => {
      const el = await list();
      const politie = card(el, 'Politie');
      expect(clean(politie.querySelector('a[href="tel:+319008844"]')!.parentElement!.textContent)).to.include('(geen spoed)');
    });

    it('shows one statement of hours: the schedule in the language, with the wording of its page', async () => {
      const el = await list();
      const vt = card(el, 'Veilig Thuis');
      expect(clean(vt.querySelector('.hours-schedule')!.textContent)).to.equal('dag en nacht, elke dag');
      expect(clean(vt.querySelector('.hours-text')!.textContent)).to.equal(`(${c('veilig-thuis').hours!.text})`);
      expect(vt.querySelectorAll('.hours-schedule')).to.have.length(1);
    });
  });

  describe('open now (Europe/Amsterdam, fixed clock)', () => {
    const state = (el: ContactList, name: string) => card(el, name).querySelector('.open-status')?.getAttribute('data-state') ?? null;
    const check = async (iso: string, expected: Record<string, string | null>) => {
      const now = at(iso);
      const el = await list({}, { now });
      for (const [id, want] of Object.entries(expected)) {
        const contact = c(id);
        const model = openStatus(contact, now).state;
        expect(state(el, contact.name), `${id} at ${iso}`).to.equal(want);
        if (want) expect(model, `model agrees for ${id} at ${iso}`).to.equal(want);
      }
      return el;
    };

    it('CoMensha opens at 9:00 and closes at 17:00 on a weekday (winter)', async () => {
      await check('2026-11-23T07:59:00Z', { comensha: 'closed' }); // Monday 08:59 CET
      await check('2026-11-23T08:00:00Z', { comensha: 'open' }); // 09:00
      await check('2026-11-23T15:59:00Z', { comensha: 'open' }); // 16:59
      await check('2026-11-23T16:00:00Z', { comensha: 'closed' }); // 17:00
    });

    it('is closed at the weekend', async () => {
      await check('2026-11-28T11:00:00Z', { comensha: 'closed' }); // Saturday 12:00
      await check('2026-11-29T11:00:00Z', { comensha: 'closed' }); // Sunday 12:00
    });

    it('follows daylight saving time', async () => {
      // The same UTC time: 08:30 CET on Friday before the switch, 09:30 CEST on Monday after it.
      await check('2026-03-27T07:30:00Z', { comensha: 'closed' });
      await check('2026-03-30T07:30:00Z', { comensha: 'open' });
      // And back in October: Monday after the switch, 07:30Z = 08:30 CET.
      await check('2026-10-23T07:30:00Z', { comensha: 'open' }); // Friday, 09:30 CEST
      await check('2026-10-26T07:30:00Z', { comensha: 'closed' });
      // On the night of the switch itself (Sunday 29 March), Veilig Thuis' 24/7 line stays reachable.
      await check('2026-03-29T01:30:00Z', { 'veilig-thuis': 'open' });
    });

    it('Saturday 22:00: Veilig Thuis is open, and says so plainly; a 9-17 line is closed and opens on Monday', async () => {
      const el = await check('2026-11-28T21:00:00Z', { 'veilig-thuis': 'open', comensha: 'closed', alarmnummer: null, politie: null });
      const vt = card(el, 'Veilig Thuis');
      expect(clean(vt.querySelector('.open-status')!.textContent)).to.equal('Altijd bereikbaar, dag en nacht.');
      expect(vt.querySelector('.alternative')).to.equal(null);
      expect(clean(card(el, 'CoMensha').querySelector('.open-status')!.textContent)).to.equal('Nu gesloten. Opent maandag om 09:00.');
      // "open" and "closed" never stand side by side in one card.
      for (const node of root(el).querySelectorAll('.contact')) expect(node.querySelectorAll('.open-status').length).to.be.at.most(1);
      expect(root(el).textContent).to.not.match(/verschillende openingstijden|volgens de andere/);
    });

    it('Monday 08:59: a 9-17 line opens today at 09:00; Friday 17:00: on Monday; Monday 17:00: tomorrow', async () => {
      const status = async (iso: string) => clean(card(await list({}, { now: at(iso) }), 'CoMensha').querySelector('.open-status')!.textContent);
      expect(await status('2026-11-23T07:59:00Z')).to.equal('Nu gesloten. Opent vandaag om 09:00.');
      expect(await status('2026-11-23T16:00:00Z')).to.equal('Nu gesloten. Opent morgen om 09:00.');
      expect(await status('2026-11-27T16:00:00Z')).to.equal('Nu gesloten. Opent maandag om 09:00.');
    });

    it('an open 9-17 line says until when: at 16:59 a professional sees it closes at 17:00', async () => {
      const status = async (iso: string) => clean(card(await list({}, { now: at(iso) }), 'CoMensha').querySelector('.open-status')!.textContent);
      expect(await status('2026-11-23T08:00:00Z')).to.equal('Nu open, tot 17:00.'); // Monday 09:00
      expect(await status('2026-11-23T15:59:00Z')).to.equal('Nu open, tot 17:00.'); // Monday 16:59
      expect(await status('2026-07-06T14:30:00Z')).to.equal('Nu open, tot 17:00.'); // summer, 16:30 CEST
    });

    it('without a fixed moment, turns to closed within seconds of closing time, and at once when the page is shown again', async function () {
      this.timeout(20_000);
      // The page's clock, set by the test (the element reads the time as any page does).
      const RealDate = Date;
      let fake = new RealDate('2026-11-23T16:59:58+01:00').getTime(); // Monday 16:59:58
      class FakeDate extends RealDate {
        constructor(...args: unknown[]) {
          if (args.length) super(...(args as [string]));
          else super(fake);
        }
        static now() {
          return fake;
        }
      }
      window.Date = FakeDate as DateConstructor;
      try {
        const el = await list();
        const status = () => clean(card(el, 'CoMensha').querySelector('.open-status')!.textContent);
        expect(status()).to.equal('Nu open, tot 17:00.');
        fake = new RealDate('2026-11-23T17:00:01+01:00').getTime();
        const turned = RealDate.now();
        while (status() !== 'Nu gesloten. Opent morgen om 09:00.' && RealDate.now() - turned < 15_000) await new Promise((r) => setTimeout(r, 100));
        expect(status(), 'the status after 17:00').to.equal('Nu gesloten. Opent morgen om 09:00.');
        expect(RealDate.now() - turned, 'ms until it turned').to.be.below(6_000);
        // A page in the background, its timers slowed: shown again the next morning, it is current at once.
        fake = new RealDate('2026-11-24T09:30:00+01:00').getTime();
        document.dispatchEvent(new Event('visibilitychange'));
        await el.updateComplete;
        expect(status()).to.equal('Nu open, tot 17:00.');
      } finally {
        window.Date = RealDate;
      }
    });

    it('on a public holiday, within its hours, a 9-17 line does not say "open now": it names the day, says the line may be closed, and offers the around-the-clock contacts', async () => {
      const el = await list({}, { now: at('2026-12-25T10:00:00+01:00') }); // Christmas Day, a Friday
      const comensha = card(el, 'CoMensha');
      expect(state(el, 'CoMensha')).to.equal('holiday');
      expect(clean(comensha.querySelector('.open-status')!.textContent)).to.equal('Vandaag is het Eerste Kerstdag. Op feestdagen kan de lijn gesloten zijn.');
      expect(clean(comensha.textContent)).to.not.include('Nu open');
      expect(comensha.querySelector('.alternative a[href="tel:112"]')).to.not.equal(null);
      expect(clean(comensha.querySelector('.alternative')!.textContent)).to.include('Veilig Thuis');
      // Veilig Thuis, open day and night, stays so.
      expect(clean(card(el, 'Veilig Thuis').querySelector('.open-status')!.textContent)).to.equal('Altijd bereikbaar, dag en nacht.');
      await expect(el).to.be.accessible();
    });

    it('closed the evening before a holiday: the next opening names the holiday', async () => {
      const status = async (iso: string) => clean(card(await list({}, { now: at(iso) }), 'CoMensha').querySelector('.open-status')!.textContent);
      expect(await status('2026-12-24T18:00:00+01:00')).to.equal('Nu gesloten. Opent morgen om 09:00. Dat is Eerste Kerstdag: dan kan de lijn gesloten zijn.');
      expect(await status('2026-04-30T18:00:00+02:00')).to.equal('Nu gesloten. Opent morgen om 09:00.'); // Friday 1 May: no holiday
    });

    it('a copy kept for more than a year says so: beside each check, and in the footer', async () => {
      const footer = (el: ContactList) => clean(root(el).querySelector('[part="footer"]')!.textContent);
      const old = await list({}, { now: at('2028-01-10T10:00:00+01:00') });
      expect(clean(card(old, 'CoMensha').querySelector('.refs')!.textContent)).to.match(/^Gecontroleerd op 1 december 2026 \(meer dan een jaar geleden\) via /);
      expect(footer(old)).to.contain('Deze gegevens zijn meer dan een jaar oud: controleer een nummer bij twijfel bij de organisatie zelf.');
      const recent = await list({}, { now: at('2027-11-30T10:00:00+01:00') });
      expect(clean(root(recent).textContent)).to.not.contain('meer dan een jaar');
    });

    it('<contact-list topic="medical"> leads with Veilig Thuis', async () => {
      const el = await list({ topic: 'medical' });
      expect(nationalNames(el)[0]).to.equal('Veilig Thuis');
    });

    it('when closed, offers the around-the-clock contacts and 112', async () => {
      const now = at('2026-11-23T20:00:00Z'); // Monday 21:00
      const el = await list({}, { now });
      const alt = card(el, 'CoMensha').querySelector('.alternative')!;
      const expected = alwaysOpen(slice.contacts.filter((x) => !x.region)).filter((x) => x.id !== 'comensha');
      expect(expected.length).to.be.above(0);
      for (const x of expected) expect(clean(alt.textContent)).to.include(x.name);
      expect(alt.querySelector('a[href="tel:112"]')).to.not.equal(null);
      expect(card(el, 'CoMensha').querySelector('.alternative')).to.not.equal(null);
      expect(card(el, 'FairWork').querySelector('.alternative')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('accepts the clock as an ISO attribute', async () => {
      const el = await list({ now: '2026-11-28T12:00:00+01:00' });
      expect(state(el, 'CoMensha')).to.equal('closed');
      el.setAttribute('now', '2026-11-23T10:00:00+01:00');
      await el.updateComplete;
      expect(state(el, 'CoMensha')).to.equal('open');
    });

    it('an invalid clock gives a message and the current time', async () => {
      const { result: el, warnings } = await collectWarnings(() => list({ now: 'gisteren' }));
      expect(messages(el).join(' ')).to.match(/now/);
      expect(warnings.some((w) => w.includes('gisteren'))).to.equal(true);
      expect(nationalNames(el)).to.deep.equal(contactsFor(slice).map((x) => x.name));
    });
  });

  describe('local contacts', () => {
    const valid = [
      {
        name: 'Gemeente Zwolle, aandachtsfunctionaris mensenhandel',
        description: 'Melden en overleg bij signalen van uitbuiting.',
        phone: '038 498 91 11',
        email: 'mensenhandel@zwolle.nl',
        url: 'https://www.zwolle.nl/mensenhandel',
        hours: 'Werkdagen 9.00-17.00 uur',
      },
      { name: 'Wijkteam Zwolle-Zuid', phone: '06 12345678' },
    ];

    it('shows valid JSON contacts first, under their own heading, with the national ones after', async () => {
      const el = await list({}, { json: JSON.stringify(valid) });
      expect(localNames(el)).to.deep.equal(valid.map((v) => v.name));
      const local = root(el).querySelector<HTMLElement>('.local')!;
      expect(local.hidden).to.equal(false);
      expect(clean(local.querySelector('h3')!.textContent)).to.equal('Binnen uw gemeente');
      // The local section comes before the national list.
      const national = root(el).querySelector('.contact-list > .contacts')!;
      expect(local.compareDocumentPosition(national) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
      expect(nationalNames(el)).to.deep.equal(contactsFor(slice).map((x) => x.name));
      const first = local.querySelector('.contact')!;
      expect(first.querySelector('a[href="tel:+31384989111"]')).to.not.equal(null);
      expect(clean(first.querySelector('a[href^="tel:"]')!.textContent)).to.equal('038 498 91 11');
      expect(first.querySelector('a[href="mailto:mensenhandel@zwolle.nl"]')).to.not.equal(null);
      expect(first.querySelector('a[href="https://www.zwolle.nl/mensenhandel"]')).to.not.equal(null);
      expect(clean(first.textContent)).to.include('Werkdagen 9.00-17.00 uur');
      expect(clean(first.textContent)).to.include(valid[0].description);
      expect(messages(el)).to.deep.equal([]);
      await expect(el).to.be.accessible();
    });

    it('renders hostile text as text and never links a javascript: address', async () => {
      const hostile = [
        { name: '<img src=x onerror="window.__pwned=1">Gemeente', phone: '0800-2000', description: '<b>vet</b><script>window.__pwned=1</script>' },
        { name: 'Klik', url: 'javascript:window.__pwned=1' },
        { name: 'Klik 2', url: ' JAVASCRIPT:alert(1)', phone: '0800-2000' },
        { name: 'Data', url: 'data:text/html,<script>alert(1)</script>' },
        { name: 'Mail', email: 'javascript:alert(1)//@x.nl' },
      ];
      const { result: el, warnings } = await collectWarnings(() => list({}, { json: JSON.stringify(hostile) }));
      expect(localNames(el)).to.deep.equal([hostile[0].name]);
      expect(root(el).querySelector('img, b, .local script')).to.equal(null);
      expect(clean(root(el).querySelector('.local .description')!.textContent)).to.equal(hostile[0].description);
      for (const a of root(el).querySelectorAll('a')) expect(a.getAttribute('href')).to.match(/^(https:|tel:|mailto:)/);
      expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
      expect(messages(el)).to.have.length(4);
      expect(warnings.filter((w) => w.includes('skipped'))).to.have.length(4);
    });

    it('skips entries with wrong types, with a visible note and a warning each', async () => {
      const entries = [{ name: 42, phone: '0800-2000' }, { name: 'A', phone: 8002000 }, 'text', null, { name: 'B', hours: ['ma'], phone: '0800-2000' }, { name: 'OK', phone: '0800-2000' }];
      const { result: el, warnings } = await collectWarnings(() => list({}, { json: JSON.stringify(entries) }));
      expect(localNames(el)).to.deep.equal(['OK']);
      const notes = messages(el);
      expect(notes).to.have.length(5);
      expect(notes[0]).to.match(/Lokaal contact 1/);
      expect(notes[4]).to.match(/"B"/);
      expect(warnings.filter((w) => w.includes('skipped'))).to.have.length(5);
    });

    it('skips invalid entries: no name, no way to reach, bad number, bad e-mail, http', async () => {
      const entries = [
        { phone: '0800-2000' },
        { name: 'Geen middel', description: 'x' },
        { name: 'Fout nummer', phone: '1234' },
        { name: 'Fout adres', email: 'geen adres' },
        { name: 'Onveilig', url: 'http://example.nl' },
      ];
      const { result: el } = await collectWarnings(() => list({}, { json: JSON.stringify(entries) }));
      expect(localNames(el)).to.deep.equal([]);
      expect(messages(el)).to.have.length(5);
      expect(root(el).querySelector<HTMLElement>('.local')!.hidden).to.equal(true);
      expect(nationalNames(el).length).to.equal(contactsFor(slice).length);
    });

    it("a municipality's 14 number is a link; a field by another name is said, and the entry shown", async () => {
      const entries = [{ name: 'Gemeente Zwolle', phone: '14 038', website: 'https://www.zwolle.nl' }];
      const { result: el, warnings } = await collectWarnings(() => list({}, { json: JSON.stringify(entries) }));
      expect(localNames(el)).to.deep.equal(['Gemeente Zwolle']);
      const a = root(el).querySelector('.local a[href^="tel:"]')!;
      expect(a.getAttribute('href')).to.equal('tel:14038');
      expect(clean(a.textContent)).to.equal('14 038');
      expect(messages(el)).to.deep.equal([
        'Lokaal contact 1 ("Gemeente Zwolle"): het veld "website" wordt niet gelezen; bedoelt u "url"?',
      ]);
      expect(warnings.filter((w) => w.includes('"website"'))).to.have.length(1);
    });

    it('malformed JSON gives a visible message; the national contacts still show', async () => {
      const { result: el, warnings } = await collectWarnings(() => list({}, { json: '[{"name": "A", "phone": "0800-2000",' }));
      expect(messages(el).join(' ')).to.match(/JSON/);
      expect(warnings.some((w) => /not valid JSON/.test(w))).to.equal(true);
      expect(nationalNames(el)).to.deep.equal(contactsFor(slice).map((x) => x.name));
      await expect(el).to.be.accessible();
    });

    it(`shows at most ${MAX_LOCAL_CONTACTS} of 60 entries, with a note`, async () => {
      const entries = Array.from({ length: 60 }, (_, i) => ({ name: `Contact ${i + 1}`, phone: '0800-2000' }));
      const { result: el, warnings } = await collectWarnings(() => list({}, { json: JSON.stringify(entries) }));
      expect(localNames(el)).to.have.length(MAX_LOCAL_CONTACTS);
      expect(localNames(el).at(-1)).to.equal(`Contact ${MAX_LOCAL_CONTACTS}`);
      expect(messages(el).join(' ')).to.include('60');
      expect(warnings.some((w) => w.includes('60'))).to.equal(true);
    });

    it('reads only the first JSON block, and says so', async () => {
      const { result: el, warnings } = await collectWarnings(() =>
        list({}, { scripts: [JSON.stringify([valid[1]]), JSON.stringify([valid[0]])] }),
      );
      expect(localNames(el)).to.deep.equal([valid[1].name]);
      expect(messages(el)).to.have.length(1);
      expect(warnings.length).to.be.above(0);
    });

    it('follows changes of the JSON script', async () => {
      const el = await list({}, { json: JSON.stringify([valid[1]]) });
      el.querySelector('script')!.textContent = JSON.stringify(valid);
      await new Promise((r) => setTimeout(r, 0));
      await el.updateComplete;
      expect(localNames(el)).to.deep.equal(valid.map((v) => v.name));
    });

    it('takes the same list as the localContacts property, validated the same way, in place of the script', async () => {
      const el = await list({}, { json: JSON.stringify([valid[1]]) });
      el.localContacts = valid;
      await el.updateComplete;
      expect(localNames(el)).to.deep.equal(valid.map((v) => v.name));
      expect(messages(el)).to.deep.equal([]);
      // Hostile values through the property: text stays text, a javascript: address is dropped with a note.
      const { warnings } = await collectWarnings(async () => {
        el.localContacts = [{ name: '<img src=x onerror="window.__pwned=1">Gemeente', phone: '0800-2000' }, { name: 'Klik', url: 'javascript:window.__pwned=1' }];
        await el.updateComplete;
      });
      expect(localNames(el)).to.deep.equal(['<img src=x onerror="window.__pwned=1">Gemeente']);
      expect(root(el).querySelector('.local img')).to.equal(null);
      expect(messages(el)).to.have.length(1);
      expect(warnings.some((w) => w.includes('skipped'))).to.equal(true);
      // Not a list: a visible message and a warning, the national contacts still show.
      const bad = await collectWarnings(async () => {
        el.localContacts = { name: 'Geen lijst' } as unknown as [];
        await el.updateComplete;
      });
      expect(messages(el).join(' ')).to.match(/lijst/);
      expect(bad.warnings.some((w) => /array/.test(w))).to.equal(true);
      expect(nationalNames(el)).to.deep.equal(contactsFor(slice).map((x) => x.name));
      // null shows none; undefined reads the script again.
      el.localContacts = null;
      await el.updateComplete;
      expect(localNames(el)).to.deep.equal([]);
      expect(messages(el)).to.deep.equal([]);
      el.localContacts = undefined;
      await el.updateComplete;
      expect(localNames(el)).to.deep.equal([valid[1].name]);
      expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
    });

    it('shows plain HTML from the local slot under the local heading', async () => {
      const p = document.createElement('p');
      p.slot = 'local';
      p.textContent = 'Gemeente Deventer: 0570 69 33 33';
      const el = await list({}, { slotted: [p] });
      await new Promise((r) => setTimeout(r, 0));
      await el.updateComplete;
      const local = root(el).querySelector<HTMLElement>('.local')!;
      expect(local.hidden).to.equal(false);
      const slot = local.querySelector<HTMLSlotElement>('slot[name="local"]')!;
      expect(slot.assignedElements()).to.deep.equal([p]);
      expect(texts(root(el), '.contact-list > [part="subheading"]')).to.include('Landelijke contacten');
      await expect(el).to.be.accessible();
    });
  });

  describe('bad attributes', () => {
    const bad = async (attrs: Record<string, string>, valueInMessage: string) => {
      const { result: el, warnings } = await collectWarnings(() => list(attrs));
      expect(messages(el).length, JSON.stringify(attrs)).to.equal(1);
      expect(messages(el)[0]).to.include(valueInMessage);
      expect(warnings.some((w) => w.includes(valueInMessage))).to.equal(true);
      expect(nationalNames(el).length).to.be.above(0);
      return el;
    };

    it('unknown topic: message, warning, and the core list', async () => {
      const el = await bad({ topic: 'trafficking' }, 'trafficking');
      expect(nationalNames(el)).to.deep.equal(contactsFor(slice).map((x) => x.name));
      await expect(el).to.be.accessible();
    });

    it('empty topic', async () => {
      await bad({ topic: '' }, 'topic');
    });

    it('absurd topic is shortened in the message', async () => {
      const long = 'x'.repeat(5000);
      const el = await bad({ topic: long }, 'x'.repeat(60));
      expect(messages(el)[0].length).to.be.below(300);
    });

    it('unknown region: message, and national contacts only', async () => {
      const el = await bad({ region: 'IJsselland' }, 'IJsselland');
      expect(nationalNames(el)).to.deep.equal(contactsFor(slice).map((x) => x.name));
    });

    it('bad heading-level falls back to 2; a good one is used', async () => {
      const el = await bad({ 'heading-level': '9' }, '9');
      expect(root(el).querySelector('[part="heading"]')!.localName).to.equal('h2');
      const four = await list({ 'heading-level': '4' });
      expect(root(four).querySelector('[part="heading"]')!.localName).to.equal('h4');
      expect(root(four).querySelector('.contact > [part="subheading"]')!.localName).to.equal('h5');
    });
  });

  describe('layout, print', () => {
    it('fits 320px without horizontal scrolling, also with local contacts', async () => {
      const long = [{ name: 'Gemeente Súdwest-Fryslân, aandachtsfunctionaris mensenhandel en uitbuiting', url: 'https://www.sudwestfryslan.nl/inwoners/zorg-en-ondersteuning/mensenhandel-en-uitbuiting-signaleren', email: 'aandachtsfunctionaris.mensenhandel@sudwestfryslan.nl', phone: '038 498 91 11' }];
      const el = await list({ topic: 'migrants' }, { json: JSON.stringify([...long, { name: 'x', phone: '0800-2000' }]), now: at('2026-11-23T20:00:00Z') });
      expect(await fitsWidth(el)).to.deep.equal([]);
      const core = await list({}, { now: at('2026-11-23T20:00:00Z') });
      expect(await fitsWidth(core)).to.deep.equal([]);
    });

    it(`prints as a handout: no buttons, no open-now, with the print date ${MEDIA_EMULATION}`, async function () {
      if (!canEmulateMedia) this.skip();
      const el = await list({}, { now: at('2026-11-23T20:00:00Z') });
      await emulateMedia({ media: 'print' });
      try {
        const display = (sel: string) => getComputedStyle(root(el).querySelector(sel)!).display;
        expect(display('.actions')).to.equal('none');
        expect(display('.open-status')).to.equal('none');
        expect(display('.alternative')).to.equal('none');
        expect(display('.print-only')).to.not.equal('none');
        expect(display('.hours-schedule')).to.not.equal('none');
      } finally {
        await emulateMedia({ media: 'screen' });
      }
    });
  });
});
