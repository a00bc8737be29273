import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { getTemplates } from '../../../data/templates';

export const getStaticPaths = (async () => {
  const entries = await getTemplates();
  return entries.map((entry) => ({ params: { slug: entry.frontmatter.slug }, props: { template: entry.template } }));
}) satisfies GetStaticPaths;

/** The template model as JSON, for the form, the live preview and the exports in the browser. */
export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = ({ props }) =>
  new Response(JSON.stringify(props.template), { headers: { 'content-type': 'application/json' } });
