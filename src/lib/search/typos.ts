// The tables that repair a query typed in traditional characters or with an IME's wrong homophone
// (search/typos.json, written by scripts/search-words.mjs). A module of its own: the search page
// loads it with the file, only for a query the lexicon cannot read.
import { homophoneOf, type Context } from './homophones';
import type { Lexicon } from './lexicon';

/** search/typos.json: traditional → simplified pairs ("學学…"), toneless pinyin → characters. */
export interface TypoData {
  t2s: string;
  pinyin: Record<string, string>;
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

  /** The plans' spelling of `chars` typed between the known stretches of `context` (homophones.ts), if any. */
  homophoneOf(chars: string[], context: Context, lexicon: Lexicon): { chars: string[]; cost: number } | undefined {
    return homophoneOf(chars, context, lexicon, this);
  }

  /** Characters an IME's fuzzy pinyin confuses with `char` (凌 → 临), exact homophones and itself excluded. */
  nearSounds(char: string): string[] {
    const exact = new Set([char, ...this.homophones(char)]);
    const found = new Set<string>();
    for (const sound of this.readings.get(char) ?? []) for (const other of this.byFuzzySound.get(fuzzySound(sound)) ?? '') if (!exact.has(other)) found.add(other);
    return [...found];
  }
}
