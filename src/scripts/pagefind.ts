import type { SectionIndexEntry } from '../lib/search/rank';

/** The parts of Pagefind's browser API this site uses. */
export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  weighted_locations?: { balanced_score: number }[];
}

export interface PagefindData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
  sub_results: PagefindSubResult[];
}

export interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(query: string | null, options?: { filters?: Record<string, string> }): Promise<{ results: { id: string; score: number; data(): Promise<PagefindData> }[] } | null>;
}

// Built by scripts/index-search.mjs after Astro; a variable keeps Vite from trying to bundle it.
const PAGEFIND_URL = '/pagefind/pagefind.js';
let loading: Promise<Pagefind> | undefined;

/** Loads Pagefind once, on first use, so pages that never search never download it. */
export function loadPagefind(): Promise<Pagefind> {
  loading ??= (import(/* @vite-ignore */ PAGEFIND_URL) as Promise<Pagefind>).then(async (pagefind) => {
    // Pagefind's worker costs 13 KB more on the first search but keeps its WebAssembly off the main
    // thread: Lighthouse mobile scored the search page 97 with it and 82 without.
    await pagefind.options({ excerptLength: 24 });
    await pagefind.init();
    return pagefind;
  });
  return loading;
}

let sections: Promise<SectionIndexEntry[]> | undefined;

/** The build-time list of section titles that backs up Pagefind (see src/pages/search/sections.json.ts). */
export function loadSectionIndex(): Promise<SectionIndexEntry[]> {
  sections ??= fetch('/search/sections.json')
    .then((response) => (response.ok ? (response.json() as Promise<SectionIndexEntry[]>) : []))
    .catch(() => []);
  return sections;
}
