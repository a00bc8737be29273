// What the site's indexed text holds (search/lexicon.json), written by scripts/search-words.mjs at
// build time. Pure: the page loads the file, this reads it. The typo tables are in typos.ts.

/**
 * search/lexicon.json: the text's Han characters; for each (comma-separated, in that order) the
 * positions of the characters that follow it, as gaps in DIGITS' base 31; Latin and digit words.
 */
export interface LexiconData {
  chars: string;
  next: string;
  latin: string;
  /** A word of each Pagefind index chunk that loads it, space-separated (src/scripts/pagefind.ts preloads them). */
  chunks?: string;
  /** The first word of each chunk, in the same order: where a query word's extensions spill over. */
  chunkStarts?: string;
}

/** Where the build writes the lexicon, under the site's base: the search page preloads it, its script reads it. */
export const LEXICON_PATH = 'search/lexicon.json';

const DIGITS = '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** Positions from a follower list: base-31 gaps, least significant digit first (scripts/search-words.mjs). */
function positions(list: string): number[] {
  const result: number[] = [];
  let value = 0;
  let scale = 1;
  let previous = -1;
  for (const char of list) {
    const digit = DIGITS.indexOf(char);
    if (digit >= 31) {
      value += (digit - 31) * scale;
      scale *= 31;
      continue;
    }
    previous += value + digit * scale + 1;
    result.push(previous);
    value = 0;
    scale = 1;
  }
  return result;
}


const HAN = /\p{Script=Han}/u;
export const isHan = (char: string): boolean => HAN.test(char);

export class Lexicon {
  private chars: string[];
  /** Each character's follower list as stored, decoded on first use: a query reads a few of 2,000. */
  private lists = new Map<string, string>();
  private next = new Map<string, string>();
  private latin: Set<string>;

  constructor(data: LexiconData) {
    this.chars = Array.from(data.chars);
    data.next.split(',').forEach((list, i) => this.lists.set(this.chars[i]!, list));
    this.latin = new Set(data.latin.split(' ').filter(Boolean));
  }

  /** The text uses this character. */
  hasChar(char: string): boolean {
    return this.lists.has(char);
  }

  /** The text holds `a` directly followed by `b`. */
  joins(a: string, b: string): boolean {
    return this.followers(a)?.includes(b) ?? false;
  }

  private followers(char: string): string | undefined {
    let found = this.next.get(char);
    if (found === undefined) {
      const list = this.lists.get(char);
      if (list === undefined) return undefined;
      found = positions(list).map((at) => this.chars[at]).join('');
      this.next.set(char, found);
    }
    return found;
  }

  /** A Latin or digit word of the text (lower-case). */
  hasLatin(word: string): boolean {
    return this.latin.has(word);
  }

  /** Every character pair of `text` occurs in the plans (so the text may, and a longer query often does). */
  holds(text: string): boolean {
    const chars = Array.from(text);
    return chars.every((char, i) => (i === 0 ? this.hasChar(char) : this.joins(chars[i - 1]!, char)));
  }
}
