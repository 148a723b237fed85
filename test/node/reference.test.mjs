// docs/reference.md is generated from the manifest (scripts/docs.mjs) and committed: this test
// fails when it is stale, that is when the JSDoc changed but the docs were not regenerated.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { elementsOf, renderReference } from '../../scripts/docs.mjs';

const root = new URL('../../', import.meta.url).pathname;
const manifestPath = `${root}dist/custom-elements.json`;
const skip = !existsSync(manifestPath) && 'run npm run build first';

test('docs/reference.md matches what scripts/docs.mjs generates from the current manifest', { skip }, () => {
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  const committed = readFileSync(`${root}docs/reference.md`, 'utf8');
  assert.equal(committed, renderReference(manifest), 'docs/reference.md is stale: run npm run build && npm run docs, and commit it');
});

test('the reference names every attribute, event, slot, part and custom property of every element', { skip }, () => {
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  const doc = readFileSync(`${root}docs/reference.md`, 'utf8');
  const els = elementsOf(manifest);
  assert.equal(els.length, 4);
  for (const d of els) {
    const start = doc.indexOf(`## \`<${d.tagName}>\``);
    assert.ok(start >= 0, `no section for <${d.tagName}>`);
    const next = doc.indexOf('\n## ', start + 1);
    const part = doc.slice(start, next < 0 ? undefined : next);
    const names = [
      ...(d.attributes ?? []).map((a) => a.name),
      ...(d.members ?? []).filter((m) => !m.static).map((m) => m.name),
      ...(d.events ?? []).map((e) => e.name),
      ...(d.slots ?? []).map((s) => s.name),
      ...(d.cssParts ?? []).map((p) => p.name),
      ...(d.cssProperties ?? []).map((p) => p.name),
    ];
    assert.ok(names.length > 20, `<${d.tagName}> has too little API in the manifest`);
    for (const n of names) assert.ok(part.includes(`\`${n}`), `<${d.tagName}>: ${n} missing from its section`);
  }
});

test('the shared parts and the color-scheme attribute are documented on every element', { skip }, () => {
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  for (const d of elementsOf(manifest)) {
    const parts = (d.cssParts ?? []).map((p) => p.name);
    for (const p of ['base', 'heading', 'subheading', 'message', 'footer']) assert.ok(parts.includes(p), `<${d.tagName}> lacks part ${p}`);
    assert.ok((d.attributes ?? []).some((a) => a.name === 'color-scheme' && a.description), `<${d.tagName}> lacks color-scheme`);
    assert.ok((d.cssStates ?? []).some((s) => s.name === 'dark'), `<${d.tagName}> lacks the dark state`);
  }
});
