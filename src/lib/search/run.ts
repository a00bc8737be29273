import type { PageResult, SearchRun } from './rank';
import type { Tier } from './query';

/** One Pagefind result before its fragment is loaded. */
export interface LazyResult {
  id: string;
  score: number;
  data(): Promise<PageResult['data']>;
}

/** One Pagefind search; `orgTypes` narrows it to those organisation types. */
export type SearchFn = (query: string, orgTypes?: string[]) => Promise<LazyResult[]>;

/** How much a page of a named organisation type counts when pages compete for fragment downloads. */
const PREFERRED = 3;

/**
 * When the query names organisation types, their pages are searched on their own too and go first
 * in the competition for fragments: otherwise a 乡镇 question could see only 企业 pages that happen
 * to use the same words more often.
 */
export function preferring(search: SearchFn, orgTypes: string[]): SearchFn {
  if (orgTypes.length === 0) return search;
  return async (query) => {
    const [preferred, all] = await Promise.all([search(query, orgTypes), search(query)]);
    const ids = new Set(preferred.map((result) => result.id));
    return [...preferred.map((result) => ({ id: result.id, score: result.score * PREFERRED, data: () => result.data() })), ...all.filter((result) => !ids.has(result.id))];
  };
}

/**
 * The searches of one query, each made and each page read once: the whole query can come back as a
 * rare word (后勤保障组职责), and a word as a round of its own, and a second identical Pagefind search
 * and data() call would cost as much as the first.
 */
export function searchingOnce(search: SearchFn): SearchFn {
  const made = new Map<string, Promise<LazyResult[]>>();
  return (query, orgTypes) => {
    const key = `${query}\u0000${orgTypes?.join('\u0000') ?? ''}`;
    let found = made.get(key);
    if (!found) {
      found = search(query, orgTypes).then((results) => results.map(readOnce));
      made.set(key, found);
    }
    return found;
  };
}

function readOnce(result: LazyResult): LazyResult {
  let read: Promise<PageResult['data']> | undefined;
  return { id: result.id, score: result.score, data: () => (read ??= result.data()) };
}

/** Pages whose sections are ranked per search round; each new page costs one fragment download. */
export const MAX_PAGES = 3;

/** A round that found pages from fewer plans than this is followed by the next, looser round. */
const ENOUGH_PAGES = 2;

/**
 * Runs the tiers in order until the pages found come from at least ENOUGH_PAGES plans; a long
 * question that only one plan matches word for word still sees the sections other plans have. Within a
 * tier, results of all its searches compete for MAX_PAGES pages, so a round of six single-word
 * searches loads and reads no more fragments than one search.
 */
export async function runTiers(tiers: Tier[], search: SearchFn, answers: (runs: SearchRun[]) => boolean = () => true): Promise<SearchRun[]> {
  const runs: SearchRun[] = [];
  const seen = new Set<string>();
  for (const tier of tiers) {
    // Enough plans, and a section heading that answers: a word only a stray mention matched (台风 in
    // a duty roster, for 台风 人员转移) does not end the search before the plans about the rest.
    if (seen.size >= ENOUGH_PAGES && answers(runs)) break;
    const found = await Promise.all(tier.queries.map(async (query) => ({ query, results: await search(query) })));
    const ranked = found.flatMap(({ query, results }) => results.map((result) => ({ query, result }))).sort((a, b) => b.result.score - a.result.score);
    if (ranked.length === 0) continue;
    const pages = new Set<string>();
    // Each page is read once, for the search that scored it highest: reading a page (data()) is
    // the slowest step of a search, and its other searches would list mostly the same sections.
    const kept = ranked.filter(({ result }) => {
      if (pages.has(result.id) || pages.size >= MAX_PAGES) return false;
      pages.add(result.id);
      seen.add(result.id);
      return true;
    });
    const loaded = await Promise.all(kept.map(async ({ query, result }) => ({ query, page: { score: result.score, data: await result.data() } })));
    runs.push(...tier.queries.map((query) => ({ weight: tier.weight, pages: loaded.filter((l) => l.query === query).map((l) => l.page) })).filter((run) => run.pages.length > 0));
  }
  return runs;
}
