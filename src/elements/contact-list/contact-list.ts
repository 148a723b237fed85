import { html, nothing } from 'lit';
import { msg, str } from '@lit/localize';
import { formatDateTime } from '../../base/format.js';
import type { Topic } from '../../data/types.js';
import { TOPICS, regions } from '../../model/contacts.js';
import { contactListView } from '../../model/contact-list.js';
import { acuteLine, contactCards } from '../../ui/contact-card.js';
import { localHeading } from '../../ui/local-contacts.js';
import { ContactsElement } from '../../base/contacts-element.js';
import { contactListStyles } from './styles.js';

/** Interface label of a topic. */
export function topicLabel(topic: Topic): string {
  switch (topic) {
    case 'acute':
      return msg('bij acuut gevaar', { id: 'contact-list.topic.acute' });
    case 'report':
      return msg('melden', { id: 'contact-list.topic.report' });
    case 'advice':
      return msg('advies en overleg', { id: 'contact-list.topic.advice' });
    case 'anonymous':
      return msg('anoniem melden of advies vragen', { id: 'contact-list.topic.anonymous' });
    case 'labour':
      return msg('arbeidsuitbuiting', { id: 'contact-list.topic.labour' });
    case 'sexual':
      return msg('seksuele uitbuiting', { id: 'contact-list.topic.sexual' });
    case 'criminal':
      return msg('criminele uitbuiting', { id: 'contact-list.topic.criminal' });
    case 'minors':
      return msg('minderjarigen', { id: 'contact-list.topic.minors' });
    case 'migrants':
      return msg('migranten', { id: 'contact-list.topic.migrants' });
    case 'sex-workers':
      return msg('sekswerkers', { id: 'contact-list.topic.sex-workers' });
    case 'shelter':
      return msg('opvang en ondersteuning', { id: 'contact-list.topic.shelter' });
    case 'medical':
      return msg('medische hulp', { id: 'contact-list.topic.medical' });
  }
}

/**
 * Whom to call now: the organisations for a topic (or the core list), each with what it is
 * for, phone numbers as `tel:` links, e-mail, website, address, opening hours with their
 * source, whether it is open now (Europe/Amsterdam) and, when closed, who is reachable day
 * and night. Local contacts given by the page come first. Printing gives a handout.
 *
 * @summary Contacts for (suspected) human trafficking, with open-now.
 * @tagname contact-list
 *
 * @attr topic - `acute`, `report`, `advice`, `anonymous`, `labour`, `sexual`, `criminal`, `minors`, `migrants`, `sex-workers`, `shelter` or `medical`. Without it: the core list (112, Politie, Veilig Thuis, Meld Misdaad Anoniem, CoMensha, Nederlandse Arbeidsinspectie, FairWork).
 * @attr region - A region of the dataset, lowercase and hyphenated (e.g. `ijsselland`): its regional contacts are shown first.
 * @attr heading-level - Level of the element's top heading, 1-6 (default 2).
 * @attr color-scheme - `light`, `dark` or `light dark` (follow the user's `prefers-color-scheme`). Without it: the page's CSS `color-scheme` (or `<meta name="color-scheme">`); light by default.
 * @attr now - A fixed moment for "open now", as an ISO 8601 date-time (e.g. `2026-11-23T09:00:00+01:00`). Property `now` (a `Date`). Default: the current time, refreshed every minute.
 *
 * @slot local - Local contacts as plain HTML, for CMSes that strip `<script>`. Shown first, under "Binnen uw gemeente". (A child `<script type="application/json">` with an array of `{name, description, phone, email, url, hours}` does the same and is validated.)
 *
 * @csspart base - The element's outer container.
 * @csspart heading - The top heading.
 * @csspart subheading - Every other heading.
 * @csspart message - Messages about bad input.
 * @csspart contact - One contact card.
 * @csspart local - The section with local contacts.
 * @csspart footer - Sources and dataset version.
 *
 * @cssstate dark - Shows its dark colours (see `color-scheme`).
 *
 * @cssprop --signalenkaart-color - Text colour.
 * @cssprop --signalenkaart-background-color - Background colour.
 * @cssprop --signalenkaart-muted-color - Colour of secondary text.
 * @cssprop --signalenkaart-accent-color - Links, border of local contacts.
 * @cssprop --signalenkaart-accent-contrast-color - Text on the accent colour.
 * @cssprop --signalenkaart-border-color - Borders of contact cards.
 * @cssprop --signalenkaart-surface-color - Background of the around-the-clock alternative.
 * @cssprop --signalenkaart-focus-color - Focus outline.
 * @cssprop --signalenkaart-focus-background-color - Focus halo.
 * @cssprop --signalenkaart-warning-background-color - Background of messages.
 * @cssprop --signalenkaart-warning-border-color - Border of messages and the 112 line.
 * @cssprop --signalenkaart-font-family - Font family.
 * @cssprop --signalenkaart-font-size - Base font size.
 * @cssprop --signalenkaart-line-height - Line height.
 * @cssprop --signalenkaart-space - Spacing.
 * @cssprop --signalenkaart-space-sm - Small spacing.
 * @cssprop --signalenkaart-border-radius - Corner radius.
 */
export class ContactList extends ContactsElement {
  static styles = [...ContactsElement.styles, contactListStyles];

  static properties = {
    ...ContactsElement.properties,
    topic: { reflect: false },
  };

  /** `topic` attribute, or null for the core list. */
  topic: string | null = null;
  protected readonly parts = ['contacts', 'meta'] as const;

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
    return html`<section class="contact-list" part="base" lang=${this.lang_}>
      ${this.heading(0, title)}
      ${this.renderProblems([...baseProblems, regionCheck.problem])} ${this.renderNextStep(contacts, this.local.contacts)}
      ${view.emptyTopic
        ? html`<p class="muted">${msg('Voor dit onderwerp zijn geen contacten bekend; hieronder de algemene lijst.', { id: 'contact-list.empty-topic' })}</p>`
        : nothing}
      ${this.noNextStep && view.without112 ? acuteLine() : nothing}
      <div class="actions no-print">
        <button type="button" class="button secondary" @click=${this.onPrint}>
          ${msg('Afdrukken als overzicht', { id: 'contact-list.print' })}
        </button>
      </div>
      <p class="print-only muted">${msg(str`Afgedrukt op ${formatDateTime(now, this.lang_)}.`, { id: 'contact-list.printed' })}</p>
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
