/** A piece of a search excerpt: text, and whether Pagefind marked it as a match. */
export interface ExcerptPart {
  text: string;
  match: boolean;
}

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&#x27;': "'" };

const decode = (html: string): string => html.replace(/&(?:amp|lt|gt|quot|#39|#x27);/g, (entity) => ENTITIES[entity] ?? entity);

/**
 * Reads Pagefind's excerpt (escaped text with <mark> around matches) into plain parts, so the page
 * can show it with text nodes instead of innerHTML. Any other tag is dropped as text.
 */
export function parseExcerpt(html: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  const pattern = /<mark>([\s\S]*?)<\/mark>/g;
  let last = 0;
  for (const match of html.matchAll(pattern)) {
    if (match.index > last) parts.push({ text: decode(strip(html.slice(last, match.index))), match: false });
    parts.push({ text: decode(strip(match[1]!)), match: true });
    last = match.index + match[0].length;
  }
  if (last < html.length) parts.push({ text: decode(strip(html.slice(last))), match: false });
  return parts.filter((part) => part.text !== '');
}

const strip = (html: string): string => html.replace(/<[^>]*>/g, '');
