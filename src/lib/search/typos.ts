// The tables that repair a query typed in traditional characters or with an IME's wrong homophone
// (search/typos.json, written by scripts/search-words.mjs). A module of its own: the search page
// loads it with the file, only for a query the lexicon cannot read.
import { homophoneOf, type Context } from './homophones';
import type { Lexicon } from './lexicon';

/**
 * search/typos.json: traditional → simplified pairs ("學学…"); toneless pinyin → the characters whose
 * usual reading it is (pinyin), and those that also read so (other: 其 reads ji too).
 */
export interface TypoData {
  t2s: string;
  pinyin: Record<string, string>;
  other?: Record<string, string>;
}

/**
 * A toneless syllable as an IME's fuzzy-pinyin setting hears it: zh/ch/sh like z/c/s, n like l, and
 * -ng like -n (ling like lin, sheng like sen). Users who cannot tell these apart type the wrong one.
 */
export const fuzzySound = (sound: string): string => sound.replace(/^([zcs])h/, '$1').replace(/^n(?!g)/, 'l').replace(/ng$/, 'n');

export class Typos {
  private simple = new Map<string, string>();
  /** Each character's usual reading: the one a slip was typed by. */
  private usual = new Map<string, string>();
  /** Every character that reads so, in any of its readings. */
  private bySound = new Map<string, string>();
  private byFuzzySound = new Map<string, string>();

  constructor(data: TypoData) {
    const pairs = Array.from(data.t2s);
    for (let i = 0; i + 1 < pairs.length; i += 2) this.simple.set(pairs[i]!, pairs[i + 1]!);
    for (const [sound, chars] of Object.entries(data.pinyin)) for (const char of chars) this.usual.set(char, sound);
    for (const readings of [data.pinyin, data.other ?? {}]) {
      for (const [sound, chars] of Object.entries(readings)) {
        this.bySound.set(sound, (this.bySound.get(sound) ?? '') + chars);
        const fuzzy = fuzzySound(sound);
        this.byFuzzySound.set(fuzzy, (this.byFuzzySound.get(fuzzy) ?? '') + chars);
      }
    }
  }

  /** Traditional characters replaced by the simplified ones the site uses. */
  simplify(text: string): string {
    return Array.from(text, (char) => this.simple.get(char) ?? char).join('');
  }

  /**
   * Characters that read (in any reading, tones ignored) as `char` usually does, itself excluded: 其 was
   * typed as qi, so 期, not 机 (which 其 reads only in names).
   */
  homophones(char: string): string[] {
    const sound = this.usual.get(char);
    return sound === undefined ? [] : [...new Set(this.bySound.get(sound) ?? '')].filter((other) => other !== char);
  }

  /** Characters that read as one of `char`'s other readings (棱 typed as ling for 凌), exact homophones and itself excluded. */
  otherHomophones(char: string): string[] {
    const exact = new Set([char, ...this.homophones(char)]);
    const found = new Set<string>();
    for (const [sound, chars] of this.bySound) if (sound !== this.usual.get(char) && chars.includes(char)) for (const other of chars) if (!exact.has(other)) found.add(other);
    return [...found];
  }

  /** The plans' spelling of `chars` typed between the known stretches of `context` (homophones.ts), if any. */
  homophoneOf(chars: string[], context: Context, lexicon: Lexicon): { chars: string[]; cost: number } | undefined {
    return homophoneOf(chars, context, lexicon, this);
  }

  /** Characters an IME's fuzzy pinyin confuses with `char`'s usual reading (凌 → 临), exact homophones and itself excluded. */
  nearSounds(char: string): string[] {
    const sound = this.usual.get(char);
    if (sound === undefined) return [];
    const exact = new Set([char, ...this.homophones(char)]);
    return [...new Set(this.byFuzzySound.get(fuzzySound(sound)) ?? '')].filter((other) => !exact.has(other));
  }
}
