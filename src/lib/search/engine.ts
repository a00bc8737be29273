import type { PlanEntry } from './catalog';
import { isHan, type Lexicon, type Typos } from './lexicon';
import { tiers, understand, type QueryVocabulary, type Understood } from './query';
import { rankSections, type SectionHit } from './rank';
import { readChunk } from './repair';
import { preferring, runTiers, type SearchFn } from './run';
import { matchTemplates, type TemplateMatch } from './templates';

/** What the search page embeds: the plans and the part of the vocabulary queries need. */
export interface SearchData {
  plans: PlanEntry[];
  vocabulary: QueryVocabulary;
}

export interface SearchOutcome {
  query: Understood;
  templates: TemplateMatch[];
  sections: SectionHit[];
}

/**
 * What a query is read against, loaded by the page when first needed: the plans' lexicon (with
 * Pagefind), and the typo table only for a query with a character or a stretch the lexicon lacks.
 * Either may resolve to undefined (not loaded): the query is then searched as typed.
 */
export interface QueryAids {
  lexicon(): Promise<Lexicon | undefined>;
  typos(): Promise<Typos | undefined>;
}

/** Most sections a search lists (ten at a time). */
export const MAX_SECTIONS = 40;

const titleTexts = new WeakMap<PlanEntry[], string>();
/** Every plan title, alias and heading, joined: what confirms a homophone repair. */
function titlesOf(plans: PlanEntry[]): string {
  let text = titleTexts.get(plans);
  if (text === undefined) {
    text = plans.flatMap((plan) => [plan.p, ...(plan.a ?? []), ...plan.s.map((section) => section[1])]).join('|');
    titleTexts.set(plans, text);
  }
  return text;
}

/**
 * Reads a query: traditional characters made simplified and IME homophones repaired when the lexicon
 * lacks a character or a stretch of it (only then is the typo table loaded), unknown stretches set aside.
 */
export async function readQuery(raw: string, data: SearchData, aids?: QueryAids): Promise<Understood> {
  const lexicon = await aids?.lexicon();
  if (!lexicon || !aids) return understand(raw, data.vocabulary);
  const titles = titlesOf(data.plans);
  const text = raw.normalize('NFKC');
  const readWith = (typos?: Typos) => understand(typos ? typos.simplify(text) : text, data.vocabulary, (chunk) => readChunk(chunk, lexicon, typos, titles));
  const foreign = Array.from(text).some((char) => isHan(char) && !lexicon.hasChar(char));
  const first = foreign ? undefined : readWith();
  if (first && !first.wantsTypos) return { ...first, raw };
  const typos = await aids.typos();
  return { ...(typos ? readWith(typos) : (first ?? readWith())), raw };
}

/** One search, from what was typed to the ranked templates and sections. Pagefind comes in as `search`. */
export async function runSearch(raw: string, filters: Record<string, string>, data: SearchData, search: SearchFn, aids?: QueryAids): Promise<SearchOutcome> {
  const query = await readQuery(raw, data, aids);
  const plans = data.plans.filter((plan) => Object.values(filters).every((value) => plan.f.includes(value)));
  const plan = tiers(query);
  const runs = await runTiers(plan, filters['单位类型'] ? search : preferring(search, query.orgTypes));
  const titleQueries = plan[0]?.queries ?? [];
  const words = query.slots.flatMap((slot) => slot.alternatives);
  const sections = rankSections(runs, { plans: data.plans, titleQueries, words, filters, orgTypes: query.orgTypes }).slice(0, MAX_SECTIONS);
  return { query, templates: matchTemplates(query, plans), sections };
}
