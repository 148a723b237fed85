// A rollup plugin for imports found by convention: an `import(`./dir/${a}/${b}.ts`)` with
// variables becomes a table of the files that match (`{ nl: { meta: () => import('./dir/nl/meta.ts') } }`),
// so rollup makes each file a chunk. Like @rollup/plugin-dynamic-import-vars, but the table is
// keyed by the variables' values, a third of the bytes of that plugin's switch over whole paths.
// It reads the module's syntax tree (rollup's parser), not its text.
import { readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import MagicString from 'magic-string';

/** The table for the template's parts: [static, var, static, var, ..., static], as an object literal. */
function table(dir, quasis) {
  const level = (path, i) => {
    const prefix = quasis[i];
    if (i === quasis.length - 1) return null;
    const suffix = quasis[i + 1];
    const here = join(dir, path + prefix);
    const entries = [];
    for (const name of readdirSync(here).sort()) {
      const isLast = i + 1 === quasis.length - 1;
      if (isLast) {
        // `${x}.ts`: the files of that ending; `${x}/define.ts`: the folders that hold that file.
        const file = suffix.startsWith('/') ? join(here, name, suffix) : join(here, name);
        const matches = suffix.startsWith('/') || name.endsWith(suffix);
        if (!matches || !statSync(file, { throwIfNoEntry: false })?.isFile()) continue;
        const key = suffix.startsWith('/') ? name : name.slice(0, -suffix.length);
        const target = suffix.startsWith('/') ? `${name}${suffix}` : name;
        entries.push(`${JSON.stringify(key)}:()=>import(${JSON.stringify(`./${path}${prefix}${target}`)})`);
      } else if (statSync(join(here, name)).isDirectory() && suffix.startsWith('/')) {
        const inner = level(`${path}${prefix}${name}`, i + 1);
        if (inner) entries.push(`${JSON.stringify(name)}:${inner}`);
      }
    }
    return entries.length ? `{${entries.join(',')}}` : null;
  };
  return level('', 0);
}

export default function conventionImports() {
  return {
    name: 'signalenkaart-convention-imports',
    transform(code, id) {
      if (!code.includes('import(`')) return null;
      const s = new MagicString(code);
      let changed = false;
      const walk = (node) => {
        if (!node || typeof node.type !== 'string') return;
        if (node.type === 'ImportExpression' && node.source.type === 'TemplateLiteral' && node.source.expressions.length) {
          const quasis = node.source.quasis.map((q) => q.value.cooked);
          const exprs = node.source.expressions.map((e) => code.slice(e.start, e.end));
          if (!/^\.\.?\//.test(quasis[0])) this.error(`${id}: a convention import must start with ./ or ../`);
          const t = table(dirname(id), [quasis[0].replace(/^\.\//, ''), ...quasis.slice(1)]);
          if (!t) this.error(`${id}: no files match ${code.slice(node.source.start, node.source.end)}`);
          const lookup = exprs.map((e) => `[${e}]`).join('?.');
          // A path that matches no file rejects, as import() would: "No module ./data/fr/meta.ts".
          const path = code.slice(node.source.start + 1, node.source.end - 1);
          s.overwrite(node.start, node.end, `(${t}${lookup}?.()??Promise.reject(Error(\`No module ${path}\`)))`);
          changed = true;
          return;
        }
        for (const key of Object.keys(node)) {
          const v = node[key];
          if (Array.isArray(v)) v.forEach(walk);
          else if (v && typeof v === 'object' && key !== 'parent') walk(v);
        }
      };
      walk(this.parse(code));
      return changed ? { code: s.toString(), map: s.generateMap({ hires: true }) } : null;
    },
  };
}
