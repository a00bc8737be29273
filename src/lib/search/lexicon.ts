// What the site's indexed text holds (search/lexicon.json) and the tables that repair a query typed
// in traditional characters or with an IME's wrong homophone (search/typos.json); both written by
// scripts/search-words.mjs at build time. Pure: the page loads the files, this reads them.

/** search/lexicon.json: each Han character followed by every character that follows it in the text, space-separated; Latin and digit words. */
export interface LexiconData {
  pairs: string;
  latin: string;
}

/** search/typos.json: traditional → simplified pairs ("學学…"), toneless pinyin → characters. */
export interface TypoData {
  t2s: string;
  pinyin: Record<string, string>;
}

const HAN = /\p{Script=Han}/u;
export const isHan = (char: string): boolean => HAN.test(char);

export class Lexicon {
  private next = new Map<string, string>();
  private latin: Set<string>;

  constructor(data: LexiconData) {
    for (const entry of data.pairs.split(' ')) {
      const [first = '', ...rest] = Array.from(entry);
      if (first) this.next.set(first, rest.join(''));
    }
    this.latin = new Set(data.latin.split(' ').filter(Boolean));
  }

  /** The text uses this character. */
  hasChar(char: string): boolean {
    return this.next.has(char);
  }

  /** The text holds `a` directly followed by `b`. */
  joins(a: string, b: string): boolean {
    return this.next.get(a)?.includes(b) ?? false;
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

export class Typos {
  private simple = new Map<string, string>();
  private readings = new Map<string, string[]>();
  private bySound: Record<string, string>;

  constructor(data: TypoData) {
    const pairs = Array.from(data.t2s);
    for (let i = 0; i + 1 < pairs.length; i += 2) this.simple.set(pairs[i]!, pairs[i + 1]!);
    this.bySound = data.pinyin;
    for (const [sound, chars] of Object.entries(data.pinyin)) {
      for (const char of chars) this.readings.set(char, [...(this.readings.get(char) ?? []), sound]);
    }
  }

  /** Traditional characters replaced by the simplified ones the site uses. */
  simplify(text: string): string {
    return Array.from(text, (char) => this.simple.get(char) ?? char).join('');
  }

  /** Characters read like `char` (any of its readings, tones ignored), itself excluded. */
  homophones(char: string): string[] {
    const found = new Set<string>();
    for (const sound of this.readings.get(char) ?? []) for (const other of this.bySound[sound] ?? '') if (other !== char) found.add(other);
    return [...found];
  }
}
