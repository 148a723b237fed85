// A rollup plugin for the autoloader entry (dist/signalenkaart.js): where it imports an element
// (`import("./elements/signal-card.js")`), it also imports that element's static dependencies
// (Lit, the base, the model chunks) in the same moment. Without it the browser learns of them
// only after it has fetched the element file: one round trip more before anything renders.
// Each module is still fetched and run once (the browser's module map).
import MagicString from 'magic-string';

/** Every chunk `file` imports statically, directly or through others (file names as rollup has them). */
function staticClosure(file, chunks, seen = new Set()) {
  for (const dep of chunks[file]?.imports ?? []) {
    if (seen.has(dep)) continue;
    seen.add(dep);
    staticClosure(dep, chunks, seen);
  }
  return seen;
}

export default function parallelDeps({ entry = 'signalenkaart.js' } = {}) {
  return {
    name: 'signalenkaart-parallel-deps',
    renderChunk(code, chunk, _options, meta) {
      if (chunk.fileName !== entry) return null;
      const s = new MagicString(code);
      for (const m of code.matchAll(/import\((["'])\.\/(elements\/[^"']+\.js)\1\)/g)) {
        const deps = [...staticClosure(m[2], meta.chunks)];
        if (!deps.length) continue;
        const all = [...deps.map((d) => `import("./${d}")`), m[0]].join(',');
        s.overwrite(m.index, m.index + m[0].length, `Promise.all([${all}]).then(m=>m.pop())`);
      }
      return { code: s.toString(), map: s.generateMap({ hires: true }) };
    },
  };
}
