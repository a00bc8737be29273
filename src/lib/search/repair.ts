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

/** Reads the Han part of a chunk: known stretches as words, unknown ones repaired or set aside. */
function readHan(text: string, lexicon: Lexicon, typos: Typos | undefined, titles: string, apart: boolean, reading: ChunkReading): void {
  const chars = Array.from(text);
  let parts = stretches(chars, lexicon);
  // Every stretch but a lone character the plans use between two known ones, or at an edge, is suspect.
  const suspect = parts.some((part) => !part.known && (part.chars.length > 1 || !lexicon.hasChar(part.chars[0]!) || parts.length > 1));
  if (suspect) {
    if (!typos) reading.wantsTypos = true;
    else {
      const repaired: string[] = [];
      parts.forEach((part, i) => {
        if (part.known) {
          repaired.push(...part.chars);
          return;
        }
        const before = parts[i - 1]?.chars ?? [];
        const after = parts[i + 1]?.chars ?? [];
        const alone = typos.homophoneOf(part.chars, { before, after, titles, apart }, lexicon);
        // The slip may be the character before, which joined its own neighbour by chance (应对出置: 出 → 处).
        const widened = part.chars.length === 1 && before.length > 2 ? typos.homophoneOf([before.at(-1)!, ...part.chars], { before: before.slice(0, -1), after, titles, apart }, lexicon) : undefined;
        const typed = widened && widened.chars[0] !== before.at(-1) && (!alone || widened.cost < alone.cost) ? [repaired.pop()!, ...part.chars] : part.chars;
        const fixed = typed === part.chars ? alone : widened;
        if (fixed) reading.corrected.push({ from: typed.join(''), to: fixed.chars.join('') });
        repaired.push(...(fixed?.chars ?? typed));
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
 * words the sections state beyond the indexed text (a worked example's 12345); `apart` is false for a
 * chunk typed joined to another word (客服 of 公司客服).
 */
export function readChunk(chunk: string, lexicon: Lexicon, typos?: Typos, titles = '', figures?: ReadonlySet<string>, apart = true): ChunkReading {
  const reading: ChunkReading = { words: [], setAside: [], corrected: [], wantsTypos: false };
  for (const [piece] of chunk.matchAll(/\p{Script=Han}+|[^\p{Script=Han}]+/gu)) {
    if (isHan(piece)) readHan(piece, lexicon, typos, titles, apart, reading);
    else if (lexicon.hasLatin(piece) || figures?.has(piece)) reading.words.push(piece);
    else reading.setAside.push(piece);
  }
  return reading;
}
