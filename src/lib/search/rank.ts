import { findSection, sectionId, sectionKey, type PlanEntry } from './catalog';
import { cleanExcerpt, markWords, parseExcerpt, type ExcerptPart } from './excerpt';

/** What the ranking needs from one Pagefind result: its score and its data. */
export interface PageResult {
  score: number;
  data: {
    url: string;
    excerpt?: string;
    meta: Record<string, string>;
    sub_results: { title: string; url: string; excerpt: string; weighted_locations?: { balanced_score: number }[] }[];
  };
}

/** The pages one Pagefind search returned, and how much of the query that search stood for (1 = all of it). */
export interface SearchRun {
  weight: number;
  pages: PageResult[];
}

export interface SectionHit {
  /** One key per section, however its link was spelled (see sectionKey). */
  key: string;
  url: string;
  /** The same section in the worked example, when the plan has one. */
  exampleUrl?: string | undefined;
  planTitle: string;
  sectionTitle: string;
  excerpt: ExcerptPart[];
  score: number;
}

/** What the ranking knows about the query beyond Pagefind's results. */
export interface RankContext {
  plans: PlanEntry[];
  /** The query rewritten into the plans' words, one string per combination of alternatives. */
  titleQueries: string[];
  /** Words to mark in leads. */
  words: string[];
  filters: Record<string, string>;
  /** Organisation types the query names; their plans go up. */
  orgTypes: string[];
}

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

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
    .flatMap((part) => [...segmenter.segment(normalize(part))].filter((s) => s.isWordLike).map((s) => s.segment))
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
interface PreparedIndex {
  titles: Map<string, PreparedTitle>;
  weight: TermWeight;
}

const prepared = new WeakMap<PlanEntry[], PreparedIndex>();

function prepareTitle(title: string): PreparedTitle {
  const text = normalize(title);
  return { text, pairs: bigrams(text) };
}

function preparedIndex(index: PlanEntry[]): PreparedIndex {
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

export function prepareQuery(query: string, weight: TermWeight = byLength): PreparedQuery {
  const parts = query
    .split(/\s+/)
    .map(normalize)
    .filter(Boolean)
    .map((text) => {
      const terms = queryTerms(text).map((term) => ({ term, weight: weight(term) }));
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
export const titleMatch = (query: string, title: string, planTitle = '', weight: TermWeight = byLength): number =>
  matchTitle(prepareQuery(query, weight), prepareTitle(title), planTitle);

/**
 * A title that holds most of the query's weight is a hit even if the full-text index missed it:
 * the segmenters disagree (Pagefind #1237), or one character is mistyped (包片责任质).
 */
const FALLBACK_MATCH = 0.6;
/** A matching title outweighs any amount of body text: users search for sections by their topic. */
const TITLE_WEIGHT = 2;
/** An organisation the query names lifts its plans above the same section of other plans. */
const ORG_BOOST = 0.6;

const inFilters = (plan: PlanEntry, filters: Record<string, string>): boolean => Object.values(filters).every((value) => plan.f.includes(value));

/** Best title score of a section over the query's rewritings. */
function titleScore(queries: PreparedQuery[], index: PreparedIndex, title: string, planTitle: string): number {
  const prepared = index.titles.get(title) ?? prepareTitle(title);
  return Math.max(0, ...queries.map((query) => matchTitle(query, prepared, planTitle)));
}

/** Sections whose titles match the query, from the build-time section index, within the filters. */
export function titleHits(query: string | string[], plans: PlanEntry[], filters: Record<string, string>): { url: string; score: number }[] {
  const index = preparedIndex(plans);
  const queries = (Array.isArray(query) ? query : [query]).map((q) => prepareQuery(q, index.weight));
  return plans
    .filter((plan) => inFilters(plan, filters))
    .flatMap((plan) => plan.s.map((section) => ({ url: `${plan.u}#${sectionId(section)}`, score: TITLE_WEIGHT * titleScore(queries, index, section[1], plan.p) })))
    .filter((hit) => hit.score >= TITLE_WEIGHT * FALLBACK_MATCH);
}

type SubResult = PageResult['data']['sub_results'][number];

/**
 * The sections of one Pagefind result: the headings it lists as sub-results, or, for a page without
 * headings, the page itself.
 */
function sectionsOfResult(page: PageResult): SubResult[] {
  const self = sectionKey(page.data.url);
  const headings = page.data.sub_results.filter((sub) => sectionKey(sub.url) !== self);
  if (headings.length > 0) return headings;
  return [{ title: page.data.meta['title'] ?? '', url: page.data.url, excerpt: page.data.sub_results[0]?.excerpt ?? page.data.excerpt ?? '', weighted_locations: [{ balanced_score: 1 }] }];
}

/**
 * Turns Pagefind's page results into one list of sections, best first, one entry per section.
 * Pagefind ranks pages and lists their matching sections in document order; users search for a
 * section, so a section whose title matches goes first, then sections by Pagefind's weighted match
 * score scaled by how much of the query their search stood for. Sections whose titles match but
 * that Pagefind missed (its segmenters disagree, issue #1237) join from the section index.
 */
export function rankSections(runs: SearchRun[], context: RankContext): SectionHit[] {
  const index = preparedIndex(context.plans);
  const queries = context.titleQueries.map((q) => prepareQuery(q, index.weight));
  const best = new Map<string, SectionHit>();
  const offer = (hit: SectionHit) => {
    const old = best.get(hit.key);
    if (!old) best.set(hit.key, hit);
    else if (hit.score > old.score) best.set(hit.key, { ...hit, excerpt: hit.excerpt.length ? hit.excerpt : old.excerpt });
    else if (!old.excerpt.length) old.excerpt = hit.excerpt;
  };
  const boost = (plan: PlanEntry | undefined) => (plan && context.orgTypes.includes(plan.f[0]) ? ORG_BOOST : 0);
  for (const run of runs) {
    const topPage = Math.max(...run.pages.map((p) => p.score), Number.MIN_VALUE);
    const subs = run.pages.flatMap((page) =>
      sectionsOfResult(page).map((sub) => ({ sub, page, body: (sub.weighted_locations ?? []).reduce((sum, l) => sum + l.balanced_score, 0) * (page.score / topPage) })),
    );
    const topBody = Math.max(...subs.map((s) => s.body), Number.MIN_VALUE);
    for (const { sub, page, body } of subs) {
      const ref = findSection(context.plans, sub.url);
      const planTitle = ref?.plan.p ?? page.data.meta['plan'] ?? page.data.meta['title'] ?? page.data.url;
      const sectionTitle = ref?.title ?? sub.title;
      const excerpt = cleanExcerpt(parseExcerpt(sub.excerpt), sectionTitle);
      offer({
        key: sectionKey(sub.url),
        url: ref ? `${ref.plan.u}#${ref.id}` : sub.url,
        exampleUrl: ref?.plan.e && `${ref.plan.e}#${ref.id}`,
        planTitle,
        sectionTitle,
        excerpt: excerpt.length ? excerpt : markWords(ref?.lead ?? '', context.words),
        score: TITLE_WEIGHT * titleScore(queries, index, sectionTitle, planTitle) + (run.weight * body) / topBody + boost(ref?.plan),
      });
    }
  }
  for (const hit of titleHits(context.titleQueries, context.plans, context.filters)) {
    const ref = findSection(context.plans, hit.url)!;
    offer({
      key: sectionKey(hit.url),
      url: hit.url,
      exampleUrl: ref.plan.e && `${ref.plan.e}#${ref.id}`,
      planTitle: ref.plan.p,
      sectionTitle: ref.title,
      excerpt: markWords(ref.lead, context.words),
      score: hit.score + boost(ref.plan),
    });
  }
  return [...best.values()].sort((a, b) => b.score - a.score);
}
