import type { APIRoute } from 'astro';
import { getEntry, render } from 'astro:content';
import { getTemplates } from '../../data/templates';
import { fill, sectionsOf, textOf } from '../../lib/model/fill';
import type { SectionIndexEntry } from '../../lib/search/rank';

/**
 * Every section title of the site, for the search page's title fallback: Pagefind segments Chinese
 * with jieba when indexing and with Intl.Segmenter when querying, and where they disagree a section
 * named exactly what the user typed could otherwise be missed (Pagefind issue #1237).
 */
export const GET: APIRoute = async () => {
  const plans: SectionIndexEntry[] = (await getTemplates()).map((entry) => ({
    u: entry.url,
    p: entry.frontmatter.title,
    f: [entry.frontmatter.orgType, entry.frontmatter.planKind],
    s: [...sectionsOf(fill(entry.template, 'blank').body)].map((section) => [section.id, `${section.number}${textOf(section.title)}`]),
  }));
  const guide = await getEntry('guide', 'how-to-write');
  if (guide) {
    const { headings } = await render(guide);
    plans.push({ u: '/guide/', p: guide.data.title, f: ['', '写作指南'], s: headings.filter((h) => h.depth > 1).map((h) => [h.slug, h.text]) });
  }
  return new Response(JSON.stringify(plans), { headers: { 'content-type': 'application/json' } });
};
