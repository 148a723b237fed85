/**
 * Local contacts given by the page, shared by `<contact-list>` and `<meldroute-steps>`:
 * a child `<script type="application/json">` (validated by the model's parseLocalContacts),
 * or the same list as the `localContacts` property (from JavaScript: React, Vue, a builder);
 * and, for CMSes that strip scripts, plain HTML in the `local` slot.
 */
import { LocalContactsJson } from '../base/prerender.js';
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import {
  parseLocalContacts,
  validateLocalContacts,
  MAX_LOCAL_CONTACTS,
  type LocalContact,
  type LocalProblem,
} from '../model/local-contacts.js';
import { contactCards, type CardContext } from './contact-card.js';

/** A visible note for a problem with the local contacts. */
export function localProblemText(p: LocalProblem): string {
  const entry = p.name ? msg(str`Lokaal contact ${p.entry} ("${p.name}")`, { id: 'contact-list.local-entry-named' }) : msg(str`Lokaal contact ${p.entry}`, { id: 'contact-list.local-entry' });
  const field = p.field ?? '';
  switch (p.code) {
    case 'json':
      return msg('De lokale contacten op deze pagina konden niet worden gelezen (geen geldige JSON). De landelijke contacten staan hieronder.', {
        id: 'contact-list.local-json',
      });
    case 'not-array':
      return msg('De lokale contacten op deze pagina zijn geen lijst (JSON-array) en worden niet getoond.', { id: 'contact-list.local-not-array' });
    case 'too-many':
      return msg(str`Er zijn ${p.count} lokale contacten opgegeven; alleen de eerste ${MAX_LOCAL_CONTACTS} worden getoond.`, {
        id: 'contact-list.local-too-many',
      });
    case 'not-object':
      return msg(str`${entry} is overgeslagen: het is geen object.`, { id: 'contact-list.local-not-object' });
    case 'name':
      return msg(str`${entry} is overgeslagen: de naam ontbreekt.`, { id: 'contact-list.local-name' });
    case 'type':
      return msg(str`${entry} is overgeslagen: "${field}" moet tekst zijn.`, { id: 'contact-list.local-type' });
    case 'too-long':
      return msg(str`${entry} is overgeslagen: "${field}" is te lang.`, { id: 'contact-list.local-too-long' });
    case 'no-means':
      return msg(str`${entry} is overgeslagen: er is geen telefoonnummer, e-mailadres of website.`, { id: 'contact-list.local-no-means' });
    case 'phone':
      return msg(str`${entry} is overgeslagen: het telefoonnummer is ongeldig.`, { id: 'contact-list.local-phone' });
    case 'email':
      return msg(str`${entry} is overgeslagen: het e-mailadres is ongeldig.`, { id: 'contact-list.local-email' });
    case 'url':
      return msg(str`${entry} is overgeslagen: de website moet een https:-adres zijn.`, { id: 'contact-list.local-url' });
    case 'unknown-field':
      return msg(str`${entry}: het veld "${field}" wordt niet gelezen; bedoelt u "${p.meant ?? ''}"?`, {
        id: 'contact-list.local-unknown-field',
      });
  }
}

type Host = ReactiveControllerHost & HTMLElement;

/** Reads the local contacts from the host's children and keeps them current. */
export class LocalContactsController implements ReactiveController {
  contacts: LocalContact[] = [];
  problems: LocalProblem[] = [];
  /** True when the `local` slot holds content. */
  slotted = false;
  /** True when the host has more than one JSON script (only the first is read). */
  extraScripts = false;

  private observer?: MutationObserver;
  private lastText?: string;
  /** The `localContacts` property, when set: it takes the place of a JSON script. */
  private property: unknown = undefined;
  private propertySet = false;

  constructor(
    private readonly host: Host,
    /** console.warn once per key (the base element's warnOnce). */
    private readonly warn: (key: string, message: string) => void,
  ) {
    host.addController(this);
  }

  /** True when there is anything local to show. */
  get any(): boolean {
    return this.contacts.length > 0 || this.slotted;
  }

  hostConnected(): void {
    this.read();
    this.observer ??= new MutationObserver(() => this.read());
    this.observer.observe(this.host, { childList: true, subtree: true, characterData: true });
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
  }

  /** Sets the contacts from the `localContacts` property (undefined: back to the JSON script). */
  setProperty(value: unknown): void {
    this.property = value;
    this.propertySet = value !== undefined;
    this.lastText = undefined;
    this.read();
  }

  private read(): void {
    // (No children on the server, where a LocalContactsJson property gives the text.)
    const scripts = [...(this.host.children ?? [])].filter(
      (el) => el.localName === 'script' && (el.getAttribute('type') ?? '').trim().toLowerCase() === 'application/json',
    );
    const text = scripts[0]?.textContent ?? '';
    const extra = !this.propertySet && scripts.length > 1;
    if (text === this.lastText && extra === this.extraScripts) return;
    this.lastText = text;
    this.extraScripts = extra;
    const result = !this.propertySet
      ? parseLocalContacts(text)
      : this.property instanceof LocalContactsJson
        ? parseLocalContacts(this.property.text)
        : this.property === null
        ? { contacts: [], problems: [] }
        : validateLocalContacts(this.property);
    this.contacts = result.contacts;
    this.problems = result.problems;
    // Pre-rendering: told that the element holds HTML for the slot (no slotchange there).
    if (this.property instanceof LocalContactsJson && this.property.slotted) this.slotted = true;
    for (const p of result.problems) this.warn(`local:${p.message}`, p.message);
    if (extra) this.warn('local:extra', 'Only the first <script type="application/json"> with local contacts is read.');
    this.host.requestUpdate();
  }

  /** Visible notes for all problems. */
  notes(): string[] {
    const notes = this.problems.map(localProblemText);
    if (this.extraScripts) {
      notes.push(msg('Er staan meerdere blokken met lokale contacten op deze pagina; alleen het eerste wordt gebruikt.', { id: 'contact-list.local-extra' }));
    }
    return notes;
  }

  /** For the slot's slotchange: is there anything in the `local` slot? */
  readonly onSlotChange = (e: Event): void => {
    const slot = e.target as HTMLSlotElement;
    const has = slot
      .assignedNodes({ flatten: true })
      .some((n) => n.nodeType === Node.ELEMENT_NODE || !!n.textContent?.trim());
    if (has !== this.slotted) {
      this.slotted = has;
      this.host.requestUpdate();
    }
  };

  /**
   * The local section: a heading, the JSON contacts as cards, then the `local` slot. Always
   * rendered (hidden when empty), so the slot exists and slotchange can report content.
   */
  render(opts: { heading: TemplateResult; ctx: CardContext }): TemplateResult {
    return html`<section class="local" part="local" ?hidden=${!this.any}>
      ${opts.heading}
      ${this.contacts.length ? contactCards(this.contacts, opts.ctx) : nothing}
      <div class="local-slot"><slot name="local" @slotchange=${this.onSlotChange}></slot></div>
    </section>`;
  }
}

/** The heading of the local section. */
export function localHeading(): string {
  return msg('Binnen uw gemeente', { id: 'contact-list.local-heading' });
}
