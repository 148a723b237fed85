// A rollup plugin for the autoloader entry (dist/signalenkaart.js): where it imports a chunk
// dynamically (an element's code, a slice), it also imports that chunk's static dependencies
// (Lit, the base, the model chunks) in the same moment. Without it the browser learns of them
// only after it has fetched the element file: one round trip more before anything renders.
// Each module is still fetched and run once (the browser's module map).
// It uses rollup's renderDynamicImport hook, which names the target chunk's imports
// (already quoted; rollup hoists transitive imports, so these are all it needs).

export default function parallelDeps({ entry = 'signalenkaart' } = {}) {
  return {
    name: 'signalenkaart-parallel-deps',
    renderDynamicImport({ chunk, getTargetChunkImports }) {
      if (!chunk.isEntry || chunk.name !== entry) return null;
      const deps = (getTargetChunkImports() ?? []).filter((d) => d.type === 'internal');
      if (!deps.length) return null;
      const before = deps.map((d) => `import(${d.resolvedImportPath})`).join(',');
      return { left: `Promise.all([${before},import(`, right: `)]).then((m)=>m.pop())` };
    },
  };
}
