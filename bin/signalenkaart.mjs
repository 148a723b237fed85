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
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';

const USAGE = 'Usage: signalenkaart render [--lang nl|en] < page.html > out.html\n       signalenkaart csp < out.html';

function fail(message) {
  process.stderr.write(`signalenkaart: ${message}\n${USAGE}\n`);
  process.exit(1);
}

/** The attributes of an opening tag, in order, as [name, value] (value null for a bare name). */
export function parseAttributes(text) {
  const out = [];
  for (const m of text.matchAll(/([^\s"'<>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g)) {
    out.push([m[1].toLowerCase(), m[2] ?? m[3] ?? m[4] ?? null]);
  }
  return out;
}

const escapeAttr = (v) => v.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
const decodeEntities = (v) => v.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

/** The page's own language, from <html lang>, when --lang is not given. */
const pageLang = (html) => (/<html[^>]*\slang\s*=\s*["']?\s*en/i.test(html) ? 'en' : 'nl');

/** Pre-renders the elements in `input`, in `lang` (default: the page's own `<html lang>`). */
export async function render(input, lang = pageLang(input)) {
  await import('@lit-labs/ssr/lib/install-global-dom-shim.js');
  // @lit/localize announces a language change on `window`; Node has none.
  globalThis.window ??= new globalThis.EventTarget();
  const [{ render: ssr }, { collectResultSync }, { html, unsafeStatic }, { unsafeHTML }, server] = await Promise.all([
    import('@lit-labs/ssr'),
    import('@lit-labs/ssr/lib/render-result.js'),
    import('lit/static-html.js'),
    import('lit/directives/unsafe-html.js'),
    import(new URL('../dist/server.js', import.meta.url).href),
  ]);
  await server.prepare(lang);
  const names = server.ELEMENTS.join('|');
  const element = new RegExp(`<(${names})(\\s[^>]*)?>([\\s\\S]*?)</\\1\\s*>`, 'gi');
  const output = input.replace(element, (_all, rawName, rawAttrs = '', rawChildren) => {
    const name = rawName.toLowerCase();
    // A pre-rendered element rendered again: its old template goes, the light DOM stays.
    const children = rawChildren.replace(/^\s*<template\s[^>]*shadowrootmode[^>]*>[\s\S]*?<\/template>/i, '');
    const attrs = parseAttributes(rawAttrs);
    // Marks the element as pre-rendered: it then skips the off-screen size estimate
    // (content-visibility), which would move the page when the script takes it over.
    if (!attrs.some(([k]) => k === 'prerendered')) attrs.push(['prerendered', null]);
    const open = `<${name}${attrs.map(([k, v]) => (v === null ? ` ${k}` : ` ${k}="${escapeAttr(decodeEntities(v))}"`)).join('')}`;
    // Local contacts: the element reads its JSON block in the browser; here it gets the text.
    const json = /<script\b[^>]*type\s*=\s*["']?application\/json["']?[^>]*>([\s\S]*?)<\/script>/i.exec(children);
    const local = json ? new server.LocalContactsJson(json[1]) : undefined;
    const template = html`${unsafeStatic(open)} .localContacts=${local}>${unsafeHTML(children)}${unsafeStatic(`</${name}>`)}`;
    return (
      collectResultSync(ssr(template))
        // No hydration here (the script re-renders in place): Lit's part markers go.
        .replace(/<!--lit-part[^>]*-->|<!--\/lit-part-->|<!--lit-node \d+-->|<\?>/g, '')
        // Form controls' `.checked` properties come out as attributes: `checked="false"` would check them.
        .replace(/ (checked|selected)="false"/g, '')
        .replace(/ (checked|selected)="true"/g, ' $1')
    );
  });
  return { output: deferLoader(output) };
}

/**
 * The loader's script tag, deferred: on a pre-rendered page the content is in the HTML already,
 * so the script only takes it over and need not run before the first paint (as a plain script
 * before the elements it does, to hold their space: see docs/embedding.md). Measured with
 * Lighthouse on the bench's page: performance 0.90 with the plain script in the head, 0.96
 * deferred. A script that is already deferred, async or a module is left as it is.
 */
export function deferLoader(html) {
  return html.replace(/<script\b([^>]*)>/gi, (tag, attrs) => {
    const list = parseAttributes(attrs);
    const src = list.find(([k]) => k === 'src')?.[1] ?? '';
    if (!/(^|\/)signalenkaart\.js(\?|#|$)/.test(src)) return tag;
    if (list.some(([k, v]) => k === 'defer' || k === 'async' || (k === 'type' && /module/i.test(v ?? '')))) return tag;
    return `<script${attrs.replace(/\s*\/?$/, '')} defer>`;
  });
}

/**
 * The Content-Security-Policy sources that allow the pre-rendered styles of `html` (inline
 * `<style>` in each declarative shadow root): one 'sha256-…' per distinct style, for `style-src`.
 */
export function styleHashes(html) {
  const styles = new Set();
  for (const m of html.matchAll(/<template\s[^>]*shadowrootmode[^>]*><style>([\s\S]*?)<\/style>/g)) styles.add(m[1]);
  return [...styles].map((css) => `'sha256-${createHash('sha256').update(css, 'utf8').digest('base64')}'`);
}

async function main(argv) {
  const [command, ...rest] = argv;
  if (command === '--help' || command === '-h') {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  if (command === 'csp') {
    if (process.stdin.isTTY) fail('no input: give the pre-rendered HTML on standard input');
    const hashes = styleHashes(readFileSync(0, 'utf8'));
    if (!hashes.length) fail('no pre-rendered elements in the input');
    process.stdout.write(`${hashes.join(' ')}\n`);
    return;
  }
  if (command !== 'render') fail(command ? `unknown command "${command}"` : 'no command');
  let lang;
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i];
    const value = a.startsWith('--lang=') ? a.slice(7) : a === '--lang' ? rest[++i] : undefined;
    if (value === undefined) fail(`unknown option "${a}"`);
    if (value !== 'nl' && value !== 'en') fail(`--lang must be nl or en, not "${value ?? ''}"`);
    lang = value;
  }
  if (process.stdin.isTTY) fail('no input: give the HTML on standard input');
  const input = readFileSync(0, 'utf8');
  if (!input.trim()) fail('the input is empty');
  const { output } = await render(input, lang);
  process.stdout.write(output);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === (await import('node:fs')).realpathSync(process.argv[1])) {
  await main(process.argv.slice(2));
}
