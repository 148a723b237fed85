// A rollup plugin that shrinks the static text of Lit's tagged templates in our own sources:
// html`...` (whitespace runs become one space, as the browser would show them anyway) and
// css`...` (comments dropped, whitespace runs become one space, none around { } ; , > and
// after a colon; quoted strings untouched).
// Expressions (${...}) are left alone; templates are found with the TypeScript parser, not a
// regular expression. Our templates hold no <pre> and no whitespace-sensitive text.
import ts from 'typescript';
import MagicString from 'magic-string';

export const minifyHtml = (text) => text.replace(/\s+/g, ' ');
/** Quoted strings (kept as they are) and the CSS between them. */
const STRINGS = /('[^']*'|"[^"]*")/;
export const minifyCss = (text) =>
  text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .split(STRINGS)
    .map((part, i) => (i % 2 ? part : part.replace(/\s+/g, ' ').replace(/ ?([{};,>]) ?/g, '$1').replace(/: /g, ':')))
    .join('');

/** Static parts of a template literal as [start, end) offsets of the text between its delimiters. */
function parts(template) {
  if (ts.isNoSubstitutionTemplateLiteral(template)) return [[template.getStart() + 1, template.getEnd() - 1]];
  const out = [[template.head.getStart() + 1, template.head.getEnd() - 2]];
  for (const span of template.templateSpans) {
    const lit = span.literal;
    out.push([lit.getStart() + 1, lit.getEnd() - (ts.isTemplateTail(lit) ? 1 : 2)]);
  }
  return out;
}

export default function minifyTemplates({ include = /\/src\/.*\.ts$/ } = {}) {
  return {
    name: 'signalenkaart-minify-templates',
    transform(code, id) {
      if (!include.test(id) || !/\b(html|css)`/.test(code)) return null;
      const source = ts.createSourceFile(id, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
      const s = new MagicString(code);
      const visit = (node) => {
        if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && (node.tag.text === 'html' || node.tag.text === 'css')) {
          const minify = node.tag.text === 'css' ? minifyCss : minifyHtml;
          for (const [start, end] of parts(node.template)) {
            const text = code.slice(start, end);
            const small = minify(text);
            if (small !== text) s.overwrite(start, end, small);
          }
        }
        ts.forEachChild(node, visit);
      };
      visit(source);
      if (!s.hasChanged()) return null;
      return { code: s.toString(), map: s.generateMap({ hires: true, source: id }) };
    },
  };
}
