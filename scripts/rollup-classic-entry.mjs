// A rollup plugin: the one-script-tag entry (dist/signalenkaart.js) works both as a module and as
// a classic script. A classic <script src> placed before the elements runs before the browser
// paints them, so the loader can reserve their space from the first frame (src/reserve.ts);
// a deferred module runs after that first frame. The entry has no static imports or exports
// (its dynamic imports resolve against the script's own address in both cases), and is wrapped
// in a function, so as a classic script it adds nothing to the page's global scope.
import MagicString from 'magic-string';

export default function classicEntry({ entry = 'signalenkaart' } = {}) {
  return {
    name: 'signalenkaart-classic-entry',
    renderChunk(code, chunk) {
      if (!chunk.isEntry || chunk.name !== entry) return null;
      if (chunk.imports.length || chunk.exports.length || /\bimport\.meta\b/.test(code)) {
        this.error(`${chunk.fileName} must have no static imports, no exports and no import.meta, to run as a classic script too.`);
      }
      const s = new MagicString(code);
      s.prepend('(()=>{"use strict";').append('\n})();');
      return { code: s.toString(), map: s.generateMap({ hires: true }) };
    },
  };
}
