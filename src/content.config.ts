import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { templatesLoader } from './loaders/templates';

/** Plan templates, read and validated once by our loader into the template model (no schema: the loader validates). */
const templates = defineCollection({
  // PLAN_TEMPLATES_DIR lets scripts/bench-scale.mjs and the build tests build from another folder of templates.
  loader: templatesLoader(process.env['PLAN_TEMPLATES_DIR'] ?? './content/templates'),
});

/** Long-form pages such as 应急预案怎么写. */
const guide = defineCollection({
  loader: glob({ base: './content/guide', pattern: '*.mdx' }),
  schema: z.object({
    title: z.string().min(1),
    summary: z.string().min(1),
    updated: z.coerce.date(),
  }),
});

export const collections = { templates, guide };
