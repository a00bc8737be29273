import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadTemplate } from '../../src/lib/parse/parse-template';

export const TEMPLATE_DIR = 'content/templates';

/** Every template file of the catalog, loaded as the build loads it. */
export function templateFiles(): string[] {
  return readdirSync(TEMPLATE_DIR)
    .filter((name) => name.endsWith('.mdx'))
    .sort()
    .map((name) => join(TEMPLATE_DIR, name));
}

export const loadFile = (file: string) => loadTemplate(file, readFileSync(file, 'utf8'));
