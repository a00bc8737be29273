/**
 * Table column widths from the cells' content: a header never breaks inside (事故类/型 was the
 * result of sharing the width out by weight and ignoring cell padding), a phone number never
 * breaks, and what room is left goes to the columns with the most text.
 */
import { textWidth } from '../model/signature';
import type { Run } from '../model/types';

/** 4号 (14 pt) table text: one character in twips. */
export const TABLE_CHAR = 280;
/** Left + right cell margin (Word's default 0.19 cm each side), plus a little for rounding in WPS. */
export const CELL_PADDING = 2 * 108 + 40;

const textOf = (runs: Run[]): string => runs.map((run) => run.text).join('');

/** Cells this short read as labels (有人触电, 管理责任人) and stay on one line. */
const LABEL = 6;
/** A longer cell may wrap, but not into lines narrower than this many characters. */
const NARROWEST = 4;

/** The width a cell cannot go below: a label whole; otherwise its Latin/digit words (phone numbers) or four characters. */
function unbreakable(text: string): number {
  const width = Math.max(0, ...text.split('\n').map(textWidth));
  if (width <= LABEL) return width;
  const latin = text.match(/[\x21-\x7e]+/g) ?? [];
  return Math.max(NARROWEST, ...latin.map(textWidth));
}

/** Column widths in twips summing to `total`. */
export function columnWidths(head: Run[][], rows: Run[][][], columns: number, total: number): number[] {
  const toTwips = (chars: number) => Math.ceil(chars * TABLE_CHAR) + CELL_PADDING;
  const min: number[] = [];
  const max: number[] = [];
  for (let c = 0; c < columns; c++) {
    const header = textOf(head[c] ?? []);
    const cells = rows.map((row) => textOf(row[c] ?? []));
    const longest = Math.max(textWidth(header), ...cells.map((cell) => Math.max(...cell.split('\n').map(textWidth))));
    min.push(toTwips(Math.max(textWidth(header), ...cells.map(unbreakable))));
    max.push(Math.max(min[c]!, toTwips(longest)));
  }
  return share(min, max, total);
}

/** Everyone gets their minimum, then the room left goes out in proportion to what each still wants. */
function share(min: number[], max: number[], total: number): number[] {
  const sum = (list: number[]) => list.reduce((a, b) => a + b, 0);
  let widths: number[];
  if (sum(max) <= total) widths = max.map((w) => w + ((total - sum(max)) * w) / sum(max));
  else if (sum(min) <= total) {
    const want = max.map((w, i) => w - min[i]!);
    widths = min.map((w, i) => w + ((total - sum(min)) * want[i]!) / Math.max(sum(want), 1));
  } else widths = min.map((w) => (w * total) / sum(min));
  const floored = widths.map(Math.floor);
  floored[floored.length - 1]! += total - sum(floored);
  return floored;
}
