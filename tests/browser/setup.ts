import type { TestProject } from 'vitest/node';
import { serve } from '../../scripts/static-server.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

/** Serves dist/ once for every browser test file. */
export default async function setup(project: TestProject) {
  const server = await serve('dist');
  project.provide('baseUrl', server.url);
  return () => server.close();
}
