// The pre-renderer, `signalenkaart render` (bin/signalenkaart.mjs): every element in both
// languages as declarative shadow DOM with its content, local contacts included; bad input gives
// the browser's visible messages; only unusable input exits non-zero. Needs dist/ (npm test builds first).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';

const root = new URL('../../', import.meta.url).pathname;
const skip = !existsSync(`${root}dist/server.js`) && 'dist/ is missing: run `npm run build` first (npm test builds before testing)';
const BIN = `${root}bin/signalenkaart.mjs`;

const cli = (args, input) => spawnSync(process.execPath, [BIN, ...args], { input, encoding: 'utf8', cwd: root });
/** The text a reader sees in rendered HTML: no styles, no tags. */
const visible = (html) => html.replace(/<style>[\s\S]*?<\/style>/g, ' ').replace(/<[^>]+>/g, ' ').replace(/&quot;/g, '"').replace(/&amp;/g, '&').replace(/\s+/g, ' ');

const CASES = {
  nl: {
    '<signal-card audience="medical" exploitation="labour"></signal-card>': ['Signalen van arbeidsuitbuiting', 'Veilige vragen'],
    '<signal-checklist audience="front-desk"></signal-checklist>': ['er wordt niets opgeslagen of verstuurd', 'Begeleider'],
    '<meldroute-steps route="medical"></meldroute-steps>': ['KNMG', 'Stap'],
    '<contact-list topic="acute"></contact-list>': ['Alarmnummer 112', 'Contacten: bij acuut gevaar'],
  },
  en: {
    '<signal-card audience="medical" exploitation="labour"></signal-card>': ['Signals of labour exploitation', 'Safe questions'],
    '<signal-checklist audience="front-desk"></signal-checklist>': ['nothing is stored or sent', 'Companion'],
    '<meldroute-steps route="medical"></meldroute-steps>': ['KNMG', 'Step'],
    '<contact-list topic="acute"></contact-list>': ['Emergency number 112', 'Contacts: acute danger'],
  },
};

for (const [lang, cases] of Object.entries(CASES)) {
  for (const [input, texts] of Object.entries(cases)) {
    test(`${lang}: ${input} renders as declarative shadow DOM with its content`, { skip }, () => {
      const r = cli(['render', '--lang', lang], `<p>Voor</p>${input}<p>Na</p>`);
      assert.equal(r.status, 0, r.stderr);
      assert.ok(/^<p>Voor<\/p><[a-z-]+[^>]*><template shadowroot="open" shadowrootmode="open"><style>/.test(r.stdout), 'a declarative shadow root with its styles');
      assert.ok(/<\/template><\/[a-z-]+><p>Na<\/p>$/.test(r.stdout), 'the page around it unchanged');
      assert.ok(/^<p>Voor<\/p><[a-z-]+ [^>]* prerendered>/.test(r.stdout), 'marked as pre-rendered (no off-screen size estimate)');
      const text = visible(r.stdout);
      for (const t of texts) assert.ok(text.toLowerCase().includes(t.toLowerCase()), `"${t}" in: ${text.slice(0, 300)}`);
      assert.ok(/<a [^>]*href="tel:(\+318002000|112)"/.test(r.stdout), 'phone numbers as tel: links');
      assert.ok(!/wordt geladen|is loading/i.test(text), 'no loading line');
      // The space a live element holds while it loads (src/reserve.ts) is not needed here: the content is.
      assert.ok(/\.next-step\{/.test(r.stdout) && !/\.loading::before|@container \(min-width|contain-intrinsic-size:auto min\(/.test(r.stdout), 'styles without the live-only reservation rules');
      assert.ok(!/<!--lit-part|<script(?! type="application\/json")/.test(r.stdout), 'no hydration markers, no scripts added');
    });
  }
}

test('local contacts from the JSON block are in the pre-rendered list, and the block stays for the script', { skip }, () => {
  const json = '<script type="application/json">[{"name":"Wijkteam Zwolle","phone":"038 498 1000"}]</script>';
  const r = cli(['render', '--lang', 'nl'], `<contact-list>${json}</contact-list>`);
  assert.equal(r.status, 0, r.stderr);
  assert.ok(visible(r.stdout).includes('Wijkteam Zwolle'));
  assert.ok(/href="tel:\+31384981000"/.test(r.stdout), 'the local number as a tel: link');
  assert.ok(r.stdout.includes(`</template>${json}</contact-list>`));
});

test('local contacts as HTML in the local slot (a CMS that strips scripts) show without JavaScript: their section is not hidden', { skip }, () => {
  for (const name of ['contact-list', 'meldroute-steps']) {
    const own = '<div slot="local"><p>Wijkteam Zwolle: <a href="tel:+31384981000">038 498 1000</a></p></div>';
    const r = cli(['render', '--lang', 'nl'], `<${name}${name === 'meldroute-steps' ? ' route="front-desk"' : ''}>${own}</${name}>`);
    assert.equal(r.status, 0, r.stderr);
    const section = /<section class="local" part="local"[^>]*>/.exec(r.stdout)?.[0];
    assert.ok(section, `${name}: a local section`);
    assert.ok(!/\shidden/.test(section), `${name}: shown, holding the slot: ${section}`);
    assert.ok(/<slot name="local"/.test(r.stdout.slice(r.stdout.indexOf(section))), `${name}: the slot in it`);
    assert.ok(r.stdout.includes(`</template>${own}</${name}>`), `${name}: the page's own HTML kept`);
    // Without it, the section stays hidden (nothing local to show).
    const bare = cli(['render', '--lang', 'nl'], `<${name}${name === 'meldroute-steps' ? ' route="front-desk"' : ''}></${name}>`);
    assert.match(/<section class="local" part="local"[^>]*>/.exec(bare.stdout)?.[0] ?? '', /\shidden/, `${name}: hidden when there is nothing local`);
  }
});

test('a pre-rendered contact list does not say when it was printed: the HTML is printed later, perhaps without a script', { skip }, () => {
  const r = cli(['render', '--lang', 'nl'], '<contact-list></contact-list>');
  assert.equal(r.status, 0, r.stderr);
  assert.ok(!/Afgedrukt op/.test(r.stdout), 'no fixed print time');
  assert.ok(visible(r.stdout).includes('Veilig Thuis'), 'the content');
});

test('bad input gives the browser\'s visible messages and exit 0: an unknown value, a slip in an attribute\'s name, broken local-contacts JSON', { skip }, () => {
  const slip = cli(['render', '--lang', 'nl'], '<signal-card exploitatoin="labour"></signal-card>');
  assert.equal(slip.status, 0);
  assert.ok(visible(slip.stdout).includes('Onbekend attribuut "exploitatoin": bedoelt u "exploitation"?'), visible(slip.stdout).slice(0, 200));
  assert.match(slip.stderr, /Unknown attribute "exploitatoin": did you mean "exploitation"/);
  const a = cli(['render', '--lang', 'nl'], '<signal-card exploitation="nonsense"></signal-card>');
  assert.equal(a.status, 0);
  assert.ok(visible(a.stdout).includes('Onbekende waarde voor exploitation: "nonsense"'), visible(a.stdout).slice(0, 200));
  assert.match(a.stderr, /Unknown exploitation="nonsense"/);
  const b = cli(['render', '--lang', 'nl'], '<contact-list><script type="application/json">[{"name":</script></contact-list>');
  assert.equal(b.status, 0);
  assert.ok(visible(b.stdout).includes('konden niet worden gelezen (geen geldige JSON)'));
  assert.ok(visible(b.stdout).includes('Alarmnummer 112'), 'the national contacts still shown');
});

test("--lang that is not the page's <html lang> is rendered as asked, with a warning: the script will follow the page", { skip }, () => {
  const page = '<!doctype html><html lang="en"><body><signal-card></signal-card></body></html>';
  const asked = cli(['render', '--lang', 'nl'], page);
  assert.equal(asked.status, 0);
  assert.match(asked.stderr, /<html lang> is not "nl"/);
  assert.ok(visible(asked.stdout).includes('Signalen'), 'rendered in Dutch, as asked');
  const same = cli(['render', '--lang', 'en'], page);
  assert.doesNotMatch(same.stderr, /<html lang>/);
});

test('rendering pre-rendered HTML again replaces its template (a refresh after a dataset update)', { skip }, () => {
  const once = cli(['render'], '<html lang="en"><body><contact-list topic="acute"></contact-list></body></html>').stdout;
  const twice = cli(['render'], once).stdout;
  assert.equal((twice.match(/shadowrootmode/g) ?? []).length, 1);
  assert.ok(visible(twice).includes('Emergency number 112'), 'the language from <html lang>');
});

test('unusable input exits 1 with a message: no input, an unknown option or language, no command', { skip }, () => {
  for (const [args, input, message] of [
    [['render'], '  \n', /input is empty/],
    [['render', '--lang', 'fr'], '<p></p>', /--lang must be nl or en/],
    [['render', '--nonsense'], '<p></p>', /unknown option/],
    [['render', '--lang'], '<p></p>', /--lang needs a language: nl or en/],
    [[], '<p></p>', /no command/],
  ]) {
    const r = cli(args, input);
    assert.equal(r.status, 1, `${args.join(' ')}: ${r.stderr}`);
    assert.match(r.stderr, message);
    assert.equal(r.stdout, '');
  }
  const page = cli(['render'], '<p>No elements here.</p>');
  assert.equal(page.status, 0);
  assert.equal(page.stdout, '<p>No elements here.</p>', 'HTML without elements passes through unchanged');
});

test('signalenkaart csp gives the style-src hashes of the pre-rendered styles: one per element kind', { skip }, () => {
  const out = cli(['render', '--lang', 'nl'], '<signal-card></signal-card><signal-card exploitation="organ"></signal-card><contact-list></contact-list>').stdout;
  const r = cli(['csp'], out);
  assert.equal(r.status, 0, r.stderr);
  const hashes = r.stdout.trim().split(' ');
  assert.equal(hashes.length, 2, 'the two cards share their styles');
  const first = /<style>([\s\S]*?)<\/style>/.exec(out)[1];
  assert.equal(hashes[0], `'sha256-${createHash('sha256').update(first, 'utf8').digest('base64')}'`);
  // A page without elements needs none: not an error, so a build can run this over every page.
  const none = cli(['csp'], '<p>nothing pre-rendered</p>');
  assert.equal(none.status, 0);
  assert.equal(none.stdout, '');
  assert.match(none.stderr, /no pre-rendered elements/);
});

test('a tag in a comment, a script, a style, a textarea or a template is left as it is: only real elements are rendered', { skip }, () => {
  // A page's own code may write an element's tag in a string (to add it later), or keep one in a
  // template to clone; pre-rendering there would break the script or bloat the template.
  const inert =
    '<!-- <signal-card></signal-card> --><script>const x = "<signal-card></signal-card>";</script>' +
    '<style>signal-card{display:block}</style><textarea><contact-list></contact-list></textarea>' +
    '<template id="later"><signal-card exploitation="labour"></signal-card></template>';
  const r = cli(['render', '--lang', 'nl'], `<p>Voor</p>${inert}<contact-list topic="acute"></contact-list>`);
  assert.equal(r.status, 0, r.stderr);
  assert.ok(r.stdout.startsWith(`<p>Voor</p>${inert}<contact-list`), r.stdout.slice(0, 400));
  assert.equal(r.stdout.match(/shadowrootmode/g)?.length, 1);
  assert.ok(visible(r.stdout).includes('Alarmnummer 112'));
});

test('an attribute value with > in quotes is read whole', { skip }, () => {
  const r = cli(['render', '--lang', 'nl'], `<signal-card exploitation="labour" data-note="a > b" title='x>y'></signal-card><p>Na</p>`);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /^<signal-card [^>]*exploitation="labour" data-note="a (>|&gt;) b" title="x(>|&gt;)y" prerendered><template /);
  assert.ok(r.stdout.endsWith('</template></signal-card><p>Na</p>'), r.stdout.slice(-80));
  assert.ok(visible(r.stdout).includes('Signalen van arbeidsuitbuiting'));
});

test('an element without its end tag is left as it is, with a warning (exit 0)', { skip }, () => {
  const input = '<p>Voor</p><signal-card exploitation="labour"><p>Na</p>';
  const r = cli(['render', '--lang', 'nl'], input);
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stdout, input);
  assert.match(r.stderr, /<signal-card> has no end tag <\/signal-card>/);
});

test('in a pipeline: input that comes late, render into csp, and a reader that stops early', { skip }, () => {
  // A build step that writes its page after a moment, as a static-site build or `curl` does:
  // standard input is then a pipe with nothing in it yet (reading it at once failed with EAGAIN).
  const q = (s) => `'${s.replaceAll("'", "'\\''")}'`;
  const node = `${q(process.execPath)} ${q(BIN)}`;
  const piped = spawnSync('sh', ['-c', `(sleep 1; echo '<contact-list topic="acute"></contact-list>') | ${node} render --lang nl | ${node} csp`], { encoding: 'utf8', cwd: root });
  assert.equal(piped.status, 0, piped.stderr);
  assert.match(piped.stdout, /^'sha256-[A-Za-z0-9+/]+=*'\n$/);
  assert.equal(piped.stderr, '');
  // `| head`: the output ends there, without an error.
  const head = spawnSync('sh', ['-c', `echo '<signal-card></signal-card>' | ${node} render | head -c 10`], { encoding: 'utf8', cwd: root });
  assert.equal(head.stdout, '<signal-ca');
  assert.equal(head.stderr, '');
});

test('the loader script of a pre-rendered page is deferred: the content is there, so it need not hold up the first paint', { skip }, () => {
  const page = (script) => `<!doctype html><html lang="nl"><head>${script}</head><body><contact-list topic="acute"></contact-list></body></html>`;
  const r = cli(['render'], page('<script src="/signalenkaart/signalenkaart.js"></script><script src="/other.js"></script>'));
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /<script src="\/signalenkaart\/signalenkaart\.js" defer><\/script><script src="\/other.js"><\/script>/);
  // Already deferred, async or a module: left as it is (rendering twice changes nothing more).
  for (const script of ['<script type="module" src="../dist/signalenkaart.js"></script>', '<script async src="/s/signalenkaart.js"></script>']) {
    assert.ok(cli(['render'], page(script)).stdout.includes(script), script);
  }
  const again = cli(['render'], r.stdout);
  assert.equal(again.stdout.match(/ defer/g).length, 1);
});
