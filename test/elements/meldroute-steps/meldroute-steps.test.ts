import { expect } from '@open-wc/testing';
import { sendKeys, emulateMedia } from '@web/test-runner-commands';
import { canEmulateMedia, MEDIA_EMULATION } from '../../helpers/engine.js';
import '../../../src/elements/meldroute-steps/define.js';
import '../../helpers/privacy.js';
import type { MeldrouteSteps } from '../../../src/elements/meldroute-steps/meldroute-steps.js';
import { loadSlice } from '../../../src/data/slices.js';
import type { Audience, ContactsSlice, FlowOutcome, Route, RoutesSlice } from '../../../src/data/types.js';
import { AUDIENCES } from '../../../src/model/signals.js';
import { contactById, resolveContacts } from '../../../src/model/contacts.js';
import { walkFlow } from '../../../src/model/flow.js';
import { adviceFor, groupQuestions, routeById, stepsFor } from '../../../src/model/routes.js';
import { formatPhone, telHref } from '../../../src/model/phone.js';
import { clean, collectWarnings, fitsWidth, make, texts } from '../../helpers/elements.js';
import { unprinted, whenFindable, whilePrinted } from '../../helpers/print.js';
import { withPageLang } from '../../helpers/page-lang.js';

let routes: RoutesSlice;
let contacts: ContactsSlice;
before(async () => {
  [routes, contacts] = await Promise.all([loadSlice('nl', 'routes'), loadSlice('nl', 'contacts')]);
});

const steps = (attrs: Record<string, string | undefined> = {}, opts: Parameters<typeof make>[2] = {}) =>
  make<MeldrouteSteps>('meldroute-steps', attrs, opts);
const root = (el: MeldrouteSteps) => el.shadowRoot!;
const toggles = (el: MeldrouteSteps) => [...root(el).querySelectorAll<HTMLButtonElement>('.step button.toggle')];
const panelOf = (el: MeldrouteSteps, b: HTMLButtonElement) => root(el).getElementById(b.getAttribute('aria-controls')!)!;
const messages = (el: MeldrouteSteps) => texts(root(el), '.message p');
const route = (id: Audience): Route => routeById(routes, id)!;
const NOW = new Date('2026-11-23T10:00:00Z');

/** The accessible name of a button: its text, hidden parts included. */
const nameOf = (b: HTMLElement) => clean(b.textContent);

async function expandAll(el: MeldrouteSteps) {
  for (const b of toggles(el)) if (b.getAttribute('aria-expanded') !== 'true') b.click();
  await el.updateComplete;
}

/** Every answer sequence of the flow that ends in an outcome, found by walking the model. */
function allPaths(r: Route): { answers: boolean[]; outcome: FlowOutcome }[] {
  const found: { answers: boolean[]; outcome: FlowOutcome }[] = [];
  const walk = (answers: boolean[]) => {
    const pos = walkFlow(r.flow!.questions, answers);
    if (pos.outcome) found.push({ answers, outcome: pos.outcome });
    else if (pos.current) {
      walk([...answers, true]);
      walk([...answers, false]);
    }
  };
  walk([]);
  return found;
}

async function answer(el: MeldrouteSteps, yes: boolean) {
  root(el).querySelector<HTMLButtonElement>(`.flow-question button[data-answer="${yes ? 'yes' : 'no'}"]`)!.click();
  await el.updateComplete;
}

/**
 * A closed panel: empty, or (once the element is idle, where the engine has it) holding its
 * content hidden until found, for find-in-page. Never visible.
 */
function expectClosedPanel(panel: HTMLElement) {
  if (panel.childElementCount > 0) expect(panel.getAttribute('hidden'), panel.id).to.equal('until-found');
  else expect(panel.hasAttribute('hidden'), panel.id).to.equal(true);
}

describe('<meldroute-steps>', () => {
  describe('every route', () => {
    for (const id of AUDIENCES) {
      it(`route="${id}": numbered steps as an ordered list of expandable buttons`, async () => {
        const el = await steps({ route: id }, { now: NOW });
        const r = route(id);
        expect(clean(root(el).querySelector('[part="heading"]')!.textContent)).to.equal(r.title);
        const expected = stepsFor(r);
        expect(root(el).querySelectorAll('ol.steps > li')).to.have.length(expected.length);
        const buttons = toggles(el);
        expect(buttons).to.have.length(expected.length);
        buttons.forEach((b, i) => {
          expect(nameOf(b)).to.include(`Stap ${i + 1}:`);
          expect(nameOf(b)).to.include(expected[i].title);
          expect(b.getAttribute('aria-expanded')).to.equal('false');
          expect(panelOf(el, b).hasAttribute('hidden')).to.equal(true);
          expect(b.closest('h3')).to.not.equal(null);
        });
        await expect(el).to.be.accessible();
        await expandAll(el);
        for (const b of toggles(el)) {
          expect(b.getAttribute('aria-expanded')).to.equal('true');
          expect(panelOf(el, b).hasAttribute('hidden')).to.equal(false);
        }
        // Each step's body and points are in its panel (a phone number in them written as
        // everywhere in the language: "0800 2000" as "0800-2000").
        const sameDigits = (t: string) => clean(t).replace(/(\d)[ -](?=\d)/g, '$1');
        expected.forEach((step, i) => {
          const panel = sameDigits(panelOf(el, buttons[i]).textContent!);
          for (const p of [...step.body, ...(step.points ?? [])]) expect(panel).to.include(sameDigits(p));
        });
        // The route's closing contacts as cards.
        const cards = texts(root(el), '.route-contacts .contact > :is(h4)');
        expect(cards).to.deep.equal(resolveContacts(contacts, r.contacts).map((c) => c.name));
        await expect(el).to.be.accessible();
      });
    }

    it('a second click collapses a step; open-all opens and closes all', async () => {
      const el = await steps();
      const [first] = toggles(el);
      first.click();
      await el.updateComplete;
      expect(first.getAttribute('aria-expanded')).to.equal('true');
      first.click();
      await el.updateComplete;
      expect(first.getAttribute('aria-expanded')).to.equal('false');
      const all = root(el).querySelector<HTMLButtonElement>('.actions button')!;
      all.click();
      await el.updateComplete;
      expect(toggles(el).every((b) => b.getAttribute('aria-expanded') === 'true')).to.equal(true);
      expect(all.getAttribute('aria-pressed')).to.equal('true');
      all.click();
      await el.updateComplete;
      expect(toggles(el).every((b) => b.getAttribute('aria-expanded') === 'false')).to.equal(true);
    });

    it('works with the keyboard: Tab to a step, Enter and Space toggle it', async () => {
      const el = await steps();
      const [first] = toggles(el);
      first.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(first.getAttribute('aria-expanded')).to.equal('true');
      await sendKeys({ press: ' ' });
      await el.updateComplete;
      expect(first.getAttribute('aria-expanded')).to.equal('false');
      await sendKeys({ press: 'Tab' });
      expect(root(el).activeElement).to.equal(toggles(el)[1]);
    });
  });

  describe('professional route', () => {
    it('phone numbers in steps are tel: links; the IJsselland zorgcoördinator only with region="ijsselland"', async () => {
      const zc = contactById(contacts, 'zorgcoordinator-ijsselland')!;
      const el = await steps({ route: 'professional' });
      await expandAll(el);
      const step2 = panelOf(el, toggles(el)[1]);
      const expected = resolveContacts(contacts, route('professional').steps[1].contacts!);
      expect([...step2.querySelectorAll('.step-contacts a[href^="tel:"]')].map((a) => a.getAttribute('href'))).to.deep.equal(
        expected.flatMap((c) => c.phones!.map((p) => telHref(p.number))),
      );
      expect(clean(step2.textContent)).to.include(formatPhone('+318002000', 'national'));
      expect(clean(root(el).textContent)).to.not.include(zc.name);
      expect(root(el).querySelector('a[href="tel:+31611414026"]')).to.equal(null);

      const ijssel = await steps({ route: 'professional', region: 'ijsselland' });
      await expandAll(ijssel);
      expect(clean(panelOf(ijssel, toggles(ijssel)[1]).textContent)).to.include(zc.name);
      expect(root(ijssel).querySelector('a[href="tel:+31611414026"]')).to.not.equal(null);
      const advice = texts(root(ijssel), '.advice > h3');
      expect(advice).to.deep.equal(adviceFor(route('professional'), contacts, 'ijsselland').map((a) => a.title));
      expect(advice.length).to.be.above(texts(root(el), '.advice > h3').length);
      await expect(ijssel).to.be.accessible();
    });

    it('points to the local contacts where the regional one drops out', async () => {
      const local = [{ name: 'Gemeente Apeldoorn, zorgcoördinator', phone: '055 580 10 10' }];
      const el = await steps({ route: 'professional' }, { json: JSON.stringify(local) });
      await expandAll(el);
      const step2 = panelOf(el, toggles(el)[1]);
      expect(clean(step2.textContent)).to.include(local[0].name);
      expect(step2.querySelector('a[href="tel:+31555801010"]')).to.not.equal(null);
      // Steps that never named a regional contact stay as they are.
      expect(clean(panelOf(el, toggles(el)[4]).textContent)).to.not.include(local[0].name);
    });
  });

  describe('front-desk route', () => {
    it('groups the example questions by companion and possible victim', async () => {
      const el = await steps({ route: 'front-desk' });
      await expandAll(el);
      const step = route('front-desk').steps.find((s) => s.questions?.length)!;
      const idx = route('front-desk').steps.indexOf(step);
      const panel = panelOf(el, toggles(el)[idx]);
      const groups = [...panel.querySelectorAll('.questions')];
      const expected = groupQuestions(step.questions);
      expect(groups).to.have.length(expected.length);
      expect(expected.map((g) => g.to)).to.deep.equal(['companion', 'victim']);
      expect(clean(groups[0].querySelector('h4')!.textContent)).to.equal('Vragen aan de begeleider');
      expect(clean(groups[1].querySelector('h4')!.textContent)).to.equal('Vragen aan het mogelijke slachtoffer');
      groups.forEach((g, i) => expect(texts(g, 'li')).to.deep.equal(expected[i].questions.map((q) => q.text)));
      await expect(el).to.be.accessible();
    });

    it('shows the encouragement and the advice of the criminal-exploitation leaflet', async () => {
      const el = await steps({ route: 'front-desk' });
      const r = route('front-desk');
      expect(texts(root(el), '.encouragement p')).to.deep.equal(r.encouragement);
      expect(texts(root(el), '.encouragement p')[0]).to.match(/^Zelfs als u denkt: ik heb het vast niet goed gezien/);
      const all = clean(root(el).textContent);
      for (const block of r.advice!) {
        expect(all).to.include(block.title);
        for (const p of block.points) expect(all).to.include(p);
      }
      expect(all).to.match(/meldingsformulier/);
      expect(all).to.match(/aandachtsfunctionaris mensenhandel/);
    });

    it('fills "binnen uw gemeente kunt u terecht bij" with the local contacts', async () => {
      const local = [
        { name: 'Gemeente Zwolle, aandachtsfunctionaris mensenhandel', phone: '038 498 91 11', email: 'mensenhandel@zwolle.nl' },
      ];
      const el = await steps({ route: 'front-desk' }, { json: JSON.stringify(local) });
      const fill = root(el).querySelector('.advice .local-fill')!;
      expect(clean(fill.closest('li')!.textContent)).to.match(/^Binnen uw gemeente kunt u/);
      expect(clean(fill.textContent)).to.include(local[0].name);
      expect(fill.querySelector('a[href="tel:+31384989111"]')).to.not.equal(null);
      expect(fill.querySelector('a[href="mailto:mensenhandel@zwolle.nl"]')).to.not.equal(null);
      // Also shown first, as cards, under the local heading.
      const section = root(el).querySelector<HTMLElement>('.local')!;
      expect(section.hidden).to.equal(false);
      expect(section.compareDocumentPosition(root(el).querySelector('ol.steps')!) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
      expect(texts(section, '.contact h4')).to.deep.equal([local[0].name]);
      await expect(el).to.be.accessible();
    });

    it('takes local contacts from the localContacts property too', async () => {
      const el = await steps({ route: 'front-desk' });
      el.localContacts = [{ name: 'Gemeente Zwolle, aandachtsfunctionaris mensenhandel', phone: '038 498 91 11' }];
      await el.updateComplete;
      const fill = root(el).querySelector('.advice .local-fill')!;
      expect(clean(fill.textContent)).to.include('Gemeente Zwolle');
      expect(fill.querySelector('a[href="tel:+31384989111"]')).to.not.equal(null);
      expect(texts(root(el).querySelector('.local')!, '.contact h4')).to.deep.equal(['Gemeente Zwolle, aandachtsfunctionaris mensenhandel']);
    });

    it('without local contacts, the slot says so and names national ones', async () => {
      const el = await steps({ route: 'front-desk' });
      const fill = root(el).querySelector('.advice .local-fill')!;
      expect(clean(fill.textContent)).to.match(/geen contacten van uw gemeente/);
      expect(fill.querySelectorAll('a[href^="tel:"]').length).to.be.above(0);
      expect(root(el).querySelector<HTMLElement>('.local')!.hidden).to.equal(true);
    });

    it('with slotted HTML, the slot points to it', async () => {
      const p = document.createElement('p');
      p.slot = 'local';
      p.textContent = 'Gemeente Kampen, afdeling Veiligheid: 038 339 29 99';
      const el = await steps({ route: 'front-desk' }, { slotted: [p] });
      await new Promise((r) => setTimeout(r, 0));
      await el.updateComplete;
      expect(root(el).querySelector<HTMLElement>('.local')!.hidden).to.equal(false);
      expect(clean(root(el).querySelector('.advice .local-fill')!.textContent)).to.match(/Binnen uw gemeente/);
    });
  });

  describe('medical route: the KNMG afwegingskader', () => {
    it('the flow of the issue: each answer sequence reaches the KNMG outcome', () => {
      const kinds = allPaths(route('medical')).map((p) => [p.answers.map((a) => (a ? 'ja' : 'nee')).join(','), p.outcome.kind]);
      expect(kinds).to.have.deep.members([
        ['nee', 'close'],
        ['ja,ja', 'report'],
        ['ja,nee,nee', 'report'],
        ['ja,nee,ja,nee', 'report'],
        ['ja,nee,ja,ja,nee', 'report'],
        ['ja,nee,ja,ja,ja', 'help-and-agree'],
      ]);
    });

    it('question 1 says, before it is answered, that the meldcode covers mensenhandel (so "nee" is not read as "not domestic violence")', async () => {
      const el = await steps({ route: 'medical' }, { now: NOW });
      const hint = root(el).querySelector('.flow-question .hint');
      expect(hint, 'the hint is shown with the first question').to.exist;
      expect(clean(hint!.textContent)).to.match(/meldcode/).and.match(/mensenhandel/);
      await answer(el, true);
      expect(root(el).querySelector('.flow-question .hint'), 'later questions have none').to.equal(null);
    });

    it('every outcome of the dataset is reachable', () => {
      const questions = route('medical').flow!.questions;
      const declared = questions.flatMap((q) => [q.yes, q.no]).filter((b) => 'outcome' in b).length;
      expect(allPaths(route('medical'))).to.have.length(declared);
    });

    for (const label of ['nee', 'ja,ja', 'ja,nee,nee', 'ja,nee,ja,nee', 'ja,nee,ja,ja,nee', 'ja,nee,ja,ja,ja']) {
      it(`walks ${label} to its outcome, shows the path and announces it`, async () => {
        const answers = label.split(',').map((a) => a === 'ja');
        const expected = walkFlow(route('medical').flow!.questions, answers);
        const el = await steps({ route: 'medical' }, { now: NOW });
        for (const [i, a] of answers.entries()) {
          const q = root(el).querySelector('.flow-question .question')!;
          expect(clean(q.textContent)).to.include(expected.path[i].question.question);
          await answer(el, a);
        }
        const outcome = root(el).querySelector<HTMLElement>('.outcome')!;
        expect(outcome.dataset.kind).to.equal(expected.outcome!.kind);
        expect(clean(outcome.textContent)).to.include(expected.outcome!.text);
        expect(root(el).querySelector('.flow-question')).to.equal(null);
        // Focus on the outcome reads it; the live region stays quiet, or it would be said twice.
        expect(root(el).activeElement).to.equal(outcome);
        const live = root(el).querySelector('.flow [role="status"]')!;
        expect(clean(live.textContent)).to.equal('');
        const path = [...root(el).querySelectorAll('.flow-path li')];
        expect(path).to.have.length(answers.length);
        path.forEach((li, i) => {
          expect(li.getAttribute('data-answer')).to.equal(answers[i] ? 'yes' : 'no');
          expect(clean(li.textContent)).to.include(expected.path[i].question.question);
          const note = expected.path[i].question.note;
          if (note && answers[i]) expect(clean(li.textContent)).to.include(note);
        });
        // Acute danger always points to 112.
        expect(root(el).querySelector('.acute-note a[href="tel:112"]')).to.not.equal(null);
        expect(outcome.querySelector('a[href="tel:112"]')).to.not.equal(null);
        if (expected.outcome!.kind === 'report') expect(outcome.querySelector('a[href="tel:+318002000"]')).to.not.equal(null);
        // Printable for the dossier, with the moment.
        expect(clean(outcome.textContent)).to.match(/Afwegingskader doorlopen op 23 november 2026 om 11:00/);
        expect(texts(root(el), '.flow .actions button')).to.include('Afdrukken voor het dossier');
        await expandAll(el);
        await expect(el).to.be.accessible();
      });
    }

    it('back and restart', async () => {
      const el = await steps({ route: 'medical' });
      await answer(el, true);
      await answer(el, true);
      expect(root(el).querySelector('.outcome')).to.not.equal(null);
      const back = [...root(el).querySelectorAll<HTMLButtonElement>('.flow .actions button')].find((b) => /Vorige/.test(b.textContent!))!;
      back.click();
      await el.updateComplete;
      expect(root(el).querySelector('.outcome')).to.equal(null);
      expect(root(el).querySelectorAll('.flow-path li')).to.have.length(1);
      // Focus on "Ja" reads the question (its group's name): the live region stays quiet.
      expect(root(el).activeElement).to.equal(root(el).querySelector('.flow-question button[data-answer="yes"]'));
      expect(root(el).querySelector('.flow-question')!.getAttribute('aria-labelledby')).to.equal('flow-q');
      expect(clean(root(el).querySelector('.flow [role="status"]')!.textContent)).to.equal('');
      const restart = [...root(el).querySelectorAll<HTMLButtonElement>('.flow .actions button')].find((b) => /Opnieuw/.test(b.textContent!))!;
      restart.click();
      await el.updateComplete;
      expect(root(el).querySelectorAll('.flow-path li')).to.have.length(0);
      expect(clean(root(el).querySelector('.flow-question .question')!.textContent)).to.match(/^Vraag 1/);
      expect(root(el).querySelector('.flow .actions')).to.equal(null);
    });

    it('answers with the keyboard', async () => {
      const el = await steps({ route: 'medical' });
      root(el).querySelector<HTMLButtonElement>('.flow-question button[data-answer="no"]')!.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(root(el).querySelector<HTMLElement>('.outcome')!.dataset.kind).to.equal('close');
    });

    it('the KNMG steps and the reporting norm are shown', async () => {
      const el = await steps({ route: 'medical' });
      expect(toggles(el)).to.have.length(5);
      const all = clean(root(el).textContent);
      for (const p of route('medical').flow!.reportingNorm!) expect(all).to.include(p);
      expect(clean(root(el).querySelector('.acute-note')!.textContent)).to.include(route('medical').flow!.acuteNote);
    });
  });

  describe('first-line route', () => {
    it('shows the follow-up actions A-D with their contacts', async () => {
      const el = await steps({ route: 'first-line' });
      const r = route('first-line');
      const actions = [...root(el).querySelectorAll<HTMLElement>('.follow-up .action')];
      expect(actions.map((a) => a.dataset.action)).to.deep.equal(['A', 'B', 'C', 'D']);
      actions.forEach((a, i) => {
        const data = r.followUp!.actions[i];
        expect(clean(a.querySelector('h4')!.textContent)).to.equal(`${data.id}. ${data.situation}`);
        for (const p of data.action) expect(clean(a.textContent)).to.include(p);
        const names = resolveContacts(contacts, data.contacts ?? []).map((c) => c.name);
        expect(texts(a, '.contact-name')).to.deep.equal(names);
      });
      await expect(el).to.be.accessible();
    });

    it('the numbers in the text of an action are links; a bracket and comma around one stay in its box', async () => {
      const el = await steps({ route: 'first-line' });
      const child = root(el).querySelector<HTMLElement>('.follow-up .action[data-action="A"]')!;
      const paragraph = [...child.querySelectorAll('p')].find((p) => p.textContent!.includes('Veilig Thuis'))!;
      const links = [...paragraph.querySelectorAll('a[href^="tel:"]')];
      expect(links.map((a) => a.getAttribute('href'))).to.deep.equal(['tel:+318002000', 'tel:112']);
      // "(0800-2000," and "112." each one box: neither a bracket nor a comma starts or ends a line alone.
      expect(links.map((a) => clean(a.parentElement!.textContent))).to.deep.equal(['(0800-2000,', '112.']);
      expect(links.map((a) => a.parentElement!.className)).to.deep.equal(['phone', 'phone']);
      // The text reads as the dataset has it.
      const text = route('first-line').followUp!.actions[0].action.find((p) => p.includes('Veilig Thuis'))!;
      expect(clean(paragraph.textContent)).to.equal(text);
    });
  });

  describe('on an English page', () => {
    it("a step's title keeps the Dutch name of a register marked as Dutch", async () => {
      await withPageLang('en', async () => {
        const el = await steps({ route: 'medical' });
        const marked = [...root(el).querySelectorAll('.step-title [lang="nl"]')].map((s) => clean(s.textContent));
        expect(marked).to.deep.equal(['Verwijsindex Risicojongeren']);
        expect(root(el).querySelector('.step-title [lang="nl"]')!.closest('button')!.querySelector('a')).to.equal(null);
      });
    });
  });

  describe('marking steps as done', () => {
    it('marks, counts, resets; nothing is stored', async () => {
      const el = await steps({ route: 'front-desk' });
      await expandAll(el);
      const boxes = [...root(el).querySelectorAll<HTMLInputElement>('.done-check input')];
      expect(boxes).to.have.length(5);
      boxes[0].click();
      boxes[2].click();
      await el.updateComplete;
      expect(clean(toggles(el)[0].textContent)).to.match(/gedaan$/);
      expect(toggles(el)[1].querySelector('.done-badge')).to.equal(null);
      expect(clean(root(el).querySelector('.progress [role="status"]')!.textContent)).to.equal('2 van 5 stappen gedaan.');
      await expect(el).to.be.accessible();
      boxes[2].click();
      await el.updateComplete;
      expect(clean(root(el).querySelector('.progress [role="status"]')!.textContent)).to.equal('1 van 5 stappen gedaan.');
      const reset = root(el).querySelector<HTMLButtonElement>('.progress button')!;
      reset.click();
      await el.updateComplete;
      expect(root(el).querySelectorAll('.done-badge')).to.have.length(0);
      expect(boxes.every((b) => !b.checked)).to.equal(true);
      expect(reset.disabled).to.equal(true);
      expect(root(el).activeElement).to.equal(toggles(el)[0]);
      expect(localStorage.length + sessionStorage.length).to.equal(0);
    });

    it('changing the route starts afresh', async () => {
      const el = await steps({ route: 'medical' });
      await expandAll(el);
      await answer(el, false);
      el.setAttribute('route', 'professional');
      await el.updateComplete;
      expect(toggles(el).every((b) => b.getAttribute('aria-expanded') === 'false')).to.equal(true);
      expect(root(el).querySelector('.flow')).to.equal(null);
      el.setAttribute('route', 'medical');
      await el.updateComplete;
      expect(root(el).querySelector('.outcome')).to.equal(null);
    });
  });

  describe('local contacts', () => {
    it('broken JSON: a visible message, a warning, and the route still shows', async () => {
      const { result: el, warnings } = await collectWarnings(() => steps({ route: 'professional' }, { json: '{oops' }));
      expect(messages(el).join(' ')).to.match(/JSON/);
      expect(warnings.some((w) => /JSON/.test(w))).to.equal(true);
      expect(toggles(el)).to.have.length(route('professional').steps.length);
      await expect(el).to.be.accessible();
    });

    it('hostile entries are skipped or rendered as text', async () => {
      const { result: el } = await collectWarnings(() =>
        steps(
          { route: 'front-desk' },
          { json: JSON.stringify([{ name: '<img src=x onerror=alert(1)>', phone: '0800-2000' }, { name: 'X', url: 'javascript:alert(1)' }]) },
        ),
      );
      expect(root(el).querySelector('img')).to.equal(null);
      expect(texts(root(el), '.local .contact h4')).to.deep.equal(['<img src=x onerror=alert(1)>']);
      for (const a of root(el).querySelectorAll('a')) expect(a.getAttribute('href')).to.match(/^(https:|tel:|mailto:)/);
      expect(messages(el)).to.have.length(1);
    });
  });

  describe('bad attributes', () => {
    const bad = async (attrs: Record<string, string>, valueInMessage: string) => {
      const { result: el, warnings } = await collectWarnings(() => steps(attrs));
      expect(messages(el), JSON.stringify(attrs)).to.have.length(1);
      expect(messages(el)[0]).to.include(valueInMessage);
      expect(warnings.some((w) => w.includes(valueInMessage))).to.equal(true);
      return el;
    };

    it('unknown route: message, warning, the professional route', async () => {
      const el = await bad({ route: 'police' }, 'police');
      expect(clean(root(el).querySelector('[part="heading"]')!.textContent)).to.equal(route('professional').title);
      await expect(el).to.be.accessible();
    });

    it('empty route', async () => {
      const el = await bad({ route: '' }, 'route');
      expect(toggles(el).length).to.equal(route('professional').steps.length);
    });

    it('absurd route value is shortened', async () => {
      const el = await bad({ route: '<b>'.repeat(2000) }, '<b><b>');
      expect(messages(el)[0].length).to.be.below(300);
      expect(root(el).querySelector('.message b')).to.equal(null);
    });

    it('unknown region', async () => {
      const el = await bad({ route: 'professional', region: 'atlantis' }, 'atlantis');
      expect(root(el).querySelector('a[href="tel:+31611414026"]')).to.equal(null);
    });

    it('bad heading-level falls back to 2; heading-level 3 shifts all headings', async () => {
      const el = await bad({ 'heading-level': 'h1' }, 'h1');
      expect(root(el).querySelector('[part="heading"]')!.localName).to.equal('h2');
      const three = await steps({ 'heading-level': '3', route: 'front-desk' });
      expect(root(three).querySelector('[part="heading"]')!.localName).to.equal('h3');
      expect(toggles(three)[0].parentElement!.localName).to.equal('h4');
    });
  });

  describe('layout, print', () => {
    for (const id of AUDIENCES) {
      it(`route="${id}" fits 320px with every step open and the flow walked`, async () => {
        const el = await steps({ route: id }, { now: NOW, json: JSON.stringify([{ name: 'Gemeente Súdwest-Fryslân, aandachtsfunctionaris', url: 'https://www.sudwestfryslan.nl/inwoners/zorg-en-ondersteuning/mensenhandel', phone: '0515 48 90 00' }]) });
        await expandAll(el);
        if (id === 'medical') {
          await answer(el, true);
          await answer(el, false);
          await answer(el, true);
        }
        expect(await fitsWidth(el)).to.deep.equal([]);
      });
    }

    it('renders a closed step only when it opens, the page prints (beforeprint, at once) or, hidden, for find-in-page', async () => {
      const el = await steps({ route: 'medical' }, { now: NOW });
      for (const b of toggles(el)) expectClosedPanel(panelOf(el, b));
      window.dispatchEvent(new Event('beforeprint'));
      try {
        for (const b of toggles(el)) expect(panelOf(el, b).textContent!.trim(), 'rendered synchronously in beforeprint').to.not.equal('');
        for (const b of toggles(el)) expect(b.getAttribute('aria-expanded')).to.equal('false');
      } finally {
        window.dispatchEvent(new Event('afterprint'));
      }
      await el.updateComplete;
      for (const b of toggles(el)) expectClosedPanel(panelOf(el, b));
    });

    it('on screen, the questions come one at a time: the list of open questions is for paper and pages without JavaScript', async () => {
      const el = await steps({ route: 'medical' }, { now: NOW });
      expect(root(el).querySelectorAll('.flow-open li')).to.have.length(route('medical').flow!.questions.length);
      expect(root(el).querySelector('.flow-open')!.getClientRects().length).to.equal(0);
      expect(root(el).querySelector('.flow-question')!.getClientRects().length).to.be.greaterThan(0);
      // "Politie: 112 (nood)" in the acute note is a link too, beside "Bel bij acuut gevaar 112."
      expect(root(el).querySelectorAll('.acute-note a[href="tel:112"]')).to.have.length(2);
    });

    it(`printed before the questions are answered, they are on the paper as a list ${MEDIA_EMULATION}`, async function () {
      if (!canEmulateMedia) this.skip();
      const el = await steps({ route: 'medical' }, { now: NOW });
      await whilePrinted(() => {
        const open = root(el).querySelector('.flow-open')!;
        expect(open.querySelectorAll('li')).to.have.length(route('medical').flow!.questions.length);
        expect(open.getBoundingClientRect().height).to.be.greaterThan(50);
        expect(unprinted(open)).to.deep.equal([]);
        expect(root(el).querySelector('.flow-question')!.getClientRects().length, 'the box with its buttons').to.equal(0);
      });
    });

    it(`printed after a while (the closed steps findable), every step's text is on the paper ${MEDIA_EMULATION}`, async function () {
      if (!canEmulateMedia) this.skip();
      const el = await steps({ route: 'medical' }, { now: NOW });
      await whenFindable(() => toggles(el).map((b) => panelOf(el, b)));
      await whilePrinted(() => {
        for (const b of toggles(el)) {
          expect(panelOf(el, b).getBoundingClientRect().height, clean(b.textContent)).to.be.greaterThan(20);
          expect(unprinted(panelOf(el, b)).slice(0, 3), clean(b.textContent)).to.deep.equal([]);
        }
      });
    });

    it(`prints every step expanded and the path, without the buttons ${MEDIA_EMULATION}`, async function () {
      if (!canEmulateMedia) this.skip();
      const el = await steps({ route: 'medical' }, { now: NOW });
      await answer(el, false);
      window.dispatchEvent(new Event('beforeprint'));
      await emulateMedia({ media: 'print' });
      try {
        for (const b of toggles(el)) expect(getComputedStyle(panelOf(el, b)).display).to.not.equal('none');
        for (const b of toggles(el)) expect(panelOf(el, b).childElementCount).to.be.greaterThan(0);
        expect(getComputedStyle(root(el).querySelector('.flow .actions')!).display).to.equal('none');
        expect(getComputedStyle(root(el).querySelector('.outcome')!).display).to.not.equal('none');
        expect(getComputedStyle(root(el).querySelector('.acute-note')!).display).to.not.equal('none');
        // An outcome reached: no questions left open.
        expect(root(el).querySelector('.flow-open')).to.equal(null);
      } finally {
        await emulateMedia({ media: 'screen' });
        window.dispatchEvent(new Event('afterprint'));
      }
    });
  });
});
