// Lint for the source, the tests and the build scripts: ESLint's and typescript-eslint's
// recommended rules, Lit's (templates) and the web-components plugin's (custom elements).
// `npm run lint` must end with zero problems; it runs inside `npm test`.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';

export default tseslint.config(
  // What git ignores too: builds, the bench's working copy, test results.
  { ignores: ['dist/', 'node_modules/', 'locales/', 'test-results/', 'bench/tmp/', 'bench/results.json'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  lit.configs['flat/recommended'],
  wc.configs['flat/recommended'],
  {
    languageOptions: {
      ecmaVersion: 2022,
      sourceType: 'module',
      globals: {
        window: 'readonly', document: 'readonly', navigator: 'readonly', console: 'readonly', customElements: 'readonly',
        HTMLElement: 'readonly', Element: 'readonly', Node: 'readonly', Event: 'readonly', CustomEvent: 'readonly',
        setTimeout: 'readonly', clearTimeout: 'readonly', setInterval: 'readonly', clearInterval: 'readonly',
        requestAnimationFrame: 'readonly', URL: 'readonly', process: 'readonly', fetch: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  {
    // Tests and scripts: plain browser and node globals are everywhere there.
    files: ['test/**', 'scripts/**', 'bench/**', 'demo/**', '*.mjs'],
    languageOptions: { globals: { globalThis: 'readonly', __dirname: 'readonly', Buffer: 'readonly' } },
    rules: { 'no-undef': 'off', '@typescript-eslint/no-unused-expressions': 'off' },
  },
);
