import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Tests of the built site: dist/ checks and Debian's Chromium. `npm run build` comes first.
export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    include: ['tests/browser/**/*.test.ts'],
    globalSetup: ['tests/browser/setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
