import { textWidth } from './signature';
import type { Run } from './types';

/** Characters of 2号 (22 pt) in the 156 mm line: 442 pt / 22 pt. */
export const TITLE_CHARS_PER_LINE = 20;

const OPENING = /^[《（(“‘〔［【「『]+$/;
const CLOSING = /^[》）)”’〕］】」』、，。：；！？]+$/;

/**
 * Words the segmenter's dictionary splits (预|案, 印|发, 维|稳) but a title must keep whole. Longer
 * entries win over the shorter ones they contain.
 */
const KEEP_WHOLE = [
  '应急预案', '预案', '处置方案', '工作方案', '方案', '印发', '维稳', '综治', '上访', '信访', '变电站', '派出所',
  '有限公司', '群体性', '突发事件', '生产安全', '安全生产', '领导小组', '居委会', '委员会', '办事处', '中心学校', '联防',
  '值班制度', '制度', '通知',
];

/** Indices inside a KEEP_WHOLE word (a break there would split it). */
function protectedIndices(text: string): Set<number> {
  const inside = new Set<number>();
  const words = [...KEEP_WHOLE].sort((a, b) => b.length - a.length);
  for (const word of words) {
    for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
      for (let i = at + 1; i < at + word.length; i++) inside.add(i);
    }
  }
  return inside;
}

const single = (segment: string): boolean => [...segment].length === 1 && /\p{Script=Han}/u.test(segment);

/**
 * Words of a title, from the browser's and Node's own Chinese word segmenter, kept whole where the
 * segmenter's dictionary falls short: no break inside a KEEP_WHOLE word nor between two single
 * characters (most likely one word), and brackets stay with their word, so a line never ends in 《
 * nor starts with 》.
 */
export function titleWords(text: string): string[] {
  const segments = [...new Intl.Segmenter('zh', { granularity: 'word' }).segment(text)].map((s) => s.segment);
  const keep = protectedIndices(text);
  const words: string[] = [];
  let at = 0;
  segments.forEach((segment, i) => {
    const previous = segments[i - 1];
    const joins =
      previous !== undefined &&
      (keep.has(at) || (single(previous) && single(segment)) || OPENING.test(previous.slice(-1)) || CLOSING.test(segment[0]!));
    if (joins) words[words.length - 1] += segment;
    else words.push(segment);
    at += segment.length;
  });
  return words;
}

/** How far a set of line widths is from even, with an hourglass (short middle line) penalised. */
function unevenness(widths: number[]): number {
  const mean = widths.reduce((a, b) => a + b, 0) / widths.length;
  const spread = widths.reduce((sum, w) => sum + (w - mean) ** 2, 0);
  const hourglass = widths.some((w, i) => i > 0 && i < widths.length - 1 && w < widths[0]! && w < widths.at(-1)!);
  return spread + (hourglass ? 1000 : 0);
}

/**
 * Breaks a title into as few lines as fit, at word boundaries, as evenly as possible: GB/T 9704
 * §7.3.2 asks for lines of sensible length, words kept whole, in a 梯形 or 菱形 shape (never an
 * hourglass). Returns the lines' texts, which joined give the title back.
 */
export function balanceTitle(text: string, maxWidth = TITLE_CHARS_PER_LINE): string[] {
  if (textWidth(text) <= maxWidth) return [text];
  let words = titleWords(text);
  if (words.some((word) => textWidth(word) > maxWidth)) words = [...text];
  const widths = words.map(textWidth);
  const total = widths.reduce((a, b) => a + b, 0);
  for (let lines = Math.ceil(total / maxWidth); lines <= words.length; lines++) {
    const best = bestBreaks(widths, lines, maxWidth);
    if (best) return cut(words, best);
  }
  return [text];
}

/** Word indices where lines 2…n start, for the most even split within `maxWidth`; undefined if none fits. */
function bestBreaks(widths: number[], lines: number, maxWidth: number): number[] | undefined {
  let best: { breaks: number[]; cost: number } | undefined;
  const search = (start: number, left: number, breaks: number[], lineWidths: number[]): void => {
    if (left === 1) {
      const last = widths.slice(start).reduce((a, b) => a + b, 0);
      if (last > maxWidth) return;
      const all = [...lineWidths, last];
      const cost = unevenness(all);
      // Ties go to the longer first line (an upright 梯形 reads more naturally than a top-light one).
      if (!best || cost < best.cost || (cost === best.cost && all[0]! > lineWidth(best.breaks, widths))) best = { breaks, cost };
      return;
    }
    let width = 0;
    for (let end = start; end < widths.length - left + 1; end++) {
      width += widths[end]!;
      if (width > maxWidth) break;
      search(end + 1, left - 1, [...breaks, end + 1], [...lineWidths, width]);
    }
  };
  search(0, lines, [], []);
  return best?.breaks;
}

const lineWidth = (breaks: number[], widths: number[]): number => widths.slice(0, breaks[0]).reduce((a, b) => a + b, 0);

function cut(words: string[], breaks: number[]): string[] {
  const starts = [0, ...breaks, words.length];
  return starts.slice(0, -1).map((start, i) => words.slice(start, starts[i + 1]).join(''));
}

/** Splits runs into lines of the given texts' lengths, keeping each run's flags. */
export function splitRuns(runs: Run[], lines: string[]): Run[][] {
  const out: Run[][] = [];
  let queue = runs.map((run) => ({ ...run }));
  for (const line of lines) {
    let need = line.length;
    const current: Run[] = [];
    while (need > 0 && queue.length > 0) {
      const run = queue[0]!;
      if (run.text.length <= need) {
        current.push(run);
        need -= run.text.length;
        queue = queue.slice(1);
      } else {
        current.push({ ...run, text: run.text.slice(0, need) });
        queue[0] = { ...run, text: run.text.slice(need) };
        need = 0;
      }
    }
    out.push(current);
  }
  if (queue.length > 0) out[out.length - 1]!.push(...queue);
  return out;
}

/** A title as balanced lines of runs. */
export function titleLines(runs: Run[], maxWidth = TITLE_CHARS_PER_LINE): Run[][] {
  return splitRuns(runs, balanceTitle(runs.map((run) => run.text).join(''), maxWidth));
}
