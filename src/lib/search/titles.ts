// Matching a query against section titles: the build-time section index answers on its own when
// Pagefind's segmenters miss a title, and a matching title lifts a section in the ranking (rank.ts).
import { segmentWords } from './segmenter';
import { sectionId, type PlanEntry } from './catalog';

/** Heading numbers (一、（一）1. 附件1) and punctuation say nothing about the topic. */
export function normalize(text: string): string {
  return text
    .replace(/^\s*(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d+[.．]|（\d+）|附件\d*)/, '')
    .replace(/[\s\p{P}\p{S}]/gu, '');
}

/** The words of a query, as the browser segments them. */
export function queryTerms(query: string): string[] {
  return query
    .split(/\s+/)
    .flatMap((part) => [...segmentWords(normalize(part))].filter((s) => s.isWordLike).map((s) => s.segment))
    .filter((term) => term.length > 0);
}

const bigrams = (text: string): Set<string> => {
  const chars = Array.from(text);
  return new Set(chars.length < 2 ? chars : chars.slice(1).map((c, i) => chars[i] + c));
};

/** How much a query word says: longer words more, and words found in few section titles more. */
export type TermWeight = (term: string) => number;
const byLength: TermWeight = (term) => term.length;

interface PreparedTitle {
  text: string;
  pairs: Set<string>;
}

/** Normalised titles and their character pairs, computed once per index rather than per query. */
export interface PreparedIndex {
  titles: Map<string, PreparedTitle>;
  weight: TermWeight;
}

const prepared = new WeakMap<PlanEntry[], PreparedIndex>();

function prepareTitle(title: string): PreparedTitle {
  const text = normalize(title);
  return { text, pairs: bigrams(text) };
}

export function preparedIndex(index: PlanEntry[]): PreparedIndex {
  let value = prepared.get(index);
  if (!value) {
    const titles = new Map<string, PreparedTitle>();
    for (const plan of index) for (const [, title] of plan.s) if (!titles.has(title)) titles.set(title, prepareTitle(title));
    value = { titles, weight: buildWeights([...titles.values()].map((t) => t.text)) };
    prepared.set(index, value);
  }
  return value;
}

/**
 * Builds the same index a plan at a time, with `pause` between plans, so a page can prepare it while
 * idle without one long task. A search that needs the index sooner builds it at once; this then stops.
 */
export async function prepareIndexInSlices(index: PlanEntry[], pause: () => Promise<void>): Promise<void> {
  const titles = new Map<string, PreparedTitle>();
  for (const plan of index) {
    if (prepared.has(index)) return;
    for (const [, title] of plan.s) if (!titles.has(title)) titles.set(title, prepareTitle(title));
    await pause();
  }
  if (!prepared.has(index)) prepared.set(index, { titles, weight: buildWeights([...titles.values()].map((t) => t.text)) });
}

/**
 * Weights words by length and rarity among section titles (值班 is everywhere, 交接班 is not).
 * Built once per index: the search page asks on every keystroke.
 */
export const termWeights = (index: PlanEntry[]): TermWeight => preparedIndex(index).weight;

function buildWeights(titles: string[]): TermWeight {
  const cache = new Map<string, number>();
  return (term) => {
    let value = cache.get(term);
    if (value === undefined) {
      const found = titles.filter((title) => title.includes(term)).length;
      value = term.length * Math.log(1 + titles.length / (1 + found));
      cache.set(term, value);
    }
    return value;
  };
}

/** A query cut into the parts the user separated by spaces, each with its words' weight. */
export interface PreparedQuery {
  whole: string;
  parts: { text: string; terms: { term: string; weight: number }[]; weight: number }[];
  pairs: string[];
  /** Distinct character pairs, counted once for the Dice coefficient. */
  pairCount: number;
}

/** How much a word of the asker's post (门卫 of 门卫 家长堵校门) counts in a title against what is asked. */
export const POST_WEIGHT = 0.6;
const NONE: ReadonlySet<string> = new Set();

/** A query's parts and words with their weights; parts in `posts` (the asker's post) count for less. */
export function prepareQuery(query: string, weight: TermWeight = byLength, posts: ReadonlySet<string> = NONE): PreparedQuery {
  const parts = query
    .split(/\s+/)
    .map(normalize)
    .filter(Boolean)
    .map((text) => {
      const scale = posts.has(text) ? POST_WEIGHT : 1;
      const terms = queryTerms(text).map((term) => ({ term, weight: weight(term) * scale }));
      return { text, terms, weight: terms.reduce((sum, t) => sum + t.weight, 0) };
    });
  const whole = normalize(query);
  const pairs = [...bigrams(whole)];
  return { whole, parts, pairs, pairCount: pairs.length };
}

/**
 * Share of the words' weight found in `text`. A word the user typed between spaces counts whole when
 * the text holds it, even where the segmenter splits it (交接班 → 交接 + 班).
 */
function coverage(parts: PreparedQuery['parts'], text: string): number {
  let total = 0;
  let found = 0;
  for (const part of parts) {
    total += part.weight;
    found += text.includes(part.text) ? part.weight : part.terms.filter((t) => text.includes(t.term)).reduce((sum, t) => sum + t.weight, 0);
  }
  return total ? found / total : 0;
}

const planTitles = new Map<string, string>();
/** Plan titles repeat for every section of a plan: normalise each once. */
function normalizedPlan(title: string): string {
  let value = planTitles.get(title);
  if (value === undefined) {
    value = normalize(title);
    planTitles.set(title, value);
  }
  return value;
}

/** A title that holds the query but for one mistyped character (报告流成 ~ 报告流程). */
const TYPO_MATCH = 0.85;
const TYPO_MIN = 3;

// Compares UTF-16 units: plan vocabulary lies in the Basic Multilingual Plane.
function oneCharOff(q: string, t: string): boolean {
  if (q.length < TYPO_MIN || q.length > t.length) return false;
  for (let start = 0; start + q.length <= t.length; start++) {
    let off = 0;
    for (let i = 0; i < q.length && off <= 1; i++) if (q.charCodeAt(i) !== t.charCodeAt(start + i)) off++;
    if (off <= 1) return true;
  }
  return false;
}

/**
 * How well a section title matches the query, 0–1. The whole query in the title scores highest. Words
 * that name the plan (社区 in "社区 值班 交接班" on a community plan) only say which plan; the rest must
 * be in the section title, weighted by rarity; shared character pairs (交接班 ~ 值班交接) count too.
 */
export function matchTitle(query: PreparedQuery, title: PreparedTitle, planTitle = ''): number {
  const q = query.whole;
  const t = title.text;
  if (!q || !t) return 0;
  if (t.includes(q)) return 1;
  if (oneCharOff(q, t)) return TYPO_MATCH;
  const plan = normalizedPlan(planTitle);
  const context = query.parts.filter((part) => plan.includes(part.text) && !t.includes(part.text));
  const topical = query.parts.filter((part) => !context.includes(part));
  const inTitle = coverage(topical.length ? topical : query.parts, t);
  const shared = query.pairs.filter((pair) => title.pairs.has(pair)).length;
  const sizes = query.pairCount + title.pairs.size;
  const dice = sizes ? (2 * shared) / sizes : 0;
  return Math.max(0.8 * inTitle + (0.1 * context.length) / query.parts.length, 0.6 * dice);
}

/** The simple form, for one query and one title. */
export const titleMatch = (query: string, title: string, planTitle = '', weight: TermWeight = byLength, posts?: ReadonlySet<string>): number =>
  matchTitle(prepareQuery(query, weight, posts), prepareTitle(title), planTitle);

/**
 * A title that holds most of the query's weight is a hit even if the full-text index missed it:
 * the segmenters disagree (Pagefind #1237), or one character is mistyped (包片责任质).
 */
export const FALLBACK_MATCH = 0.6;
/** Least title match that lists a section of a plan the search read (防止激化 for 两家人为宅基地吵得要动手了). */
const READ_TITLE = 0.2;
/** A matching title outweighs any amount of body text: users search for sections by their topic. */
export const TITLE_WEIGHT = 2;

const inFilters = (plan: PlanEntry, filters: Record<string, string>): boolean => Object.values(filters).every((value) => plan.f.includes(value));

/** Best title score of a section over the query's rewritings. */
export function titleScore(queries: PreparedQuery[], index: PreparedIndex, title: string, planTitle: string): number {
  const prepared = index.titles.get(title) ?? prepareTitle(title);
  return Math.max(0, ...queries.map((query) => matchTitle(query, prepared, planTitle)));
}

/**
 * Sections whose titles match the query, from the build-time section index, within the filters: down to
 * the bar of a plan the search read; the ranking keeps the weaker ones only for those plans.
 */
export function titleHits(query: string | string[], plans: PlanEntry[], filters: Record<string, string>, posts?: ReadonlySet<string>): { url: string; score: number }[] {
  const index = preparedIndex(plans);
  const queries = (Array.isArray(query) ? query : [query]).map((q) => prepareQuery(q, index.weight, posts));
  // A title that shares no character with the query scores below the bar: skip it unscored.
  const chars = new Set(queries.flatMap((q) => Array.from(q.whole)));
  const mayMatch = (title: string) => Array.from(index.titles.get(title)?.text ?? title).some((char) => chars.has(char));
  return plans
    .filter((plan) => inFilters(plan, filters))
    .flatMap((plan) => plan.s.filter((section) => mayMatch(section[1])).map((section) => ({ url: `${plan.u}#${sectionId(section)}`, score: TITLE_WEIGHT * titleScore(queries, index, section[1], plan.p) })))
    .filter((hit) => hit.score >= TITLE_WEIGHT * READ_TITLE);
}
