import { defineConfig } from 'vitest/config';

// Browser tests run against the built dist/ in Debian's Chromium; `npm run build` comes first.
export default defineConfig({
  test: {
    include: ['tests/browser/**/*.test.ts'],
    globalSetup: ['tests/browser/setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
