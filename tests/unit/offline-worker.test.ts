import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { expect, test } from 'vitest';

// scripts/offline/sw.js run in a bare context: a fake cache that records how many files are being
// fetched at once, and the install event the browser would send.
const SOURCE = readFileSync(new URL('../../scripts/offline/sw.js', import.meta.url), 'utf8');

function install(files: string[], failing = '') {
  let inFlight = 0;
  let mostAtOnce = 0;
  const cached: string[] = [];
  const cache = {
    add: async (file: string) => {
      inFlight++;
      mostAtOnce = Math.max(mostAtOnce, inFlight);
      await new Promise((done) => setTimeout(done, 1));
      inFlight--;
      if (file === failing) throw new Error(`${file}: HTTP 404`);
      cached.push(file);
    },
  };
  const listeners = new Map<string, (event: unknown) => void>();
  const self = { addEventListener: (type: string, listener: (event: unknown) => void) => listeners.set(type, listener), location: { origin: 'http://site' } };
  runInNewContext(SOURCE, { self, caches: { open: async () => cache }, OFFLINE: { version: 'v1', base: '/', files }, setTimeout, URL, fetch });
  let done: Promise<unknown> = Promise.resolve();
  listeners.get('install')!({ waitUntil: (promise: Promise<unknown>) => (done = promise) });
  return { done, cached, mostAtOnce: () => mostAtOnce };
}

test('installing keeps every file, one at a time, so a first visit is not slowed by hundreds of requests at once', async () => {
  const files = ['/', '/search/', '/_astro/a.js', '/pagefind/pagefind.js'];
  const run = install(files);
  await run.done;
  expect(run.cached).toEqual(files);
  expect(run.mostAtOnce()).toBe(1);
});

test('a file that cannot be fetched fails the install, so no half-filled version takes over', async () => {
  const run = install(['/', '/missing.js', '/search/'], '/missing.js');
  await expect(run.done).rejects.toThrow('/missing.js');
  expect(run.cached).toEqual(['/']);
});
