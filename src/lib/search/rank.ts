/** What the ranking needs from one Pagefind result: its score and its data. */
export interface PageResult {
  score: number;
  data: {
    url: string;
    meta: Record<string, string>;
    sub_results: { title: string; url: string; excerpt: string; weighted_locations?: { balanced_score: number }[] }[];
  };
}

/** One plan's section titles, built at build time (/search/sections.json) as a fallback. */
export interface SectionIndexEntry {
  /** Page URL. */
  u: string;
  /** Plan title. */
  p: string;
  /** Filter values: 单位类型, 预案类型. */
  f: [string, string];
  /** [heading id, heading text] of every section. */
  s: [string, string][];
}

export interface SectionHit {
  url: string;
  planTitle: string;
  sectionTitle: string;
  excerpt: string;
  score: number;
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

const weightsByIndex = new WeakMap<SectionIndexEntry[], TermWeight>();

/**
 * Weights words by length and rarity among section titles (值班 is everywhere, 交接班 is not).
 * Built once per index: the search page asks on every keystroke.
 */
export function termWeights(index: SectionIndexEntry[]): TermWeight {
  let weight = weightsByIndex.get(index);
  if (!weight) {
    weight = buildWeights(index);
    weightsByIndex.set(index, weight);
  }
  return weight;
}

function buildWeights(index: SectionIndexEntry[]): TermWeight {
  const titles = index.flatMap((plan) => plan.s.map(([, title]) => normalize(title)));
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

const sum = (terms: string[], weight: TermWeight): number => terms.reduce((total, term) => total + weight(term), 0);

/**
 * Share of the words' weight found in `text`. A word the user typed between spaces counts whole when
 * the text holds it, even where the segmenter splits it (交接班 → 交接 + 班).
 */
function coverage(parts: string[], text: string, weight: TermWeight): number {
  let total = 0;
  let found = 0;
  for (const part of parts) {
    const terms = queryTerms(part);
    const partWeight = sum(terms, weight);
    total += partWeight;
    found += text.includes(part) ? partWeight : sum(terms.filter((term) => text.includes(term)), weight);
  }
  return total ? found / total : 0;
}

/**
 * How well a section title matches the query, 0–1. The whole query in the title scores highest. Words
 * that name the plan (社区 in "社区 值班 交接班" on a community plan) only say which plan; the rest must
 * be in the section title, weighted by rarity; shared character pairs (交接班 ~ 值班交接) count too.
 */
export function titleMatch(query: string, title: string, planTitle = '', weight: TermWeight = byLength): number {
  const q = normalize(query);
  const t = normalize(title);
  if (!q || !t) return 0;
  if (t.includes(q)) return 1;
  const plan = normalize(planTitle);
  const parts = query.split(/\s+/).map(normalize).filter(Boolean);
  const context = parts.filter((part) => plan.includes(part) && !t.includes(part));
  const topical = parts.filter((part) => !context.includes(part));
  const inTitle = coverage(topical.length ? topical : parts, t, weight);
  const a = bigrams(q);
  const b = bigrams(t);
  const shared = [...a].filter((pair) => b.has(pair)).length;
  const dice = a.size + b.size ? (2 * shared) / (a.size + b.size) : 0;
  return Math.max(0.8 * inTitle + (0.1 * context.length) / parts.length, 0.6 * dice);
}

/** A title that holds the whole query (or all its words) is a hit even if the full-text index missed it. */
const FALLBACK_MATCH = 0.8;

/** Sections whose titles match the query, from the build-time title index, within the filters. */
export function titleHits(query: string, index: SectionIndexEntry[], filters: Record<string, string>, weight: TermWeight = byLength): SectionHit[] {
  const wanted = Object.values(filters);
  return index
    .filter((plan) => wanted.every((value) => plan.f.includes(value)))
    .flatMap((plan) =>
      plan.s.map(([id, title]) => ({ url: `${plan.u}#${id}`, planTitle: plan.p, sectionTitle: title, excerpt: '', score: TITLE_WEIGHT * titleMatch(query, title, plan.p, weight) })),
    )
    .filter((hit) => hit.score >= TITLE_WEIGHT * FALLBACK_MATCH);
}

/** A matching title outweighs any amount of body text: users search for sections by their topic. */
const TITLE_WEIGHT = 2;

/**
 * Turns Pagefind's page results into one list of sections, best first. Pagefind ranks pages and lists
 * their matching sections in document order; users search for a section, so a section whose title
 * matches the query goes first, then sections by Pagefind's own weighted match score.
 */
export function rankSections(query: string, pages: PageResult[], limit = 10, fallback: SectionHit[] = [], weight: TermWeight = byLength): SectionHit[] {
  const topPage = Math.max(...pages.map((p) => p.score), Number.MIN_VALUE);
  const candidates = pages.flatMap((page) =>
    page.data.sub_results
      .filter((sub) => sub.url !== page.data.url)
      .map((sub) => ({
        sub,
        page,
        body: (sub.weighted_locations ?? []).reduce((sum, location) => sum + location.balanced_score, 0) * (page.score / topPage),
      })),
  );
  const topBody = Math.max(...candidates.map((c) => c.body), Number.MIN_VALUE);
  const ranked = candidates
    .map(({ sub, page, body }) => ({
      url: sub.url,
      planTitle: page.data.meta['title'] ?? page.data.url,
      sectionTitle: sub.title,
      excerpt: sub.excerpt,
      score: TITLE_WEIGHT * titleMatch(query, sub.title, page.data.meta['title'], weight) + body / topBody,
    }));
  const seen = new Set(ranked.map((hit) => hit.url));
  return [...ranked, ...fallback.filter((hit) => !seen.has(hit.url))].sort((a, b) => b.score - a.score).slice(0, limit);
}
