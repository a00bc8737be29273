// What the site's indexed text holds (search/lexicon.json) and the tables that repair a query typed
// in traditional characters or with an IME's wrong homophone (search/typos.json); both written by
// scripts/search-words.mjs at build time. Pure: the page loads the files, this reads them.

/**
 * search/lexicon.json: the text's Han characters; for each (comma-separated, in that order) the
 * positions of the characters that follow it, as gaps in DIGITS' base 31; Latin and digit words.
 */
export interface LexiconData {
  chars: string;
  next: string;
  latin: string;
}

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

/** search/typos.json: traditional → simplified pairs ("學学…"), toneless pinyin → characters. */
export interface TypoData {
  t2s: string;
  pinyin: Record<string, string>;
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

/**
 * A toneless syllable as an IME's fuzzy-pinyin setting hears it: zh/ch/sh like z/c/s, n like l, and
 * -ng like -n (ling like lin, sheng like sen). Users who cannot tell these apart type the wrong one.
 */
export const fuzzySound = (sound: string): string => sound.replace(/^([zcs])h/, '$1').replace(/^n(?!g)/, 'l').replace(/ng$/, 'n');

export class Typos {
  private simple = new Map<string, string>();
  private readings = new Map<string, string[]>();
  private bySound: Record<string, string>;
  private byFuzzySound = new Map<string, string>();

  constructor(data: TypoData) {
    const pairs = Array.from(data.t2s);
    for (let i = 0; i + 1 < pairs.length; i += 2) this.simple.set(pairs[i]!, pairs[i + 1]!);
    this.bySound = data.pinyin;
    for (const [sound, chars] of Object.entries(data.pinyin)) {
      for (const char of chars) this.readings.set(char, [...(this.readings.get(char) ?? []), sound]);
      const fuzzy = fuzzySound(sound);
      this.byFuzzySound.set(fuzzy, (this.byFuzzySound.get(fuzzy) ?? '') + chars);
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

  /** Characters an IME's fuzzy pinyin confuses with `char` (凌 → 临), exact homophones and itself excluded. */
  nearSounds(char: string): string[] {
    const exact = new Set([char, ...this.homophones(char)]);
    const found = new Set<string>();
    for (const sound of this.readings.get(char) ?? []) for (const other of this.byFuzzySound.get(fuzzySound(sound)) ?? '') if (!exact.has(other)) found.add(other);
    return [...found];
  }
}
