/**
 * The snippet builder (demo/builder.html), served with the strict CSP (web-test-runner.config.mjs)
 * and driven like an editor would: choose, add a local contact, read the snippet, copy it.
 * The snippet must be safe (escaped attributes, JSON without "<") and match the live preview.
 */
import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { forgetRequests } from '../helpers/privacy.js';

type Ready = HTMLElement & { contentReady: Promise<void>; updateComplete: Promise<boolean> };

let frame: HTMLIFrameElement;
let win: Window & typeof globalThis;
let doc: Document;
const violations: string[] = [];
/** How many times the preview was built with a JSON block of local contacts. */
let jsonPreviews = 0;

const $ = <T extends Element = HTMLElement>(sel: string) => doc.querySelector(sel) as T;
const snippetText = () => $<HTMLTextAreaElement>('#snippet').value;
const parse = (text: string) => new DOMParser().parseFromString(`<!doctype html><body>${text}`, 'text/html');

function choose(sel: string, value: string) {
  const field = $<HTMLSelectElement | HTMLInputElement>(sel);
  field.value = value;
  field.dispatchEvent(new win.Event('change', { bubbles: true }));
}
function click(sel: string) {
  $(sel).click();
}
function addContact(c: Record<string, string>) {
  for (const [k, v] of Object.entries(c)) $<HTMLInputElement>(`#c-${k}`).value = v;
  $<HTMLFormElement>('#contact-form').requestSubmit();
}
async function previewElement(tag: string): Promise<Ready> {
  const el = $<Ready>(`#preview ${tag}`);
  await win.customElements.whenDefined(tag);
  await el.contentReady;
  await el.updateComplete;
  return el;
}

/** Waits until the snippet shown is the one for the current choices (pre-rendering is asynchronous). */
const snippetDone = () => waitUntil(() => $('#snippet').dataset.state === 'done', 'the snippet was not rendered', { timeout: 10000 });
/** The kind of snippet: pre-rendered (the default, recommended) or only the elements. */
async function kind(value: 'prerendered' | 'plain') {
  click(`#kind-${value}`);
  await snippetDone();
}

/** Loads `html` in a frame with JavaScript off, as a page that pasted it would show without the script. */
async function withoutJavaScript(html: string, lang: string): Promise<Document> {
  const f = document.createElement('iframe');
  f.setAttribute('sandbox', 'allow-same-origin');
  f.width = '412';
  f.height = '823';
  const loaded = oneEvent(f, 'load');
  f.srcdoc = `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>Geplakt</title></head><body>${html}</body></html>`;
  document.body.append(f);
  await loaded;
  noJsFrames.push(f);
  return f.contentDocument!;
}
const noJsFrames: HTMLIFrameElement[] = [];

const NAME = 'Wijkteam "Noord" </script><script>alert(1)</script>';

describe('demo/builder.html', () => {
  before(async function () {
    this.timeout(20000);
    // Not a fixture: those are removed after each test, and this frame lives through all of them.
    frame = document.createElement('iframe');
    frame.title = 'builder';
    frame.src = '/demo/builder.html';
    frame.width = '1280';
    frame.height = '900';
    const loaded = oneEvent(frame, 'load');
    document.body.append(frame);
    await loaded;
    win = frame.contentWindow as Window & typeof globalThis;
    doc = frame.contentDocument!;
    doc.addEventListener('securitypolicyviolation', (e) => violations.push(`${e.violatedDirective} ${e.blockedURI}`));
    expect(doc.body.dataset.ready).to.equal('true');
  });

  it('starts with a snippet that works where it is pasted: pre-rendered (recommended), a site-relative script address (never the builder’s), a signal-card, previewed live', async () => {
    expect($<HTMLInputElement>('#kind-prerendered').checked, 'pre-rendered is the default').to.equal(true);
    await snippetDone();
    const text = snippetText();
    expect(text.startsWith('<script src="/signalenkaart/signalenkaart.js" defer></script>\n<signal-card prerendered><template shadowroot="open" shadowrootmode="open"><style>')).to.equal(true);
    expect(text).to.not.contain(location.host);
    expect($('#snippet-about').textContent).to.match(/^Voorgerenderd, \d+ kB/);
    const el = await previewElement('signal-card');
    expect(el.shadowRoot!.textContent!.length).to.be.greaterThan(200);

    // Only the elements: the script line is a plain one, before the element (it holds the space).
    await kind('plain');
    expect(snippetText().startsWith(`<script src="/signalenkaart/signalenkaart.js"></script>\n<signal-card>`)).to.equal(true);
    expect($('#snippet-about').textContent).to.match(/^Alleen de elementen, \d+ kB/);
    expect($('#prerendered-notes').hidden, 'the notes on pre-rendered HTML are not shown').to.equal(true);
  });

  it('builds a contact-list with options and a local contact: escaped, JSON without "<", same as the preview', async () => {
    click('#tag-contact-list');
    choose('#region', 'ijsselland');
    choose('#heading-level', '3');
    choose('#color-scheme', 'dark');
    addContact({ name: NAME, phone: '030 123 45 67', url: 'https://www.voorbeeld.nl/wijkteam' });
    jsonPreviews++;
    const text = snippetText();
    expect(text).to.include('<contact-list region="ijsselland" heading-level="3" color-scheme="dark">');
    expect(text).to.include('\\u003c/script>\\u003cscript>alert(1)\\u003c/script>');
    expect(text.match(/<\/script>/g)).to.have.length(2); // the loader's and the JSON block's own
    expect(text).to.not.include('exploitation=');

    const parsed = parse(text).querySelector('contact-list')!;
    expect(parsed.getAttribute('color-scheme')).to.equal('dark');
    const json = JSON.parse(parsed.querySelector('script[type="application/json"]')!.textContent!);
    expect(json).to.deep.equal([{ name: NAME, phone: '030 123 45 67', url: 'https://www.voorbeeld.nl/wijkteam' }]);

    const el = await previewElement('contact-list');
    expect([...el.attributes].map((a) => `${a.name}=${a.value}`)).to.deep.equal([...parsed.attributes].map((a) => `${a.name}=${a.value}`));
    expect(el.matches(':state(dark)')).to.equal(true);
    expect(el.shadowRoot!.querySelector('[part="local"]')!.textContent).to.include('Wijkteam "Noord"');
    expect($('#contacts').textContent).to.include('Wijkteam');
    // Readable without JavaScript: the contact also stands as fallback HTML next to the JSON block.
    const fallback = [...parsed.querySelectorAll(':scope > p:not([slot])')].map((p) => p.textContent!.replace(/\s+/g, ' '));
    expect(fallback.some((t) => t.includes('Wijkteam "Noord"') && t.includes('030 123 45 67'))).to.equal(true);
    expect(parsed.querySelector(':scope > p:not([slot]) a[href="tel:+31301234567"]')).to.exist;
  });

  it('the sticky HTML panel never covers the preview (1280px wide)', () => {
    const preview = $('.builder-preview');
    preview.scrollIntoView({ block: 'start' });
    const out = $('.builder-output').getBoundingClientRect();
    const pre = preview.getBoundingClientRect();
    expect(out.bottom, 'the HTML panel ends above the preview').to.be.at.most(pre.top + 1);
  });

  it('offers discreet for the card and the checklist: written as an on/off attribute, previewed with neutral headings', async () => {
    click('#tag-signal-checklist');
    const box = $<HTMLInputElement>('#discreet');
    expect(box.closest<HTMLElement>('[data-for]')!.hidden).to.equal(false);
    box.checked = true;
    box.dispatchEvent(new win.Event('change', { bubbles: true }));
    expect(snippetText()).to.match(/<signal-checklist[^>]* discreet>/);
    const el = await previewElement('signal-checklist');
    expect(el.hasAttribute('discreet')).to.equal(true);
    expect(el.shadowRoot!.querySelector('[part="heading"]')!.textContent!.trim()).to.equal('Signalenlijst');
    box.checked = false;
    box.dispatchEvent(new win.Event('change', { bubbles: true }));
    expect(snippetText()).to.not.contain('discreet');
    click('#tag-contact-list');
    expect(box.closest<HTMLElement>('[data-for]')!.hidden, 'not offered where it does nothing').to.equal(true);
    await previewElement('contact-list');
  });

  it('refuses what an element would leave out, with a visible message tied to the field at fault, which has the focus', () => {
    const before = snippetText();
    addContact({ name: 'Alleen een naam' });
    expect($('#contact-error').textContent).to.include('telefoonnummer');
    expect(snippetText()).to.equal(before);
    // The elements' own check: numbers an element would skip, an address with more after it.
    for (const [field, value, words] of [
      ['phone', 'bel me', 'kan niet worden gebeld'],
      ['phone', '038-ABC 1234', 'kan niet worden gebeld'],
      ['phone', '038 12 34', 'kan niet worden gebeld'],
      ['email', 'info@gemeente.nl?bcc=x@elders.example', 'e-mailadres klopt niet'],
      ['url', 'www.gemeente.nl', 'https://'],
    ]) {
      for (const id of ['phone', 'email', 'url']) $<HTMLInputElement>(`#c-${id}`).value = '';
      addContact({ name: 'Fout', [field]: value });
      expect($('#contact-error').textContent, value).to.include(words);
      expect(snippetText(), value).to.equal(before);
      const input = $<HTMLInputElement>(`#c-${field}`);
      expect(doc.activeElement, `${value}: focus on the field at fault`).to.equal(input);
      expect(input.getAttribute('aria-invalid'), value).to.equal('true');
      expect(input.getAttribute('aria-describedby'), value).to.equal('contact-error');
      expect($('#c-name').hasAttribute('aria-invalid'), value).to.equal(false);
    }
    // Corrected, the message goes.
    $<HTMLInputElement>('#c-url').dispatchEvent(new win.Event('input', { bubbles: true }));
    expect($('#contact-error').textContent).to.equal('');
    expect($('#c-url').hasAttribute('aria-invalid')).to.equal(false);
    for (const id of ['name', 'phone', 'email', 'url']) $<HTMLInputElement>(`#c-${id}`).value = '';
  });

  it('says what is wrong with the script address, rather than leave the script line out', () => {
    const src = $<HTMLInputElement>('#script-src');
    const before = src.value;
    const type = (v: string) => {
      src.value = v;
      src.dispatchEvent(new win.Event('input', { bubbles: true }));
    };
    for (const [v, words] of [
      ['', 'Vul het adres'],
      ['www.gemeente.nl/signalenkaart/signalenkaart.js', 'begint met /'],
      ['/signalenkaart/', 'eindigt op /signalenkaart.js'],
    ]) {
      type(v);
      expect($('#script-src-problem').hidden, v).to.equal(false);
      expect($('#script-src-problem').textContent, v).to.include(words);
      expect(src.getAttribute('aria-invalid'), v).to.equal('true');
    }
    type('https://cdn.gemeente.nl/signalenkaart/signalenkaart.js');
    expect($('#script-src-problem').hidden).to.equal(true);
    type(before);
    expect(src.hasAttribute('aria-invalid')).to.equal(false);
  });

  it('one snippet holds several elements under one script line, all previewed; an element can be taken out again', async () => {
    click('#tag-signal-card');
    choose('#exploitation', 'labour');
    click('#add-part');
    expect($('#copy-status').textContent).to.include('signal-card');
    // The form moves on to an element the snippet does not have yet: none is in it twice.
    expect($<HTMLInputElement>('#tag-signal-card').checked).to.equal(false);
    expect(parse(snippetText()).querySelectorAll('signal-card')).to.have.length(1);
    click('#tag-meldroute-steps');
    click('#add-part');
    click('#tag-contact-list');
    const text = snippetText();
    const parsed = parse(text);
    expect(text.startsWith('<script src=')).to.equal(true);
    expect(parsed.querySelectorAll('script[src]')).to.have.length(1);
    const tags = ['signal-card', 'meldroute-steps', 'contact-list'];
    expect([...parsed.body.children].filter((e) => e.localName !== 'script').map((e) => e.localName)).to.deep.equal(tags);
    expect(parsed.querySelector('signal-card')!.getAttribute('exploitation')).to.equal('labour');
    expect($('#parts').textContent).to.include('signal-card exploitation="labour"');
    expect([...$('#preview').children].map((e) => e.localName)).to.deep.equal(tags);
    for (const tag of tags) expect((await previewElement(tag)).shadowRoot!.textContent!.length, tag).to.be.greaterThan(200);

    // Take the card out, then the route: back to one element.
    $<HTMLButtonElement>('#parts button').click();
    expect(parse(snippetText()).querySelector('signal-card')).to.equal(null);
    expect([...$('#preview').children].map((e) => e.localName)).to.deep.equal(['meldroute-steps', 'contact-list']);
    $<HTMLButtonElement>('#parts button').click();
    expect($('#parts-box').hidden).to.equal(true);
    expect([...parse(snippetText()).body.children].map((e) => e.localName)).to.deep.equal(['script', 'contact-list']);
    choose('#exploitation', '');
  });

  it('says how to pre-render the snippet, in the chosen language', () => {
    expect($('#render-command').textContent).to.equal('npx signalenkaart render --lang nl < snippet.html > snippet.voorgerenderd.html');
    click('#lang-en');
    expect($('#render-command').textContent).to.include('--lang en');
    click('#lang-nl');
  });

  it('escapes the script address in the attribute', () => {
    const src = 'https://cms.example/x".js?a=1&b=<2>';
    $<HTMLInputElement>('#script-src').value = src;
    $('#script-src').dispatchEvent(new win.Event('input', { bubbles: true }));
    const text = snippetText();
    expect(text).to.include('src="https://cms.example/x&quot;.js?a=1&amp;b=&lt;2&gt;"');
    expect(parse(text).querySelector('script[src]')!.getAttribute('src')).to.equal(src);
  });

  it('for a CMS that strips <script>: no script at all, local contacts as plain HTML in the local slot, in every element kept before too', async () => {
    // A route kept before the box is ticked: its contacts follow the box (they vanished with the CMS's scripts).
    click('#tag-meldroute-steps');
    click('#add-part');
    click('#tag-contact-list');
    click('#no-script');
    const text = snippetText();
    expect(text).to.not.include('<script');
    for (const tag of ['meldroute-steps', 'contact-list']) {
      expect(parse(text).querySelector(`${tag} [slot="local"] strong`)?.textContent, tag).to.equal(NAME);
    }
    const parsed = parse(text).querySelector('contact-list')!;
    const local = parsed.querySelector('[slot="local"]')!;
    expect(local.querySelector('strong')!.textContent).to.equal(NAME);
    // Linked as the elements link a number (src/model/phone.ts).
    expect(local.querySelector('a[href="tel:+31301234567"]')!.textContent).to.equal('030 123 45 67');
    expect(local.querySelector('a[href="https://www.voorbeeld.nl/wijkteam"]')).to.not.equal(null);
    const el = await previewElement('contact-list');
    const slotted = el.querySelector('[slot="local"]')!;
    expect(slotted.assignedSlot?.name).to.equal('local');
    expect($('#preview meldroute-steps [slot="local"]'), 'the kept route in the preview too').to.not.equal(null);
    click('#no-script');
    jsonPreviews++;
    expect(snippetText()).to.include('<script type="application/json">');
    $<HTMLButtonElement>('#parts button').click();
    expect($('#parts-box').hidden).to.equal(true);
  });

  it('the fallback is the next step itself, with the dataset’s numbers: true while the script loads and without JavaScript', async () => {
    const { loadSlice } = await import('../../src/data/slices.js');
    const contacts = await loadSlice('nl', 'contacts');
    const vt = contacts.contacts.find((c) => c.id === 'veilig-thuis')!;
    expect(snippetText()).to.contain(`<a href="tel:${vt.phones![0].number}" translate="no">`);
    expect(vt.hours!.always).to.equal(true);
    expect(snippetText()).to.not.contain('JavaScript nodig');
    expect(snippetText()).to.contain('Zorgen? Bel Veilig Thuis:&nbsp;<a href="tel:+318002000" translate="no">0800-2000</a> (gratis, dag en nacht). Bij acuut gevaar:&nbsp;<a href="tel:112" translate="no">112</a>.');
  });

  it('previews in the chosen page language and writes the fallback text in it', async () => {
    click('#lang-en');
    jsonPreviews++;
    expect(doc.documentElement.lang).to.equal('en');
    expect($('header').lang).to.equal('nl');
    expect(snippetText()).to.include('Worried? Call Veilig Thuis:&nbsp;<a href="tel:+318002000" translate="no">+31 800 2000</a> (free, day and night). In acute danger:&nbsp;<a href="tel:112" translate="no">112</a>.');
    const el = await previewElement('contact-list');
    expect(el.isConnected).to.equal(true);
    click('#lang-nl');
    jsonPreviews++;
    expect(doc.documentElement.lang).to.equal('nl');
  });

  it('pre-rendered: several elements with a local contact, readable where it is pasted without JavaScript, in the chosen language, with the CSP hashes of its styles', async () => {
    click('#tag-signal-card');
    choose('#exploitation', 'sexual');
    click('#add-part');
    click('#tag-contact-list');
    click('#lang-en');
    jsonPreviews++;
    $<HTMLInputElement>('#script-src').value = '/signalenkaart/signalenkaart.js';
    $('#script-src').dispatchEvent(new win.Event('input', { bubbles: true }));
    await kind('prerendered');
    const text = snippetText();
    const parsed = parse(text);
    expect(parsed.querySelectorAll('script[src]')).to.have.length(1);
    expect(parsed.querySelector('script[src]')!.hasAttribute('defer'), 'the content is there: the script need not run before the first paint').to.equal(true);
    expect(parsed.querySelectorAll('signal-card[prerendered] > template[shadowrootmode="open"], contact-list[prerendered] > template[shadowrootmode="open"]')).to.have.length(2);
    // Its style-src hashes, as `signalenkaart csp` would give them: one per element kind.
    const hashes = $('#csp-hashes').textContent!.split(' ');
    expect(hashes).to.have.length(2);
    for (const h of hashes) expect(h).to.match(/^'sha256-[A-Za-z0-9+/]{43}='$/);
    expect($('#prerendered-notes').hidden).to.equal(false);

    // Pasted into a page without JavaScript: the content, the local contact and the numbers as links.
    // (The script line goes: a frame without JavaScript would still fetch it, from an address that is the site's.)
    const page = await withoutJavaScript(text.replace(/<script src="[^"]*" defer><\/script>/, ''), 'en');
    const card = page.querySelector('signal-card')!.shadowRoot!;
    expect(card.querySelector('[part="heading"]')!.textContent).to.equal('Signals of sexual exploitation');
    const list = page.querySelector('contact-list')!.shadowRoot!;
    expect(list.querySelector('[part="local"]')!.textContent).to.include('Wijkteam "Noord"');
    expect(list.querySelector('[part="local"] a[href^="tel:"]')!.getAttribute('href')).to.match(/^tel:(\+31|0)301234567$/);
    expect(list.querySelector('a[href="tel:112"]')).to.not.equal(null);
    // Text stays text: the contact's name with "</script><script>" is no script.
    expect(page.querySelectorAll('script:not([src]):not([type="application/json"])')).to.have.length(0);
    expect(list.querySelectorAll('script')).to.have.length(0);

    // Back to Dutch: rendered again, in Dutch.
    click('#lang-nl');
    jsonPreviews++;
    await snippetDone();
    expect(parse(snippetText()).querySelector('signal-card > template')!.innerHTML).to.include('Signalen van seksuele uitbuiting');
    $<HTMLButtonElement>('#parts button').click();
    choose('#exploitation', '');
    await snippetDone();
  });

  it('copies with the Clipboard API, and otherwise selects the text with a visible hint', async () => {
    const copied: string[] = [];
    Object.defineProperty(win.navigator, 'clipboard', { configurable: true, value: { writeText: async (t: string) => void copied.push(t) } });
    click('#copy');
    await new Promise((r) => setTimeout(r, 50));
    expect(copied).to.deep.equal([snippetText()]);
    expect($('#copy-status').textContent).to.include('Gekopieerd');

    Object.defineProperty(win.navigator, 'clipboard', { configurable: true, value: { writeText: () => Promise.reject(new Error('denied')) } });
    click('#copy');
    await new Promise((r) => setTimeout(r, 50));
    const area = $<HTMLTextAreaElement>('#snippet');
    expect(doc.activeElement).to.equal(area);
    expect([area.selectionStart, area.selectionEnd]).to.deep.equal([0, area.value.length]);
    expect($('#copy-status').textContent).to.include('Ctrl+C');
  });

  after(() => {
    frame.remove();
    for (const f of noJsFrames) f.remove();
    // The demo page is this test's subject, not a request the package makes.
    forgetRequests((url) => new URL(url).pathname === '/demo/builder.html');
  });

  it('ran under the strict CSP without a single violation', () => {
    // The preview passes JSON contacts as the localContacts property, so it makes no <script>.
    expect(violations).to.deep.equal([]);
    expect(jsonPreviews, 'previews with JSON contacts were made').to.be.greaterThan(0);
  });
});
