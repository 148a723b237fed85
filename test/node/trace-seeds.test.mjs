// Traces every Dutch text of the dataset back to its source document in ../shared/seeds/
// (normalised, tolerant of the extraction's broken lines). Skips with a clear message when
// the seeds are not beside the project. The seed texts are never copied into the project.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const seedsDir = new URL('../../../shared/seeds/', import.meta.url).pathname;
const dataDir = new URL('../../src/data/nl/', import.meta.url).pathname;
const hasSeeds = existsSync(join(seedsDir, 'README.md'));

/** Lowercase, join words hyphenated across line breaks, punctuation to spaces, collapse whitespace. */
export function normalize(text) {
  return text
    .toLowerCase()
    .replace(/[\u00ad]/g, '')
    .replace(/(\p{L})-\s*\n\s*(\p{L})/gu, '$1$2')
    .replace(/(\p{L})- +(\p{L})/gu, '$1$2')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

const TEXT_KEYS = new Set([
  'text', 'title', 'label', 'body', 'points', 'intro', 'encouragement', 'situation', 'action', 'description',
  'paragraphs', 'helps', 'hinders', 'story', 'signals', 'outcome', 'quote', 'handeling', 'middel', 'doel',
  'explanation', 'childRule', 'aspect', 'trafficking', 'smuggling', 'question', 'longQuestion', 'note',
  'acuteNote', 'reportingNorm', 'questions', 'name', 'publisher', 'hint',
]);

function sourcesOf(node, inherited) {
  const s = new Set();
  if (node.ref?.source) s.add(node.ref.source);
  for (const r of node.refs ?? []) s.add(r.source);
  if (typeof node.source === 'string') s.add(node.source);
  for (const x of Array.isArray(node.sources) ? node.sources : []) if (typeof x === 'string') s.add(x);
  return s.size ? s : inherited;
}

/** Yields [text, sources] for every text in a JSON tree. */
function* texts(node, sources, key) {
  if (typeof node === 'string') {
    if (TEXT_KEYS.has(key)) yield [node, sources];
    return;
  }
  if (Array.isArray(node)) {
    for (const x of node) yield* texts(x, sources, key);
    return;
  }
  if (node && typeof node === 'object') {
    const own = sourcesOf(node, sources);
    for (const [k, v] of Object.entries(node)) if (k !== 'ref' && k !== 'refs') yield* texts(v, own, TEXT_KEYS.has(k) ? k : key === 'questions' ? key : k);
  }
}

function files(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.json') ? [join(dir, e.name)] : [],
  );
}

test('every Dutch text traces back to its source document', { skip: !hasSeeds && 'seeds not found at ../shared/seeds: trace check skipped' }, () => {
  const meta = JSON.parse(readFileSync(join(dataDir, 'meta.json'), 'utf8'));
  const readme = readFileSync(join(seedsDir, 'README.md'), 'utf8');
  const corpus = new Map();
  for (const s of meta.sources) {
    const norm = normalize(readFileSync(join(seedsDir, s.seedFile), 'utf8') + '\n' + readme);
    corpus.set(s.id, { words: new Set(norm.split(' ')), joined: norm.replace(/ /g, '') });
  }
  // Texts that follow a current public page (contacts verified against it, src/data/verifications.json)
  // may use its words too: the page is then their source.
  const pages = JSON.parse(readFileSync(new URL('../../src/data/verifications.json', import.meta.url), 'utf8')).pages;
  const pagesNorm = normalize(pages.map((p) => p.quote).join('\n'));
  corpus.set('pages', { words: new Set(pagesNorm.split(' ')), joined: pagesNorm.replace(/ /g, '') });
  const all = [...corpus.keys()];
  const failures = [];
  let checked = 0;
  for (const file of files(dataDir)) {
    if (file.endsWith('meta.json')) continue;
    const json = JSON.parse(readFileSync(file, 'utf8'));
    for (const [text, sources] of texts(json, null, '')) {
      const ids = sources ? [...sources, 'pages'] : all;
      const words = normalize(text).split(' ').filter((w) => w.length >= 4);
      if (!words.length) continue;
      checked++;
      const found = words.filter((w) => ids.some((id) => corpus.get(id).words.has(w) || corpus.get(id).joined.includes(w)));
      if (found.length / words.length < 0.9) {
        const missing = words.filter((w) => !found.includes(w));
        failures.push(`${file.replace(dataDir, '')}: "${text.slice(0, 80)}" (${ids.join(',')}) misses ${missing.join(', ')}`);
      }
    }
  }
  assert.ok(checked > 300, `only ${checked} texts checked`);
  assert.deepEqual(failures, []);
});

test('normalize joins words broken over lines and drops punctuation', () => {
  assert.equal(normalize('mensen-\nhandel'), 'mensenhandel');
  assert.equal(normalize('Mensen- handel, (zie) “hier”.'), 'mensenhandel zie hier');
  assert.equal(normalize('Coördinator'), 'coordinator');
});
