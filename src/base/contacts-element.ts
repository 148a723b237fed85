/**
 * What `<contact-list>` and `<meldroute-steps>` share on top of the base: the `region` and `now`
 * attributes, local contacts (a JSON block, the `localContacts` property or the `local` slot),
 * the minute clock for "open now", the contact cards' styles and the context they render in.
 */
import type { PropertyValues, TemplateResult } from 'lit';
import { SignalenkaartElement } from './element.js';
import type { ContactsSlice, Meta } from '../data/types.js';
import { resolveContacts } from '../model/contacts.js';
import { alwaysOpen } from '../model/hours.js';
import type { LocalContactInput } from '../model/local-contacts.js';
import { contactCardStyles, type CardContext } from '../ui/contact-card.js';
import { LocalContactsController } from '../ui/local-contacts.js';
import { MinuteClock, badNowMessage, badNowWarning, dateConverter, isValidDate } from './clock.js';

/**
 * The API `<contact-list>` and `<meldroute-steps>` share on top of the base (see element.ts).
 *
 * @slot local - Local contacts as plain HTML, for CMSes that strip `<script>`. Shown first, under "Binnen uw gemeente". (A child `<script type="application/json">` with an array of `{name, description, phone, email, url, hours}` does the same and is validated.)
 * @csspart contact - One contact card.
 * @csspart local - The section with local contacts.
 */
export abstract class ContactsElement extends SignalenkaartElement {
  static styles = [...SignalenkaartElement.styles, contactCardStyles];

  static properties = {
    ...SignalenkaartElement.properties,
    region: { reflect: false },
    now: { attribute: 'now', converter: dateConverter },
    localContacts: { attribute: false },
  };

  /** `region` attribute, or null for national contacts only. */
  region: string | null = null;
  /** The moment "open now" is computed for; undefined = the current time. */
  now?: Date;
  /**
   * Local contacts from JavaScript (React, Vue, a page's own script): the same list as a child
   * `<script type="application/json">`, validated the same way, and taking its place. `null`
   * shows none; `undefined` (the default) reads the script.
   */
  localContacts?: readonly LocalContactInput[] | null;

  protected readonly local = new LocalContactsController(this, (key, message) => this.warnOnce(key, message));

  constructor() {
    super();
    new MinuteClock(this, () => this.now !== undefined);
  }

  protected willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('localContacts')) this.local.setProperty(this.localContacts);
  }

  /** The moment shown: `now` when it is a real one, else the current time. */
  protected get moment(): Date {
    return isValidDate(this.now) ? this.now : new Date();
  }

  /** A visible message (and a warning) for an unusable `now`. */
  protected clockProblem(): string | undefined {
    if (this.now === undefined || isValidDate(this.now)) return undefined;
    this.warnOnce('now', badNowWarning(this.getAttribute('now') ?? String(this.now)));
    return badNowMessage();
  }

  /** What the contact cards render with: language, moment, headings, sources, the round-the-clock contacts. */
  protected cardContext(contacts: ContactsSlice, meta: Meta, region: string | undefined, heading: (content: unknown) => TemplateResult): CardContext {
    return {
      lang: this.lang_,
      now: this.moment,
      heading,
      sources: meta.sources,
      alwaysOpen: alwaysOpen(resolveContacts(contacts, contacts.contacts.map((c) => c.id), region)),
    };
  }
}
