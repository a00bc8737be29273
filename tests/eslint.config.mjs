// One linter for TypeScript, scripts and .astro files; `npm test` runs it with zero warnings allowed.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import astro from 'eslint-plugin-astro';
import tseslint from 'typescript-eslint';

export default defineConfig(
  { ignores: ['dist/', 'dist-base/', '.astro/', 'node_modules/', 'tests/unit/fixtures/', '.shot*.mjs', '.probe*.mjs'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  astro.configs.recommended,
  {
    files: ['scripts/**/*.mjs', 'astro.config.mjs'],
    languageOptions: { globals: { console: 'readonly', process: 'readonly', performance: 'readonly', URL: 'readonly', setTimeout: 'readonly', fetch: 'readonly', document: 'readonly', MutationObserver: 'readonly', Event: 'readonly', setInterval: 'readonly', clearInterval: 'readonly' } },
  },
  {
    // The model is pure and runs in the browser: it declares its own types and imports nothing
    // build-only (zod schemas, parsing, the catalog) or browser-only (storage). tests/unit/imports.test.ts
    // checks that src/lib has no import cycle.
    files: ['src/lib/model/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/parse/*', '**/storage/*', '**/data/*', '**/check/*', '**/render/*', '**/form/*', '**/search/*'], message: 'The model imports only the model: declare the type in src/lib/model/.' },
            { group: ['astro/zod', 'zod', 'astro:*', 'node:*', 'yaml'], message: 'The model is pure TypeScript that runs in the browser.' },
          ],
        },
      ],
    },
  },
);
