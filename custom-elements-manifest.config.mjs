// @custom-elements-manifest/analyzer: the manifest comes from each element's JSDoc.
export default {
  globs: ['src/elements/*/*.ts'],
  exclude: ['src/elements/*/styles.ts', 'src/elements/*/define.ts'],
  outdir: 'dist',
  litelement: true,
  dependencies: false,
  packagejson: false,
};
