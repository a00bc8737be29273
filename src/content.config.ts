import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { quotedCalendarDate } from './lib/parse/schema';

// Plan templates are no collection: src/data/catalog.ts reads and parses them (bodies are never
// compiled by MDX; no page renders them, pages render the model).

/** Long-form pages such as 应急预案怎么写. */
const guide = defineCollection({
  loader: glob({ base: './content/guide', pattern: '*.mdx' }),
  schema: z.object({
    title: z.string().min(1),
    summary: z.string().min(1),
    updated: quotedCalendarDate,
  }),
});

export const collections = { guide };
