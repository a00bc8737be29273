import type { PlanEntry } from './catalog';
import { tiers, understand, type QueryVocabulary, type Understood } from './query';
import { rankSections, type SectionHit } from './rank';
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

/** Most sections a search lists (ten at a time). */
export const MAX_SECTIONS = 40;

/** One search, from what was typed to the ranked templates and sections. Pagefind comes in as `search`. */
export async function runSearch(raw: string, filters: Record<string, string>, data: SearchData, search: SearchFn): Promise<SearchOutcome> {
  const query = understand(raw, data.vocabulary);
  const plans = data.plans.filter((plan) => Object.values(filters).every((value) => plan.f.includes(value)));
  const plan = tiers(query);
  const runs = await runTiers(plan, filters['单位类型'] ? search : preferring(search, query.orgTypes));
  const titleQueries = plan[0]?.queries ?? [];
  const words = query.slots.flatMap((slot) => slot.alternatives);
  const sections = rankSections(runs, { plans: data.plans, titleQueries, words, filters, orgTypes: query.orgTypes }).slice(0, MAX_SECTIONS);
  return { query, templates: matchTemplates(query, plans), sections };
}
