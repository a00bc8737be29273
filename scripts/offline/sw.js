/* global self, caches, fetch, URL, setTimeout, OFFLINE */
// The site's service worker, written to dist/sw.js by scripts/offline/manifest.mjs, which puts the
// version and the list of files in place of OFFLINE below. After the first visit it keeps every
// page, script, style, template data file, the check page's rules and the search index in one cache
// per version. Pages are answered from the active version's cache only, so a tab never mixes
// versions; a new version is fetched in the background on the next online visit and takes over when
// the page asks (its note offers 刷新) or when every tab of the site has been closed.
const { version, base, files } = OFFLINE;
const PREFIX = 'plan-templates-offline-';
const CACHE = `${PREFIX}${version}`;

/**
 * A pause between files while installing. Fetching and storing all 300-odd files at once kept a
 * two-core machine busy for two seconds after the first visit, and searches typed meanwhile took
 * twice as long; one file at a time with a pause spreads the same work over about ten seconds.
 */
const PAUSE_MS = 20;

/** Fills the cache one file at a time; a file that fails fails the install, as cache.addAll would. */
async function fill(cache) {
  for (const file of files) {
    await cache.add(file);
    await new Promise((done) => setTimeout(done, PAUSE_MS));
  }
}

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then(fill));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((key) => key.startsWith(PREFIX) && key !== CACHE).map((key) => caches.delete(key))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('message', (event) => {
  if (event.data === 'update') void self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin || !url.pathname.startsWith(base)) return;
  event.respondWith(
    caches.open(CACHE).then(async (cache) => {
      // A page with a query (search/?q=… under the base) or a retried module (?retry=1) is the same file.
      const cached = (await cache.match(request)) ?? (await cache.match(request, { ignoreSearch: true }));
      return cached ?? fetch(request);
    }),
  );
});
