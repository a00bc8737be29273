/** Build step: every built page's CSP lists only its own inline blocks' hashes (page-policy.ts). */
import type { AstroIntegration } from 'astro';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { narrowPolicy } from './page-policy';

export function pagePolicies(): AstroIntegration {
  return {
    name: 'page-policies',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const pages = (await readdir(root, { recursive: true })).filter((file) => file.endsWith('.html'));
        for (const page of pages) {
          const path = join(root, page);
          const html = await readFile(path, 'utf8');
          const narrowed = narrowPolicy(html, page);
          if (narrowed !== html) await writeFile(path, narrowed);
        }
        logger.info(`${pages.length} pages: each policy lists only its own inline blocks' hashes`);
      },
    },
  };
}
