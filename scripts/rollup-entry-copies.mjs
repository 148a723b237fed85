// A rollup plugin: the one-script-tag entry gets its own copy of the few small modules it shares
// with the elements (src/catalog.ts and the lists it reads, the space held, the fallback). Without it, rollup would put them in
// a shared chunk, and the entry would wait one round trip for it before it could start loading
// anything. Each copy is the same source file, loaded under another module id; dynamic imports
// in a copy still point at the one real module (an element, a slice), so nothing is loaded twice.
import { readFileSync } from 'node:fs';
import { resolve as resolvePath } from 'node:path';

const SUFFIX = '.entry-copy';

export default function entryCopies({ entry = 'src/index.ts', copy = /\/src\/(catalog|reserve|after-paint|fallback|data\/enums)\.ts$/ } = {}) {
  const entryId = resolvePath(entry);
  const isCopy = (id) => id?.includes(`${SUFFIX}.`);
  const real = (id) => id.replace(SUFFIX, '');
  const copyOf = (id) => id.replace(/\.ts$/, `${SUFFIX}.ts`);
  const entrySide = new Set([entryId]);
  return {
    name: 'signalenkaart-entry-copies',
    async resolveId(source, importer, options) {
      if (!importer || !(entrySide.has(importer) || isCopy(importer))) return null;
      const resolved = await this.resolve(source, real(importer), { ...options, skipSelf: true });
      if (!resolved || resolved.external) return resolved;
      if (copy.test(resolved.id)) return copyOf(resolved.id);
      // The entry's own helper modules (src/prefetch.ts) are on the entry's side too.
      if (resolved.id.startsWith(resolvePath('src')) && !resolved.id.includes('/src/elements/') && !resolved.id.includes('/src/data/')) {
        entrySide.add(resolved.id);
      }
      return resolved;
    },
    // Dynamic imports (an element's code, a slice) resolve to the real modules, from any side.
    async resolveDynamicImport(specifier, importer) {
      if (typeof specifier !== 'string' || !isCopy(importer)) return null;
      return this.resolve(specifier, real(importer), { skipSelf: true });
    },
    load(id) {
      return isCopy(id) ? readFileSync(real(id), 'utf8') : null;
    },
  };
}
