import type { Template } from '../lib/model/types';

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
