import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Tests of the built site: dist/ checks and Debian's Chromium. `npm run build` comes first.
export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    include: ['tests/browser/**/*.test.ts'],
    globalSetup: ['tests/browser/setup.ts'],
    // The slowest browser tests take 15–20 s on a busy 2-core machine (3–5 s idle); every wait inside
    // is on a condition, so these limits only end a test that is stuck.
    testTimeout: 180_000,
    hookTimeout: 120_000,
    // expect.poll gives up after 1 s by default, which a loaded machine can exceed between a keystroke and a redraw.
    expect: { poll: { timeout: 60_000 } },
    fileParallelism: false,
  },
});
