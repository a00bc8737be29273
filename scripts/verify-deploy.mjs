#!/usr/bin/env node
// `npm run verify-deploy -- https://oa.example.gov.cn/yuan/`: checks a deployed copy of the site as
// a browser would meet it. Starting from the given address it fetches every page and every file the
// pages, scripts and styles refer to (including lazily loaded scripts, template.json, the check
// page's rules and the search index's entry files), staying under that address, and reports:
// - broken links and files (any answer but 200);
// - wrong content types (.html, .js, .css, .json, .svg, .wasm, and Pagefind's index files);
// - missing headers: Content-Security-Policy with frame-ancestors, X-Content-Type-Options: nosniff,
//   Referrer-Policy, and caching (no-cache for pages, a year for files named by their hash);
// - text sent uncompressed.
// It exits 1 when it finds a problem. deploy/README.md explains each finding.

/** The content type each kind of file must be sent with (compared without parameters). */
const TYPES = [
  [/\/$|\.html$/, ['text/html']],
  [/\.m?js$/, ['text/javascript', 'application/javascript']],
  [/\.css$/, ['text/css']],
  [/\.json$/, ['application/json']],
  [/\.svg$/, ['image/svg+xml']],
  [/\.wasm$/, ['application/wasm']],
  // Pagefind's index files and its WebAssembly (wasm.*.pagefind) are compressed binary data.
  [/\.(pf_meta|pf_index|pf_fragment|pf_filter|pagefind)$/, ['application/octet-stream', 'application/wasm']],
];
/** Files named by a hash of their content, which may be cached for good. */
const HASHED = /\/_astro\/|\/pagefind(-\d+)?\/.*\.(pf_meta|pf_index|pf_fragment|pf_filter|pagefind)$/;
const TEXT = /^(text\/|application\/(javascript|json)|image\/svg)/;
const YEAR = 31_536_000;

const expectedType = (pathname) => TYPES.find(([pattern]) => pattern.test(pathname))?.[1];
const decode = (text) => text.replace(/&amp;/g, '&').replace(/&quot;/g, '"');

/** URLs a page refers to: links, scripts, styles, icons, and the data its scripts fetch. */
function urlsInHtml(html) {
  const urls = [...html.matchAll(/\s(?:href|src|action|data-src|data-rules)="([^"]+)"/g)].map((m) => decode(m[1]));
  // The search page lists its index shards; each has its scripts (main and worker) and an entry file.
  for (const [, list] of html.matchAll(/\sdata-pagefind-shards="([^"]*)"/g)) {
    for (const shard of list.split(' ').filter(Boolean)) urls.push(`${shard}pagefind.js`, `${shard}pagefind-worker.js`, `${shard}pagefind-entry.json`);
  }
  return urls;
}

/** Modules a script imports, statically or lazily, and workers it starts. */
const urlsInScript = (code) => [...code.matchAll(/(?:\bimport\s*\(?\s*|\bfrom\s*|new URL\(\s*)["'`]([^"'`]+\.m?js)["'`]/g)].map((m) => m[1]);
const urlsInCss = (css) => [...css.matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)/g)].map((m) => m[1]).filter((url) => !url.startsWith('data:'));

/** Pagefind's language files, named in its entry file. */
function urlsInPagefindEntry(json) {
  const entry = JSON.parse(json);
  return Object.entries(entry.languages ?? {}).flatMap(([, { hash, wasm }]) => [`pagefind.${hash}.pf_meta`, `wasm.${wasm ?? 'unknown'}.pagefind`]);
}

function checkHeaders(url, response, problems) {
  const headers = response.headers;
  const type = (headers.get('content-type') ?? '').split(';')[0].trim().toLowerCase();
  const { pathname } = new URL(url);
  const expected = expectedType(pathname);
  if (expected && !expected.includes(type)) problems.push({ url, problem: `sent as "${type || 'no content type'}", should be ${expected.join(' or ')}` });
  if (!/nosniff/i.test(headers.get('x-content-type-options') ?? '')) problems.push({ url, problem: 'no "X-Content-Type-Options: nosniff" header' });
  const cache = headers.get('cache-control') ?? '';
  if (type === 'text/html') {
    const policy = headers.get('content-security-policy') ?? '';
    if (!policy) problems.push({ url, problem: 'no Content-Security-Policy header' });
    else if (!/frame-ancestors/.test(policy)) problems.push({ url, problem: 'the Content-Security-Policy header has no frame-ancestors' });
    if (!headers.get('referrer-policy')) problems.push({ url, problem: 'no Referrer-Policy header' });
    if (!/no-cache|no-store|max-age=0\b/.test(cache)) problems.push({ url, problem: `a page must be revalidated on each visit (Cache-Control: no-cache), got "${cache || 'none'}"` });
  } else if (HASHED.test(pathname)) {
    const age = Number(/max-age=(\d+)/.exec(cache)?.[1] ?? 0);
    if (age < YEAR || !/immutable/.test(cache)) problems.push({ url, problem: `a file named by its hash should be cached for a year (Cache-Control: public, max-age=${YEAR}, immutable), got "${cache || 'none'}"` });
  } else if (/immutable/.test(cache)) problems.push({ url, problem: `a file that changes with each version must not be immutable, got "${cache}"` });
  const length = Number(headers.get('content-length') ?? Infinity);
  if (TEXT.test(type) && length > 1024 && !headers.get('content-encoding')) problems.push({ url, problem: 'text sent uncompressed (no gzip or br)' });
}

/**
 * Crawls the site at `start` (its base: every URL checked is under it). Resolves to
 * { checked: number, problems: { url, problem, from? }[] }.
 */
export async function verifyDeploy(start, { concurrency = 6 } = {}) {
  const root = new URL(start.endsWith('/') ? start : `${start}/`);
  const notFound = new URL('404.html', root).href;
  const seen = new Map([[root.href, 'the address given'], [notFound, 'the address given']]);
  const queue = [root.href, notFound];
  const problems = [];
  const add = (link, from) => {
    const url = new URL(link, from);
    url.hash = '';
    if (url.origin !== root.origin) return problems.push({ url: url.href, problem: `points to another origin (from ${from})` });
    if (!url.pathname.startsWith(root.pathname)) return problems.push({ url: url.href, problem: `outside ${root.pathname} (from ${from})` });
    if (url.search) return; // search pages with a query are the same file
    if (!seen.has(url.href)) {
      seen.set(url.href, from);
      queue.push(url.href);
    }
  };
  const visit = async (url) => {
    let response;
    try {
      response = await fetch(url, { headers: { 'accept-encoding': 'gzip, br' }, redirect: 'manual' });
    } catch (error) {
      return problems.push({ url, problem: `could not be fetched: ${error.cause?.message ?? error.message}` });
    }
    if (response.status !== 200) {
      await response.body?.cancel();
      return problems.push({ url, problem: `answered ${response.status} (linked from ${seen.get(url)})` });
    }
    checkHeaders(url, response, problems);
    const type = response.headers.get('content-type') ?? '';
    const { pathname } = new URL(url);
    if (/html/.test(type)) for (const link of urlsInHtml(await response.text())) add(link, url);
    else if (/\.m?js$/.test(pathname)) for (const link of urlsInScript(await response.text())) add(link, url);
    else if (/\.css$/.test(pathname)) for (const link of urlsInCss(await response.text())) add(link, url);
    else if (/pagefind-entry\.json$/.test(pathname)) for (const link of urlsInPagefindEntry(await response.text())) add(link, url);
    else await response.arrayBuffer();
  };
  let active = 0;
  await new Promise((done) => {
    const pump = () => {
      while (active < concurrency && queue.length > 0) {
        active++;
        void visit(queue.shift()).finally(() => {
          active--;
          pump();
        });
      }
      if (active === 0 && queue.length === 0) done();
    };
    pump();
  });
  return { checked: seen.size, urls: [...seen.keys()], problems };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const start = process.argv[2];
  if (!start) {
    console.error('Usage: npm run verify-deploy -- https://host/path/  (the address of the deployed site)');
    process.exit(2);
  }
  const { checked, problems } = await verifyDeploy(start);
  for (const { url, problem } of problems) console.log(`✗ ${url}: ${problem}`);
  console.log(`${checked} pages and files checked under ${start}: ${problems.length === 0 ? '0 problems' : `${problems.length} problem${problems.length > 1 ? 's' : ''}`}.`);
  process.exit(problems.length === 0 ? 0 : 1);
}
