/**
 * The contact card, shared by `<contact-list>` and `<meldroute-steps>`: one template for a
 * dataset contact and for a local contact given by the page, plus a one-line form for
 * contacts mentioned inside a step. Render only: every value comes from the model.
 */
import { serverContent } from '../base/prerender.js';
import { css, html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { Lang } from '../data/slices.js';
import type { Contact, Hours, Source } from '../data/types.js';
import type { LocalContact } from '../model/local-contacts.js';
import { openStatus, type Closing, type NextOpening } from '../model/hours.js';
import { holidayLabel } from '../base/labels-holiday.js';
import { olderThanAYear } from '../model/age.js';
import { displayUrl, isEmail, safeHref } from '../model/links.js';
import { formatDate } from '../base/date.js';
import { emergencyLink, phoneLink } from './phone-link.js';
import { prose, titleText } from './prose.js';
import { formatHours, formatTime, formatWeekday } from '../base/format.js';

export interface CardContext {
  lang: Lang;
  /** The moment "open now" is computed for. */
  now: Date;
  /** Renders the contact's name as a heading at the right level. */
  heading: (content: unknown) => TemplateResult;
  /** The dataset's sources (meta slice), to name where details come from. */
  sources: readonly Source[];
  /** Contacts reachable around the clock, offered when a contact is closed. */
  alwaysOpen: readonly Contact[];
}

/** True for a contact the page gave (not from the dataset). */
export function isLocal(contact: Contact | LocalContact): contact is LocalContact {
  return !('refs' in contact);
}

function mailLink(email: string): TemplateResult | typeof nothing {
  const href = isEmail(email) ? safeHref(`mailto:${email.trim()}`) : null;
  return href ? html`<a href=${href} translate="no">${email.trim()}</a>` : html`<span translate="no">${email}</span>`;
}

function webLink(url: string): TemplateResult | typeof nothing {
  const href = safeHref(url);
  if (!href || !href.startsWith('https:')) return nothing;
  return html`<a href=${href} translate="no">${displayUrl(href)}</a>`;
}

/** The numbers of a contact, from the dataset or the page. */
function phonesOf(contact: Contact | LocalContact): { number: string; label?: string }[] {
  if (isLocal(contact)) return contact.phone ? [{ number: contact.phone }] : [];
  return contact.phones ?? [];
}

/** One line: name and phone numbers (and e-mail when there is no phone), for contacts inside a step. */
export function contactLine(contact: Contact | LocalContact, lang: Lang): TemplateResult {
  const phones = phonesOf(contact);
  const email = contact.email;
  const url = isLocal(contact) ? contact.url : contact.website;
  // Each way to reach them, given the comma that follows it (kept in a number's box).
  const means: ((comma: string) => TemplateResult)[] = phones.map(
    (p) => (comma) =>
      p.label ? html`${phoneLink(p.number, lang)} <span class="muted">(${p.label})</span>${comma}` : phoneLink(p.number, lang, true, comma),
  );
  if (email && (!phones.length || isLocal(contact))) means.push((comma) => html`${mailLink(email)}${comma}`);
  if (url && !phones.length && !email) means.push((comma) => html`${webLink(url)}${comma}`);
  const unchecked = !isLocal(contact) && !contact.verified;
  const name = isLocal(contact) ? contact.name : titleText(contact.name, lang);
  return html`<span class="contact-name" translate="no">${name}</span>${means.length
      ? html`: ${means.map((m, i) => html`${i ? ' ' : ''}${m(i < means.length - 1 ? ',' : '')}`)}`
      : nothing}${unchecked ? html` <span class="muted unchecked">(${msg('niet gecontroleerd', { id: 'contact-list.unchecked' })})</span>` : nothing}`;
}

/** "Nu open, tot 17:00." / "Open now, until 17:00."; a later day by name (a line open past midnight). */
export function closingText(closes: Closing, lang: Lang): string {
  const at = formatTime(closes.at, lang);
  const day = formatWeekday(closes.weekday, lang);
  return closes.inDays === 0
    ? msg(str`Nu open, tot ${at}.`, { id: 'contact-list.open-until' })
    : closes.inDays === 1
      ? msg(str`Nu open, tot morgen ${at}.`, { id: 'contact-list.open-until-tomorrow' })
      : msg(str`Nu open, tot ${day} ${at}.`, { id: 'contact-list.open-until-day' });
}

/** "Opent maandag om 09:00." / "Opens on Monday at 09:00."; today and tomorrow by name. */
export function nextOpeningText(next: NextOpening, lang: Lang): string {
  const at = formatTime(next.at, lang);
  const day = formatWeekday(next.weekday, lang);
  const opens =
    next.inDays === 0
      ? msg(str`Opent vandaag om ${at}.`, { id: 'contact-list.opens-today' })
      : next.inDays === 1
        ? msg(str`Opent morgen om ${at}.`, { id: 'contact-list.opens-tomorrow' })
        : msg(str`Opent ${day} om ${at}.`, { id: 'contact-list.opens-on' });
  if (!next.holiday) return opens;
  const holiday = holidayLabel(next.holiday);
  return `${opens} ${msg(str`Dat is ${holiday}: dan kan de lijn gesloten zijn.`, { id: 'contact-list.opens-on-holiday' })}`;
}

function sourceOf(ctx: CardContext, id: string): Source | undefined {
  return ctx.sources.find((s) => s.id === id);
}

function renderHours(hours: Hours, ctx: CardContext): TemplateResult {
  const schedule = formatHours(hours, ctx.lang);
  return html`${schedule ? html`<span class="hours-schedule">${schedule}</span><br />` : nothing}<span class="hours-text muted"
      >(${hours.text})</span
    >`;
}

/** When closed: the around-the-clock alternatives and 112. */
function renderAlternative(contact: Contact, ctx: CardContext): TemplateResult {
  const others = ctx.alwaysOpen.filter((c) => c.id !== contact.id);
  const acute = html`${msg('Bij acuut gevaar:', { id: 'contact-list.acute' })} ${emergencyLink()}`;
  if (!others.length) return html`<p class="alternative screen-only">${acute}</p>`;
  return html`<div class="alternative screen-only">
    <p>${msg('Nu iemand nodig? Dag en nacht bereikbaar:', { id: 'contact-list.alternative' })}</p>
    <ul>
      ${others.map((c) => html`<li>${contactLine(c, ctx.lang)}</li>`)}
      <li>${acute}</li>
    </ul>
  </div>`;
}

function renderOpenStatus(contact: Contact, ctx: CardContext): TemplateResult | typeof nothing {
  const status = openStatus(contact, ctx.now);
  if (status.state === 'unknown') return nothing;
  // Pre-rendered HTML is read later than it is made: "open now" only from the script, in the browser.
  if (serverContent && !contact.hours?.always) return nothing;
  if (status.state === 'holiday') {
    // The hours say open, but on a public holiday they say nothing certain: no "open now".
    const holiday = holidayLabel(status.holiday!);
    return html`<p class="open-status screen-only" data-state="holiday">
        <strong>${msg(str`Vandaag is het ${holiday}.`, { id: 'contact-list.holiday' })}</strong>
        ${msg('Op feestdagen kan de lijn gesloten zijn.', { id: 'contact-list.holiday-maybe-closed' })}
      </p>
      ${renderAlternative(contact, ctx)}`;
  }
  if (status.state === 'open') {
    const text = contact.hours?.always
      ? msg('Altijd bereikbaar, dag en nacht.', { id: 'contact-list.always' })
      : status.closes
        ? closingText(status.closes, ctx.lang)
        : msg('Nu open.', { id: 'contact-list.open' });
    return html`<p class="open-status screen-only" data-state="open"><strong>${text}</strong></p>`;
  }
  return html`<p class="open-status screen-only" data-state="closed">
      <strong>${msg('Nu gesloten.', { id: 'contact-list.closed' })}</strong>
      ${status.next ? html`<span class="next-opening">${nextOpeningText(status.next, ctx.lang)}</span>` : nothing}
    </p>
    ${renderAlternative(contact, ctx)}`;
}

/**
 * Where the details come from: the page they were checked against, and when; or, for a
 * contact nobody checked, the documents they were taken from and how old those are.
 */
function renderProvenance(contact: Contact, ctx: CardContext): TemplateResult {
  const sources = [...new Set(contact.refs.map((r) => r.source))].map((id) => sourceOf(ctx, id));
  const cited = sources.map(
    (s, i) => html`${i ? '; ' : ''}<cite>${s?.title ?? ''}</cite> (${s?.year ?? msg('zonder jaartal', { id: 'contact-list.no-year' })})`,
  );
  const v = contact.verified;
  if (v) {
    const href = safeHref(v.against);
    // The site's name as the link text, the page itself as the link: calm, and short on a phone.
    const page = href ? html`<a href=${href} translate="no">${new URL(href).hostname}</a>` : html`<span translate="no">${v.against}</span>`;
    return html`<p class="meta refs" data-verified="true">
      ${msg('Gecontroleerd op', { id: 'contact-list.verified-on' })} <time datetime=${v.on}>${formatDate(v.on, ctx.lang)}</time>${!serverContent &&
      olderThanAYear(v.on, ctx.now)
        ? html` (${msg('meer dan een jaar geleden', { id: 'contact-list.verified-long-ago' })})`
        : nothing}
      ${msg('via', { id: 'contact-list.verified-against' })} ${page}.
      ${msg('Eerder in:', { id: 'contact-list.earlier-in' })} ${cited}.
    </p>`;
  }
  return html`<p class="meta refs" data-verified="false">
    ${msg('Niet gecontroleerd bij de organisatie; overgenomen uit', { id: 'contact-list.unverified' })} ${cited}.
  </p>`;
}

/** One row of a contact's details: the term and its values; nothing without a value. Names and addresses are not translated. */
function detail(term: string, values: readonly unknown[], translate = true): TemplateResult | typeof nothing {
  if (!values.length) return nothing;
  return html`<div>
    <dt>${term}</dt>
    ${values.map((v) => html`<dd translate=${translate ? nothing : 'no'}>${v}</dd>`)}
  </div>`;
}

/** One contact: what it is for, how to reach it, when, whether it is open now, and its sources. */
export function contactCard(contact: Contact | LocalContact, ctx: CardContext): TemplateResult {
  const local = isLocal(contact);
  const phones = phonesOf(contact);
  const url = local ? contact.url : contact.website;
  const address = local ? undefined : contact.address;
  const hours = local ? undefined : contact.hours;
  const formerName = local ? undefined : contact.formerName;
  const web = url ? webLink(url) : nothing;
  // A local contact's hours are the page's own text; a dataset contact's are worked out per language.
  const hoursShown = local ? contact.hours : hours ? renderHours(hours, ctx) : undefined;
  // A local contact's texts are the page's own, in any language: each keeps its own direction.
  const own = local ? 'auto' : nothing;
  return html`<article class="contact ${local ? 'local' : ''}" part="contact">
    ${ctx.heading(html`<span translate="no" dir=${own}>${local ? contact.name : titleText(contact.name, ctx.lang)}</span>`)}
    ${formerName
      ? html`<p class="muted">${msg('Voorheen:', { id: 'contact-list.former-name' })} <span translate="no">${formerName}</span></p>`
      : nothing}
    ${contact.description ? html`<p class="description" dir=${own}>${local ? contact.description : prose(contact.description, ctx.lang)}</p>` : nothing}
    <dl class="details">
      ${detail(
        msg('Telefoon', { id: 'contact-list.phone' }),
        phones.map((p) => html`${phoneLink(p.number, ctx.lang)}${p.label ? html` <span class="muted">(${p.label})</span>` : nothing}`),
      )}
      ${detail(msg('E-mail', { id: 'contact-list.email' }), contact.email ? [mailLink(contact.email)] : [])}
      ${detail(msg('Website', { id: 'contact-list.website' }), web === nothing ? [] : [web])}
      ${detail(msg('Bezoekadres', { id: 'contact-list.visit' }), address?.visit ? [address.visit] : [], false)}
      ${detail(msg('Postadres', { id: 'contact-list.post' }), address?.post ? [address.post] : [], false)}
      ${detail(msg('Openingstijden', { id: 'contact-list.hours' }), hoursShown ? [local ? html`<span dir="auto">${hoursShown}</span>` : hoursShown] : [])}
    </dl>
    ${local ? nothing : renderOpenStatus(contact, ctx)}
    ${local
      ? html`<p class="meta refs">${msg('Gegevens opgegeven door deze website.', { id: 'contact-list.local-source' })}</p>`
      : renderProvenance(contact, ctx)}
  </article>`;
}

/** A list of cards. */
export function contactCards(contacts: readonly (Contact | LocalContact)[], ctx: CardContext): TemplateResult {
  return html`<ul class="contacts">
    ${contacts.map((c) => html`<li>${contactCard(c, ctx)}</li>`)}
  </ul>`;
}

/** "Acute danger? Call 112." */
export function acuteLine(): TemplateResult {
  return html`<p class="acute-line">
    <strong>${msg('Acuut gevaar?', { id: 'contact-list.acute-question' })}</strong>
    ${msg('Bel', { id: 'contact-list.call' })} ${emergencyLink('.')}
  </p>`;
}

export const contactCardStyles = css`
  .contacts {
    list-style: none;
    padding: 0;
    margin: 0 0 var(--_space);
    display: grid;
    /* Not wider than the column: a long word (Naturalisatiedienst) wraps inside its card. */
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_space);
    container-type: inline-size;
  }
  .contact {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space-sm) var(--_space);
    break-inside: avoid;
  }
  .contact.local {
    border-width: 2px;
    border-color: var(--_accent);
  }
  .contact > :is(h1, h2, h3, h4, h5, h6):first-child {
    margin-top: var(--_space-sm);
    font-size: 1.125em;
  }
  .details {
    display: grid;
    gap: var(--_space-sm);
  }
  .details > div {
    display: grid;
    grid-template-columns: minmax(0, 9em) minmax(0, 1fr);
    gap: 0 var(--_space);
  }
  .details dt {
    font-weight: bold;
    grid-column: 1;
  }
  .details dd {
    margin: 0;
    grid-column: 2;
    min-width: 0;
  }
  .contact a,
  .contact dd,
  .contact-name {
    overflow-wrap: anywhere;
  }
  /* Every link here stands on a line of its own: each a target of at least 24px high
     (WCAG 2.5.8; Lighthouse flagged the e-mail and website links at 19px). */
  .details a {
    display: inline-block;
    min-height: 24px;
    padding-block: 2px;
  }
  .open-status {
    margin-top: var(--_space-sm);
  }
  .open-status[data-state='open'] {
    color: var(--_color);
  }
  .alternative {
    background: var(--_surface);
    border-radius: var(--_radius);
    padding: var(--_space-sm) var(--_space);
    margin: 0 0 var(--_space-sm);
  }
  .alternative ul {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  .emergency {
    font-weight: bold;
  }
  .acute-line {
    border-inline-start: 4px solid var(--_warning-border);
    padding-inline-start: var(--_space-sm);
  }
  .print-only {
    display: none;
  }
  @container (max-width: 30em) {
    .details > div {
      grid-template-columns: minmax(0, 1fr);
    }
    .details dd {
      grid-column: 1;
    }
  }
  @media print {
    .screen-only,
    .message {
      display: none !important;
    }
    .print-only {
      display: block;
    }
    .contact {
      border-color: #000;
    }
    a {
      color: #000;
      text-decoration: none;
    }
  }
`;
