// Lint rules that keep the architecture honest: electron only in its host, no Node in the renderer,
// the renderer reaching main/ only through main/contract.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { builtinModules } from 'node:module';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', '.tsbuild/', 'test-results/', 'playwright-report/', 'var/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'electron', message: 'electron may be imported only in main/hosts/electron.' }] },
      ],
      eqeqeq: ['error', 'always', { null: 'ignore' }],
    },
  },
  {
    files: ['main/hosts/electron/**'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['main/contract/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['electron', 'react', ...nodeBuiltins].map((name) => ({
            name,
            message: 'main/contract imports nothing from node, electron or react.',
          })),
          patterns: [{ group: ['../*', '!../contract/*'], message: 'main/contract is self-contained.' }],
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['electron', ...nodeBuiltins].map((name) => ({
            name,
            message: 'The renderer runs in a sandboxed page: no electron, no Node built-ins.',
          })),
          patterns: [
            {
              regex: '^(\\.\\./)+(main/(?!contract(/|$))|devices|config|platform|scripts|bench|test)',
              message: 'The renderer may import only main/contract from outside renderer/.',
            },
          ],
        },
      ],
      // Values come from main/contract/client.ts; the schema modules (and zod) stay out of the bundle.
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: 'main/contract/(?!client\\.ts$)',
              allowTypeImports: true,
              message: 'Import values from main/contract/client.ts; other contract modules only with `import type`.',
            },
          ],
        },
      ],
    },
  },
);
