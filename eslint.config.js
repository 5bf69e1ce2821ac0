import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import { layerBoundaries } from './eslint/layerBoundaries.js';

const NAMED_EXPORTS = { selector: 'ExportDefaultDeclaration', message: 'Use named exports.' };
// tsx (esbuild) compiles a regex literal with \p{…} to `new RegExp(…)`, evaluated at every call of
// the function that holds it: ~200 per article in the pipeline before they were hoisted (issue 6).
const HOISTED_PROPERTY_ESCAPES = {
  selector: ':function Literal[regex.pattern=/\\\\[pP]\\{/]',
  message: 'Make a regex with \\p{…} a module constant: inside a function tsx builds it anew at every call.',
};

export default tseslint.config(
  { ignores: ['node_modules/**', 'data/**', 'test-artifacts/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    plugins: { parallax: { rules: { 'layer-boundaries': layerBoundaries } } },
    rules: {
      'parallax/layer-boundaries': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': ['error', NAMED_EXPORTS],
    },
  },
  {
    files: ['src/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: { 'no-restricted-syntax': ['error', NAMED_EXPORTS, HOISTED_PROPERTY_ESCAPES] },
  },
  {
    files: ['web/**/*.js'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['eslint.config.js', 'vitest.config.ts'],
    rules: { 'no-restricted-syntax': 'off' },
  },
);
