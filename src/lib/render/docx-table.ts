/**
 * Table column widths from the cells' content: a header never breaks inside (事故类/型 was the
 * result of sharing the width out by weight and ignoring cell padding), a phone number never
 * breaks, and what room is left goes to the columns with the most text.
 */
import { textWidth } from '../model/signature';
import type { Run } from '../model/types';

/** 4号 (14 pt) table text: one character in twips. */
export const TABLE_CHAR = 280;
/**
 * Cell margin left and right, set on every table (1 mm): Word's default 0.19 cm each side leaves a
 * six-column table of 4号 text (名称, 型号规格, 数量, 存放地点, 管理责任人, 联系电话) no room to set
 * its headers on one line.
 */
export const CELL_MARGIN = 57;
/** Both margins, plus room for a Latin glyph wider than half a character and for rounding in WPS. */
export const CELL_PADDING = 2 * CELL_MARGIN + 60;

const textOf = (runs: Run[]): string => runs.map((run) => run.text).join('');

/** Cells this short read as labels (有人触电, 配电室工具柜) and stay on one line when there is room. */
const LABEL = 6;
/** A longer cell may wrap, but not into lines narrower than this many characters. */
const NARROWEST = 4;

/**
 * Printed width in characters. Word, WPS and LibreOffice add about a quarter character between
 * Chinese and Latin letters or digits (autoSpaceDE/DN, on by default), so "各2组" is 3, not 2½.
 */
function cellTextWidth(text: string): number {
  const switches = text.match(/[\x21-\x7e](?=[^\x20-\x7e])|[^\x20-\x7e](?=[\x21-\x7e])/g)?.length ?? 0;
  return textWidth(text) + switches / 4;
}

const lineWidth = (text: string): number => Math.max(0, ...text.split('\n').map(cellTextWidth));
/** Latin/digit words (phone numbers, 12kV) never break. */
const latinWidth = (text: string): number => Math.max(0, ...(text.match(/[\x21-\x7e]+/g) ?? []).map(textWidth));

/**
 * Column widths in twips summing to `total`, for text of the given character width. Tables are 4号
 * everywhere, in the body and in annexes (where the wide ones are: 物资清单, 台账); an earlier 小四
 * step for wide tables made annex forms smaller than the body's tables. Headers stay whole; long
 * cells wrap.
 */
export function columnWidths(head: Run[][], rows: Run[][][], columns: number, total: number, char = TABLE_CHAR): number[] {
  return share(claims(head, rows, columns, char), total);
}

function claims(head: Run[][], rows: Run[][][], columns: number, char: number): number[][] {
  const toTwips = (chars: number) => Math.ceil(chars * char) + CELL_PADDING;
  // Three claims per column, from firmest to loosest: the header and Latin words whole; short
  // cells whole; every cell on one line.
  const hard: number[] = [];
  const soft: number[] = [];
  const max: number[] = [];
  for (let c = 0; c < columns; c++) {
    const header = lineWidth(textOf(head[c] ?? []));
    const cells = rows.map((row) => textOf(row[c] ?? []));
    hard.push(toTwips(Math.max(header, ...cells.map(latinWidth))));
    soft.push(Math.max(hard[c]!, toTwips(Math.max(0, ...cells.map((cell) => (lineWidth(cell) <= LABEL ? lineWidth(cell) : NARROWEST))))));
    max.push(Math.max(soft[c]!, toTwips(Math.max(0, ...cells.map(lineWidth)))));
  }
  return [hard, soft, max];
}

const sum = (list: number[]) => list.reduce((a, b) => a + b, 0);

/**
 * The firmest claims that fit are met, and the room left goes out in proportion to what each
 * column wants beyond them; when even the headers do not fit, they shrink alike.
 */
function share(claims: number[][], total: number): number[] {
  const [hard] = claims as [number[]];
  const last = claims.at(-1)!;
  let widths: number[];
  if (sum(last) <= total) widths = last.map((w) => w + ((total - sum(last)) * w) / sum(last));
  else {
    const met = [...claims].reverse().find((claim) => sum(claim) <= total);
    if (!met) widths = hard.map((w) => (w * total) / sum(hard));
    else {
      const next = claims[claims.indexOf(met) + 1]!;
      const want = next.map((w, i) => w - met[i]!);
      widths = met.map((w, i) => w + ((total - sum(met)) * want[i]!) / Math.max(sum(want), 1));
    }
  }
  const floored = widths.map(Math.floor);
  floored[floored.length - 1]! += total - sum(floored);
  return floored;
}
