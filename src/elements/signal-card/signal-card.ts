import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { button } from '../../ui/button.js';
import { prose, titleText } from '../../ui/prose.js';
import { msg, str } from '@lit/localize';
import { SignalsElement } from '../../base/signals-element.js';
import { loadingStyles } from '../../base/styles.js';
import { partsFor } from '../../catalog.js';
import { audienceLabel, discreetFormLabel, elementLabel, formLabel, neutral, selectionLabel } from '../../base/labels.js';
import type { Audience, Definition, Exploitation, SafeQuestionGroup, SmugglingComparison } from '../../data/types.js';
import type { Part } from '../../data/slices.js';
import { AUDIENCES, EXPLOITATIONS, isAudience, isExploitation, type Selection, type SignalGroup } from '../../model/signals.js';
import { cardContent, panelKeys, type CardContent, type FormContent } from '../../model/card.js';
import { displayUrl, safeHref } from '../../model/links.js';
import { cardStyles } from './styles.js';
import { serverContent } from '../../base/prerender.js';

/**
 * The signals of human trafficking for a form of exploitation and an audience, with the
 * explanation of the form, conversation guidance, for medical professionals the safe
 * questions and case examples, and a collapsed background section. At the top, whom to call
 * now (Veilig Thuis, 112); for medical professionals a button that goes straight to the safe
 * questions. `discreet` gives neutral headings for a card a companion may read along with.
 *
 * @summary Signalenkaart: the signals, readable.
 * @tagname signal-card
 *
 * @attr exploitation - `labour`, `sexual`, `criminal` or `organ`. Without it: an overview of all forms, each collapsible.
 * @attr discreet - Boolean: headings without "mensenhandel", "uitbuiting", "trafficking" or "exploitation" (neutral words instead); the content stays the same, and printing is unaffected.
 *
 * @csspart message - Messages about bad input or a selection without signals.
 *
 * @cssprop --signalenkaart-accent-color - Links, quote border.
 * @cssprop --signalenkaart-border-color - Borders of toggles, tables and case examples.
 * @cssprop --signalenkaart-surface-color - Background of toggles, quotes and notes.
 * @cssprop --signalenkaart-warning-background-color - Background of messages.
 * @cssprop --signalenkaart-warning-border-color - Border of messages.
 */
export class SignalCard extends SignalsElement {
  static styles = [...SignalsElement.styles, cardStyles, loadingStyles('signal-card')];

  static properties = {
    ...SignalsElement.properties,
    open: { state: true },
    wantBackground: { state: true },
  };

  /** Keys of the open panels. */
  private open: ReadonlySet<string> = new Set();

  /** Set in an idle moment near the screen: the background loads then, for find-in-page and print. */
  private wantBackground = false;

  /** Without a form the card shows a panel per form: each must have signals. */
  protected get eachForm(): boolean {
    return true;
  }

  /**
   * Content slices: the signals (see SignalsElement); case examples and safe questions (the
   * `practice` slice) only for medical professionals. The background (most of the card's
   * content, in a closed panel) comes later: when its panel opens, the page prints, or in an idle
   * moment once the card is near the screen (so find-in-page finds it); at once when the reader
   * opened it on the pre-rendered page, before the script came.
   */
  protected get parts(): readonly Part[] {
    const parts = partsFor('signal-card', this.signalsPart, this.audience);
    return this.wantBackground || this.printing || this.open.has('background') || this.openedBeforeSwap().has('background') ? [...parts, 'background'] : parts;
  }

  protected willUpdate(changed: PropertyValues): void {
    // Once wanted, the background stays wanted: a load started for a print must not be dropped
    // when the print ends (the next print would miss it again), nor one for a panel closed again.
    if (this.parts.includes('background')) this.wantBackground = true;
    super.willUpdate(changed);
  }

  protected whenIdleNearScreen(): void {
    super.whenIdleNearScreen();
    this.wantBackground = true;
  }

  render() {
    const ex = this.checkAttribute<Exploitation>('exploitation', this.exploitation, EXPLOITATIONS);
    const au = this.checkAttribute<Audience>('audience', this.audience, AUDIENCES);
    const problems = this.renderProblems([ex.problem, au.problem, this.headingProblem()]);
    const sel: Selection = { exploitation: ex.value, audience: au.value };
    const content = this.contentFor(sel);
    if (!content) return html`<div class="card" part="base" lang=${this.lang_}>${problems}${this.renderLoading()}</div>`;
    if (this.startOpen) {
      this.startOpen = false;
      this.open = new Set(panelKeys(content).filter((k) => this.openedBeforeSwap().has(k)));
    }
    const allOpen = panelKeys(content).every((k) => this.open.has(k));
    const title = this.isDiscreet
      ? sel.exploitation
        ? msg(str`Signalen: ${discreetFormLabel(sel.exploitation).toLowerCase()}`, { id: 'card.title.form.discreet' })
        : msg('Signalen', { id: 'card.signals' })
      : sel.exploitation
        ? msg(str`Signalen van ${formLabel(sel.exploitation).toLowerCase()}`, { id: 'card.title.form' })
        : msg('Signalen van mensenhandel', { id: 'card.title' });
    return html`<div class="card" part="base" lang=${this.lang_}>
      ${this.heading(0, title)}
      ${problems} ${this.renderNextStep(this.data?.contacts)}
      ${sel.audience
        ? html`<p class="intro">${msg(str`Voor ${audienceLabel(sel.audience)}.`, { id: 'card.for-audience' })}</p>`
        : nothing}
      <div class="actions">
        ${button(msg('Alles openklappen', { id: 'card.open-all' }), this.onToggleAll, { pressed: allOpen })}
        ${content.safeQuestions
          ? button(msg('Naar de veilige vragen', { id: 'card.to-safe-questions' }), this.onToSafeQuestions, { action: 'safe-questions' })
          : nothing}
      </div>
      ${sel.exploitation ? this.renderSingle(content) : this.renderOverview(content)}
      ${this.collapsible('background', msg('Achtergrond', { id: 'card.background' }), 1, () => this.renderBackground(content))}
      ${this.renderSources(content.sources)}
    </div>`;
  }

  /** What the card shows for a selection (model/card), once its content is loaded. */
  private contentFor(sel: Selection): CardContent | undefined {
    const { meta, explanations, background, definition, practice } = this.data ?? {};
    const signals = this.signals;
    if (!meta || !signals || !explanations || !definition) return undefined;
    return cardContent(meta, signals, { ...background, ...explanations, ...practice, definition }, sel);
  }

  /** One form of exploitation: explanation, signals, guidance, medical extras. */
  private renderSingle(content: CardContent): TemplateResult {
    return html`${this.renderForm(content.forms[0], 1)}${content.safeQuestions ? this.renderSafeQuestions(content.safeQuestions, 1) : nothing}`;
  }

  /** All forms, each collapsible. */
  private renderOverview(content: CardContent): TemplateResult {
    const sq = content.safeQuestions;
    return html`<p class="intro">
        ${msg('Open een vorm van uitbuiting om de signalen, de uitleg en tips voor het gesprek te zien.', { id: 'card.overview-intro' })}
      </p>
      ${content.forms.map((f) => this.collapsible(`form-${f.form}`, this.isDiscreet ? discreetFormLabel(f.form) : formLabel(f.form), 1, () => this.renderForm(f, 2)))}
      ${sq ? this.collapsible('safe-questions', msg('Veilige vragen', { id: 'card.safe-questions' }), 1, () => this.renderSafeQuestions(sq, 2, false)) : nothing}`;
  }

  /** The content for one form, headings starting at `depth`. */
  private renderForm(f: FormContent, depth: number): TemplateResult {
    const explanation = f.explanation;
    return html`
      ${explanation
        ? html`<section class="section">
            ${this.heading(depth, this.neutralHeading(explanation.title, msg('Uitleg', { id: 'card.explanation' })))}
            ${explanation.paragraphs.map((p) => html`<p>${prose(p, this.lang_)}</p>`)}
          </section>`
        : nothing}
      <section class="section">
        ${this.heading(depth, f.specific || !f.nearest ? msg('Signalen', { id: 'card.signals' }) : msg('Algemene signalen', { id: 'card.general-signals' }))}
        ${this.renderSignals(f, depth + 1)}
      </section>
      ${this.renderGuidance(f, depth)} ${this.renderCases(f, depth)}
    `;
  }

  /** The signals of a form grouped by category; a form without signals for the audience points to the nearest selection. */
  private renderSignals(f: FormContent, depth: number): TemplateResult {
    if (!f.nearest) return html`<p class="message" part="message">${msg('Er zijn geen signalen beschikbaar.', { id: 'card.no-signals' })}</p>`;
    return html`
      ${f.own
        ? nothing
        : html`<p class="message" part="message">
            ${msg(str`De bronnen geven geen signalen voor ${selectionLabel(f.selection)}.`, { id: 'card.none-for-selection' })}
            ${msg(str`Hieronder staan de signalen voor ${selectionLabel(f.nearest)}.`, { id: 'card.nearest' })}
          </p>`}
      ${f.own && !f.specific
        ? html`<p class="note">
            ${msg(str`De bronnen geven geen aparte signalen voor ${selectionLabel(f.selection)}. Deze signalen gelden voor alle vormen van mensenhandel.`, {
              id: 'card.general-only',
            })}
          </p>`
        : nothing}
      ${this.renderGroups(f.groups, depth)}
    `;
  }

  private renderGroups(groups: readonly SignalGroup[], depth: number): TemplateResult[] {
    return groups.map(
      ({ category, signals }) => html`<section class="group">
        ${this.heading(depth, this.neutralHeading(category.label, msg('Signalen', { id: 'card.signals' })))}
        <ul class="signals">
          ${signals.map(
            (s) =>
              html`<li>
                ${s.text}${s.observable ? html`<span class="tag">${msg('waarneembaar', { id: 'card.observable' })}</span>` : nothing}
              </li>`,
          )}
        </ul>
      </section>`,
    );
  }

  /** What helps and what hinders in the conversation, where the sources give it for the form. */
  private renderGuidance(f: FormContent, depth: number): TemplateResult | typeof nothing {
    if (!f.guidance.length) return nothing;
    return html`<section class="section">
      ${this.heading(depth, msg('Het gesprek: wat helpt en wat niet', { id: 'card.guidance' }))}
      ${f.guidance.map(
        (g) => html`${(g.intro ?? []).map((p) => html`<p>${prose(p, this.lang_)}</p>`)}
          <div class="columns">
            ${this.column(depth + 1, msg('Wat helpt', { id: 'card.helps' }), g.helps)}
            ${this.column(depth + 1, msg('Wat niet helpt', { id: 'card.hinders' }), g.hinders)}
          </div>`,
      )}
    </section>`;
  }

  /** One column of the guidance: a heading and its list. */
  private column(depth: number, title: string, items: readonly string[]) {
    return html`<div>
      ${this.heading(depth, title)}
      <ul>
        ${items.map((t) => html`<li>${prose(t, this.lang_)}</li>`)}
      </ul>
    </div>`;
  }

  /** Case examples with their signals (medical audience). */
  private renderCases(f: FormContent, depth: number): TemplateResult | typeof nothing {
    if (!f.cases.length) return nothing;
    return html`<section class="section">
      ${this.heading(depth, msg('Voorbeelden uit de praktijk', { id: 'card.cases' }))}
      ${f.cases.map(
        (c) => html`<article class="case">
          ${this.heading(depth + 1, this.neutralHeading(c.title, msg('Voorbeeld', { id: 'card.case' })))} ${c.story.map((p) => html`<p>${prose(p, this.lang_)}</p>`)}
          ${c.signals.length
            ? html`<p class="case-signals">${msg('Signalen in dit voorbeeld:', { id: 'card.case-signals' })}</p>
                <ul>
                  ${c.signals.map((s) => html`<li>${prose(s, this.lang_)}</li>`)}
                </ul>`
            : nothing}
          ${c.outcome ? html`<p>${prose(c.outcome, this.lang_)}</p>` : nothing}
        </article>`,
      )}
    </section>`;
  }

  /** Safe questions (medical audience). */
  private renderSafeQuestions(sq: NonNullable<CardContent['safeQuestions']>, depth: number, withHeading = true): TemplateResult {
    const inner = depth + (withHeading ? 1 : 0);
    return html`<section class="section safe-questions">
      ${withHeading ? this.heading(depth, msg('Veilige vragen', { id: 'card.safe-questions' }), 'safe-questions') : nothing}
      ${sq.intro.map((p) => html`<p>${prose(p, this.lang_)}</p>`)}
      ${sq.groups.map(
        (g: SafeQuestionGroup) => html`${this.heading(inner, this.neutralHeading(g.title, msg('Vragen', { id: 'card.questions' })))}
          <ul>
            ${g.questions.map((q) => html`<li>${prose(q, this.lang_)}</li>`)}
          </ul>`,
      )}
    </section>`;
  }

  /**
   * The background panel's content: definition, smuggling, other explanations, sections,
   * reading, and their sources; a loading line until the background is there. Printed before
   * it is there (a page printed right after it opened: print cannot wait for a load), the paper
   * says so, rather than "loading".
   */
  private renderBackground({ background: bg }: CardContent): TemplateResult {
    if (!this.data?.background) {
      return this.printing && !this.loadFailed
        ? html`<p class="muted">${msg('De achtergrond is niet afgedrukt: die werd nog geladen. Druk de pagina opnieuw af om hem mee te nemen.', { id: 'card.background-not-printed' })}</p>`
        : this.loadingLine();
    }
    return html`
      ${bg.definition ? this.renderDefinition(bg.definition) : nothing} ${bg.smuggling ? this.renderSmuggling(bg.smuggling) : nothing}
      ${bg.moreForms.map(
        (f) => html`<section class="section">
          ${this.heading(2, this.neutralHeading(f.title, msg('Uitleg', { id: 'card.explanation' })))} ${f.paragraphs.map((p) => html`<p>${prose(p, this.lang_)}</p>`)}
        </section>`,
      )}
      ${bg.sections.map(
        (s) => html`<section class="section">
          ${this.heading(2, titleText(this.neutralHeading(s.title, msg('Achtergrond', { id: 'card.background' })), this.lang_))} ${(s.paragraphs ?? []).map((p) => html`<p>${prose(p, this.lang_)}</p>`)}
          ${s.points?.length
            ? html`<ul>
                ${s.points.map((p) => html`<li>${prose(p, this.lang_)}</li>`)}
              </ul>`
            : nothing}
        </section>`,
      )}
      ${bg.reading.length
        ? html`<section class="section reading">
            ${this.heading(2, msg('Meer lezen', { id: 'card.reading' }))}
            <ul>
              ${bg.reading.map((r) => {
                const href = safeHref(r.url);
                if (href) return html`<li><a href=${href}>${titleText(r.title, this.lang_)}</a> <span class="muted">(<span translate="no">${displayUrl(href)}</span>)</span></li>`;
                const text = r.text ?? r.url;
                return html`<li>${titleText(r.title, this.lang_)}${text ? html`: <span class="muted">${text}</span>` : nothing}</li>`;
              })}
            </ul>
          </section>`
        : nothing}
      ${this.renderSources(bg.sources, false)}
    `;
  }

  private renderDefinition(d: Definition): TemplateResult {
    const parts = [
      { label: elementLabel('handeling'), items: d.handeling },
      { label: elementLabel('middel'), items: d.middel },
      { label: elementLabel('doel'), items: d.doel },
    ];
    return html`<section class="section">
      ${this.heading(2, this.neutralHeading(msg('De definitie van mensenhandel', { id: 'card.definition' }), msg('De definitie', { id: 'card.definition.discreet' })))}
      <blockquote>${d.quote}</blockquote>
      ${d.explanation.map((p) => html`<p>${prose(p, this.lang_)}</p>`)}
      <div class="columns">
        ${parts.map(
          (p) => html`<div>
            ${this.heading(3, p.label)}
            <ul>
              ${p.items.map((i) => html`<li>${prose(i, this.lang_)}</li>`)}
            </ul>
          </div>`,
        )}
      </div>
      ${this.heading(3, msg('Bij kinderen', { id: 'card.child-rule' }))}
      <p class="note">${d.childRule}</p>
    </section>`;
  }

  private renderSmuggling(s: SmugglingComparison): TemplateResult {
    const trafficking = msg('Mensenhandel', { id: 'card.trafficking' });
    const smuggling = msg('Mensensmokkel', { id: 'card.smuggling-col' });
    return html`<section class="section smuggling">
      ${this.heading(2, this.neutralHeading(msg('Mensenhandel en mensensmokkel', { id: 'card.smuggling' }), msg('Vergelijking met smokkel', { id: 'card.smuggling.discreet' })))}
      ${s.intro.map((p) => html`<p>${p}</p>`)}
      <table class="compare" role="table">
        <thead role="rowgroup">
          <tr role="row">
            <td role="cell"></td>
            <th scope="col" role="columnheader">${trafficking}</th>
            <th scope="col" role="columnheader">${smuggling}</th>
          </tr>
        </thead>
        <tbody role="rowgroup">
          ${s.rows.map(
            (r) => html`<tr role="row">
              <th scope="row" role="rowheader">${r.aspect}</th>
              <td role="cell" data-label=${trafficking}>${r.trafficking}</td>
              <td role="cell" data-label=${smuggling}>${r.smuggling}</td>
            </tr>`,
          )}
        </tbody>
      </table>
    </section>`;
  }

  /**
   * A heading with a toggle button, and its panel. A closed panel's content is not rendered
   * (a page with many cards stays light; the footer's sources come from the model, not from
   * what is rendered); while printing, every panel is rendered and shown by the print rule.
   * Pre-rendered, the panel is a closed native `<details>` that holds its content: it opens
   * without a script, its text is in the page (a browser's find-in-page may look into it), and
   * the first frame does not lay it out. Its summary has the toggle's box, so the take-over
   * moves nothing.
   */
  private collapsible(key: string, label: string, depth: number, content: () => TemplateResult | typeof nothing): TemplateResult {
    const open = this.open.has(key);
    const id = `panel-${key}`;
    const toggleLabel = html`<span class="toggle-label">${label}</span>`;
    if (serverContent)
      return html`<details data-key=${key}>
        <summary>${this.heading(depth, html`<span class="toggle">${toggleLabel}</span>`)}</summary>
        <div class="panel" id=${id}>${content()}</div>
      </details>`;
    return html`${this.heading(
        depth,
        html`<button
          type="button"
          class="toggle"
          aria-expanded=${open ? 'true' : 'false'}
          aria-controls=${id}
          data-key=${key}
          @click=${this.onToggle}
        >
          ${toggleLabel}
        </button>`,
      )}
      ${this.panel(id, open, content, () => this.openPanel(key))}`;
  }

  /** Neutral while `discreet` (not in print): see base/labels `neutral`. */
  private get isDiscreet(): boolean {
    return this.discreet && !this.printing;
  }

  private neutralHeading(text: string, fallback: string): string {
    return this.isDiscreet ? neutral(text, fallback) : text;
  }

  /** "Naar de veilige vragen": opens their panel in the overview, then moves there. */
  private async onToSafeQuestions() {
    if (!this.open.has('safe-questions')) this.open = new Set([...this.open, 'safe-questions']);
    await this.updateComplete;
    const target =
      this.renderRoot.querySelector<HTMLElement>('#safe-questions') ?? this.renderRoot.querySelector<HTMLElement>('button[data-key="safe-questions"]');
    if (!target) return;
    if (target.localName !== 'button') target.tabIndex = -1;
    target.scrollIntoView({ block: 'start' });
    target.focus({ preventScroll: true });
  }

  /** Opens a panel (find-in-page found something in it). */
  private openPanel(key: string) {
    if (!this.open.has(key)) this.open = new Set([...this.open, key]);
  }

  private onToggle(e: Event) {
    const key = (e.currentTarget as HTMLElement).dataset.key!;
    const open = new Set(this.open);
    if (open.has(key)) open.delete(key);
    else open.add(key);
    this.open = open;
  }

  private onToggleAll() {
    const content = this.contentFor({
      exploitation: isExploitation(this.exploitation) ? this.exploitation : undefined,
      audience: isAudience(this.audience) ? this.audience : undefined,
    });
    if (!content) return;
    const keys = panelKeys(content);
    this.open = keys.every((k) => this.open.has(k)) ? new Set() : new Set(keys);
  }
}
