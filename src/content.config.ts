import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { templateSchema } from './lib/schema';

/** Plan templates: frontmatter validated here, bodies parsed into the template model by src/data. */
const templates = defineCollection({
  // PLAN_TEMPLATES_DIR lets scripts/bench-scale.mjs build from a folder of synthetic templates.
  loader: glob({ base: process.env['PLAN_TEMPLATES_DIR'] ?? './content/templates', pattern: '*.mdx' }),
  schema: templateSchema,
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
