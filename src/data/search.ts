import { getEntry, render } from 'astro:content';
import vocabularyJson from '../../content/search/vocabulary.json';
import { figuresBySection, markdownLeads, templateEntry } from '../lib/search/build';
import { compactId, type PlanEntry } from '../lib/search/catalog';
import type { FigureData } from '../lib/search/numbers';
import { packSearchData, type PackedSearchData } from '../lib/search/packed';
import { parseVocabulary } from '../lib/search/vocabulary';
import { siteUrl, templateUrl } from '../lib/site/urls';
import { getTemplates } from './templates';

/** The guide's sections, for the title fallback and for leads. */
async function guideEntry(): Promise<PlanEntry[]> {
  const guide = await getEntry('guide', 'how-to-write');
  if (!guide) return [];
  const { headings } = await render(guide);
  const leads = markdownLeads(guide.body ?? '');
  return [{ u: siteUrl('guide/'), p: guide.data.title, f: ['', '写作指南'], s: headings.filter((h) => h.depth > 1).map((h) => [compactId(h.slug, h.text), h.text, leads.get(h.text) ?? '']) }];
}

/** Everything the search page knows before Pagefind loads, embedded in the page (no extra request). */
export async function searchData(): Promise<PackedSearchData> {
  const vocabulary = parseVocabulary(vocabularyJson);
  const templates = (await getTemplates()).map(({ frontmatter, template }) =>
    templateEntry({ slug: frontmatter.slug, title: frontmatter.title, orgType: frontmatter.orgType, planKind: frontmatter.planKind, template }, vocabulary),
  );
  const { questionWords, particles, orgWords, roleWords, terms, actions } = vocabulary;
  return packSearchData({ plans: [...templates, ...(await guideEntry())], vocabulary: { questionWords, particles, orgWords, roleWords, terms, actions } });
}

/** The figures each template section states (search/figures.json), for queries with a number or a Latin word. */
export async function figureData(): Promise<FigureData> {
  return Object.fromEntries((await getTemplates()).map(({ frontmatter, template }) => [templateUrl(frontmatter.slug), figuresBySection(template)]));
}
