import { dropChars } from '../model/text';

/** A piece of a search excerpt: text, and whether Pagefind marked it as a match. */
export interface ExcerptPart {
  text: string;
  match: boolean;
}

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&#x27;': "'" };

const decode = (html: string): string => html.replace(/&(?:amp|lt|gt|quot|#39|#x27);/g, (entity) => ENTITIES[entity] ?? entity);

/**
 * Pagefind indexes a word its dictionary lacks (留样, 盘车, 限流) character by character and marks
 * each: <mark>留</mark><mark>样</mark>. Marks that touch are one match of the word searched.
 */
export const joinMarks = (html: string): string => html.replaceAll('</mark><mark>', '');

/** One match Pagefind marked; its text is the first group. */
const MARK = /<mark>([\s\S]*?)<\/mark>/g;

/** The matches Pagefind marked in an excerpt, touching marks joined unless `joined` is false. */
export const marksOf = (html: string, joined = true): string[] => [...(joined ? joinMarks(html) : html).matchAll(MARK)].map((m) => m[1]!);

/**
 * Reads Pagefind's excerpt (escaped text with <mark> around matches) into plain parts, so the page
 * can show it with text nodes instead of innerHTML. Any other tag is dropped as text.
 */
export function parseExcerpt(excerpt: string): ExcerptPart[] {
  const html = joinMarks(excerpt);
  const parts: ExcerptPart[] = [];
  let last = 0;
  for (const match of html.matchAll(MARK)) {
    if (match.index > last) parts.push({ text: decode(strip(html.slice(last, match.index))), match: false });
    parts.push({ text: decode(strip(match[1]!)), match: true });
    last = match.index + match[0].length;
  }
  if (last < html.length) parts.push({ text: decode(strip(html.slice(last))), match: false });
  return parts.filter((part) => part.text !== '');
}

const strip = (html: string): string => html.replace(/<[^>]*>/g, '');

/** Heading numbers left over when an excerpt starts inside one: "二）", "3.", "（1）". */
const ORPHAN_NUMBER = /^(?:[（(]?[一二三四五六七八九十\d]{1,3}[）)、.．]|附件\d*)/u;
/** Punctuation that cannot begin a phrase; opening brackets and quotes may. */
const LEADING_PUNCTUATION = /^[\s、，。；：！？）】」』”’,.;:!?)\]…·—-]+/u;
/** Ends of a sentence or clause where an excerpt that starts mid-sentence may begin instead. */
const CLAUSE_END = /[。；！？]/u;
const REFRAME_WITHIN = 24;
/** Longest excerpt shown: about two lines on a phone. */
export const EXCERPT_CHARS = 80;

const textOfParts = (parts: ExcerptPart[]): string => parts.map((p) => p.text).join('');

/**
 * An excerpt that reads as the start of a phrase: the heading is not repeated, and neither stray
 * punctuation nor the tail of a heading number ("二）") comes first. When a sentence ends within the
 * first few characters, the excerpt starts after it, unless that would drop a match.
 */
export function cleanExcerpt(parts: ExcerptPart[], sectionTitle: string): ExcerptPart[] {
  const title = sectionTitle.replace(ORPHAN_NUMBER, '').replace(/^[（(][一二三四五六七八九十]+[）)]/u, '');
  let result = trimStart(parts, [sectionTitle, title]);
  const text = textOfParts(result);
  const end = CLAUSE_END.exec(text.slice(0, REFRAME_WITHIN));
  if (end) {
    // The next sentence may open with a list number of its own (三、下一步工作).
    const rest = trimStart(dropChars(result, end.index + 1), []);
    if (rest.some((p) => p.match) && textOfParts(rest).trim().length >= 8) result = rest;
  }
  return clipParts(result.filter((part) => part.text !== ''), EXCERPT_CHARS);
}

/** Cuts a repeated heading, stray punctuation and heading numbers from the start, until none is left. */
function trimStart(parts: ExcerptPart[], titles: string[]): ExcerptPart[] {
  let result = parts;
  for (let changed = true; changed; ) {
    const text = textOfParts(result);
    const cut = titles.find((t) => t && text.startsWith(t))?.length ?? ORPHAN_NUMBER.exec(text)?.[0].length ?? LEADING_PUNCTUATION.exec(text)?.[0].length ?? 0;
    result = dropChars(result, cut);
    changed = cut > 0;
  }
  return result;
}

/** Marks on a lone character (the 请 of 商请 for 请销假) are dropped unless the query is one character. */
export const longMarks = (parts: ExcerptPart[], oneCharQuery: boolean): ExcerptPart[] =>
  oneCharQuery ? parts : parts.map((part) => (part.match && Array.from(part.text).length < 2 ? { ...part, match: false } : part));

/** The first `limit` characters of the parts, with … when something was cut. */
function clipParts(parts: ExcerptPart[], limit: number): ExcerptPart[] {
  const out: ExcerptPart[] = [];
  let left = limit;
  for (const part of parts) {
    const chars = Array.from(part.text);
    if (chars.length <= left) {
      out.push(part);
      left -= chars.length;
      continue;
    }
    if (left > 0) out.push({ text: chars.slice(0, left).join(''), match: part.match });
    out.push({ text: '…', match: false });
    break;
  }
  return out;
}

/** Marks every occurrence of `words` in `text` (longest first), for excerpts built from leads. */
export function markWords(text: string, words: string[]): ExcerptPart[] {
  const wanted = [...new Set(words.filter((w) => w.length > 0))].sort((a, b) => b.length - a.length);
  const parts: ExcerptPart[] = [];
  let plain = '';
  for (let i = 0; i < text.length; ) {
    const word = wanted.find((w) => text.startsWith(w, i));
    if (word) {
      if (plain) parts.push({ text: plain, match: false });
      parts.push({ text: word, match: true });
      plain = '';
      i += word.length;
    } else {
      plain += text[i];
      i += 1;
    }
  }
  if (plain) parts.push({ text: plain, match: false });
  return parts;
}
