// Builds the Pagefind index over dist/. Only elements marked data-pagefind-body (plan content and
// the guide) are indexed; <html lang="zh-CN"> makes the extended binary segment Chinese.
//
// Pagefind holds every page of an index in memory until it writes the index, about 2.5 MB per
// page of Chinese (1000 templates peaked at 2.4 GiB). So a large site is indexed in shards of at
// most SHARD_PAGES pages, one Pagefind process each: the first shard is /pagefind/, the others
// /pagefind-2/, /pagefind-3/ …, and the search page merges them (src/scripts/pagefind.ts).
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { chunkWords } from './pagefind-meta.mjs';
import { writeSearchWords } from './search-words.mjs';

// Smaller index chunks: a query loads one chunk per word, and with the default (about 70 KB of
// index per chunk before compression) two words cost 70 KB on the wire. Pagefind reads this
// setting from its environment; it is marked unstable, and without it Pagefind simply uses its default.
process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE ??= '3000';

/** 400 pages peak at about 1 GiB. PLAN_SEARCH_SHARD_PAGES lets tests shard a small site. */
const SHARD_PAGES = Number(process.env.PLAN_SEARCH_SHARD_PAGES ?? 400);
if (!Number.isInteger(SHARD_PAGES) || SHARD_PAGES < 1) throw new Error(`PLAN_SEARCH_SHARD_PAGES must be a whole number of pages, at least 1 (got "${process.env.PLAN_SEARCH_SHARD_PAGES}").`);
/** The search page lists the shards to search in this attribute; Astro writes only the first. */
const SHARDS_LIST = /data-pagefind-shards="[^"]*"/;

// The build folder is an optional argument so scripts/bench-scale.mjs can index a temporary build.
const dist = process.argv[2] ?? 'dist';
/** The site's base path, as the build was given it (astro.config.mjs): the shards live under it. */
const BASE = (process.env.PLAN_BASE ?? '/').replace(/\/*$/, '/');

/**
 * One pass over the built pages: those Pagefind would index (with a data-pagefind-body element, in
 * path order), and the paths of those that list the shards to search.
 */
async function readSite() {
  const pages = [];
  const listings = [];
  const names = (await readdir(dist, { recursive: true })).filter((name) => name.endsWith('.html')).sort();
  for (const name of names) {
    const content = await readFile(join(dist, name), 'utf8');
    if (content.includes('data-pagefind-body')) pages.push({ sourcePath: name.split('\\').join('/'), content });
    if (SHARDS_LIST.test(content)) listings.push(join(dist, name));
  }
  return { pages, listings };
}

/** Splits pages into shards of at most `size`, as evenly as possible. */
function shardsOf(pages, size) {
  const count = Math.max(1, Math.ceil(pages.length / size));
  const per = Math.ceil(pages.length / count);
  return Array.from({ length: count }, (_, i) => pages.slice(i * per, (i + 1) * per));
}

const bundlePath = (i) => (i === 0 ? 'pagefind' : `pagefind-${i + 1}`);

/** Indexes one shard in its own Pagefind process, so its memory is returned before the next. */
async function writeShard(pages, i) {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'zh-cn' });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  for (const page of pages) {
    const added = await index.addHTMLFile(page);
    if (added.errors.length > 0) throw new Error(`Pagefind could not index ${dist}/${page.sourcePath}: ${added.errors.join('; ')}`);
  }
  const written = await index.writeFiles({ outputPath: join(dist, bundlePath(i)) });
  if (written.errors.length > 0) throw new Error(`Pagefind could not write its files: ${written.errors.join('; ')}`);
  await pagefind.close();
}

/** Tells the search page which shards to merge (rewritten on every run, so indexing twice is safe). */
async function announceShards(listings, count) {
  const urls = Array.from({ length: count }, (_, i) => `${BASE}${bundlePath(i)}/`).join(' ');
  for (const path of listings) {
    const html = await readFile(path, 'utf8');
    await writeFile(path, html.replace(SHARDS_LIST, `data-pagefind-shards="${urls}"`));
  }
}

/** Bundles of an earlier run, which a smaller index would otherwise leave behind. */
async function removeOldBundles() {
  const old = (await readdir(dist)).filter((name) => /^pagefind(-\d+)?$/.test(name));
  await Promise.all(old.map((name) => rm(join(dist, name), { recursive: true, force: true })));
}

const { pages, listings } = await readSite();
const shards = shardsOf(pages, SHARD_PAGES);
await removeOldBundles();
for (const [i, shard] of shards.entries()) await writeShard(shard, i);
await announceShards(listings, shards.length);
const where = shards.map((_, i) => `${join(dist, bundlePath(i))}/`).join(', ');
console.log(`Pagefind indexed ${pages.length} pages into ${where}`);
const chunks = (await Promise.all(shards.map((_, i) => chunkWords(join(dist, bundlePath(i)))))).flat();
// The vocabulary's own words (罢工) are simplified to as well: 罷工 typed in traditional reads as 罢工.
const vocabularyChars = (await readFile(new URL('../content/search/vocabulary.json', import.meta.url), 'utf8')).match(/\p{Script=Han}/gu) ?? [];
const words = await writeSearchWords(dist, pages, chunks, new Set(vocabularyChars));
console.log(`Search words: ${Object.entries(words).map(([name, bytes]) => `${join(dist, 'search', name)} (${(bytes / 1024).toFixed(1)} KB)`).join(', ')}; a word for each of ${chunks.length} index chunks`);
