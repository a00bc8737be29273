import { readdir, readFile } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { loadTemplates, type LoadedTemplate } from '../lib/parse/parse-template';
import { parsedModels } from './parsed-models';

/** What the collection stores per template: the validated frontmatter; never a compiled body. The model is in parsedModels(). */
export type StoredTemplate = Pick<LoadedTemplate, 'frontmatter'>;

/** How a file is named in messages: relative to the project when inside it, so authors can click it. */
function displayName(root: string, path: string): string {
  const rel = relative(root, path);
  return rel.startsWith('..') || isAbsolute(rel) ? path : rel;
}

/** The catalog's templates, each with its path relative to the site root as the data store wants it. */
async function readTemplates(dir: string, root: string): Promise<(LoadedTemplate & { filePath: string; code: string })[]> {
  const paths = (await readdir(dir)).filter((name) => name.endsWith('.mdx')).sort().map((name) => join(dir, name));
  const files = await Promise.all(paths.map(async (path) => ({ file: displayName(root, path), code: await readFile(path, 'utf8') })));
  // loadTemplates returns every file, in order, or throws.
  return loadTemplates(files).map((loaded, i) => ({ ...loaded, filePath: relative(root, paths[i]!), code: files[i]!.code }));
}

/**
 * Reads content/templates/*.mdx as text through our parser. The bodies are never handed to the MDX
 * compiler (no page renders them: pages render the model), and every author error is our
 * TemplateError with file, line and fix, reported before Astro or Vite look at the file.
 */
export function templatesLoader(dir: string): Loader {
  return {
    name: 'plan-templates',
    async load({ store, generateDigest, watcher, logger, config }: LoaderContext) {
      const root = fileURLToPath(config.root);
      const base = resolve(root, dir);
      const sync = async () => {
        const templates = await readTemplates(base, root);
        store.clear();
        const models = parsedModels();
        models.clear();
        for (const { filePath, code, frontmatter, template } of templates) {
          const digest = generateDigest(code);
          models.set(frontmatter.slug, { digest, template });
          const data: StoredTemplate = { frontmatter };
          store.set({ id: frontmatter.slug, data: data as unknown as Record<string, unknown>, filePath, digest });
        }
      };
      await sync();
      // In `astro dev`, an edit reloads the catalog; a mistake is logged and the last good catalog stays.
      watcher?.add(base);
      watcher?.on('all', (_event, path) => {
        if (path.startsWith(base) && path.endsWith('.mdx')) sync().catch((error: Error) => logger.error(error.message));
      });
    },
  };
}
