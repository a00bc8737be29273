import { getCollection } from 'astro:content';
import type { Template } from '../lib/model/types';
import type { TemplateFrontmatter } from '../lib/schema';
import { modelOf } from '../loaders/parsed-models';
import type { StoredTemplate } from '../loaders/templates';
import { exampleUrl, templateUrl } from '../lib/site/urls';
import { orgTypeId, planKindId, type OrgTypeId, type PlanKindId } from '../lib/taxonomy';

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

async function load(): Promise<CatalogEntry[]> {
  const entries = await getCollection('templates');
  // The loader checked the slugs and keys entries by slug; its data is our StoredTemplate.
  return entries
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((entry) => {
      const { frontmatter } = entry.data as unknown as StoredTemplate;
      const template = modelOf(entry.id, String(entry.digest), entry.filePath);
            return { file: entry.filePath ?? `content/templates/${entry.id}.mdx`, frontmatter, template, orgType: orgTypeId(frontmatter.orgType), planKind: planKindId(frontmatter.planKind), url: templateUrl(frontmatter.slug), exampleUrl: exampleUrl(frontmatter.slug) };
    });
}

let catalog: Promise<CatalogEntry[]> | undefined;

/** Every template of the catalog, in slug order, parsed once per build by the content loader. */
export function getTemplates(): Promise<CatalogEntry[]> {
  catalog ??= load();
  return catalog;
}

/** Static paths of the pages that exist once per template (/templates/<slug>/…). */
export async function templatePaths() {
  return (await getTemplates()).map((entry) => ({ params: { slug: entry.frontmatter.slug }, props: { entry } }));
}

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
