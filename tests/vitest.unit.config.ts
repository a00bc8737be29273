import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Unit tests of the pure modules and the content; they need no build.
export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    include: ['tests/unit/**/*.test.ts'],
    // Generous limits for a busy 2-core CI machine: the slowest unit test takes about 15 s there
    // (3 s idle). Tests wait on conditions, never on time, so a long limit only matters when stuck.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
