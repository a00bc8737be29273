import type { QueryAids } from '../lib/search/engine';
import { Lexicon, LEXICON_PATH, type LexiconData } from '../lib/search/lexicon';
import type { TypoData, Typos } from '../lib/search/typos';
import type { FigureData } from '../lib/search/numbers';
import type { PageResult } from '../lib/search/rank';
import type { LazyResult } from '../lib/search/run';
import { ChunkLoads, PageReads, preloadInBatches, SearchTraffic, spillChunks } from '../lib/search/preload';
import { segmentWords } from '../lib/search/segmenter';
import { BASE, siteUrl } from '../lib/site/urls';
import { segmenterWarmed } from './segmenter-warmup';

/** One page Pagefind found; data() loads its fragment. */
interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PageResult['data']>;
}

/** The parts of Pagefind's browser API this site uses. */
export interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  mergeIndex(path: string, options?: Record<string, unknown>): Promise<void>;
  search(query: string | null, options?: { filters?: Record<string, string | { any: string[] }> }): Promise<{ results: PagefindResult[] } | null>;
  preload(query: string): Promise<void>;
}

/** Every URL the search page fetches is built here, so a site under a sub-path changes one line. */
export const searchUrl = (path: string): string => siteUrl(path);

// Built by scripts/index-search.mjs after Astro; a variable keeps Vite from trying to bundle it.
const PAGEFIND_URL = searchUrl('pagefind/pagefind.js');
// Pagefind counts words; 40 Chinese words come to about 80 characters, which cleanExcerpt caps.
// Results link to pages under the site's base, wherever the bundle was merged from.
const OPTIONS = { excerptLength: 40, baseUrl: BASE };
let loading: Promise<Pagefind> | undefined;
let attempts = 0;

/** Loads Pagefind once, on first use, so pages that never search never download it. */
export function loadPagefind(): Promise<Pagefind> {
  // A retry asks for a new URL: a module that failed to load may be remembered under its old one.
  const url = attempts > 0 ? `${PAGEFIND_URL}?retry=${attempts}` : PAGEFIND_URL;
  loading ??= (import(/* @vite-ignore */ url) as Promise<Pagefind>).then(async (pagefind) => {
    // Pagefind's worker costs 13 KB more on the first search but keeps its WebAssembly off the main
    // thread: Lighthouse mobile scored the search page 97 with it and 82 without.
    // Evaluating Pagefind's module is one long task; its set-up takes the next.
    await new Promise((done) => setTimeout(done, 0));
    await pagefind.options(OPTIONS);
    await pagefind.init();
    for (const path of extraShards()) await pagefind.mergeIndex(path, OPTIONS);
    return pagefind;
  });
  return loading;
}

/**
 * A large site's index is written in shards, which scripts/index-search.mjs lists on the search page
 * (with the site's base); the first is the one at PAGEFIND_URL.
 */
function extraShards(): string[] {
  const listed = document.querySelector('[data-pagefind-shards]')?.getAttribute('data-pagefind-shards') ?? '';
  return listed.split(' ').filter(Boolean).slice(1);
}

const fetchJson = async <T>(path: string): Promise<T> => {
  const response = await fetch(searchUrl(path));
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
  return (await response.json()) as T;
};

let lexiconData: Promise<LexiconData> | undefined;
let lexicon: Promise<Lexicon | undefined> | undefined;
let typos: Promise<Typos | undefined> | undefined;
let figures: Promise<FigureData | undefined> | undefined;

const readLexicon = (): Promise<LexiconData> => (lexiconData ??= fetchJson<LexiconData>(LEXICON_PATH));

/**
 * The plans' lexicon (loaded with Pagefind) and the typo table (only when a query needs it), both
 * written by scripts/search-words.mjs. A file that fails to load leaves the query searched as typed.
 * The lexicon is handed over once the word segmenter is warm, since reading a query segments it.
 */
export const queryAids: QueryAids = {
  lexicon: () => (lexicon ??= Promise.all([readLexicon(), segmenterWarmed()]).then(([data]) => new Lexicon(data), () => undefined)),
  typos: () => (typos ??= Promise.all([import('../lib/search/typos'), fetchJson<TypoData>('search/typos.json')]).then(([{ Typos }, data]) => new Typos(data), () => undefined)),
  figures: () => (figures ??= fetchJson<FigureData>('search/figures.json').catch(() => undefined)),
};

/** Resolves when the page is idle; a short timer where the browser cannot tell. */
const whenIdle = (): Promise<void> => new Promise((done) => ('requestIdleCallback' in window ? requestIdleCallback(() => done()) : setTimeout(done, 200)));

/** Starts loading Pagefind now; a failure shows when a search awaits it. */
export function startPagefind(): void {
  loadPagefind().catch(() => undefined);
}

/** Forgets a failed load, so the next search tries again. */
export function retryPagefind(): void {
  loading = undefined;
  attempts++;
}

/** What a visitor does on the way to the search box: point, tap, press a key or move focus. */
const VISITOR_ACTS = ['pointerdown', 'pointermove', 'touchstart', 'keydown', 'focusin'] as const;
let visitorActs: Promise<void> | undefined;

/**
 * Resolves on the visitor's first act on the page. Search work waits for it, not for idle time: a
 * page that is only opened and read runs none of it (Lighthouse scored it 92–97 with, 99–100
 * without), and a visitor reaching for the box gives it the moment before their first keystroke.
 */
function whenVisitorActs(): Promise<void> {
  visitorActs ??= new Promise((done) => {
    const act = () => {
      for (const type of VISITOR_ACTS) removeEventListener(type, act, true);
      done();
    };
    for (const type of VISITOR_ACTS) addEventListener(type, act, { capture: true, passive: true });
  });
  return visitorActs;
}

/**
 * Starts Pagefind (script, entry, metadata, WebAssembly) once the visitor acts on the page, so the
 * first keystroke does not wait for a chain of work that starts only then; `prepare` builds the
 * page's own search tables meanwhile. (Its script and the lexicon are fetched at load: the page
 * preloads them.)
 */
export function warmPagefind(prepare: () => void = () => {}): void {
  const start = () => {
    void queryAids.lexicon();
    startPagefind();
    // In a task of its own, while the work above is under way.
    setTimeout(prepare, 0);
  };
  void whenVisitorActs().then(start);
}

/** How long after a search the index read waits: a search reads its pages' fragments right after it. */
const QUIET_MS = 250;
const traffic = new SearchTraffic(() => performance.now(), QUIET_MS);

/** Chunks asked of Pagefind's worker: spilled into by earlier queries, or all after the preload. */
const chunkLoads = new ChunkLoads();

let chunks: Promise<{ loaders: string[]; starts: string[] }> | undefined;
const spaced = (list?: string): string[] => (list ? list.split(' ') : []);

/** The lexicon's chunk lists, split once: a word that loads each chunk, and each chunk's first word. */
const chunkLists = (): Promise<{ loaders: string[]; starts: string[] }> =>
  (chunks ??= readLexicon().then(
    (data) => ({ loaders: spaced(data.chunks), starts: spaced(data.chunkStarts) }),
    () => ({ loaders: [], starts: [] }),
  ));

/** Loads the chunks the query's words spill into (spillChunks), so its results never depend on earlier queries. */
async function loadSpill(pagefind: Pagefind, query: string): Promise<void> {
  const { loaders, starts } = await chunkLists();
  const words = Array.from(segmentWords(query.toLocaleLowerCase()), (part) => part.segment).filter((word) => word.trim());
  const needed = spillChunks(words, starts).filter((i) => loaders[i]);
  await chunkLoads.ensure(needed, (fresh) => pagefind.preload(fresh.map((i) => loaders[i]).join(' ')));
}

/** A search function for the ranking: one Pagefind query within the filters (and the organisation types asked for). */
export const pagefindSearch =
  (filters: Record<string, string>) =>
  (query: string, orgTypes?: string[]): Promise<LazyResult[]> =>
    traffic.during(async () => {
      const pagefind = await loadPagefind();
      await loadSpill(pagefind, query);
      const narrowed = orgTypes ? { ...filters, 单位类型: { any: orgTypes } } : filters;
      const results = (await pagefind.search(query, { filters: narrowed }))?.results ?? [];
      return results.map((result) => ({ id: result.id, score: result.score, data: () => readPage(result) }));
    });

/** Each page's data() calls, one after another, each copied as it comes (PageReads). */
const pageReads = new PageReads();
const readPage = (result: PagefindResult): Promise<PageResult['data']> => pageReads.read(result.id, () => result.data());

/** Index chunks asked for at a time while preloading, so a search typed meanwhile waits for few. */
const PRELOAD_BATCH = 4;

/** Resolves once the page is idle and no search has run for QUIET_MS: typing goes first. */
async function whenQuiet(): Promise<void> {
  for (;;) {
    await whenIdle();
    const left = traffic.untilQuiet();
    if (left === 0) return;
    await new Promise((done) => setTimeout(done, left));
  }
}

/**
 * Reads the whole index into Pagefind's worker: every chunk (by a word of it, listed in the
 * lexicon) and every page's fragment. A new query then fetches nothing.
 */
async function preloadIndex(): Promise<void> {
  await whenIdle();
  const [pagefind, { loaders }] = await Promise.all([loadPagefind(), chunkLists()]);
  await preloadInBatches(loaders, PRELOAD_BATCH, (batch) => pagefind.preload(batch), whenQuiet);
  chunkLoads.loaded(loaders.map((_, i) => i));
  // A search for nothing lists every page; reading each loads its fragment.
  for (const page of (await pagefind.search(null))?.results ?? []) {
    await whenQuiet();
    await readPage(page);
  }
}

/**
 * Reads the whole index in (about 0.8 MB) once a warm search should no longer wait on index and
 * fragment requests: with the site stored offline (a service worker controls the page, and it takes
 * control only with every file kept), from that store once the visitor acts on the page; after a
 * visitor's first search on a first visit, from the network, at idle. That costs no second download:
 * the service worker is storing the same files, Pagefind's files are cacheable in every shipped
 * server config, and the browser's HTTP cache serves whichever reader comes second. `done` runs when
 * every chunk and fragment is in.
 */
export function preloadIndexWhen(searched: Promise<void>, done: () => void): void {
  let started = false;
  const start = () => {
    if (started) return;
    started = true;
    void preloadIndex().then(done, () => undefined);
  };
  const stored = () => void whenVisitorActs().then(start);
  const workers = navigator.serviceWorker as ServiceWorkerContainer | undefined;
  if (workers?.controller) stored();
  else workers?.addEventListener('controllerchange', stored, { once: true });
  void searched.then(start);
}
