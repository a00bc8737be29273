import { marksOf } from './excerpt';
import { bodyMatch, type SearchRun } from './rank';
import type { SearchFn } from './run';

/**
 * Pagefind scores a section by how often query words occur in it, the same for every word: a section
 * full of 防汛 outranks the one holding 漫水桥, the word that says what the query is about. A word
 * few pages and few sections hold is searched on its own, and the sections holding it form a run
 * of their own: each goes level with the best match of the whole query (a section keeps its best run).
 */

/** A word in more pages than this is common enough for the query's own runs. */
export const RARE_PAGES = 2;
/**
 * Pages read to find those that hold a word Pagefind's dictionary lacks: it searches such a word
 * (不记名问卷) character by character, so pages that hold the characters apart come back too. More
 * results than this say the word is common, or too costly to read.
 */
export const RARE_READ = 6;
/** Only a word this long is read that way: shorter ones are often held apart by chance (住户, 赶到). */
export const SPLIT_WORD = 3;
/** A post (包村干部, 信息员) says who asks, not what about: its few mentions do not answer. */
const POST = /(?:干部|员|长|书记|主任)$/u;
const readsSplit = (word: string): boolean => Array.from(word).length >= SPLIT_WORD && !POST.test(word);
/** A word in more sections than this (of the pages holding it) says too little about which one answers. */
export const RARE_SECTIONS = 3;
/** How much of the query a rare word's sections stand for. */
export const RARE_WEIGHT = 1;

const HAN_WORD = /^\p{Script=Han}{2,}$/u;

/** Pagefind marked the whole word in the excerpt, at once or character by character (不 记 名 问 卷). */
const holdsWhole = (excerpt: string, word: string): boolean => marksOf(excerpt).some((mark) => mark.includes(word));

/**
 * Runs of the sections holding each rare word of the query: its Han words of two or more characters
 * that no title or heading holds (`titles`, joined). A heading word is ranked by the titles already,
 * and searching only the others keeps a query to one or two searches more.
 */
export async function rareRuns(words: string[], titles: string, search: SearchFn): Promise<SearchRun[]> {
  const candidates = [...new Set(words.filter((word) => HAN_WORD.test(word) && !titles.includes(word)))];
  const runs = await Promise.all(
    candidates.map(async (word): Promise<SearchRun | undefined> => {
      const results = await search(word);
      if (results.length === 0 || results.length > (readsSplit(word) ? RARE_READ : RARE_PAGES)) return undefined;
      const pages = await Promise.all(results.map(async (result) => ({ score: result.score, data: await result.data() })));
      // Among few pages Pagefind's own match will do; among more, only the whole word tells which hold it.
      const holds = results.length > RARE_PAGES ? holdsWhole : (excerpt: string) => bodyMatch(excerpt, [word]) > 0;
      const holding = pages
        .map((page) => ({ ...page, data: { ...page.data, sub_results: page.data.sub_results.filter((sub) => holds(sub.excerpt, word)) } }))
        .filter((page) => page.data.sub_results.length > 0);
      const count = holding.reduce((sum, page) => sum + page.data.sub_results.length, 0);
      if (holding.length > RARE_PAGES || count === 0 || count > RARE_SECTIONS) return undefined;
      return { weight: RARE_WEIGHT, pages: holding };
    }),
  );
  return runs.filter((run): run is SearchRun => run !== undefined);
}
