import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { templatePaths } from '../../../data/templates';

export const getStaticPaths = templatePaths satisfies GetStaticPaths;

/** The template model as JSON, for the form, the live preview and the exports in the browser. */
export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = ({ props }) =>
  new Response(JSON.stringify(props.entry.template), { headers: { 'content-type': 'application/json' } });
