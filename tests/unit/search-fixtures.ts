import { readFileSync } from 'node:fs';
import { markdownLeads, templateEntry } from '../../src/lib/search/build';
import type { PlanEntry } from '../../src/lib/search/catalog';
import type { SearchData } from '../../src/lib/search/engine';
import { parseVocabulary, VOCABULARY_FILE } from '../../src/lib/search/vocabulary';
import { loadFile, templateFiles } from './content-files';

/** The vocabulary file as the build reads it. */
export const vocabulary = parseVocabulary(JSON.parse(readFileSync(VOCABULARY_FILE, 'utf8')));

/** Every template of the catalog as the search page gets it: built once per test file, whatever templates exist. */
export const templates = templateFiles().map((file) => {
  const { frontmatter, template } = loadFile(file);
  return { frontmatter, template, entry: templateEntry({ slug: frontmatter.slug, title: frontmatter.title, orgType: frontmatter.orgType, planKind: frontmatter.planKind, template }, vocabulary) };
});

export const plans: PlanEntry[] = templates.map((t) => t.entry);

export const data: SearchData = { plans, vocabulary };

/** The guide's source, for leads and for checking that the vocabulary's plan terms exist. */
export const guideSource = readFileSync('content/guide/how-to-write.mdx', 'utf8');
export const guideLeads = markdownLeads(guideSource);
