// The words the search index holds, and the tables that repair a query which uses other words,
// written next to the index at build time (scripts/index-search.mjs):
//
// - search/lexicon.json: which Han character follows which anywhere in the indexed text, and its Latin
//   and digit words. The search page loads it with Pagefind and sets aside the parts of a query the
//   site never uses (监控 in 舆情监控) instead of letting them decide. Also a word of each
//   index chunk, which the page preloads once the site is stored offline.
// - search/typos.json: traditional → simplified characters (only those whose simplified form the
//   site uses), and the toneless pinyin of common characters, so a query typed with an IME's wrong
//   homophone (应急遇案, 信仿, 值班日至) can be read as the site's word. Loaded only when a query holds
//   a character or a word the lexicon does not know. pinyin-pro and opencc-js run here only.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { TextDecoder, TextEncoder } from 'node:util';
import OpenCC from 'opencc-js';
import { pinyin } from 'pinyin-pro';

const HAN = /\p{Script=Han}/u;

/** The text Pagefind indexes of a page: its data-pagefind-body element, without ignored parts, tags or scripts. */
export function indexedText(html) {
  const start = html.search(/<[a-z]+[^>]*\sdata-pagefind-body[\s>]/);
  if (start < 0) return '';
  return html
    .slice(start)
    .replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>/g, ' ')
    .replace(/<(div|p|span|details|nav|a|button)\b[^>]*data-pagefind-ignore[^>]*>[\s\S]*?<\/\1>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&[a-z#0-9]+;/gi, ' ');
}

/** Digits of the follower lists: 0–30 end a number, 31–61 carry a base-31 digit with more to come. */
export const DIGITS = '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** A whole number as base-31 digits, least significant first (see DIGITS). */
function digits(value) {
  let text = '';
  let rest = value;
  do {
    const digit = rest % 31;
    rest = Math.floor(rest / 31);
    text += DIGITS[rest > 0 ? 31 + digit : digit];
  } while (rest > 0);
  return text;
}

/**
 * What the indexed text holds, compactly: its Han characters (those most often following another
 * first), and for each, by position, the characters that follow it anywhere, as gaps between their
 * positions (a third of the bytes of listing the characters themselves). The page can then tell
 * whether a stretch of a query occurs in the plans. Also the Latin and digit words (gb, 29639).
 */
export function buildLexicon(texts) {
  const next = new Map();
  const latin = new Set();
  for (const raw of texts) {
    const text = raw.normalize('NFKC').toLowerCase();
    for (const word of text.match(/[a-z0-9]+/g) ?? []) latin.add(word);
    const chars = Array.from(text);
    chars.forEach((char, i) => {
      if (!HAN.test(char)) return;
      if (!next.has(char)) next.set(char, new Set());
      const after = chars[i + 1];
      if (after && HAN.test(after)) next.get(char).add(after);
    });
  }
  const followed = new Map();
  for (const set of next.values()) for (const char of set) followed.set(char, (followed.get(char) ?? 0) + 1);
  const order = [...next.keys()].sort((a, b) => (followed.get(b) ?? 0) - (followed.get(a) ?? 0) || (a < b ? -1 : 1));
  const rank = new Map(order.map((char, i) => [char, i]));
  const lists = order.map((char) => {
    let previous = -1;
    return [...next.get(char)]
      .map((after) => rank.get(after))
      .sort((a, b) => a - b)
      .map((at) => {
        const gap = digits(at - previous - 1);
        previous = at;
        return gap;
      })
      .join('');
  });
  return { chars: order.join(''), next: lists.join(','), latin: [...latin].sort().join(' ') };
}

/** The 3,755 characters of GB 2312 level 1: what an IME offers first, so what a typo is made of. */
function commonChars() {
  const decoder = new TextDecoder('gbk');
  const chars = [];
  for (let high = 0xb0; high <= 0xd7; high++) {
    for (let low = 0xa1; low <= 0xfe; low++) {
      const char = decoder.decode(new Uint8Array([high, low]));
      if (HAN.test(char)) chars.push(char);
    }
  }
  return chars;
}

/**
 * Traditional characters whose simplified form the site uses, or the search vocabulary reads (罷 of
 * 罷工, for the vocabulary's 罢工), as pairs "學学國国…", and toneless pinyin → characters for the common
 * characters and the site's own: by each one's usual reading (pinyin), and by its other readings (other).
 * @param {Iterable<string>} siteChars
 * @param {Iterable<string>} [askedChars] characters of the words the vocabulary reads
 * @returns {{ t2s: string, pinyin: Record<string, string>, other: Record<string, string> }}
 */
export function buildTypos(siteChars, askedChars = []) {
  const site = new Set(siteChars);
  const simplified = new Set([...site, ...askedChars]);
  const converters = ['t', 'tw', 'hk'].map((from) => OpenCC.Converter({ from, to: 'cn' }));
  let t2s = '';
  for (let code = 0x3400; code <= 0x9fff; code++) {
    const char = String.fromCodePoint(code);
    if (simplified.has(char)) continue;
    const simple = converters.map((convert) => convert(char)).find((out) => out !== char);
    if (simple && simplified.has(simple)) t2s += char + simple;
  }
  // A character's usual reading (pinyin-pro lists it first) and its others apart: a slip is typed by
  // the usual reading (其 as qi), and may land on a character that reads so in any of its readings.
  const usual = {};
  const other = {};
  for (const char of new Set([...commonChars(), ...site])) {
    const syllables = [...new Set(pinyin(char, { multiple: true, toneType: 'none', type: 'array' }))].filter((syllable) => /^[a-zü]+$/.test(syllable));
    syllables.forEach((syllable, i) => {
      const readings = i === 0 ? usual : other;
      readings[syllable] = (readings[syllable] ?? '') + char;
    });
  }
  return { t2s, pinyin: usual, other };
}

/** Writes search/lexicon.json and search/typos.json into the built site; returns their sizes in bytes. */
export async function writeSearchWords(dist, pages, chunks = [], askedChars = []) {
  // For each index chunk, a word that loads it and its first word (src/scripts/pagefind.ts).
  const lexicon = { ...buildLexicon(pages.map((page) => indexedText(page.content))), chunks: chunks.map((chunk) => chunk.word).join(' '), chunkStarts: chunks.map((chunk) => chunk.start).join(' ') };
  const typos = buildTypos(Array.from(lexicon.chars), askedChars);
  const folder = join(dist, 'search');
  await mkdir(folder, { recursive: true });
  const files = { 'lexicon.json': JSON.stringify(lexicon), 'typos.json': JSON.stringify(typos) };
  for (const [name, text] of Object.entries(files)) await writeFile(join(folder, name), text);
  return Object.fromEntries(Object.entries(files).map(([name, text]) => [name, new TextEncoder().encode(text).length]));
}
