// @custom-elements-manifest/analyzer: the manifest comes from each element's JSDoc. The shared
// bases (src/base/element.ts, contacts-element.ts) are analysed too, so the elements inherit
// their attributes, properties, parts, custom properties, slots and states, documented once there; a small plugin then keeps only the public API (no private or protected
// members, no attributes for internal reactive state), and gives every attribute the text of
// the class's own `@attr` tag (the analyzer would otherwise use the field's comment).
const INTERNAL_STATICS = new Set(['styles', 'properties']);

function publicApiOnly() {
  /** class name -> attribute name -> the `@attr` text */
  const attrDocs = new Map();
  return {
    name: 'signalenkaart-public-api',
    analyzePhase({ ts, node }) {
      if (!ts.isClassDeclaration(node) || !node.name) return;
      const docs = new Map();
      for (const tag of ts.getJSDocTags(node)) {
        if (tag.tagName.getText() !== 'attr') continue;
        const text = typeof tag.comment === 'string' ? tag.comment : ts.getTextOfJSDocComment(tag.comment) ?? '';
        const m = /^\s*(\S+)\s+-\s+([\s\S]*)$/.exec(text);
        if (m) docs.set(m[1], m[2].replace(/\s*\n\s*/g, ' ').trim());
      }
      if (docs.size) attrDocs.set(node.name.getText(), docs);
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        for (const d of mod.declarations ?? []) {
          if (d.kind !== 'class') continue;
          // An attribute's text: the class's own `@attr`, else that of the class it inherits it from.
          for (const a of d.attributes ?? []) {
            const docs = [d.name, a.inheritedFrom?.name].map((n) => attrDocs.get(n)).find((m) => m?.has(a.name));
            if (docs) a.description = docs.get(a.name);
          }
          const hidden = new Set(
            (d.members ?? [])
              .filter((m) => m.privacy === 'private' || m.privacy === 'protected' || (m.static && INTERNAL_STATICS.has(m.name)))
              .map((m) => m.name),
          );
          d.members = (d.members ?? []).filter((m) => !hidden.has(m.name));
          d.attributes = (d.attributes ?? []).filter((a) => !a.fieldName || !hidden.has(a.fieldName));
        }
      }
    },
  };
}

export default {
  globs: ['src/elements/*/*.ts', 'src/base/element.ts', 'src/base/contacts-element.ts', 'src/base/signals-element.ts'],
  exclude: ['src/elements/*/styles.ts', 'src/elements/*/prerendered-styles.ts', 'src/elements/*/define.ts'],
  outdir: 'dist',
  litelement: true,
  dependencies: false,
  packagejson: false,
  plugins: [publicApiOnly()],
};
