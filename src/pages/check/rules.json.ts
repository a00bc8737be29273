import type { APIRoute } from 'astro';
import { getCheckRules } from '../../data/check-rules';

/** The checker's validated rules, fetched by the /check/ page and by the template form. */
export const GET: APIRoute = () => new Response(JSON.stringify(getCheckRules()), { headers: { 'Content-Type': 'application/json' } });
