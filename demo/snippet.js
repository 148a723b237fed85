// The snippet builder's model (used by builder.js): from the form's choices to (1) the HTML text
// an editor pastes, with every value escaped, and (2) the same element built with DOM calls for
// the live preview (no innerHTML, so it runs under a strict CSP with Trusted Types).
import { fallbackParagraph } from '../dist/prerender.js';
import { LOCAL_FIELDS, validateLocalContacts } from '../dist/classes.js';

/** The attributes each element takes, in the order they are written. */
export const ELEMENTS = {
  'signal-card': ['exploitation', 'audience', 'heading-level', 'color-scheme', 'discreet'],
  'signal-checklist': ['exploitation', 'audience', 'region', 'heading-level', 'color-scheme', 'discreet'],
  'meldroute-steps': ['route', 'region', 'heading-level', 'color-scheme'],
  'contact-list': ['topic', 'region', 'heading-level', 'color-scheme'],
};

/** On/off attributes: written without a value when on, left out when off. */
export const BOOLEAN_ATTRIBUTES = ['discreet'];

/** Elements that take local contacts. */
export const WITH_CONTACTS = ['meldroute-steps', 'contact-list'];

/** The fields of a local contact: the elements' own (the elements validate them again). */
export const CONTACT_FIELDS = LOCAL_FIELDS;

/** The fallback a snippet holds: the next step itself (src/fallback.ts, with the loader). As text for the snippet. */
function fallbackHtml(lang) {
  return fallbackParagraph(document, lang, false).outerHTML;
}

/** An attribute value, safe between double quotes. */
export function escapeAttr(value) {
  return String(value).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Text, safe as element content. */
export function escapeText(value) {
  return String(value).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** JSON for inside <script type="application/json">: no "<", so never "</script>" or "<!--". */
export function jsonForScript(value) {
  return JSON.stringify(value, null, 2).replace(/</g, '\\u003c');
}

/** One local contact with only known, non-empty, trimmed text fields. */
export function cleanContact(raw) {
  const c = {};
  for (const f of CONTACT_FIELDS) {
    const v = typeof raw?.[f] === 'string' ? raw[f].trim() : '';
    if (v) c[f] = v;
  }
  return c;
}

/**
 * The model from the form's choices: an unknown element falls back to signal-card, attributes
 * the element does not take and empty values are dropped, contacts only where they belong.
 */
export function makeModel(choices) {
  const tag = Object.hasOwn(ELEMENTS, choices.tag) ? choices.tag : 'signal-card';
  const attrs = ELEMENTS[tag]
    .map((name) => [name, BOOLEAN_ATTRIBUTES.includes(name) ? choices.attrs?.[name] === true : String(choices.attrs?.[name] ?? '').trim()])
    .filter(([, v]) => v !== '' && v !== false);
  const all = (choices.contacts ?? []).map(cleanContact).filter((c) => c.name);
  return {
    tag,
    attrs,
    contacts: WITH_CONTACTS.includes(tag) ? all : [],
    // The snippet's own contacts, for every element of it that takes them.
    pageContacts: all,
    contactsAs: choices.contactsAs === 'html' ? 'html' : 'json',
    fallback: !!choices.fallback,
    lang: choices.lang === 'en' ? 'en' : 'nl',
    script: choices.script ? String(choices.script).trim() : '',
  };
}

/**
 * The parts of one contact as plain HTML for the `local` slot: [kind, text, href?]. Shown as
 * typed; linked as an element links it (its own check gives the number in international form,
 * the address and the https: page), and not linked where an element would leave it out.
 */
function contactLines(c) {
  const [checked] = validateLocalContacts([c]).contacts;
  const lines = [['strong', c.name]];
  if (c.description) lines.push(['text', c.description]);
  if (c.phone) lines.push(['link', c.phone, checked?.phone && `tel:${checked.phone}`]);
  if (c.email) lines.push(['link', c.email, checked?.email && `mailto:${checked.email}`]);
  if (c.url) lines.push(['link', c.url, checked?.url]);
  if (c.hours) lines.push(['text', c.hours]);
  return lines;
}

/**
 * An element kept earlier (`part`), with what holds for the whole snippet taken from `model`, the
 * current choices: the page language, the local contacts and how they are written (a CMS that
 * strips scripts strips them from every element), and the fallback text.
 */
export function withPageChoices(part, model) {
  return {
    ...part,
    lang: model.lang,
    contactsAs: model.contactsAs,
    fallback: model.fallback,
    contacts: WITH_CONTACTS.includes(part.tag) ? model.pageContacts : [],
  };
}

/**
 * The HTML text to paste: the script line once (before the elements, so the page does not jump
 * while they load), then the elements `earlier` (added before, in order) and the one of `model`.
 * What holds for the whole snippet is `model`'s (withPageChoices).
 */
export function snippetText(model, earlier = []) {
  const out = [];
  if (model.script) out.push(`<script src="${escapeAttr(model.script)}"></script>`);
  out.push(...[...earlier, model].map((m) => elementText(withPageChoices(m, model))));
  return `${out.join('\n')}\n`;
}

/** One element of the snippet, with its fallback and local contacts. */
function elementText(model) {
  const open = `<${model.tag}${model.attrs.map(([k, v]) => (v === true ? ` ${k}` : ` ${k}="${escapeAttr(v)}"`)).join('')}>`;
  const inner = [];
  if (model.fallback) inner.push(`  ${fallbackHtml(model.lang)}`);
  if (model.contacts.length && model.contactsAs === 'json') {
    inner.push('  <script type="application/json">');
    inner.push(...jsonForScript(model.contacts).split('\n').map((l) => `    ${l}`));
    inner.push('  </script>');
  }
  // The local contacts as plain HTML: in the `local` slot when the CMS strips scripts; otherwise
  // as fallback next to the JSON block, so they are readable before and without JavaScript
  // (once the element runs, unslotted fallback is not shown).
  if (model.contacts.length && (model.contactsAs === 'html' || model.fallback)) {
    const slot = model.contactsAs === 'html' ? ' slot="local"' : '';
    for (const c of model.contacts) {
      const parts = contactLines(c).map(([kind, text, href]) =>
        kind === 'strong'
          ? `<strong>${escapeText(text)}</strong>`
          : href
            ? `<a href="${escapeAttr(href)}">${escapeText(text)}</a>`
            : escapeText(text),
      );
      inner.push(`  <p${slot}>${parts.join('<br>\n    ')}</p>`);
    }
  }
  return inner.length ? [open, ...inner, `</${model.tag}>`].join('\n') : `${open}</${model.tag}>`;
}

/** The same element, built with DOM calls, for the preview (the script line is not included; JSON contacts are set as the localContacts property). */
export function snippetNode(model, doc = document) {
  const el = doc.createElement(model.tag);
  for (const [k, v] of model.attrs) el.setAttribute(k, v === true ? '' : v);
  if (model.fallback) el.append(fallbackParagraph(doc, model.lang, false));
  if (model.contacts.length && model.contactsAs === 'json') {
    // The same list the snippet's JSON block holds, as the elements' localContacts property:
    // validated the same way, and no <script> made at run time (which Trusted Types report).
    el.localContacts = model.contacts.map((c) => ({ ...c }));
  }
  if (model.contacts.length && (model.contactsAs === 'html' || model.fallback)) {
    for (const c of model.contacts) {
      const p = doc.createElement('p');
      if (model.contactsAs === 'html') p.slot = 'local';
      contactLines(c).forEach(([kind, text, href], i) => {
        if (i) p.append(doc.createElement('br'));
        if (kind === 'strong' || href) {
          const node = doc.createElement(kind === 'strong' ? 'strong' : 'a');
          if (href) node.setAttribute('href', href);
          node.textContent = text;
          p.append(node);
        } else p.append(text);
      });
      el.append(p);
    }
  }
  return el;
}
