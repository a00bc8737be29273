import type { TestProject } from 'vitest/node';
// @ts-expect-error -- plain ESM script shared with the benchmarks; it has no type declarations.
import { serve } from '../../scripts/static-server.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

/** Serves dist/ once for every browser test file. */
export default async function setup(project: TestProject) {
  const server = (await serve('dist')) as { url: string; close: () => Promise<void> };
  project.provide('baseUrl', server.url);
  return () => server.close();
}
