// Reading a chunk of a query against what the plans hold: the stretches the plans use are searched,
// a stretch typed with an IME's wrong homophone is read as the plans' word (应急遇案 → 应急预案), and a
// stretch the plans never use is set aside and named on the page (舆情监控 → 舆情, without 监控).
import { isHan, type Lexicon } from './lexicon';
import type { Typos } from './typos';

export interface ChunkReading {
  /** Words to search, as the plans spell them. */
  words: string[];
  /** Stretches the plans never use, as typed. */
  setAside: string[];
  /** Stretches read as the plans' homophone. */
  corrected: { from: string; to: string }[];
  /** A stretch the typo table might repair, which was not given. */
  wantsTypos: boolean;
}

interface Stretch {
  chars: string[];
  /** Every neighbouring pair occurs in the plans (a single character: the plans use it next to something). */
  known: boolean;
}

/** Splits Han text where neighbouring characters never occur together in the plans. */
function stretches(chars: string[], lexicon: Lexicon): Stretch[] {
  const runs: string[][] = [];
  chars.forEach((char, i) => {
    if (i > 0 && lexicon.joins(chars[i - 1]!, char)) runs[runs.length - 1]!.push(char);
    else runs.push([char]);
  });
  // Lone characters next to each other form one unknown stretch (监 + 控).
  const result: Stretch[] = [];
  for (const run of runs) {
    const last = result[result.length - 1];
    if (run.length === 1 && last && !last.known) last.chars.push(run[0]!);
    else result.push({ chars: run, known: run.length > 1 });
  }
  return result;
}

/**
 * The homophone spelling of `chars` that the plans use, changing as few characters as possible
 * (at most half, at least one) and preferring one that joins its neighbours; undefined if none.
 * A lone character must join a neighbour, and one the plans use (至 of 值班日至) every neighbour.
 */
function homophoneOf(chars: string[], context: { before: string[]; after: string[]; titles: string }, lexicon: Lexicon, typos: Typos): string[] | undefined {
  const before = context.before.at(-1);
  const after = context.after[0];
  const limit = Math.max(1, Math.floor(chars.length / 2));
  // An exact homophone costs 2, a sound an IME's fuzzy setting confuses (凌/临, 是/四) 3: the exact one wins a tie.
  const options = chars.map((char) => [
    { char, cost: 0 },
    ...typos.homophones(char).filter((other) => lexicon.hasChar(other)).map((other) => ({ char: other, cost: 2 })),
    ...typos.nearSounds(char).filter((other) => lexicon.hasChar(other)).map((other) => ({ char: other, cost: 3 })),
  ]);
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
      if (!titled && (links === 0 || links < neighbours)) return;
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
  return best?.chars;
}

/** Reads the Han part of a chunk: known stretches as words, unknown ones repaired or set aside. */
function readHan(text: string, lexicon: Lexicon, typos: Typos | undefined, titles: string, reading: ChunkReading): void {
  const chars = Array.from(text);
  let parts = stretches(chars, lexicon);
  // Every stretch but a lone character the plans use between two known ones, or at an edge, is suspect.
  const suspect = parts.some((part) => !part.known && (part.chars.length > 1 || !lexicon.hasChar(part.chars[0]!) || parts.length > 1));
  if (suspect) {
    if (!typos) reading.wantsTypos = true;
    else {
      const repaired: string[] = [];
      parts.forEach((part, i) => {
        const fixed = part.known ? undefined : homophoneOf(part.chars, { before: parts[i - 1]?.chars ?? [], after: parts[i + 1]?.chars ?? [], titles }, lexicon, typos);
        if (fixed) reading.corrected.push({ from: part.chars.join(''), to: fixed.join('') });
        repaired.push(...(fixed ?? part.chars));
      });
      parts = stretches(repaired, lexicon);
    }
  }
  for (const part of parts) {
    const word = part.chars.join('');
    if (part.known) reading.words.push(word);
    // A lone character the plans use (被, 了) says nothing alone; anything else is named as set aside.
    else if (part.chars.length > 1 || !lexicon.hasChar(word)) reading.setAside.push(word);
  }
}

/**
 * Reads one chunk of a query (no spaces or punctuation inside) against the plans' text. `titles`
 * (every heading and plan title, joined) confirms a homophone repair; `figures` are Latin and digit
 * words the sections state beyond the indexed text (a worked example's 12345).
 */
export function readChunk(chunk: string, lexicon: Lexicon, typos?: Typos, titles = '', figures?: ReadonlySet<string>): ChunkReading {
  const reading: ChunkReading = { words: [], setAside: [], corrected: [], wantsTypos: false };
  for (const [piece] of chunk.matchAll(/\p{Script=Han}+|[^\p{Script=Han}]+/gu)) {
    if (isHan(piece)) readHan(piece, lexicon, typos, titles, reading);
    else if (lexicon.hasLatin(piece) || figures?.has(piece)) reading.words.push(piece);
    else reading.setAside.push(piece);
  }
  return reading;
}
