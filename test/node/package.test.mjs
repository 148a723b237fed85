// The package installs as documented: `npm pack` of this tree (dist/ as `npm test` built it;
// `prepack` builds it for a real publish) holds the bundles, the types and the changelog; an
// app that installs the tarball type-checks `import 'signalenkaart'` (the tag map) and a
// subclass of an element from 'signalenkaart/classes', the pre-renderer ('signalenkaart/render')
// and the local-contacts check ('signalenkaart/validate'), with strict settings and no
// skipLibCheck; and in Node, the element modules import as nothing and the check runs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('../../', import.meta.url).pathname;
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const built = existsSync(join(root, 'dist/classes.js'));
const skip = !built && 'dist/ not built: run npm run build first';

test('prepack builds; Lit is bundled, not a runtime dependency', () => {
  assert.equal(pkg.scripts.prepack, 'npm run build');
  // The one dependency is the pre-renderer's (`signalenkaart render`, in Node): the browser files
  // import no package, so an app's bundle never gets a second Lit from it.
  assert.deepEqual(Object.keys(pkg.dependencies ?? {}), ['@lit-labs/ssr'], 'only the pre-renderer has a runtime dependency: dist/ holds Lit');
  assert.equal(pkg.bin?.signalenkaart, 'bin/signalenkaart.mjs');
  assert.ok(pkg.devDependencies.lit, 'Lit is a build dependency');
  assert.deepEqual(Object.keys(pkg.exports).slice(0, 2), ['.', './classes']);
});

test('the packed tarball installs into an empty app that type-checks the tag map and a subclass', { skip }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'signalenkaart-pack-'));
  try {
    const out = execFileSync('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', dir], { cwd: root, encoding: 'utf8' });
    const [{ filename, files }] = JSON.parse(out);
    const paths = files.map((f) => f.path);
    for (const p of ['dist/signalenkaart.js', 'dist/classes.js', 'dist/types/src/index.d.ts', 'dist/types/src/classes.d.ts', 'dist/custom-elements.json', 'src/data/CHANGES.md', 'README.md']) {
      assert.ok(paths.includes(p), `the tarball holds ${p}`);
    }
    assert.ok(!paths.some((p) => p.startsWith('src/') && p.endsWith('.ts')), 'no TypeScript sources in the tarball');

    // The app: the tarball unpacked as node_modules/signalenkaart (what npm install puts there),
    // and Lit as an app that uses Lit has it (for the types the declarations refer to).
    const app = join(dir, 'app');
    const mod = join(app, 'node_modules', 'signalenkaart');
    mkdirSync(mod, { recursive: true });
    execFileSync('tar', ['-xzf', join(dir, filename), '-C', mod, '--strip-components=1']);
    for (const dep of ['lit', 'lit-html', 'lit-element', '@lit/reactive-element', '@lit/localize', '@types/trusted-types']) {
      const from = join(root, 'node_modules', dep);
      if (!existsSync(from)) continue;
      const to = join(app, 'node_modules', dep);
      mkdirSync(join(to, '..'), { recursive: true });
      symlinkSync(from, to, 'dir');
    }
    writeFileSync(
      join(app, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: { target: 'ES2022', module: 'ES2022', moduleResolution: 'bundler', strict: true, noEmit: true, skipLibCheck: false, lib: ['ES2022', 'DOM', 'DOM.Iterable'], types: [] },
        files: ['app.ts'],
      }),
    );
    writeFileSync(
      join(app, 'app.ts'),
      [
        "import 'signalenkaart';",
        "import { SignalCard, SignalChecklist, MeldrouteSteps, ContactList } from 'signalenkaart/classes';",
        "import { render, styleHashes } from 'signalenkaart/render';",
        "import { validateLocalContacts } from 'signalenkaart/validate';",
        'const problems: number = validateLocalContacts([]).problems.length;',
        "const pre: Promise<{ output: string }> = render('<signal-card></signal-card>', 'en');",
        "const hashes: string[] = styleHashes('');",
        "const card: SignalCard | null = document.querySelector('signal-card');",
        "const list: ContactList = document.createElement('contact-list');",
        "list.region = 'ijsselland';",
        'class MyCard extends SignalCard {',
        '  readonly extra = 1;',
        '}',
        "customElements.define('my-card', MyCard);",
        'const kinds: CustomElementConstructor[] = [SignalCard, SignalChecklist, MeldrouteSteps, ContactList];',
        'export { card, kinds, pre, hashes, problems };',
      ].join('\n'),
    );
    const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
    try {
      execFileSync(process.execPath, [tsc, '-p', app], { encoding: 'utf8' });
    } catch (e) {
      assert.fail(`the app does not type-check:\n${e.stdout}${e.stderr}`);
    }
    // In Node (a framework's server rendering runs a client component's imports there): the
    // loader and the element modules import as nothing, with no globals; the local-contacts check
    // runs; what an app's browser bundle resolves is still the element itself.
    writeFileSync(
      join(app, 'server.mjs'),
      [
        'const before = new Set(Object.getOwnPropertyNames(globalThis));',
        "for (const m of ['signalenkaart', 'signalenkaart/signal-card', 'signalenkaart/signal-checklist', 'signalenkaart/meldroute-steps', 'signalenkaart/contact-list']) await import(m);",
        "const { validateLocalContacts, LOCAL_FIELDS } = await import('signalenkaart/validate');",
        "const checked = validateLocalContacts([{ name: 'Gemeente', phone: '14 038' }, { naam: 'x', phone: '0800-1234' }]);",
        'const added = Object.getOwnPropertyNames(globalThis).filter((k) => !before.has(k));',
        "console.log(JSON.stringify({ added, fields: LOCAL_FIELDS, kept: checked.contacts.map((c) => c.name), problems: checked.problems.map((p) => p.code + ':' + (p.meant ?? '')) }));",
      ].join('\n'),
    );
    let ran;
    try {
      ran = JSON.parse(execFileSync(process.execPath, ['server.mjs'], { cwd: app, encoding: 'utf8' }));
    } catch (e) {
      assert.fail(`importing the package in Node failed:\n${e.stderr}`);
    }
    assert.deepEqual(ran.added, [], 'no globals');
    assert.ok(ran.fields.includes('phone'));
    assert.deepEqual(ran.kept, ['Gemeente'], 'the 14 number is a number');
    assert.deepEqual(ran.problems, ['unknown-field:name', 'name:'], 'the second entry: "naam" meant "name", and skipped for it');
    const resolved = execFileSync(process.execPath, ['--conditions=browser', '-e', "console.log(import.meta.resolve('signalenkaart/signal-card'))", '--input-type=module'], { cwd: app, encoding: 'utf8' });
    assert.match(resolved, /dist\/elements\/signal-card\.js/, 'a browser bundle gets the element');

    // The pre-renderer's types too: a language it does not have is caught.
    writeFileSync(join(app, 'app.ts'), "import { render } from 'signalenkaart/render';\nvoid render('', 'fr');\n");
    assert.throws(() => execFileSync(process.execPath, [tsc, '-p', app], { encoding: 'utf8', stdio: 'pipe' }), 'render(…, "fr") does not type-check');
    // And a wrong use is caught (the check can fail): a SignalCard has no `topic`.
    writeFileSync(join(app, 'app.ts'), "import 'signalenkaart';\nconst c = document.createElement('signal-card');\nc.topic = 'x';\n");
    assert.throws(() => execFileSync(process.execPath, [tsc, '-p', app], { encoding: 'utf8', stdio: 'pipe' }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
