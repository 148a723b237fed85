#!/usr/bin/env node
// signalenkaart render --lang nl|en < page.html > out.html
// signalenkaart csp < out.html   (the style-src hashes of its pre-rendered styles)
//
// Reads HTML (a snippet or a whole page) from standard input and writes it again with every
// signalenkaart element pre-rendered as declarative shadow DOM (<template shadowrootmode="open">,
// styles included), so the content is readable before and without JavaScript. The script tag
// (dist/signalenkaart.js) then takes the elements over in place. Rendering again refreshes an
// element's pre-rendered content (after a dataset update): the old template is replaced.
// Exit 0 with the output; 1 only for unusable input (no input, a wrong option), with a message.
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';

const USAGE = 'Usage: signalenkaart render [--lang nl|en] < page.html > out.html\n       signalenkaart csp < out.html';

function fail(message) {
  process.stderr.write(`signalenkaart: ${message}\n${USAGE}\n`);
  process.exit(1);
}

/** The page's own language, from <html lang>, when --lang is not given. */
const pageLang = (html) => (/<html[^>]*\slang\s*=\s*["']?\s*en/i.test(html) ? 'en' : 'nl');

/** The build's pre-rendering entry (src/server.ts), after Lit's DOM shim, which it needs on Node. */
async function serverModule() {
  await import('@lit-labs/ssr/lib/install-global-dom-shim.js');
  // @lit/localize announces a language change on `window`; Node has none.
  globalThis.window ??= new globalThis.EventTarget();
  return import(new URL('../dist/server.js', import.meta.url).href);
}

/** Pre-renders the elements in `input`, in `lang` (default: the page's own `<html lang>`). */
export async function render(input, lang = pageLang(input)) {
  const [{ render: ssr }, { collectResultSync }, { html, unsafeStatic }, { unsafeHTML }, server] = await Promise.all([
    import('@lit-labs/ssr'),
    import('@lit-labs/ssr/lib/render-result.js'),
    import('lit/static-html.js'),
    import('lit/directives/unsafe-html.js'),
    serverModule(),
  ]);
  await server.prepare(lang);
  const output = server.renderElements(input, ({ name, open, children, localContacts, localSlot }) => {
    // Local contacts: the element reads its JSON block (and sees its slot) in the browser; here it is told.
    const local = localContacts === undefined && !localSlot ? undefined : new server.LocalContactsJson(localContacts ?? '', localSlot);
    return collectResultSync(ssr(html`${unsafeStatic(open)} .localContacts=${local}>${unsafeHTML(children)}${unsafeStatic(`</${name}>`)}`));
  });
  return { output: server.deferLoader(output) };
}

/**
 * The Content-Security-Policy sources that allow the pre-rendered styles of `html` (inline
 * `<style>` in each declarative shadow root): one 'sha256-…' per distinct style, for `style-src`.
 */
export function styleHashes(html) {
  // As inlineStyles in src/render/html.ts (which the builder uses), here without dist/ and Lit's
  // DOM shim: the test runner's configuration reads it in its own process.
  const styles = new Set();
  for (const m of html.matchAll(/<template\s[^>]*shadowrootmode[^>]*><style>([\s\S]*?)<\/style>/g)) styles.add(m[1]);
  return [...styles].map((css) => `'sha256-${createHash('sha256').update(css, 'utf8').digest('base64')}'`);
}

/**
 * All of standard input. Read as a stream: readFileSync(0) fails with EAGAIN where the input is a
 * pipe that another program has not yet written to (`signalenkaart render < a.html | signalenkaart csp`).
 */
async function readInput() {
  process.stdin.setEncoding('utf8');
  let input = '';
  for await (const chunk of process.stdin) input += chunk;
  return input;
}

async function main(argv) {
  const [command, ...rest] = argv;
  if (command === '--help' || command === '-h') {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  if (command === 'csp') {
    if (process.stdin.isTTY) fail('no input: give the pre-rendered HTML on standard input');
    const hashes = styleHashes(await readInput());
    // A page without elements needs no hashes: said, and not an error (a build runs this over every page).
    if (!hashes.length) process.stderr.write('signalenkaart: no pre-rendered elements in the input: no hashes needed\n');
    else process.stdout.write(`${hashes.join(' ')}\n`);
    return;
  }
  if (command !== 'render') fail(command ? `unknown command "${command}"` : 'no command');
  let lang;
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i];
    const value = a.startsWith('--lang=') ? a.slice(7) : a === '--lang' ? rest[++i] : undefined;
    if (a === '--lang' && value === undefined) fail('--lang needs a language: nl or en');
    if (value === undefined) fail(`unknown option "${a}"`);
    if (value !== 'nl' && value !== 'en') fail(`--lang must be nl or en, not "${value ?? ''}"`);
    lang = value;
  }
  if (process.stdin.isTTY) fail('no input: give the HTML on standard input');
  const input = await readInput();
  if (!input.trim()) fail('the input is empty');
  // The script follows the page's language when it takes over: rendered in another, the
  // elements would change language in front of the reader.
  if (lang && /<html[^>]*\slang\s*=/i.test(input) && pageLang(input) !== lang) {
    process.stderr.write(`signalenkaart: the page's <html lang> is not "${lang}": the script will show the elements in the page's language when it takes over. Leave out --lang to follow the page.\n`);
  }
  const { output } = await render(input, lang);
  process.stdout.write(output);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === (await import('node:fs')).realpathSync(process.argv[1])) {
  // A reader that stops early (`| head`) closes the pipe: that ends the output, not in an error.
  process.stdout.on('error', (e) => {
    if (e.code === 'EPIPE') process.exit(0);
    throw e;
  });
  await main(process.argv.slice(2));
}
