// Numbers and Latin words with the words that follow them (60日内办结, 1小时内, 10kV配电室, 12345,
// GB/T 29639), per section. Pagefind splits "60日内" into 60 + 日内 and matches 60 anywhere on the
// page, and a digit alone (1 of 1小时内) prefix-matches 10, 110, 119 and 120; so a query that names a
// figure could not find the section that states it. The build stores each section's figures with
// the first characters after them, from the blank template and from the worked example (a value
// such as 12345 or 10kV may exist only in the example's fields), and the ranking compares the query's
// figures with them. The index is a file of its own (search/figures.json), loaded only for a query
// with a figure. Pure: the build writes the index, the search page reads it.
import { findPlan, findSection, sectionId, sectionKey, type PlanEntry } from './catalog';
import { markWords } from './excerpt';
import type { Understood } from './query';
import type { SectionHit } from './rank';
import type { TemplateMatch } from './templates';

/** Han characters kept after a figure: enough to tell 5个工作日内答复 from 5个工作日内调整. */
export const TAIL = 6;

/** A figure of a query or a section: the Latin or digit run, and the Han characters right after it. */
export interface Figure {
  run: string;
  tail: string;
}

/** search/figures.json: plan URL → position of the section in the plan's list → its figures ("60日内办结 30日"). */
export type FigureData = Record<string, Record<string, string>>;

/** Every section that states a figure, keyed as sectionKey keys it, with its figures. */
export type SectionFigures = { key: string; figures: string[] }[];

/** Reads search/figures.json against the plans; entries of plans or sections the page does not know are skipped. */
export function sectionFigures(plans: PlanEntry[], data: FigureData): SectionFigures {
  return plans.flatMap((plan) =>
    Object.entries(data[plan.u] ?? {}).flatMap(([i, words]) => {
      const section = plan.s[Number(i)];
      return section ? [{ key: sectionKey(`${plan.u}#${sectionId(section)}`), figures: words.split(' ') }] : [];
    }),
  );
}

/** The Latin and digit words the sections state (12345, 10kv, gb). */
export const figureRuns = (sections: SectionFigures): Set<string> => new Set(sections.flatMap((section) => section.figures.map((word) => parseFigure(word).run)));

/** Phone numbers (the fictional 010-0000-0200 of examples): many digits that say nothing about a section. */
const PHONE = /\d{3,4}-\d{4}-\d{4}/g;
const FIGURE = /([a-z0-9]+)(\p{Script=Han}*)/gu;

/** A run worth matching: one with a digit, or a Latin word of two or more letters (not the T of GB/T). */
const significant = (run: string): boolean => /\d/.test(run) || run.length > 1;

/**
 * The figures of a text, in order, lower-case (NFKC: full-width digits and letters read as ASCII). A
 * space between a figure and the word after it is read away: 120 急救 is typed for 120急救.
 */
export function figuresOf(text: string, tail = TAIL): Figure[] {
  const clean = text.normalize('NFKC').toLowerCase().replace(PHONE, ' ').replace(/([a-z0-9])\s+(?=\p{Script=Han})/gu, '$1');
  const figures: Figure[] = [];
  for (const [, run, han] of clean.matchAll(FIGURE)) {
    if (significant(run!)) figures.push({ run: run!, tail: Array.from(han!).slice(0, tail).join('') });
  }
  return figures;
}

/** Marks a figure that counts half: only the worked example's field values (10kv配电室, 12345) or a subsection state it. */
export const EXAMPLE_MARK = '~';

/**
 * A section's figures as stored in figures.json, each once: "60日内办结 30日 ~12345". `own` is the
 * section's own template text; a figure only `weaker` states (the worked example's values: one unit's
 * choice of a 1小时 time limit, not what the template says; or a subsection's text) is marked.
 */
export function figureIndex(own: string[], weaker: string[] = []): string {
  const words = (texts: string[]) => new Set(texts.flatMap((text) => figuresOf(text)).map((figure) => figure.run + figure.tail));
  const stated = words(own);
  const filled = [...words(weaker)].filter((word) => !stated.has(word)).map((word) => EXAMPLE_MARK + word);
  return [...stated, ...filled].join(' ');
}

/** How much a marked figure counts, against the section's own. */
const EXAMPLE_WEIGHT = 0.5;

/** Splits a stored figure back into its run and tail, and how much it counts. */
function parseFigure(stored: string): Figure & { weight: number } {
  const weight = stored.startsWith(EXAMPLE_MARK) ? EXAMPLE_WEIGHT : 1;
  const word = weight < 1 ? stored.slice(EXAMPLE_MARK.length) : stored;
  const at = word.search(/\p{Script=Han}/u);
  return at < 0 ? { run: word, tail: '', weight } : { run: word.slice(0, at), tail: word.slice(at), weight };
}

const commonPrefix = (a: string, b: string): number => {
  const x = Array.from(a);
  const y = Array.from(b);
  let n = 0;
  while (n < x.length && n < y.length && x[n] === y[n]) n++;
  return n;
};

/**
 * How well a section's figures state one figure of the query, 0 to 1: the same run, and as many of
 * the characters typed after it as the section has (60日 in 60日内办结: all). A short run must be
 * followed by what the query has (1小时, not the 1 of 附件1); a run of three or more characters (120,
 * 12345, 10kv) counts alone, for part of the score. A marked figure counts half.
 */
export function figureMatch(figure: Figure, stored: string[]): number {
  const tail = Array.from(figure.tail).slice(0, TAIL).join('');
  const typed = figure.run.length + Array.from(tail).length;
  let best = 0;
  for (const word of stored) {
    const other = parseFigure(word);
    if (other.run !== figure.run) continue;
    const common = commonPrefix(tail, other.tail);
    if (common === 0 && tail.length > 0 && figure.run.length < 3) continue;
    best = Math.max(best, (other.weight * (figure.run.length + common)) / typed);
  }
  return best;
}

/** Sections that share a match: past this many, a figure (110, 24小时) says little about which one is meant. */
const DISTINCT = 3;

/** Characters from which a typed figure is specific (1小时内报告, 12345); a shorter one (1小时, 60日) counts for less. */
const SPECIFIC = 5;

/** How specific a typed figure is, 0 to 1: 1小时 is in many sections' text, 1小时内报告 in few. */
const specificity = (figure: Figure): number => Math.min(1, (figure.run.length + Math.min(TAIL, Array.from(figure.tail).length)) / SPECIFIC);

/**
 * Scores of the sections (by key) whose figures match the query's, 0 to 1: the mean over the query's
 * figures of how well each matches, each scaled down when many sections match it as well (拨打110)
 * and when it is short (1小时).
 */
export function figureScores(figures: Figure[], sections: SectionFigures): Map<string, number> {
  const scores = new Map<string, number>();
  if (figures.length === 0) return scores;
  for (const figure of figures) {
    const matches = sections.map((section) => ({ key: section.key, match: figureMatch(figure, section.figures) })).filter((m) => m.match > 0);
    for (const { key, match } of matches) {
      const rivals = matches.filter((other) => other.match >= match).length;
      const score = (match * specificity(figure) * Math.min(1, DISTINCT / rivals)) / figures.length;
      scores.set(key, (scores.get(key) ?? 0) + score);
    }
  }
  return scores;
}

/** Most templates a query of figures only gets cards for. */
const FIGURE_CARDS = 3;
/** A figure's card ranks like a template named by most of its title. */
const FIGURE_CARD_SCORE = 0.6;

/**
 * The templates whose sections state a query made of figures only (10kV → the plan for a 10kV
 * switch room; 12345 → the plans whose contact tables list the hotline), when few do: the figure
 * then names them, as a title would.
 */
export function figureCards(query: Understood, scores: Map<string, number>, plans: PlanEntry[]): TemplateMatch[] {
  if (scores.size === 0 || !query.slots.every((slot) => /^[a-z0-9]+$/.test(slot.text))) return [];
  const best = new Map<PlanEntry, number>();
  for (const [key, score] of scores) {
    const plan = findPlan(plans, key);
    if (plan?.slug) best.set(plan, Math.max(score, best.get(plan) ?? 0));
  }
  if (best.size > FIGURE_CARDS) return [];
  return [...best].sort((a, b) => b[1] - a[1]).map(([plan]) => ({ plan, score: FIGURE_CARD_SCORE }));
}

/** What a section that states every figure of the query as typed adds to its score: as much as a matching title. */
const FIGURE_WEIGHT = 2;

/**
 * The ranked sections with what their figures add, and the sections that state the query's figure
 * (60日内办结) where Pagefind did not list them, best first.
 */
export function rankFigures(hits: SectionHit[], scores: Map<string, number>, plans: PlanEntry[], words: string[]): SectionHit[] {
  const listed = new Set(hits.map((hit) => hit.key));
  const joined = [...scores.keys()].flatMap((key) => {
    const ref = listed.has(key) ? undefined : findSection(plans, key);
    return ref ? [{ key, url: `${ref.plan.u}#${ref.id}`, exampleUrl: ref.plan.e && `${ref.plan.e}#${ref.id}`, planTitle: ref.plan.p, sectionTitle: ref.title, excerpt: markWords(ref.lead, words), score: 0 }] : [];
  });
  return [...hits, ...joined].map((hit) => ({ ...hit, score: hit.score + FIGURE_WEIGHT * (scores.get(hit.key) ?? 0) })).sort((a, b) => b.score - a.score);
}

/** What a query's figures find, for the engine: loaded with this module only for a query with a figure. */
export interface FigureReading {
  /** The Latin and digit words the sections state (12345 of a worked example is searched, not set aside). */
  runs: Set<string>;
  cards(query: Understood): TemplateMatch[];
  rank(hits: SectionHit[], words: string[]): SectionHit[];
}

/** Reads a query's figures against search/figures.json, for the plans the filters leave. */
export function readFigures(text: string, plans: PlanEntry[], data: FigureData): FigureReading {
  const stated = sectionFigures(plans, data);
  const scores = figureScores(figuresOf(text), stated);
  return { runs: figureRuns(stated), cards: (query) => figureCards(query, scores, plans), rank: (hits, words) => rankFigures(hits, scores, plans, words) };
}
