import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { button } from '../../ui/button.js';
import { msg, str } from '@lit/localize';
import { SignalsElement } from '../../base/signals-element.js';
import { partsFor } from '../../catalog.js';
import { elementLabel, formLabel, neutral, neutralName, selectionLabel } from '../../base/labels.js';
import { scoreLabel, statusLabel } from '../../base/labels-checklist.js';
import { formatDateTime } from '../../base/format.js';
import { keepInPlace } from '../../base/keep-in-place.js';
import { Announcement } from '../../base/announcement.js';
import type { Part } from '../../data/slices.js';
import type { AnnexRow, AnnexRowId, Audience, Contact, Exploitation, Signal } from '../../data/types.js';
import { AUDIENCES, EXPLOITATIONS, type Selection } from '../../model/signals.js';
import {
  SCORES,
  assessedRows,
  checklistView,
  checkedByRow,
  emptyState,
  eventDetail,
  rowScore,
  setMinor,
  setNote,
  setScore,
  suggestedScore,
  summarize,
  toggleSignal,
  type ChecklistState,
  type Score,
} from '../../model/checklist.js';
import { regions } from '../../model/contacts.js';
import { sourcesOf } from '../../model/background.js';
import { phoneLink } from '../../ui/phone-link.js';
import { prose } from '../../ui/prose.js';
import { displayUrl, safeHref } from '../../model/links.js';
import { checklistStyles } from './styles.js';

import { DEFINITION_ELEMENTS as ELEMENTS } from '../../data/enums.js';

/**
 * A working checklist of the signals: every signal a checkbox, grouped by category; per row of
 * the EU guide's annex-1 form a score (0-3) and an optional note; the question whether the
 * person may be a minor (child rule); a live summary per element of the definition that never
 * gives a verdict and always ends in the advice to consult, with whom to call at the top.
 * State lives in memory only and is cleared on `pagehide`. Escape anywhere inside hides the
 * list at once behind a neutral line and keeps everything; "Wis alles" clears it, and can be
 * undone until the next change. For the front desk it starts short (its signals, the minor
 * question, the summary); the full EU annex-1 scoring is one click away. `discreet` (and the
 * button "Discreet") keeps "mensenhandel" and "uitbuiting" out of every heading and the summary.
 * Printing (or saving as PDF) gives a record of what was assessed only: date, ticked signals,
 * the scores and notes given, the minor question when answered, and whom to consult.
 *
 * @summary Signalenkaart: the signals, workable.
 * @tagname signal-checklist
 *
 * @attr exploitation - `labour`, `sexual`, `criminal` or `organ`. Without it: the signals of every form.
 * @attr region - Optional, lowercase region name from the contacts (e.g. `ijsselland`): adds the region's zorgcoördinator to the advice.
 * @attr discreet - Boolean: neutral headings and summary, without "mensenhandel", "uitbuiting", "trafficking" or "exploitation" (a companion may read along). The content and the printed record stay the same. The button "Discreet" switches it too.
 *
 * @prop {Date | undefined} now - The clock for the print record's date (default: the moment of printing). For tests and fixed demos.
 *
 * @fires signal-checklist-change - On every change of checked signals, scores or the minor question, on reset and on undo.
 *   Bubbles and is composed. `detail`: `{ checked: string[], scores: Partial<Record<row, 0|1|2|3>> (assessed rows only), minor: boolean | null,
 *   elements: Record<'handeling'|'middel'|'doel', status> }` — ids, scores and booleans only, never the notes.
 *
 * @csspart summary - The live summary with the advice to consult.
 *
 * @cssprop --signalenkaart-accent-color - Buttons, links, checkboxes, summary border.
 * @cssprop --signalenkaart-border-color - Borders of groups and fields.
 * @cssprop --signalenkaart-surface-color - Background of the privacy line.
 * @cssprop --signalenkaart-warning-background-color - Background of messages and the child rule.
 * @cssprop --signalenkaart-warning-border-color - Border of messages and the child rule.
 */
export class SignalChecklist extends SignalsElement {
  static styles = [...SignalsElement.styles, checklistStyles];

  static properties = {
    ...SignalsElement.properties,
    region: {},
    now: { attribute: false },
    state: { state: true },
    concealed: { state: true },
    full: { state: true },
    undoState: { state: true },
  };

  /** `region` attribute: a region of the contacts, for the regional zorgcoördinator. */
  region: string | null = null;
  /** Fixed clock for the print record; by default the moment of printing. */
  now?: Date;

  /** The checklist's state: in memory only. */
  private state: ChecklistState = emptyState();
  /** The date of the print record, set in beforeprint (the record is rendered while `printing`). */
  private printedAt = new Date(0);
  /** What the live region says, worded at render (so in the current language): a tick's count, or a clear or undo. */
  private readonly said = new Announcement<'count' | 'cleared' | 'restored'>(this);
  /** Hidden behind the neutral line (Escape): nothing is lost. */
  private concealed = false;
  /** The front desk asked for the full annex-1 form. */
  private full = false;
  /** What "Wis alles" cleared, until the next change: "Ongedaan maken" brings it back. */
  private undoState: ChecklistState | null = null;

  /** Content slices: the signals (see SignalsElement), contacts, the definition's child rule. */
  protected get parts(): readonly Part[] {
    return partsFor('signal-checklist', this.signalsPart);
  }

  /** The signals and rows of the last render, for the handlers and the event. */
  private shown: Signal[] = [];
  private rows: AnnexRow[] = [];

  connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('pagehide', this.onPageHide);
  }

  disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('pagehide', this.onPageHide);
  }

  render() {
    const ex = this.checkAttribute<Exploitation>('exploitation', this.exploitation, EXPLOITATIONS);
    const au = this.checkAttribute<Audience>('audience', this.audience, AUDIENCES);
    const { meta, contacts, definition } = this.data ?? {};
    const signals = this.signals;
    const rg = contacts ? this.checkAttribute<string>('region', this.region, regions(contacts)) : {};
    const problems = this.renderProblems([ex.problem, au.problem, rg.problem, this.headingProblem()]);
    if (!meta || !signals || !contacts || !definition) {
      return html`<div class="checklist" part="base" lang=${this.lang_}>${problems}${this.renderLoading()}</div>`;
    }
    const sel: Selection = { exploitation: ex.value, audience: au.value };
    const view = checklistView(signals, contacts, sel, { region: rg.value, full: this.full });
    const { nearest, shown, consult, short } = view;
    this.shown = shown;
    this.rows = meta.annexRows;
    const region = rg.value;
    const summary = summarize(this.state, this.rows, shown);
    const discreet = this.discreet && !this.printing;
    const title = discreet
      ? msg('Signalenlijst', { id: 'checklist.title.discreet' })
      : sel.exploitation
        ? msg(str`Signalenlijst ${formLabel(sel.exploitation).toLowerCase()}`, { id: 'checklist.title.form' })
        : msg('Signalenlijst mensenhandel', { id: 'checklist.title' });

    if (this.concealed && !this.printing) {
      return html`<div class="checklist concealed" part="base" lang=${this.lang_}>
        <p class="concealed-line">
          <span id="concealed">${msg('Lijst verborgen', { id: 'checklist.concealed' })}</span> –
          ${button(msg('tonen', { id: 'checklist.show' }), this.onShow, { action: 'show', describedBy: 'concealed' })}
        </p>
      </div>`;
    }

    return html`<div class=${this.printing ? 'checklist printing' : 'checklist'} part="base" lang=${this.lang_} @keydown=${this.onKeydown}>
      ${this.heading(0, title)} ${problems} ${this.renderNextStep(contacts)}
      <p class="privacy">
        ${msg(
          'Wat u hier aanvinkt en noteert, blijft alleen in dit venster: er wordt niets opgeslagen of verstuurd. Bij het sluiten van de pagina is alles weg.',
          { id: 'checklist.privacy' },
        )}
        <span class="needs-script">${msg('Escape verbergt de lijst; er gaat niets verloren.', { id: 'checklist.privacy-escape' })}</span>
      </p>
      ${this.renderActions(short)}
      <div class="controls">
        ${this.renderMinor(definition.childRule, view.child)}
        <section>
          ${this.heading(1, msg('Signalen', { id: 'checklist.signals' }))}
          ${nearest && !view.own
            ? html`<p class="message" part="message">
                ${msg(str`De bronnen geven geen signalen voor ${selectionLabel(sel)}.`, { id: 'checklist.none-for-selection' })}
                ${msg(str`Hieronder staan de signalen voor ${selectionLabel(nearest)}.`, { id: 'checklist.nearest' })}
              </p>`
            : nothing}
          ${view.groups.map(
            ({ category, signals: list }) => html`<fieldset>
              <legend>${discreet ? neutral(category.label, msg('Signalen', { id: 'checklist.signals' })) : category.label}</legend>
              ${list.map((s) => this.renderSignal(s))}
            </fieldset>`,
          )}
        </section>
      </div>
      ${this.renderSummary(summary, consult, region, discreet)}
      ${short
        ? html`<div class="actions no-print">
            ${button(msg('Uitgebreid formulier (EU-bijlage 1)', { id: 'checklist.full' }), this.onFull, { action: 'full', expanded: false })}
          </div>`
        : html`<div class="controls">${this.renderRows(shown, discreet)}</div>`}
      ${this.printing ? this.renderRecord(shown, summary, consult, sel, view.child) : nothing}
      <p class="visually-hidden" role="status" aria-live="polite">${this.said.value === 'count'
        ? countText(summary.checkedCount)
        : this.said.value === 'cleared'
          ? msg('Alles is gewist.', { id: 'checklist.cleared' })
          : this.said.value === 'restored'
            ? msg('Alles is teruggezet.', { id: 'checklist.restored' })
            : ''}</p>
      ${this.renderSources(sourcesOf(meta, [...shown.map((s) => s.ref), definition.ref]))}
    </div>`;
  }

  private renderActions(short: boolean): TemplateResult {
    return html`<div class="actions no-print">
      ${button(msg('Lijst verbergen (Escape)', { id: 'checklist.hide' }), this.onHide, { action: 'hide' })}
      ${button(msg('Discreet', { id: 'checklist.discreet' }), this.onDiscreet, { action: 'discreet', pressed: this.discreet })}
      ${button(msg('Afdrukken of bewaren als pdf', { id: 'checklist.print' }), this.onPrint)}
      ${short
        ? nothing
        : button(msg('Naar de samenvatting', { id: 'checklist.to-summary' }), this.onToSummary, { action: 'to-summary' })}
    </div>`;
  }

  /** The minor question and, when it may be a minor, the child rule. */
  private renderMinor(childRule: string | undefined, childContacts: Contact[]): TemplateResult {
    const minor = this.state.minor;
    const options: { value: boolean | null; key: string; label: string }[] = [
      { value: true, key: 'yes', label: msg('Ja', { id: 'checklist.minor.yes' }) },
      { value: false, key: 'no', label: msg('Nee', { id: 'checklist.minor.no' }) },
      { value: null, key: 'unknown', label: msg('Weet ik niet', { id: 'checklist.minor.unknown' }) },
    ];
    return html`<fieldset class="minor">
        <legend>${msg('Kan het om een minderjarige gaan (jonger dan 18)?', { id: 'checklist.minor' })}</legend>
        <div class="choices">
          ${options.map(
            (o) => html`<label class="choice">
              <input type="radio" name="minor" value=${o.key} .checked=${live(minor === o.value)} @change=${this.onMinor} />
              <span>${o.label}</span>
            </label>`,
          )}
        </div>
      </fieldset>
      ${minor === true
        ? html`<div class="child">
            ${childRule ? html`<p>${prose(childRule, this.lang_)}</p>` : nothing}
            <p>
              <strong>${msg('Neem bij een mogelijk minderjarige eerst contact op met de kinderbescherming.', { id: 'checklist.child-first' })}</strong>
            </p>
            ${this.renderContacts(childContacts)}
          </div>`
        : nothing}`;
  }

  private renderSignal(s: Signal): TemplateResult {
    return html`<label class="check">
      <input type="checkbox" data-id=${s.id} .checked=${live(this.state.checked.has(s.id))} @change=${this.onCheck} />
      <span>${s.text}${s.observable ? html` <span class="tag">(${msg('waarneembaar', { id: 'checklist.observable' })})</span>` : nothing}</span>
    </label>`;
  }

  /** Per annex-1 row: the score and an optional note, grouped by element of the definition. */
  private renderRows(shown: readonly Signal[], discreet: boolean): TemplateResult {
    const byRow = checkedByRow(this.state, shown);
    return html`<section>
      ${this.heading(1, msg('Beoordeling per onderdeel', { id: 'checklist.rows' }))}
      <p>
        ${msg(
          'Geef per onderdeel aan wat u weet. Een aangevinkt signaal zet het onderdeel op minstens 1; of het om bewijs gaat of dat er meer informatie nodig is, beslist u zelf.',
          { id: 'checklist.rows-intro' },
        )}
      </p>
      ${ELEMENTS.map(
        (element) => html`${this.heading(2, elementLabel(element))}
        ${this.rows
          .filter((r) => r.element === element)
          .map((row, i) => this.renderRow(row, shown, byRow.get(row.id) ?? [], discreet ? neutral(row.label, `${elementLabel(element)} ${i + 1}`) : row.label))}`,
      )}
    </section>`;
  }

  private renderRow(row: AnnexRow, shown: readonly Signal[], checked: Signal[], label: string): TemplateResult {
    const score = rowScore(this.state, row.id, shown);
    const suggested = suggestedScore(this.state, row.id, shown);
    const noteId = `note-${row.id}`;
    return html`<fieldset class="row" data-row=${row.id}>
      <legend>${label}</legend>
      <div class="choices">
        <label class="choice">
          <input
            type="radio"
            name=${`score-${row.id}`}
            value=""
            data-row=${row.id}
            .checked=${live(score === null)}
            ?disabled=${suggested !== null}
            @change=${this.onScore}
          />
          <span>${msg('niet beoordeeld', { id: 'checklist.score.none' })}</span>
        </label>
        ${SCORES.map(
          (s) => html`<label class="choice">
            <input
              type="radio"
              name=${`score-${row.id}`}
              value=${String(s)}
              data-row=${row.id}
              .checked=${live(score === s)}
              ?disabled=${s === 0 && suggested !== null}
              @change=${this.onScore}
            />
            <span>${scoreLabel(s)}</span>
          </label>`,
        )}
      </div>
      ${checked.length
        ? html`<p class="row-signals">
            ${msg(str`Aangevinkt (${checked.length}): minstens 1.`, { id: 'checklist.row-checked' })}
          </p>`
        : nothing}
      <label class="note-label" for=${noteId}>${msg(str`Notitie bij ${label} (niet verplicht)`, { id: 'checklist.note' })}</label>
      <textarea
        id=${noteId}
        rows="2"
        data-row=${row.id}
        autocomplete="off"
        spellcheck="false"
        .value=${live(this.state.notes[row.id] ?? '')}
        @input=${this.onNote}
      ></textarea>
    </fieldset>`;
  }

  /**
   * The summary, never a verdict, always ending in the advice to consult. Not a live region: read
   * whole after every tick it was about twenty words each time; a tick says its count in the
   * element's one live region. Its count needs the script (`needs-script`): without JavaScript
   * the boxes still tick but nothing counts them, so the count is left out rather than say "0"
   * beside ticked boxes.
   */
  private renderSummary(summary: ReturnType<typeof summarize>, consult: Contact[], region: string | undefined, discreet: boolean): TemplateResult {
    return html`<section class="summary" part="summary">
      ${this.heading(1, msg('Samenvatting', { id: 'checklist.summary' }), 'summary')}
      <div class="counts needs-script">
        <p>${countText(summary.checkedCount)}</p>
        ${this.renderStatuses(summary)}
        ${summary.childRule
          ? html`<p>${msg('Mogelijk minderjarige: middelen hoeven niet te worden vastgesteld.', { id: 'checklist.child-summary' })}</p>`
          : nothing}
      </div>
      ${this.renderAdvice(consult, region, discreet)}
      <div class="actions no-print">
        ${button(msg('Wis alles', { id: 'checklist.clear' }), this.onClear, { action: 'clear' })}
        ${this.undoState
          ? button(msg('Ongedaan maken', { id: 'checklist.undo' }), this.onUndo, { action: 'undo' })
          : nothing}
      </div>
    </section>`;
  }

  private renderStatuses(summary: ReturnType<typeof summarize>): TemplateResult {
    return html`<dl class="statuses">
      ${ELEMENTS.map(
        (el) => html`<dt>${elementLabel(el)}</dt>
          <dd><data value=${summary.elements[el]}>${statusLabel(summary.elements[el])}</data></dd>`,
      )}
    </dl>`;
  }

  private renderAdvice(consult: Contact[], region: string | undefined, discreet: boolean): TemplateResult {
    return html`<div class="advice">
      <p>
        ${discreet
          ? msg('Deze lijst geeft geen oordeel.', { id: 'checklist.no-verdict.discreet' })
          : msg('Deze lijst geeft geen oordeel of het om mensenhandel gaat.', { id: 'checklist.no-verdict' })}
        <strong>
          ${discreet
            ? msg('Overleg altijd over wat u ziet: met een collega, Veilig Thuis, CoMensha of de zorgcoördinator in uw regio.', {
                id: 'checklist.consult.discreet',
              })
            : msg('Overleg altijd over wat u ziet: met een collega, Veilig Thuis, CoMensha of de zorgcoördinator mensenhandel in uw regio.', {
                id: 'checklist.consult',
              })}
        </strong>
      </p>
      ${this.renderContacts(consult, true, discreet)}
      ${region
        ? nothing
        : html`<p class="muted">
            ${discreet
              ? msg('De zorgcoördinator in uw regio is bereikbaar via Veilig Thuis.', { id: 'checklist.zorgcoordinator.discreet' })
              : msg('De zorgcoördinator mensenhandel in uw regio is bereikbaar via Veilig Thuis.', { id: 'checklist.zorgcoordinator' })}
          </p>`}
    </div>`;
  }

  private renderContacts(list: Contact[], links = true, discreet = false): TemplateResult {
    return html`<ul class="contacts">
      ${list.map((c) => {
        const phones = c.phones ?? [];
        const web = phones.length ? null : safeHref(c.website);
        return html`<li>
          <span translate="no">${discreet ? neutralName(c.name) : c.name}</span>:
          ${phones.map((p, i) => html`${i ? ' ' : ''}${phoneLink(p.number, this.lang_, links, i < phones.length - 1 ? ',' : '')}`)}
          ${web ? (links ? html`<a href=${web} translate="no">${displayUrl(web)}</a>` : html`<span translate="no">${displayUrl(web)}</span>`) : nothing}
        </li>`;
      })}
    </ul>`;
  }

  /**
   * The print record: only rendered (and shown, by print styles) between beforeprint and
   * afterprint. It states only what the user did: ticked signals, the scores and notes given
   * (a row nobody assessed is counted as "niet beoordeeld", never printed as 0), the minor
   * question when answered, with its advice; then the advice to consult, with the numbers.
   */
  private renderRecord(
    shown: readonly Signal[],
    summary: ReturnType<typeof summarize>,
    consult: Contact[],
    sel: Selection,
    childContacts: Contact[],
  ): TemplateResult {
    const date = this.printedAt;
    const checked = shown.filter((s) => this.state.checked.has(s.id));
    const minor = this.state.minor;
    const assessed = assessedRows(this.state, this.rows, shown);
    const notAssessed = this.rows.length - assessed.length;
    return html`<section class="record">
      ${this.heading(1, msg('Verslag', { id: 'checklist.record' }))}
      <p>
        ${msg('Datum:', { id: 'checklist.record.date' })}
        <time datetime=${date.toISOString()}>${formatDateTime(date, this.lang_)}</time>
      </p>
      <p>${msg(str`Selectie: ${selectionLabel(sel)}.`, { id: 'checklist.record.selection' })}</p>
      ${minor === null
        ? nothing
        : html`<p>
              ${msg('Kan het om een minderjarige gaan (jonger dan 18)?', { id: 'checklist.minor' })}
              ${minor ? msg('Ja', { id: 'checklist.minor.yes' }) : msg('Nee', { id: 'checklist.minor.no' })}
            </p>
            ${minor
              ? html`<p>${msg('Neem bij een mogelijk minderjarige eerst contact op met de kinderbescherming.', { id: 'checklist.child-first' })}</p>
                  ${this.renderContacts(childContacts, false)}`
              : nothing}`}
      ${this.heading(2, msg('Aangevinkte signalen', { id: 'checklist.record.checked' }))}
      ${checked.length
        ? html`<ul class="record-signals">
            ${checked.map((s) => html`<li>${s.text}</li>`)}
          </ul>`
        : html`<p>${msg('Geen signalen aangevinkt.', { id: 'checklist.record.none' })}</p>`}
      ${this.heading(2, msg('Beoordeling per onderdeel', { id: 'checklist.rows' }))}
      ${assessed.length
        ? html`<table>
            <thead>
              <tr>
                <th scope="col">${msg('Onderdeel', { id: 'checklist.record.row' })}</th>
                <th scope="col">${msg('Score', { id: 'checklist.record.score' })}</th>
                <th scope="col">${msg('Notitie', { id: 'checklist.record.note' })}</th>
              </tr>
            </thead>
            <tbody>
              ${assessed.map((row) => {
                const score = rowScore(this.state, row.id, shown);
                return html`<tr data-row=${row.id}>
                  <th scope="row">${elementLabel(row.element)}: ${row.label}</th>
                  <td>${score === null ? msg('niet beoordeeld', { id: 'checklist.score.none' }) : html`<data value=${String(score)}>${scoreLabel(score)}</data>`}</td>
                  <td class="note">${this.state.notes[row.id] ?? ''}</td>
                </tr>`;
              })}
            </tbody>
          </table>`
        : nothing}
      <p class="not-assessed">
        ${notAssessed === this.rows.length
          ? msg('Geen onderdeel beoordeeld.', { id: 'checklist.record.none-assessed' })
          : msg(str`Niet beoordeeld: ${notAssessed} van de ${this.rows.length} onderdelen.`, { id: 'checklist.record.not-assessed' })}
      </p>
      ${this.heading(2, msg('Samenvatting', { id: 'checklist.summary' }))} ${this.renderStatuses(summary)}
      <p>${msg('Deze lijst geeft geen oordeel of het om mensenhandel gaat.', { id: 'checklist.no-verdict' })}
        ${msg('Overleg altijd over wat u ziet: met een collega, Veilig Thuis, CoMensha of de zorgcoördinator mensenhandel in uw regio.', {
          id: 'checklist.consult',
        })}</p>
      ${this.renderContacts(consult, false)}
      <p class="muted">
        ${msg('Dit verslag is nergens opgeslagen. Bewaar of vernietig het volgens de afspraken van uw organisatie.', { id: 'checklist.record.privacy' })}
      </p>
    </section>`;
  }

  private update_(state: ChecklistState, announce?: 'count' | 'cleared' | 'restored') {
    this.state = state;
    if (announce) this.said.say(announce);
    else this.said.clear();
    // Undo holds only until the next change.
    if (announce !== 'cleared') this.undoState = null;
    this.dispatchEvent(
      new CustomEvent('signal-checklist-change', { bubbles: true, composed: true, detail: eventDetail(state, this.rows, this.shown) }),
    );
  }

  private onCheck(e: Event) {
    const input = e.currentTarget as HTMLInputElement;
    this.update_(toggleSignal(this.state, input.dataset.id!, input.checked), 'count');
  }

  private onScore(e: Event) {
    const input = e.currentTarget as HTMLInputElement;
    if (!input.checked) return;
    this.update_(setScore(this.state, input.dataset.row as AnnexRowId, input.value === '' ? null : (Number(input.value) as Score)));
  }

  private onNote(e: Event) {
    const input = e.currentTarget as HTMLTextAreaElement;
    // Notes are not part of the event: no event for typing.
    this.state = setNote(this.state, input.dataset.row as AnnexRowId, input.value);
    this.undoState = null;
  }

  private onMinor(e: Event) {
    const input = e.currentTarget as HTMLInputElement;
    if (!input.checked) return;
    this.update_(setMinor(this.state, input.value === 'yes' ? true : input.value === 'no' ? false : null));
  }

  /** The actions row of the control that was used: it stays where the reader sees it. */
  private keepRow(e: Event, change: () => void) {
    const control = e.currentTarget as HTMLElement;
    change();
    void keepInPlace(control.closest('.actions') ?? control, this.updateComplete);
  }

  private onClear(e: Event) {
    this.keepRow(e, () => this.clear());
  }

  /** Clears everything; "Ongedaan maken" brings it back until the next change. */
  clear(): void {
    const before = this.state;
    this.update_(emptyState(), 'cleared');
    this.undoState = before;
  }

  private onUndo(e: Event) {
    const back = this.undoState;
    if (!back) return;
    this.keepRow(e, () => this.update_(back, 'restored'));
    void this.updateComplete.then(() => this.focusAction('clear'));
  }

  /** Hides the list behind a neutral line; everything stays. */
  hide(): void {
    this.concealed = true;
    this.said.clear();
    void this.updateComplete.then(() => this.focusAction('show'));
  }

  private onHide() {
    this.hide();
  }

  private onShow() {
    this.concealed = false;
    void this.updateComplete.then(() => this.focusAction('hide'));
  }

  /** The "Discreet" button: the attribute is the one place the setting lives. */
  private onDiscreet(e: Event) {
    this.keepRow(e, () => this.toggleAttribute('discreet', !this.discreet));
  }

  private onFull() {
    this.full = true;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('.row input')?.focus());
  }

  private onToSummary() {
    const heading = this.renderRoot.querySelector<HTMLElement>('#summary');
    if (!heading) return;
    heading.tabIndex = -1;
    heading.scrollIntoView({ block: 'start' });
    heading.focus({ preventScroll: true });
  }

  private focusAction(action: string) {
    this.renderRoot.querySelector<HTMLElement>(`[data-action="${action}"]`)?.focus();
  }

  private onKeydown(e: KeyboardEvent) {
    if (e.key === 'Escape' || e.key === 'Esc') this.hide();
  }

  private onPrint() {
    window.print();
  }

  protected willPrint(): void {
    this.printedAt = this.now ?? new Date();
  }

  private onPageHide = () => {
    this.printing = false;
    this.state = emptyState();
    this.undoState = null;
    this.concealed = false;
    this.said.clear();
    // Also clear what the browser may keep in the form controls of a page restored from the back/forward cache.
    this.performUpdate();
  };
}

/** The count of ticked signals, as the summary shows it and a tick says it. */
const countText = (n: number) => msg(str`Aangevinkte signalen: ${n}.`, { id: 'checklist.count' });
