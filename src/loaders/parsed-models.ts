import { readFileSync } from 'node:fs';
import type { Template } from '../lib/model/types';
import { loadTemplate } from '../lib/parse/parse-template';

/**
 * Models the loader parsed in this process, by slug, with the digest of the file they came from.
 * Parsing is the build's main cost and a model is larger than its file, so models stay out of
 * Astro's data store (which Vite bundles into the site as one JSON string). The loader and the
 * pages are separate module instances within one process, hence the global registry. A page whose
 * model is missing or stale (another process, an edited file) parses the file again.
 */
const KEY = Symbol.for('plan-templates.parsed-models');

export type ParsedModels = Map<string, { digest: string; template: Template }>;

export function parsedModels(): ParsedModels {
  const registry = globalThis as { [KEY]?: ParsedModels };
  registry[KEY] ??= new Map();
  return registry[KEY];
}

/** The model the loader parsed from this version of the file or, failing that, the file parsed again. */
export function modelOf(slug: string, digest: string, filePath: string | undefined, models: ParsedModels = parsedModels()): Template {
  const parsed = models.get(slug);
  if (parsed?.digest === digest) return parsed.template;
  if (!filePath) throw new Error(`the template "${slug}" has neither a parsed model nor a file path`);
  return loadTemplate(filePath, readFileSync(filePath, 'utf8')).template;
}
