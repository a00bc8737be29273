import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fill } from '../../src/lib/model/fill';
import { readCatalog } from '../../src/data/catalog';
import { loadTemplate } from '../../src/lib/parse/parse-template';
import { toPlainText } from '../../src/lib/render/text';

export const TEMPLATE_DIR = 'content/templates';

/** Every template file of the catalog, loaded as the build loads it. */
export function templateFiles(): string[] {
  return readdirSync(TEMPLATE_DIR)
    .filter((name) => name.endsWith('.mdx'))
    .sort()
    .map((name) => join(TEMPLATE_DIR, name));
}

export const loadFile = (file: string) => loadTemplate(file, readFileSync(file, 'utf8'));

let loaded: ({ file: string } & ReturnType<typeof loadFile>)[] | undefined;

/** Every template, loaded once per test file, with its file name. */
export const catalog = () => (loaded ??= readCatalog());

/** The template with this frontmatter slug. */
export function bySlug(slug: string) {
  const found = catalog().find((entry) => entry.frontmatter.slug === slug);
  if (!found) throw new Error(`no template with slug ${slug}`);
  return found;
}

/** The worked example of a template, by slug, as plain text. */
export const exampleOf = (slug: string): string => toPlainText(fill(bySlug(slug).template, 'example'));

/** The template whose file name starts with a catalog number, e.g. '07'. */
export function byPrefix(prefix: string) {
  const found = catalog().find((entry) => entry.file.includes(`/${prefix}-`));
  if (!found) throw new Error(`no template ${prefix}`);
  return found;
}

/** The worked example of a template, as plain text. */
export const exampleText = (prefix: string): string => toPlainText(fill(byPrefix(prefix).template, 'example'));
