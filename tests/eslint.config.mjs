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
);
