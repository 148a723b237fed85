// The build's template minifier (scripts/rollup-minify-templates.mjs) must not change what a
// template means: quoted strings, descendant pseudo-classes and expressions stay as they were.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import minifyTemplates, { minifyCss, minifyHtml } from '../../scripts/rollup-minify-templates.mjs';

test('css: comments and whitespace go, meaning stays', () => {
  const out = minifyCss(`
    /* a comment */
    .a :hover,
    .b > .c {
      content: attr(data-label) ': ';
      font-family: "Open Sans", sans-serif;
      margin: 0 0 var(--x, 1em);
    }
    @media print {
      .d { display: none; }
    }`);
  assert.equal(out, ` .a :hover,.b>.c{content:attr(data-label) ': ';font-family:"Open Sans",sans-serif;margin:0 0 var(--x,1em);}@media print{.d{display:none;}}`);
});

test('html: whitespace runs become one space, nothing else changes', () => {
  assert.equal(minifyHtml('<p>\n      a  <b>b</b>\n   c</p>\n'), '<p> a <b>b</b> c</p> ');
});

test('the plugin rewrites only the static parts of html`` and css`` templates', () => {
  const source = [
    "const s = css`\n  .a {\n    color: red;\n  }\n`;",
    'const t = html`<ul>\n  ${items.map((i) => html`<li>\n    ${i}\n  </li>`)}\n</ul>`;',
    "const u = other`\n  keep   this\n`;",
    "const v = 'html`  not a template  `';",
  ].join('\n');
  const { code } = minifyTemplates().transform(source, '/x/src/y.ts');
  assert.match(code, /css` \.a\{color:red;\}`/);
  assert.match(code, /html`<ul> \$\{items\.map\(\(i\) => html`<li> \$\{i\} <\/li>`\)\} <\/ul>`/);
  assert.match(code, /other`\n {2}keep {3}this\n`/);
  assert.match(code, /'html` {2}not a template {2}`'/);
});
