import type { Template } from '../lib/model/types';
import type { TemplateFrontmatter } from '../lib/parse/schema';
import { readCatalog } from './catalog';
import { getCheckRules } from './check-rules';
import { orgTypeId, planKindId, type OrgTypeId, type PlanKindId } from '../lib/site/taxonomy';

export interface CatalogEntry {
  /** The template's source file, for build errors. */
  file: string;
  frontmatter: TemplateFrontmatter;
  template: Template;
  orgType: OrgTypeId;
  planKind: PlanKindId;
  url: string;
  exampleUrl: string;
}

function load(): CatalogEntry[] {
  // Legal bases are checked against the registry the checker uses, with the templates' other problems.
  return readCatalog({ bases: getCheckRules().bases })
    .map(({ file, frontmatter, template }) => {
      const url = `/templates/${frontmatter.slug}/`;
      return { file, frontmatter, template, orgType: orgTypeId(frontmatter.orgType), planKind: planKindId(frontmatter.planKind), url, exampleUrl: `${url}example/` };
    })
    .sort((a, b) => a.frontmatter.slug.localeCompare(b.frontmatter.slug));
}

let catalog: CatalogEntry[] | undefined;

/** Every template of the catalog, in slug order, parsed once per build (read again in `astro dev`, where files change). */
export async function getTemplates(): Promise<CatalogEntry[]> {
  if (import.meta.env.DEV) return load();
  catalog ??= load();
  return catalog;
}

/** Static paths of the pages that exist once per template (/templates/<slug>/…). */
export async function templatePaths() {
  return (await getTemplates()).map((entry) => ({ params: { slug: entry.frontmatter.slug }, props: { entry } }));
}

/** Static paths of the print view of 应急处置卡, for templates that declare cards. */
export async function cardPaths() {
  return (await templatePaths()).filter(({ props }) => props.entry.template.cards?.length);
}

/** Where a template's card print view lives, or undefined when it has no cards. */
export const cardsUrlOf = (entry: CatalogEntry): string | undefined => (entry.template.cards?.length ? `${entry.url}cards/` : undefined);

export type FacetOf = (entry: CatalogEntry) => string;
export const byOrgType: FacetOf = (entry) => entry.orgType;
export const byPlanKind: FacetOf = (entry) => entry.planKind;

/** The catalog split by one facet, in the taxonomy's order; facets without templates are left out, so no link leads to an empty page. */
export async function facets(labels: Record<string, string>, idOf: FacetOf): Promise<{ id: string; label: string; entries: CatalogEntry[] }[]> {
  const entries = await getTemplates();
  return Object.entries(labels)
    .map(([id, label]) => ({ id, label, entries: entries.filter((entry) => idOf(entry) === id) }))
    .filter((facet) => facet.entries.length > 0);
}

/** Static paths of a catalog facet page: /type/<id>/ or /kind/<id>/. */
export async function facetPaths<P extends string>(param: P, labels: Record<string, string>, idOf: FacetOf) {
  return (await facets(labels, idOf)).map(({ id, label, entries }) => ({ params: { [param]: id } as Record<P, string>, props: { label, entries } }));
}
