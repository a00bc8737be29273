import type { APIRoute } from 'astro';
import { figureData } from '../../data/search';

/** The figures each template section states (src/lib/search/numbers.ts), fetched by the search page for a query with a number or a Latin word. */
export const GET: APIRoute = async () => new Response(JSON.stringify(await figureData()), { headers: { 'Content-Type': 'application/json' } });
