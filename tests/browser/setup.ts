import { readFile } from 'node:fs/promises';
import type { TestProject } from 'vitest/node';
import { startNginx } from '../../scripts/nginx.mjs';
import { serve } from '../../scripts/static-server.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The site's home without its trailing slash: `${baseUrl}/templates/…` is a page. */
    baseUrl: string;
    /** The built site under test and the base path it was built for. */
    dist: string;
    base: string;
  }
}

/**
 * Serves the built site once for every browser test file: dist/ from the static server at /, or,
 * with PLAN_TEST_SITE=nginx, the base build (`npm run build:base`, dist-base/ under /yuan/) from
 * nginx with deploy/nginx.conf.
 */
export default async function setup(project: TestProject) {
  const nginx = process.env['PLAN_TEST_SITE'] === 'nginx';
  const dist = process.env['PLAN_TEST_DIST'] ?? (nginx ? 'dist-base' : 'dist');
  const base = (process.env['PLAN_BASE'] ?? (nginx ? '/yuan/' : '/')).replace(/\/*$/, '/');
  const home = await readFile(`${dist}/index.html`, 'utf8').catch(() => '');
  if (!home.includes(`href="${base}"`)) throw new Error(`${dist}/ is not a site built for the base ${base}: run ${nginx ? '`npm run build:base`' : '`npm run build`'} first.`);
  const server = nginx ? await startNginx({ dist, base }) : await serve(dist);
  project.provide('baseUrl', server.url);
  project.provide('dist', dist);
  project.provide('base', base);
  return () => server.close();
}
