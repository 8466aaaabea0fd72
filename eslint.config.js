// Lint rules that keep the architecture honest. The import rules of every top-level folder (written
// in each folder's README, tested in test/lint/architecture.test.ts):
//   domain/    zod and its own files only: no Node, no I/O, nothing of the project outside it
//   lib/       Node and its npm packages, nothing of the project
//   main/      never platform/ (the reference platform) except main/hosts/boot.ts, which embeds it;
//              electron only in main/hosts/electron; main/core never imports main/hosts
//   main/contract  domain/ and its own files; no Node, electron or react
//   devices/   domain/ and lib/ and its own files; never main/, platform/ or config/
//   platform/  domain/ and lib/ and its own files; never main/, devices/ or config/
//   config/    domain/ and its own files
//   renderer/  main/contract and domain/ (values only from their zod-free modules), no Node, no electron
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { builtinModules } from 'node:module';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];
const noElectron = { name: 'electron', message: 'electron may be imported only in main/hosts/electron.' };
const noNode = (who) => nodeBuiltins.map((name) => ({ name, message: `${who} imports nothing from Node.` }));
/** A relative import reaching a top-level folder (or a file at the root) from anywhere below it. */
const reaching = (folders) => `^(\\.\\./)+(${folders})(/|$)`;
/** domain/'s modules that pull in no zod: the renderer may take values from these. */
const zodFreeDomain = 'result|errors|clock|calendar-date|id-number|person-name|hall-time|tracking-link|money|help-calls|booking|rating|complaints|card-validity|intake-rules|form-rules|form-refs|opening-hours';

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', '.tsbuild/', 'test-results/', 'playwright-report/', 'var/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-imports': ['error', { paths: [noElectron] }],
      eqeqeq: ['error', 'always', { null: 'ignore' }],
    },
  },
  {
    files: ['main/hosts/electron/**'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [noElectron, { name: 'react', message: 'domain/ is pure TypeScript and zod.' }, ...noNode('domain/')],
          patterns: [{ regex: '^\\.\\./\\.\\.(/|$)|^\\.\\./(?!api/)[^/]+/', message: 'domain/ imports only zod and its own files.' }],
        },
      ],
    },
  },
  {
    files: [`domain/{${zodFreeDomain.split('|').join(',')}}.ts`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [noElectron, ...noNode('domain/'), { name: 'zod', message: 'This domain module is zod-free: the kiosk bundle takes values from it.' }],
          patterns: [{ regex: '^\\.\\./', message: 'domain/ imports only zod and its own files.' }],
        },
      ],
    },
  },
  {
    files: ['lib/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [noElectron], patterns: [{ regex: '^\\.\\./', message: 'lib/ imports nothing of the project.' }] },
      ],
    },
  },
  {
    files: ['main/**/*.ts'],
    ignores: ['main/hosts/electron/**', 'main/hosts/boot.ts', 'main/contract/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [noElectron],
          patterns: [{ regex: reaching('platform'), message: 'main/ never imports the reference platform; only main/hosts/boot.ts embeds it.' }],
        },
      ],
    },
  },
  {
    files: ['main/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [noElectron],
          patterns: [
            { regex: reaching('platform'), message: 'main/ never imports the reference platform; only main/hosts/boot.ts embeds it.' },
            { regex: '^(\\.\\./)+hosts(/|$)', message: 'main/core never imports the hosts that compose it.' },
          ],
        },
      ],
    },
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
          patterns: [{ regex: '^\\.\\./(?!\\.\\./domain/)', message: 'main/contract imports only domain/ and its own files.' }],
        },
      ],
    },
  },
  {
    files: ['devices/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [noElectron],
          patterns: [{ regex: reaching('main|platform|config|renderer'), message: 'devices/ imports domain/, lib/ and its own files only (never main/, platform/ or config/).' }],
        },
      ],
    },
  },
  {
    files: ['platform/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [noElectron],
          patterns: [{ regex: reaching('main|devices|config|renderer'), message: 'platform/ imports domain/, lib/ and its own files only (never main/).' }],
        },
      ],
    },
  },
  {
    files: ['config/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [noElectron], patterns: [{ regex: reaching('main|devices|platform|renderer|lib'), message: 'config/ imports domain/ and its own files only.' }] },
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
              regex: '^(\\.\\./)+(main/(?!contract(/|$))|devices|config|platform|lib|scripts|bench|test)',
              message: 'The renderer may import only main/contract and domain/ from outside renderer/.',
            },
          ],
        },
      ],
      // Values come from main/contract/client.ts and domain/'s zod-free modules; the schema modules
      // (and zod) stay out of the bundle.
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: 'main/contract/(?!client\\.ts$)',
              allowTypeImports: true,
              message: 'Import values from main/contract/client.ts; other contract modules only with `import type`.',
            },
            {
              regex: `domain/(?!(${zodFreeDomain})\\.ts$)`,
              allowTypeImports: true,
              message: "Import values only from domain/'s zod-free modules; schema modules only with `import type`.",
            },
          ],
        },
      ],
    },
  },
);
