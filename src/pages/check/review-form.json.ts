import type { APIRoute } from 'astro';
import { getCheckRules } from '../../data/check-rules';
import { loadReviewForm } from '../../lib/review/load-form';

/** The 评审表 items, fetched by the batch page when it fills in a plan's form. */
export const GET: APIRoute = () => new Response(JSON.stringify(loadReviewForm(getCheckRules())), { headers: { 'Content-Type': 'application/json' } });
