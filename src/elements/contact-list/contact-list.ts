import { html, nothing } from 'lit';
import { msg, str } from '@lit/localize';
import { formatDateTime } from '../../base/format.js';
import type { Topic } from '../../data/types.js';
import { TOPICS, regions } from '../../model/contacts.js';
import { contactListView } from '../../model/contact-list.js';
import { acuteLine, contactCards } from '../../ui/contact-card.js';
import { button } from '../../ui/button.js';
import { localHeading } from '../../ui/local-contacts.js';
import { topicLabel } from '../../base/labels-topic.js';
import { ContactsElement } from '../../base/contacts-element.js';
import { loadingStyles } from '../../base/styles.js';
import { partsFor } from '../../catalog.js';
import { serverContent } from '../../base/prerender.js';
import { contactListStyles } from './styles.js';

/**
 * Whom to call now: the organisations for a topic (or the core list), each with what it is
 * for, phone numbers as `tel:` links, e-mail, website, address, opening hours with their
 * source, whether it is open now (Europe/Amsterdam; on a public holiday, that the line may be
 * closed, not "open now") and, when closed, who is reachable day and night. Local contacts
 * given by the page come first. Printing gives a handout.
 *
 * @summary Contacts for (suspected) human trafficking, with open-now.
 * @tagname contact-list
 *
 * @attr topic - `acute`, `report`, `advice`, `anonymous`, `labour`, `sexual`, `criminal`, `minors`, `migrants`, `sex-workers`, `shelter` or `medical`. Without it: the core list (112, Politie, Veilig Thuis, Meld Misdaad Anoniem, CoMensha, Nederlandse Arbeidsinspectie, FairWork).
 * @attr region - A region of the dataset, lowercase and hyphenated (e.g. `ijsselland`): its regional contacts are shown first.
 * @attr now - A fixed moment for "open now", as an ISO 8601 date-time (e.g. `2026-11-23T09:00:00+01:00`). Property `now` (a `Date`). Default: the current time, followed to the minute (within seconds of it turning).
 *
 * @cssprop --signalenkaart-accent-color - Links, border of local contacts.
 * @cssprop --signalenkaart-border-color - Borders of contact cards.
 * @cssprop --signalenkaart-surface-color - Background of the around-the-clock alternative.
 * @cssprop --signalenkaart-warning-background-color - Background of messages.
 * @cssprop --signalenkaart-warning-border-color - Border of messages and the 112 line.
 */
export class ContactList extends ContactsElement {
  static styles = [...ContactsElement.styles, contactListStyles, loadingStyles('contact-list')];

  static properties = {
    ...ContactsElement.properties,
    topic: { reflect: false },
  };

  /** `topic` attribute, or null for the core list. */
  topic: string | null = null;
  protected readonly parts = partsFor('contact-list');

  render() {
    const { contacts, meta } = this.data ?? {};
    const topicCheck = this.checkAttribute<Topic>('topic', this.topic, TOPICS);
    const baseProblems = [topicCheck.problem, this.headingProblem(), this.clockProblem(), ...this.local.notes()];
    if (!contacts || !meta) {
      return html`<section class="contact-list" part="base" lang=${this.lang_}>${this.renderProblems(baseProblems)}${this.renderLoading()}</section>`;
    }
    const regionCheck = this.checkAttribute('region', this.region, regions(contacts));
    const topic = topicCheck.value;
    const region = regionCheck.value;
    const view = contactListView(contacts, { topic, region });
    const list = view.contacts;
    const hasLocal = this.local.any;
    const ctx = this.cardContext(contacts, meta, region, (content) => this.heading(hasLocal ? 2 : 1, content));
    const now = ctx.now;
    const title = topic
      ? msg(str`Contacten: ${topicLabel(topic)}`, { id: 'contact-list.title-topic' })
      : msg('Contacten bij (een vermoeden van) mensenhandel', { id: 'contact-list.title' });
    // When it was printed: not in pre-rendered HTML, which may be printed weeks later, without a
    // script to say when (the script adds it when it takes the element over: print-only, nothing moves).
    const printed = serverContent
      ? nothing
      : html`<p class="print-only muted">${msg(str`Afgedrukt op ${formatDateTime(now, this.lang_)}.`, { id: 'contact-list.printed' })}</p>`;
    return html`<section class="contact-list" part="base" lang=${this.lang_}>
      ${this.heading(0, title)}
      ${this.renderProblems([...baseProblems, regionCheck.problem])} ${this.renderNextStep(contacts, this.local.contacts)}
      ${view.emptyTopic
        ? html`<p class="muted">${msg('Voor dit onderwerp zijn geen contacten bekend; hieronder de algemene lijst.', { id: 'contact-list.empty-topic' })}</p>`
        : nothing}
      ${this.noNextStep && view.without112 ? acuteLine() : nothing}
      <div class="actions no-print">
        ${button(msg('Afdrukken als overzicht', { id: 'contact-list.print' }), this.onPrint)}
      </div>
      ${printed}
      ${this.local.render({ heading: this.heading(1, localHeading()), ctx: { ...ctx, heading: (c) => this.heading(2, c) } })}
      ${hasLocal ? this.heading(1, msg('Landelijke contacten', { id: 'contact-list.national-heading' })) : nothing}
      ${contactCards(list, ctx)}
      ${this.renderSources(view.sources)}
    </section>`;
  }

  private onPrint() {
    window.print();
  }
}
