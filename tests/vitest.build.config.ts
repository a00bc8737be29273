import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Real `astro build` runs on fixture folders of templates: what an author sees when the build stops.
// Separate from the unit tests so that their builds do not load the machine while unit tests are timed.
export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    include: ['tests/build/**/*.test.ts'],
    // One build at a time: each takes both cores for a while, and they share Astro's caches.
    fileParallelism: false,
    sequence: { concurrent: false },
  },
});
