import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { formatDateTime } from '../../base/format.js';
import type { Audience, Contact, FlowOutcome, FlowQuestion, Meta, Question, Route, Step } from '../../data/types.js';
import { AUDIENCES } from '../../model/signals.js';
import { regions } from '../../model/contacts.js';
import { walkFlow } from '../../model/flow.js';
import { groupQuestions, isLocalSlot, routeView, type RouteView } from '../../model/routes.js';
import { contactCards, contactLine, type CardContext } from '../../ui/contact-card.js';
import { button } from '../../ui/button.js';
import { emergencyLink } from '../../ui/phone-link.js';
import { prose, titleText } from '../../ui/prose.js';
import { localHeading } from '../../ui/local-contacts.js';
import { ContactsElement } from '../../base/contacts-element.js';
import { partsFor } from '../../catalog.js';
import { meldrouteStyles } from './styles.js';
import { Announcement } from '../../base/announcement.js';

/** What one render needs, worked out once. */
interface View {
  /** What the route shows (model/routes routeView). */
  model: RouteView;
  route: Route;
  meta: Meta;
  region?: string;
  steps: Step[];
  ctx: CardContext;
}

type Focus = 'outcome' | 'question' | 'first-step';

/**
 * The reporting route for an audience: numbered steps that expand and collapse and can be
 * marked as done (in memory only), with the sources' questions, advice and phone numbers;
 * for medical professionals the KNMG afwegingskader as an interactive yes/no flow; for
 * first-line workers the follow-up actions A-D. Local contacts given by the page come first
 * and fill the front-desk route's "binnen uw gemeente" line.
 *
 * @summary Meldroute: what to do next, step by step.
 * @tagname meldroute-steps
 *
 * @attr route - `professional` (default), `front-desk`, `medical` or `first-line`.
 * @attr region - A region of the dataset, lowercase and hyphenated (e.g. `ijsselland`): shows its regional contacts, such as the IJsselland zorgcoördinator.
 * @attr now - A fixed moment for "open now" of the contacts, as an ISO 8601 date-time. Property `now` (a `Date`). Default: the current time, followed to the minute (within seconds of it turning).
 *
 * @csspart step - One step of the route.
 * @csspart flow - The afwegingskader.
 * @csspart outcome - The afwegingskader's outcome.
 *
 * @cssprop --signalenkaart-accent-color - Links, step numbers, buttons.
 * @cssprop --signalenkaart-border-color - Borders of toggles and contact cards.
 * @cssprop --signalenkaart-surface-color - Background of toggles, encouragement and the flow.
 * @cssprop --signalenkaart-warning-background-color - Background of messages and the 112 note.
 * @cssprop --signalenkaart-warning-border-color - Border of messages and the 112 note.
 */
export class MeldrouteSteps extends ContactsElement {
  static styles = [...ContactsElement.styles, meldrouteStyles];

  static properties = {
    ...ContactsElement.properties,
    route: { reflect: false },
    open: { state: true, attribute: false },
    done: { state: true, attribute: false },
    doneChanged: { state: true, attribute: false },
    answers: { state: true, attribute: false },
  };

  /** `route` attribute: the audience whose route is shown (default professional). */
  route: string | null = null;
  /** Ids of the open steps. */
  private open: ReadonlySet<string> = new Set();
  /** Ids of the steps marked as done (memory only). */
  private done: ReadonlySet<string> = new Set();
  /** A step was ticked or unticked: the progress then says its count, also "0 van 5" when the last is unticked. */
  private doneChanged = false;
  /** Answers given in the afwegingskader, in order. */
  private answers: readonly boolean[] = [];
  /** When the afwegingskader reached its outcome, for the printed record. */
  private flowDate?: Date;
  /** The flow's live region: the next question after an answer (where focus stays on the buttons). */
  private readonly said = new Announcement<'current'>(this);
  private pendingFocus?: Focus;
  private stepIds: string[] = [];

  protected readonly parts = partsFor('meldroute-steps');

  protected willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('route') && changed.get('route') !== undefined) this.resetAll();
  }

  render() {
    const routeCheck = this.checkAttribute<Audience>('route', this.route, AUDIENCES);
    const { routes, contacts, meta } = this.data ?? {};
    const baseProblems = [routeCheck.problem, this.headingProblem(), this.clockProblem(), ...this.local.notes()];
    if (!routes || !contacts || !meta) {
      return html`<section class="meldroute" part="base" lang=${this.lang_}>${this.renderProblems(baseProblems)}${this.renderLoading()}</section>`;
    }
    const regionCheck = this.checkAttribute('region', this.region, regions(contacts));
    const region = regionCheck.value;
    const model = routeView(routes, contacts, { route: routeCheck.value, region });
    const { route } = model;
    const steps = model.steps.map((s) => s.step);
    this.stepIds = steps.map((s) => s.id);
    const ctx = this.cardContext(contacts, meta, region, (content) => this.heading(2, content));
    const view: View = { model, route, meta, region, steps, ctx };
    return html`<section class="meldroute" part="base" lang=${this.lang_}>
      ${this.heading(0, route.title)}
      ${this.renderProblems([...baseProblems, regionCheck.problem])} ${this.renderNextStep(contacts, this.local.contacts)}
      ${(route.intro ?? []).map((p) => html`<p class="intro">${prose(p, this.lang_)}</p>`)}
      ${this.local.render({ heading: this.heading(1, localHeading()), ctx })}
      ${this.renderSteps(view)}
      ${route.encouragement?.length
        ? html`<div class="encouragement">${route.encouragement.map((line) => html`<p>${prose(line, this.lang_)}</p>`)}</div>`
        : nothing}
      ${this.renderAdvice(view)} ${this.renderFlow(view)} ${this.renderFollowUp(view)} ${this.renderContacts(view)}
      ${this.renderSources(route.sources)}
    </section>`;
  }

  protected updated(changed: PropertyValues): void {
    super.updated(changed);
    const focus = this.pendingFocus;
    this.pendingFocus = undefined;
    const root = this.renderRoot as ShadowRoot;
    if (focus === 'outcome') root.querySelector<HTMLElement>('.outcome')?.focus();
    if (focus === 'question') root.querySelector<HTMLElement>('.flow-question button')?.focus();
    if (focus === 'first-step') root.querySelector<HTMLElement>('.step button.toggle')?.focus();
  }

  /* ------------------------------------------------------------------ steps */

  private renderSteps(view: View): TemplateResult {
    const { steps } = view;
    const doneCount = steps.filter((s) => this.done.has(s.id)).length;
    if (this.startOpen && steps.length) {
      this.startOpen = false;
      this.open = new Set(steps.map((s) => s.id));
    }
    const allOpen = steps.length > 0 && steps.every((s) => this.open.has(s.id));
    return html`<div class="actions no-print">
        ${button(msg('Alle stappen openklappen', { id: 'meldroute-steps.open-all' }), this.onToggleAll, { pressed: allOpen })}
      </div>
      <ol class="steps">
        ${steps.map((step, i) => this.renderStep(view, step, i + 1))}
      </ol>
      <div class="progress no-print">
        <p role="status">
          ${doneCount || this.doneChanged
            ? msg(str`${doneCount} van ${steps.length} stappen gedaan.`, { id: 'meldroute-steps.progress' })
            : nothing}
        </p>
        ${button(msg('Markeringen wissen', { id: 'meldroute-steps.reset' }), this.onResetDone, { disabled: doneCount === 0 })}
      </div>`;
  }

  private renderStep(view: View, step: Step, n: number): TemplateResult {
    const open = this.open.has(step.id);
    const done = this.done.has(step.id);
    const buttonId = `step-${step.id}`;
    const panelId = `panel-${step.id}`;
    return html`<li class="step ${done ? 'done' : ''}" part="step">
      ${this.heading(
        1,
        html`<button
          type="button"
          class="toggle"
          id=${buttonId}
          aria-expanded=${open ? 'true' : 'false'}
          aria-controls=${panelId}
          @click=${() => this.toggleStep(step.id)}
        >
          <span class="number" aria-hidden="true">${n}</span>
          <span class="step-title toggle-label"
            ><span class="visually-hidden">${msg(str`Stap ${n}:`, { id: 'meldroute-steps.step-number' })} </span>${titleText(step.title, this.lang_)}</span
          >
          ${done ? html`<span class="done-badge">${msg('gedaan', { id: 'meldroute-steps.done-badge' })}</span>` : nothing}
        </button>`,
      )}
      ${this.panel(panelId, open, () => this.renderStepBody(view, step, n, done), () => {
        if (!this.open.has(step.id)) this.open = new Set([...this.open, step.id]);
      })}
    </li>`;
  }

  /** A step's content: only in the DOM while its panel is open or the page prints. */
  private renderStepBody(view: View, step: Step, n: number, done: boolean): TemplateResult {
    return html`${step.body.map((p) => html`<p>${prose(p, this.lang_)}</p>`)}
      ${step.points?.length ? html`<ul class="points">${step.points.map((p) => html`<li>${prose(p, this.lang_)}</li>`)}</ul>` : nothing}
      ${this.renderQuestions(step.questions)} ${this.renderStepContacts(view, step)}
      <label class="done-check">
        <input type="checkbox" data-id=${step.id} .checked=${done} @change=${(e: Event) => this.setDone(step.id, (e.target as HTMLInputElement).checked)} />
        ${msg(str`Stap ${n} is gedaan`, { id: 'meldroute-steps.mark-done' })}
      </label>`;
  }

  private renderQuestions(questions: Question[] | undefined): TemplateResult | typeof nothing {
    const groups = groupQuestions(questions);
    if (!groups.length) return nothing;
    const label = (to: Question['to']) =>
      to === 'companion'
        ? msg('Vragen aan de begeleider', { id: 'meldroute-steps.questions-companion' })
        : to === 'victim'
          ? msg('Vragen aan het mogelijke slachtoffer', { id: 'meldroute-steps.questions-victim' })
          : msg('Vragen', { id: 'meldroute-steps.questions-any' });
    return html`${groups.map(
      (g) => html`<div class="questions">
        ${this.heading(2, label(g.to))}
        <ul>
          ${g.questions.map((q) => html`<li>${prose(q.text, this.lang_)}</li>`)}
        </ul>
      </div>`,
    )}`;
  }

  /** The step's contacts as tel: links; where a regional contact of another region drops out, the local ones. */
  private renderStepContacts(view: View, step: Step): TemplateResult | typeof nothing {
    const own = view.model.steps.find((s) => s.step === step);
    const list = own?.contacts ?? [];
    const pointLocal = !!own?.dropsRegional && this.local.any;
    if (!list.length && !pointLocal) return nothing;
    return html`<div class="step-contacts">
      ${list.length
        ? html`<p class="label">${msg('Contact:', { id: 'meldroute-steps.contacts-label' })}</p>
            <ul>
              ${list.map((c) => html`<li>${contactLine(c, this.lang_)}</li>`)}
            </ul>`
        : nothing}
      ${pointLocal ? this.renderLocalLines() : nothing}
    </div>`;
  }

  /** The local contacts in short, or a pointer to the slotted ones. */
  private renderLocalLines(): TemplateResult {
    return html`<p class="label">${msg('Binnen uw gemeente:', { id: 'meldroute-steps.local-label' })}</p>
      ${this.local.contacts.length
        ? html`<ul>
            ${this.local.contacts.map((c) => html`<li>${contactLine(c, this.lang_)}</li>`)}
          </ul>`
        : nothing}
      ${this.local.slotted
        ? html`<p>${msg('Zie de contacten onder "Binnen uw gemeente" bovenaan.', { id: 'meldroute-steps.see-local' })}</p>`
        : nothing}`;
  }

  /* ----------------------------------------------------------------- advice */

  private renderAdvice(view: View): TemplateResult | typeof nothing {
    if (!view.model.advice.length) return nothing;
    return html`${view.model.advice.map(({ block: a, contacts: list }) => {
      return html`<section class="advice">
        ${this.heading(1, a.title)}
        <ul>
          ${a.points.map((p) => html`<li>${prose(p, this.lang_)}${isLocalSlot(p) ? this.renderLocalSlot(view) : nothing}</li>`)}
        </ul>
        ${this.stepContacts(list)}
      </section>`;
    })}`;
  }

  /** The contacts a step names, one line each (none: nothing). */
  private stepContacts(list: readonly Contact[]) {
    return list.length
      ? html`<ul class="step-contacts">
          ${list.map((c) => html`<li>${contactLine(c, this.lang_)}</li>`)}
        </ul>`
      : nothing;
  }

  /** The sources' "binnen uw gemeente kunt u terecht bij:" filled with the local contacts, or national ones. */
  private renderLocalSlot(view: View): TemplateResult {
    if (this.local.any) return html`<div class="local-fill">${this.renderLocalLines()}</div>`;
    const national = view.model.nationalReport;
    return html`<div class="local-fill">
      <p class="muted">${msg('Deze pagina noemt geen contacten van uw gemeente. Landelijk kunt u terecht bij:', { id: 'meldroute-steps.no-local' })}</p>
      <ul>
        ${national.map((c) => html`<li>${contactLine(c, this.lang_)}</li>`)}
      </ul>
    </div>`;
  }

  /* ------------------------------------------------------------------- flow */

  private renderFlow(view: View): TemplateResult | typeof nothing {
    const flow = view.route.flow;
    if (!flow?.questions.length) return nothing;
    const pos = walkFlow(flow.questions, this.answers);
    return html`<section class="flow" part="flow">
      ${this.heading(1, flow.title)}
      ${flow.intro ? html`<p>${prose(flow.intro, this.lang_)}</p>` : nothing}
      <p class="acute-note">
        ${prose(flow.acuteNote, this.lang_)}
        <span class="acute-call">${msg('Bel bij acuut gevaar', { id: 'meldroute-steps.acute-call' })} ${emergencyLink('.')}</span>
      </p>
      <p class="visually-hidden" role="status">${this.said.value === 'current' ? announceText(pos) : ''}</p>
      ${pos.path.length
        ? html`<div class="flow-path">
            ${this.heading(2, msg('Uw antwoorden', { id: 'meldroute-steps.path' }))}
            <ol>
              ${pos.path.map(
                ({ question, answer }) => html`<li data-answer=${answer ? 'yes' : 'no'}>
                  <span class="q">${msg(str`Vraag ${question.number}, ${question.title}:`, { id: 'meldroute-steps.path-question' })}</span>
                  ${question.question}
                  <strong class="a">${answer ? msg('Ja.', { id: 'meldroute-steps.yes-answer' }) : msg('Nee.', { id: 'meldroute-steps.no-answer' })}</strong>
                  ${answer && question.note ? html`<br /><span class="note">${question.note}</span>` : nothing}
                </li>`,
              )}
            </ol>
          </div>`
        : nothing}
      ${pos.current
        ? html`<div class="flow-question no-print needs-script" role="group" aria-labelledby="flow-q">
            <p id="flow-q" class="question">
              <span class="q">${msg(str`Vraag ${pos.current.number} van ${flow.questions.length}, ${pos.current.title}:`, { id: 'meldroute-steps.question' })}</span>
              ${pos.current.question}
            </p>
            ${pos.current.longQuestion ? html`<p class="muted">${pos.current.longQuestion}</p>` : nothing}
            ${pos.current.hint ? html`<p class="hint">${prose(pos.current.hint, this.lang_)}</p>` : nothing}
            <div class="answers">
              <button type="button" class="button" data-answer="yes" @click=${() => this.answer(flow.questions, true)}>
                ${msg('Ja', { id: 'meldroute-steps.yes' })}
              </button>
              <button type="button" class="button" data-answer="no" @click=${() => this.answer(flow.questions, false)}>
                ${msg('Nee', { id: 'meldroute-steps.no' })}
              </button>
            </div>
          </div>`
        : nothing}
      ${pos.current
        ? html`<div class="flow-open">
            ${this.heading(2, msg('Nog te beantwoorden', { id: 'meldroute-steps.open-questions' }))}
            <ol start=${pos.current.number}>
              ${flow.questions
                .filter((q) => q.number >= pos.current!.number)
                .map((q) => html`<li><span class="q">${q.title}:</span> ${q.question}</li>`)}
            </ol>
          </div>`
        : nothing}
      ${pos.outcome ? this.renderOutcome(view, pos.outcome) : nothing}
      ${this.answers.length
        ? html`<div class="actions no-print">
            ${button(msg('Vorige vraag', { id: 'meldroute-steps.back' }), this.onBack)}
            ${button(msg('Opnieuw', { id: 'meldroute-steps.restart' }), this.onRestart)}
            ${pos.outcome
              ? button(msg('Afdrukken voor het dossier', { id: 'meldroute-steps.print' }), this.onPrint)
              : nothing}
          </div>`
        : nothing}
      ${flow.reportingNorm?.length
        ? html`<div class="norm">
            ${this.heading(2, msg('Professionele norm', { id: 'meldroute-steps.norm' }))}
            <ul>
              ${flow.reportingNorm.map((p) => html`<li>${prose(p, this.lang_)}</li>`)}
            </ul>
          </div>`
        : nothing}
    </section>`;
  }

  private renderOutcome(view: View, outcome: FlowOutcome): TemplateResult {
    const reportTo: Contact[] = outcome.kind === 'report' ? view.model.reportTo : [];
    return html`<div class="outcome" part="outcome" data-kind=${outcome.kind} tabindex="-1">
      <p><strong>${msg('Uitkomst:', { id: 'meldroute-steps.outcome' })}</strong> ${prose(outcome.text, this.lang_)}</p>
      ${reportTo.length
        ? html`<ul class="step-contacts">
            ${reportTo.map((c) => html`<li>${contactLine(c, this.lang_)}</li>`)}
          </ul>`
        : nothing}
      <p>${msg('Bij acuut gevaar:', { id: 'meldroute-steps.acute' })} ${emergencyLink()}</p>
      ${this.flowDate
        ? html`<p class="muted">
            ${msg(str`Afwegingskader doorlopen op ${formatDateTime(this.flowDate, this.lang_)}.`, { id: 'meldroute-steps.walked-at' })}
          </p>`
        : nothing}
    </div>`;
  }

  /* ------------------------------------------------------------- follow-up */

  private renderFollowUp(view: View): TemplateResult | typeof nothing {
    const followUp = view.route.followUp;
    if (!followUp?.actions.length) return nothing;
    return html`<section class="follow-up">
      ${this.heading(1, msg('Vervolgstappen', { id: 'meldroute-steps.follow-up' }))}
      <p>${prose(followUp.intro, this.lang_)}</p>
      ${view.model.followUp.map(({ action: a, contacts: list }) => {
        return html`<div class="action" data-action=${a.id}>
          ${this.heading(2, html`<span class="letter">${a.id}.</span> ${a.situation}`)}
          ${a.action.map((p) => html`<p>${prose(p, this.lang_)}</p>`)}
          ${this.stepContacts(list)}
        </div>`;
      })}
    </section>`;
  }

  /* -------------------------------------------------------------- contacts */

  private renderContacts(view: View): TemplateResult | typeof nothing {
    const list = view.model.contacts;
    if (!list.length) return nothing;
    return html`<section class="route-contacts">
      ${this.heading(1, msg('Contacten', { id: 'meldroute-steps.contacts' }))}
      ${contactCards(list, view.ctx)}
    </section>`;
  }

  /* -------------------------------------------------------------- handlers */

  private toggleStep(id: string) {
    const open = new Set(this.open);
    if (open.has(id)) open.delete(id);
    else open.add(id);
    this.open = open;
  }

  private onToggleAll() {
    const allOpen = this.stepIds.length > 0 && this.stepIds.every((id) => this.open.has(id));
    this.open = allOpen ? new Set() : new Set(this.stepIds);
  }

  private setDone(id: string, on: boolean) {
    const done = new Set(this.done);
    if (on) done.add(id);
    else done.delete(id);
    this.done = done;
    this.doneChanged = true;
  }

  private onResetDone() {
    this.done = new Set();
    this.doneChanged = false;
    this.pendingFocus = 'first-step';
  }

  private answer(questions: readonly FlowQuestion[], yes: boolean) {
    this.answers = [...this.answers, yes];
    const pos = walkFlow(questions, this.answers);
    if (pos.outcome) {
      // Focus moves to the outcome, which reads it: the live region says nothing, or it would be said twice.
      this.said.clear();
      this.flowDate = this.moment;
      this.pendingFocus = 'outcome';
    } else this.said.say('current');
  }

  private onBack() {
    this.answers = this.answers.slice(0, -1);
    this.flowDate = undefined;
    // Focus moves to the question's "Ja", whose group is named by the question.
    this.said.clear();
    this.pendingFocus = 'question';
  }

  private onRestart() {
    this.answers = [];
    this.flowDate = undefined;
    this.said.clear();
    this.pendingFocus = 'question';
  }

  private onPrint() {
    window.print();
  }

  private resetAll() {
    this.open = new Set();
    this.done = new Set();
    this.doneChanged = false;
    this.answers = [];
    this.flowDate = undefined;
    this.said.clear();
  }
}

/** The live region's words for where the flow is: the outcome, or the current question. */
function announceText(pos: ReturnType<typeof walkFlow>): string {
  if (pos.outcome) return msg(str`Uitkomst: ${pos.outcome.text}`, { id: 'meldroute-steps.announce-outcome' });
  if (pos.current) return msg(str`Vraag ${pos.current.number}: ${pos.current.question}`, { id: 'meldroute-steps.announce-question' });
  return '';
}
