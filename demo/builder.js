// The snippet builder: the form's choices -> the model (snippet.js) -> the text to copy and the
// live preview, built with DOM calls (no innerHTML: the page works under a strict CSP with
// Trusted Types). The elements follow the page language, so <html lang> is the chosen
// language; the builder's own parts carry lang="nl".
import { CONTACT_FIELDS, makeModel, snippetNode, snippetText, withPageChoices } from './snippet.js';
// The package's own renderer for the browser: the same HTML as `signalenkaart render`; and the
// elements' own check of local contacts.
import { prerender, styleHashes } from '../dist/prerender.js';
import { validateLocalContacts } from '../dist/validate.js';

const options = document.getElementById('options');
const contactForm = document.getElementById('contact-form');
const contactList = document.getElementById('contacts');
const contactError = document.getElementById('contact-error');
const snippet = document.getElementById('snippet');
const copyButton = document.getElementById('copy');
const copyStatus = document.getElementById('copy-status');
const preview = document.getElementById('preview');
const scriptSrc = document.getElementById('script-src');
const includeScript = document.getElementById('include-script');
const scriptProblem = document.getElementById('script-src-problem');
const noScript = document.getElementById('no-script');

/** Local contacts added with the small form, in order. */
const contacts = [];
/** Elements kept in the snippet with "Nog een onderdeel toevoegen", in order, above the current one. */
const parts = [];
const partsBox = document.getElementById('parts-box');
const partsList = document.getElementById('parts');
const addPart = document.getElementById('add-part');
const renderCommand = document.getElementById('render-command');
const snippetAbout = document.getElementById('snippet-about');
const prerenderedNotes = document.getElementById('prerendered-notes');
const cspHashes = document.getElementById('csp-hashes');
const kindInputs = document.querySelectorAll('input[name="kind"]');
const MAX_CONTACTS = 50;

// The address of this package's loader as this demo is served: right when the demo is hosted
// by the site itself; the administrator may give another one.
// Where the site hosts the dist/ folder: site-relative, never the builder's own address (a snippet
// pasted elsewhere would load nothing, and its local contacts would vanish with it). The preview
// itself always uses this builder's copy.
scriptSrc.value = '/signalenkaart/signalenkaart.js';

function choices() {
  const data = new FormData(options);
  const tag = data.get('tag');
  const attrs = {};
  for (const name of ['exploitation', 'audience', 'route', 'topic', 'region', 'heading-level', 'color-scheme']) attrs[name] = data.get(name) ?? '';
  attrs.discreet = data.get('discreet') === 'on';
  const stripsScript = noScript.checked;
  return {
    tag,
    attrs,
    contacts,
    contactsAs: stripsScript ? 'html' : 'json',
    fallback: document.getElementById('fallback').checked,
    lang: data.get('lang'),
    script: includeScript.checked && !stripsScript ? scriptSrc.value : '',
  };
}

/** Shows only the fields that apply to the chosen element. */
function showRelevant(tag) {
  for (const el of document.querySelectorAll('[data-for]')) el.hidden = !el.dataset.for.split(' ').includes(tag);
  includeScript.disabled = noScript.checked;
  scriptSrc.disabled = noScript.checked || !includeScript.checked;
}

/**
 * What is wrong with the script's address, or '': empty (the snippet would have no script line),
 * or an address a page cannot load the script from wherever it is (not https:// or from the
 * site's root), or not the script file.
 */
function scriptAddressProblem() {
  if (scriptSrc.disabled) return '';
  const v = scriptSrc.value.trim();
  if (!v) return 'Vul het adres van het script in, of zet de scriptregel uit.';
  if (!/^(https:\/\/[^/\s]+\/|\/)[^\s]*$/.test(v)) return 'Het adres begint met / (op uw eigen site, bijvoorbeeld /signalenkaart/signalenkaart.js) of met https://.';
  if (!/\/signalenkaart\.js$/.test(v)) return 'Het adres eindigt op /signalenkaart.js: het script in de map dist/.';
  return '';
}

function showScriptProblem() {
  const problem = scriptAddressProblem();
  scriptProblem.textContent = problem;
  scriptProblem.hidden = !problem;
  if (problem) scriptSrc.setAttribute('aria-invalid', 'true');
  else scriptSrc.removeAttribute('aria-invalid');
}

/** The kilobytes of a text as a site stores it (UTF-8), for the editor whose CMS has a limit. */
const kB = (text) => `${Math.max(1, Math.round(new TextEncoder().encode(text).length / 1000))} kB`;

/** Settles when the snippet shown is the one for the current choices (copying waits for it). */
let rendering = Promise.resolve();
let renderCount = 0;

/**
 * The snippet text: the elements as chosen, or (recommended) pre-rendered by the package's own
 * renderer, with the content in the HTML. Rendering is asynchronous (the first time it loads the
 * content of the language); the text area says so meanwhile, and only the latest choice is shown.
 */
function showSnippet(model) {
  const plain = snippetText(model, parts);
  const pre = document.querySelector('input[name="kind"]:checked')?.value === 'prerendered';
  prerenderedNotes.hidden = !pre;
  const n = ++renderCount;
  if (!pre) {
    snippet.value = plain;
    snippet.removeAttribute('aria-busy');
    snippet.dataset.state = 'done';
    snippetAbout.textContent = `Alleen de elementen, ${kB(plain)}.`;
    rendering = Promise.resolve();
    return;
  }
  snippet.setAttribute('aria-busy', 'true');
  snippet.dataset.state = 'rendering';
  snippetAbout.textContent = 'De inhoud wordt in de HTML gezet…';
  rendering = (async () => {
    try {
      const html = await prerender(plain);
      const hashes = await styleHashes(html);
      if (n !== renderCount) return;
      snippet.value = html;
      cspHashes.textContent = hashes ? hashes.join(' ') : 'npx signalenkaart csp < snippet.html';
      snippetAbout.textContent = `Voorgerenderd, ${kB(html)}: de inhoud staat erin, in de taal van de pagina.`;
    } catch (e) {
      if (n !== renderCount) return;
      console.warn('[builder] Could not pre-render the snippet:', e);
      snippet.value = plain;
      snippetAbout.textContent = 'Voorrenderen lukte niet; hierboven staan alleen de elementen (die werken ook).';
    } finally {
      if (n === renderCount) {
        snippet.removeAttribute('aria-busy');
        snippet.dataset.state = 'done';
      }
    }
  })();
}

let shown = '';
function update() {
  const model = makeModel(choices());
  showRelevant(model.tag);
  showScriptProblem();
  // The page language first: the renderer, like the elements, follows <html lang>.
  document.documentElement.lang = model.lang;
  showSnippet(model);
  renderCommand.textContent = `npx signalenkaart render --lang ${model.lang} < snippet.html > snippet.voorgerenderd.html`;
  copyStatus.textContent = '';
  // The preview only changes when an element does (not while the script address is typed).
  const all = [...parts, model].map((m) => withPageChoices(m, model));
  const key = JSON.stringify(all.map((m) => ({ ...m, script: '' })));
  if (key === shown) return;
  shown = key;
  preview.replaceChildren(...all.map((m) => snippetNode(m)));
}

/** The kept elements, each with a button to take it out again. */
function renderParts() {
  partsBox.hidden = !parts.length;
  partsList.replaceChildren(
    ...parts.map((m, i) => {
      const li = document.createElement('li');
      const text = document.createElement('code');
      text.textContent = [m.tag, ...m.attrs.map(([k, v]) => (v === true ? k : `${k}="${v}"`))].join(' ');
      const remove = document.createElement('button');
      remove.type = 'button';
      remove.className = 'demo-button secondary';
      remove.textContent = 'Verwijderen';
      remove.setAttribute('aria-label', `${m.tag} verwijderen uit de snippet`);
      remove.addEventListener('click', () => {
        parts.splice(i, 1);
        renderParts();
        update();
        addPart.focus();
      });
      li.append(text, ' ', remove);
      return li;
    }),
  );
}

addPart.addEventListener('click', () => {
  // Kept as it is now; what holds for the whole snippet (language, contacts, fallback) follows
  // the form (withPageChoices). The form moves on to an element the snippet does not have yet,
  // so the kept one is not in it twice.
  const model = makeModel(choices());
  parts.push(model);
  const next = [...document.querySelectorAll('input[name="tag"]')].find((r) => ![...parts].some((p) => p.tag === r.value));
  if (next) next.checked = true;
  renderParts();
  update();
  copyStatus.textContent = next
    ? `${model.tag} staat in de snippet. Hieronder staat nu ${next.value} klaar als volgend onderdeel.`
    : `${model.tag} staat in de snippet.`;
});

function renderContacts() {
  contactList.replaceChildren(
    ...contacts.map((c, i) => {
      const li = document.createElement('li');
      const text = document.createElement('span');
      text.textContent = [c.name, c.phone, c.email, c.url].filter(Boolean).join(' · ');
      const remove = document.createElement('button');
      remove.type = 'button';
      remove.className = 'demo-button secondary';
      remove.textContent = 'Verwijderen';
      remove.setAttribute('aria-label', `${c.name} verwijderen`);
      remove.addEventListener('click', () => {
        contacts.splice(i, 1);
        renderContacts();
        update();
        copyStatus.textContent = `${c.name} is verwijderd.`;
        document.getElementById('c-name').focus();
      });
      li.append(text, ' ', remove);
      return li;
    }),
  );
}

/** The builder's words for what the elements' own check finds (validateLocalContacts), by its code. */
const PROBLEM_TEXT = {
  name: 'Vul een naam in.',
  'no-means': 'Vul een telefoonnummer, e-mailadres of website in.',
  phone: 'Dit telefoonnummer kan niet worden gebeld. Schrijf een Nederlands nummer (038 498 91 11, 06-12345678, 0800-2000, of het 14-nummer van de gemeente: 14 038), of een buitenlands nummer met + en landcode.',
  email: 'Het e-mailadres klopt niet: alleen het adres, zoals mensenhandel@gemeente.nl.',
  url: 'Het websiteadres moet met https:// beginnen.',
  'too-long': 'Deze tekst is te lang.',
};

/**
 * Why the contact cannot be added, and the field to fix: the elements' own check, so the
 * builder refuses exactly what an element would leave out. Null when it can be added.
 */
function contactProblem(c) {
  if (contacts.length >= MAX_CONTACTS) return { text: `Er kunnen maximaal ${MAX_CONTACTS} contacten bij.`, field: 'name' };
  const [p] = validateLocalContacts([c]).problems;
  if (!p) return null;
  return { text: PROBLEM_TEXT[p.code] ?? 'Dit contact klopt niet.', field: p.field ?? (p.code === 'no-means' ? 'phone' : 'name') };
}

/** Marks the field at fault, tied to the message; or no field, with no message. */
function markContactField(field) {
  for (const input of contactForm.querySelectorAll('input')) {
    const bad = input.name === field;
    if (bad) {
      input.setAttribute('aria-invalid', 'true');
      input.setAttribute('aria-describedby', 'contact-error');
    } else {
      input.removeAttribute('aria-invalid');
      input.removeAttribute('aria-describedby');
    }
  }
}

// A field corrected: its message goes.
contactForm.addEventListener('input', (e) => {
  if (e.target.getAttribute('aria-invalid') !== 'true') return;
  contactError.textContent = '';
  markContactField('');
});

contactForm.addEventListener('submit', (e) => {
  e.preventDefault();
  const data = new FormData(contactForm);
  const c = {};
  for (const f of CONTACT_FIELDS) {
    const v = String(data.get(f) ?? '').trim();
    if (v) c[f] = v;
  }
  const problem = contactProblem(c);
  contactError.textContent = problem?.text ?? '';
  markContactField(problem?.field ?? '');
  if (problem) {
    contactForm.querySelector(`input[name="${problem.field}"]`)?.focus();
    return;
  }
  contacts.push(c);
  contactForm.reset();
  renderContacts();
  update();
  copyStatus.textContent = `${c.name} staat in de snippet.`;
  document.getElementById('c-name').focus();
});

copyButton.addEventListener('click', async () => {
  await rendering;
  try {
    if (!navigator.clipboard?.writeText) throw new Error('The Clipboard API is not available here.');
    await navigator.clipboard.writeText(snippet.value);
    copyStatus.textContent = 'Gekopieerd. Plak de HTML in een HTML-blok van uw CMS.';
  } catch {
    // The visible fallback: the text is selected, ready for Ctrl+C.
    snippet.focus();
    snippet.select();
    copyStatus.textContent = 'Automatisch kopiëren lukte niet. De HTML is geselecteerd: kopieer met Ctrl+C (Cmd+C op een Mac).';
  }
});

for (const input of kindInputs) input.addEventListener('change', update);
options.addEventListener('input', update);
options.addEventListener('change', update);
options.addEventListener('submit', (e) => e.preventDefault());

update();
document.body.dataset.ready = 'true';
