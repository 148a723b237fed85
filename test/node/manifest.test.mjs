// The package's public description: custom-elements.json (generated from JSDoc at build)
// lists all four elements with their attributes and events, and package.json points at it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';

const root = new URL('../../', import.meta.url).pathname;
const pkg = JSON.parse(readFileSync(`${root}package.json`, 'utf8'));
const manifestPath = `${root}${pkg.customElements}`;

test('custom-elements.json lists the four elements with their attributes and events', { skip: !existsSync(manifestPath) && 'run npm run build first' }, () => {
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  const decls = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName);
  const byTag = Object.fromEntries(decls.map((d) => [d.tagName, d]));
  assert.deepEqual(Object.keys(byTag).sort(), ['contact-list', 'meldroute-steps', 'signal-card', 'signal-checklist']);
  const attrs = (t) => (byTag[t].attributes ?? []).map((a) => a.name);
  for (const [tag, expected] of Object.entries({
    'signal-card': ['exploitation', 'audience', 'heading-level'],
    'signal-checklist': ['exploitation', 'audience', 'heading-level'],
    'meldroute-steps': ['route', 'region', 'heading-level'],
    'contact-list': ['topic', 'region', 'heading-level'],
  })) {
    for (const a of expected) assert.ok(attrs(tag).includes(a), `${tag} lacks attribute ${a} in the manifest`);
  }
  assert.ok((byTag['signal-checklist'].events ?? []).some((e) => e.name === 'signal-checklist-change'));
  for (const d of decls) assert.ok(d.description || d.summary, `${d.tagName} has no description`);
});

test('package.json exports every element and names only define modules as side effects', () => {
  for (const name of ['signal-card', 'signal-checklist', 'meldroute-steps', 'contact-list']) {
    assert.equal(pkg.exports[`./${name}`].default, `./dist/elements/${name}.js`);
  }
  assert.ok(pkg.sideEffects.every((p) => /signalenkaart\.js$|elements\/\*\.js$|define\.ts$|index\.ts$/.test(p)));
});

test('the version the define guard compares is the package version', () => {
  const src = readFileSync(`${root}src/base/version.ts`, 'utf8');
  assert.equal(/VERSION = '([^']+)'/.exec(src)?.[1], pkg.version);
});
