// Finding the plans' spelling of a stretch typed with an IME's wrong homophone (遇案 → 预案). Loaded with
// the typo table (typos.ts), only for a query the lexicon cannot read: repair.ts decides what to try.
import type { Lexicon } from './lexicon';
import { segmentWords } from './segmenter';

/** What the search needs of the typo table (typos.ts): characters read alike. */
export interface Sounds {
  homophones(char: string): string[];
  otherHomophones(char: string): string[];
  nearSounds(char: string): string[];
}

/** Length of the segmenter's word that covers each character of `text` (one entry per UTF-16 unit). */
function wordLengths(text: string): number[] {
  const lengths: number[] = [];
  for (const { segment } of segmentWords(text)) for (let i = 0; i < segment.length; i++) lengths.push(segment.length);
  return lengths;
}

/**
 * The known stretches on either side of the typed characters, and every heading joined. `apart`: the
 * chunk was typed as a word of its own (false for 客服 of 公司客服, which lost its neighbour only
 * because 公司 names an organisation).
 */
export type Context = { before: string[]; after: string[]; titles: string; apart?: boolean };

/** Positions (in the joined text) of the characters a repair changes. */
const changedAt = (chars: string[], chosen: string[], context: Context): number[] =>
  chars.flatMap((char, k) => (char === chosen[k] ? [] : [context.before.join('').length + k]));

/** A changed character reads as part of a word after the change and stood alone as typed (`typed`: wordLengths of the text as typed). */
function makesWord(typed: number[], chars: string[], chosen: string[], context: Context): boolean {
  const repaired = wordLengths([...context.before, ...chosen, ...context.after].join(''));
  return changedAt(chars, chosen, context).some((at) => repaired[at]! > 1 && typed[at] === 1);
}

/** A changed character was part of a word as typed (机 of 机器). */
const inWord = (typed: number[], chars: string[], chosen: string[], context: Context): boolean => changedAt(chars, chosen, context).some((at) => typed[at]! > 1);

/** A heading holds the characters with some of their neighbours, `length` characters in all (食物中毒 for 食物). */
function headingHolds(chosen: string[], context: Context, length: number): boolean {
  for (let before = 0; before <= Math.min(length, context.before.length); before++) {
    const after = length - chosen.length - before;
    if (after < 0 || after > context.after.length) continue;
    if (context.titles.includes([...context.before.slice(context.before.length - before), ...chosen, ...context.after.slice(0, after)].join(''))) return true;
  }
  return false;
}

const headingWords = new Map<string, Set<string>>();

/** The words the segmenter reads in the headings (复核 of 复查和复核; not 急器 of 应急器材). */
function headingWordsOf(titles: string): Set<string> {
  let words = headingWords.get(titles);
  if (!words) {
    words = new Set([...segmentWords(titles)].filter((part) => part.isWordLike).map((part) => part.segment));
    headingWords.set(titles, words);
  }
  return words;
}

/**
 * A unit's level typed before an office (县 of 县应急管理局) is no slip: a heading would confirm the
 * homophone by chance (项应急 of 专项应急预案).
 */
const LEVEL = /^[省市县区]$/u;

/** Characters people type as words of their own (给不给, 接人, 围着, 没事, 该用): a stretch holding one is the asker's words, not a slip. */
const SAID_ALONE = /[的地得了着过吗呢吧啊呀和与及又都我你他她它不没给让被把人事有是在个该]/u;

/** The segmenter reads the text as one word (触电; not 触点电). */
const oneWord = (text: string): boolean => wordLengths(text)[0] === text.length;

/** Nothing was typed beside the stretch (复合 of 信访 复合 期限). */
const typedAlone = (context: Context): boolean => context.apart !== false && context.before.length === 0 && context.after.length === 0;

/**
 * The homophone spelling of `chars` that the plans use, changing as few characters as possible
 * (at most half, at least one) and preferring one that joins its neighbours; undefined if none.
 * A lone character must join a neighbour, and one the plans use (至 of 值班日至) every neighbour.
 */
export function homophoneOf(chars: string[], context: Context, lexicon: Lexicon, typos: Sounds): { chars: string[]; cost: number } | undefined {
  const before = context.before.at(-1);
  const after = context.after[0];
  const limit = Math.max(1, Math.floor(chars.length / 2));
  // An exact homophone of the typed character's usual reading costs 2, of another of its readings 2.5 (其
  // is usually qi: 时其 is 时期 before 时机), a sound an IME's fuzzy setting confuses (凌/临, 是/四) 3.
  const options = chars.map((char) => [
    { char, cost: 0 },
    ...(LEVEL.test(char)
      ? []
      : [
          ...typos.homophones(char).filter((other) => lexicon.hasChar(other)).map((other) => ({ char: other, cost: 2 })),
          ...typos.otherHomophones(char).filter((other) => lexicon.hasChar(other)).map((other) => ({ char: other, cost: 2.5 })),
          ...typos.nearSounds(char).filter((other) => lexicon.hasChar(other)).map((other) => ({ char: other, cost: 3 })),
        ]),
  ]);
  // The text as typed is segmented once, not for every candidate spelling.
  const typed = wordLengths([...context.before, ...chars, ...context.after].join(''));
  let best: { chars: string[]; cost: number } | undefined;
  const visit = (chosen: string[], changes: number, spent = 0): void => {
    if (changes > limit) return;
    const i = chosen.length;
    if (i === chars.length) {
      const links = Number(before !== undefined && lexicon.joins(before, chosen[0]!)) + Number(after !== undefined && lexicon.joins(chosen[i - 1]!, after));
      const neighbours = Number(before !== undefined) + Number(after !== undefined);
      if (changes === 0 || (chars.length === 1 && (links === 0 || (lexicon.hasChar(chars[0]!) && links < neighbours)))) return;
      // A heading that holds the repaired word with a neighbour's characters confirms it (日志 of 值班日志, not 日值).
      const word = chosen.join('');
      const titled = [context.before.slice(-2).join('') + word, word + context.after.slice(0, 2).join('')].some((text) => Array.from(text).length > 1 && context.titles.includes(text));
      // A slip typed on its own (触店) has no neighbour to join: it reads as a word of the plans' text (触电)
      // when an exact homophone makes one word of characters the segmenter read apart, none of them one
      // people say alone (围着, 接人 are the asker's words). With neighbours, joining one is needed (客服 of
      // 物业客服主管 is no 克服).
      const spoken = typedAlone(context) && spent === 2 * changes && oneWord(word) && makesWord(typed, chars, chosen, context) && !chars.some((char) => SAID_ALONE.test(char));
      if (!titled && !spoken && (links === 0 || links < neighbours)) return;
      // A character the plans use may be a word of the asker's own (机器, 是不是, 收钱) rather than a slip:
      // it is changed only when that makes a word the segmenter knows out of characters it read apart
      // (演炼 → 演练), or when a heading holds it with two neighbouring characters (the bare 疫组 of 防疫组
      // for 一组 is chance), and a word typed whole (有线 of 有线空间) with four (有限空间; not 急器 for 机器).
      // A word typed on its own needs no neighbours: read exactly alike to a word of a heading (复合 for
      // 复核), it is that word. Not by a fuzzy sound: 司机 is no 时机.
      const around = Math.min(2, context.before.length + context.after.length);
      const alike = typedAlone(context) && spent === 2 * changes && headingWordsOf(context.titles).has(word);
      const confirmed = alike || headingHolds(chosen, context, Math.max(chosen.length + around, inWord(typed, chars, chosen, context) ? 4 : 0));
      if (chosen.every((char, k) => char === chars[k] || lexicon.hasChar(chars[k]!)) && !makesWord(typed, chars, chosen, context) && !confirmed) return;
      const cost = spent - links - 2 * Number(titled);
      if (!best || cost < best.cost) best = { chars: chosen, cost };
      return;
    }
    for (const option of options[i]!) {
      if (i > 0 && !lexicon.joins(chosen[i - 1]!, option.char)) continue;
      visit([...chosen, option.char], changes + Number(option.cost > 0), spent + option.cost);
    }
  };
  visit([], 0);
  return best;
}
