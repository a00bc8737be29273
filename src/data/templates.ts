import { readFile } from 'node:fs/promises';
import { getCollection } from 'astro:content';
import type { Template } from '../lib/model/types';
import { checkUniqueSlugs, loadTemplate } from '../lib/parse/parse-template';
import type { TemplateFrontmatter } from '../lib/schema';
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
  entries.sort((a, b) => a.id.localeCompare(b.id));
  const files = entries.map((entry) => entry.filePath ?? `content/templates/${entry.id}.mdx`);
  const catalog = await Promise.all(
    files.map(async (file) => {
      // Parsed from the file itself so that error line numbers match what the author sees.
      const { frontmatter, template } = loadTemplate(file, await readFile(file, 'utf8'));
      const url = `/templates/${frontmatter.slug}/`;
      return { file, frontmatter, template, orgType: orgTypeId(frontmatter.orgType), planKind: planKindId(frontmatter.planKind), url, exampleUrl: `${url}example/` };
    }),
  );
  checkUniqueSlugs(catalog.map((entry, i) => ({ slug: entry.frontmatter.slug, file: files[i]! })));
  return catalog;
}

let catalog: Promise<CatalogEntry[]> | undefined;

/** Every template of the catalog, in file-name order, parsed once per build. */
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
