// The interface strings: every msg() in src/ is in xliff/en.xlf with a stable id and an English
// target that keeps the placeholders, and locales/en.ts is generated from the current XLIFF.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('../../', import.meta.url).pathname;

/** id -> { source, target } from an XLIFF file. */
function units(file) {
  const xml = readFileSync(file, 'utf8');
  const out = new Map();
  for (const m of xml.matchAll(/<trans-unit id="([^"]+)">([\s\S]*?)<\/trans-unit>/g)) {
    const source = /<source>([\s\S]*?)<\/source>/.exec(m[2])?.[1] ?? '';
    const target = /<target>([\s\S]*?)<\/target>/.exec(m[2])?.[1];
    out.set(m[1], { source, target });
  }
  return out;
}

const placeholders = (s) => [...s.matchAll(/<x id="(\d+)"/g)].map((m) => m[1]).sort();
/** Where the English word is the Dutch one. */
const SAME = new Set(['contact-list.website', 'checklist.record.score', 'labels.audience.professional', 'meldroute-steps.contacts-label', 'checklist.discreet']);

test('every message has a stable id and an English target with the same placeholders', () => {
  const all = units(join(root, 'xliff/en.xlf'));
  assert.ok(all.size > 150, `only ${all.size} messages`);
  const problems = [];
  for (const [id, { source, target }] of all) {
    if (!/^[a-z-]+(\.[a-z0-9-]+)+$/.test(id)) problems.push(`${id}: not an <element>.<key> id`);
    if (!target?.trim()) problems.push(`${id}: no target`);
    else {
      if (target === source && !SAME.has(id)) problems.push(`${id}: target equals the Dutch source`);
      if (placeholders(source).join() !== placeholders(target).join()) problems.push(`${id}: placeholders differ`);
    }
  }
  assert.deepEqual(problems, []);
});

test('xliff/en.xlf holds exactly the messages of src/ (extraction is current)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'signalenkaart-xliff-'));
  try {
    const config = JSON.parse(readFileSync(join(root, 'lit-localize.json'), 'utf8'));
    config.interchange.xliffDir = join(dir, 'xliff');
    config.output.outputDir = join(dir, 'locales');
    config.tsConfig = join(root, 'tsconfig.json');
    config.inputFiles = config.inputFiles.map((f) => join(root, f));
    config.output.localeCodesModule = join(dir, 'locale-codes.ts');
    const file = join(dir, 'lit-localize.json');
    writeFileSync(file, JSON.stringify(config));
    execFileSync(process.execPath, [join(root, 'node_modules/@lit/localize-tools/bin/lit-localize.js'), 'extract', `--config=${file}`], {
      cwd: dir,
      stdio: 'pipe',
    });
    const fresh = units(join(dir, 'xliff/en.xlf'));
    const committed = units(join(root, 'xliff/en.xlf'));
    assert.deepEqual([...fresh.keys()].sort(), [...committed.keys()].sort(), 'run npm run localize:extract');
    for (const [id, { source }] of fresh) assert.equal(committed.get(id).source, source, `${id}: source changed, run npm run localize:extract`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('locales/en.ts is built from the current XLIFF', () => {
  const all = units(join(root, 'xliff/en.xlf'));
  const mod = readFileSync(join(root, 'locales/en.ts'), 'utf8');
  const ids = [...mod.matchAll(/^\s*'([^']+)': (?:str)?`/gm)].map((m) => m[1]).sort();
  assert.deepEqual(ids, [...all.keys()].sort(), 'run npm run localize:build');
  // Spot check the text: every target's words appear in the module.
  for (const [id, { target }] of all) {
    const words = target.replace(/<x [^>]*\/>/g, ' ').replace(/&[a-z]+;/g, ' ').split(/\s+/).filter((w) => /^[\p{L}]{4,}$/u.test(w));
    for (const w of words) assert.ok(mod.includes(w), `${id}: "${w}" not in locales/en.ts; run npm run localize:build`);
  }
});
