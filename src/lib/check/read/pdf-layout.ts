import type { Paragraph } from '../types';

/**
 * A PDF's text layer holds positioned runs of text, not paragraphs. This module rebuilds what a
 * reader sees: runs on the same baseline form a line (left to right), running headers, footers and
 * page numbers are dropped, and lines are joined into paragraphs where the text wraps at the right
 * margin. A line that is indented, follows a short line, stands after a gap, or starts with a
 * heading number (一、 （一） 第一章 1.1 附件) begins a new paragraph.
 */

/** One run of text on a page: baseline position (PDF units, y upwards) and font size. */
export interface TextRun {
  text: string;
  x: number;
  y: number;
  width: number;
  size: number;
}

interface Line {
  text: string;
  cells: string[];
  x: number;
  end: number;
  y: number;
  size: number;
  page: number;
}

const CJK = /[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/;
const LATIN = /[A-Za-z0-9]/;

/** Runs on one baseline (within half a character) → lines, top to bottom, each left to right. */
export function pageLines(runs: TextRun[], page: number): Line[] {
  const sorted = runs.filter((run) => run.text.trim() !== '').sort((a, b) => b.y - a.y || a.x - b.x);
  const groups: TextRun[][] = [];
  for (const run of sorted) {
    const group = groups.at(-1);
    if (group && Math.abs(group[0]!.y - run.y) <= Math.max(group[0]!.size, run.size) * 0.5) group.push(run);
    else groups.push([run]);
  }
  return groups.map((group) => joinRuns(group.sort((a, b) => a.x - b.x), page));
}

/** A line's runs: a wide gap separates table cells, a small gap between Latin letters is a space. */
function joinRuns(runs: TextRun[], page: number): Line {
  const size = Math.max(...runs.map((run) => run.size));
  const cells: string[] = [''];
  let end = runs[0]!.x;
  for (const run of runs) {
    const gap = run.x - end;
    const last = cells.at(-1)!;
    if (gap > size * 2 && last.trim() !== '') cells.push('');
    else if (gap > size * 0.2 && LATIN.test(last.at(-1) ?? '') && LATIN.test(run.text[0] ?? '')) cells[cells.length - 1] += ' ';
    cells[cells.length - 1] += run.text;
    end = Math.max(end, run.x + run.width);
  }
  const trimmed = cells.map((cell) => cell.trim());
  return { text: trimmed.join('\t'), cells: trimmed, x: runs[0]!.x, end, y: runs[0]!.y, size, page };
}

/** Page numbers as Chinese documents print them: 3, - 3 -, — 3 —, 第 3 页, 第3页 共9页, 3/9. */
const PAGE_NUMBER = /^[-—–－‒―_~\s]*(第\s*)?\d{1,4}(\s*页)?(\s*[/／]\s*\d{1,4}|\s*[，,]?\s*共\s*\d{1,4}\s*页)?[-—–－‒―_~\s]*$/;

/**
 * A header or footer as it repeats: its text with page numbers taken out ("第 2 页" and "第 3 页"
 * compare equal) and its height on the page, so a body line that happens to read alike does not.
 */
const furnitureKey = (line: Line): string => `${line.text.replace(/\d+/g, '#').replace(/\s+/g, '')}@${Math.round(line.y)}`;

/**
 * Page numbers on the first or last line of a page, and lines near a page's top or bottom that
 * repeat at the same height on most pages (running headers and footers), are not body text.
 */
export function dropPageFurniture(pages: Line[][]): Line[][] {
  const edges = (lines: Line[]) => [lines[0], lines[1], lines.at(-2), lines.at(-1)].filter((line): line is Line => line !== undefined);
  const counts = new Map<string, number>();
  for (const lines of pages) for (const key of new Set(edges(lines).map(furnitureKey))) counts.set(key, (counts.get(key) ?? 0) + 1);
  const repeated = (line: Line) => pages.length >= 2 && (counts.get(furnitureKey(line)) ?? 0) >= Math.max(2, pages.length * 0.5);
  return pages.map((lines) => {
    const edge = new Set(edges(lines));
    const outer = new Set([lines[0], lines.at(-1)]);
    return lines.filter((line) => !(edge.has(line) && repeated(line)) && !(outer.has(line) && PAGE_NUMBER.test(line.text)));
  });
}

/** Headings and other lines that always start a paragraph. */
const STARTS_PARAGRAPH = /^(第[一二三四五六七八九十百零〇\d]+[章节条]|[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[)）]|\d{1,2}([.．]\d{1,2})*[.．、]\s*[\u4e00-\u9fff]|\d{1,2}([.．]\d{1,2})+\s*[\u4e00-\u9fff]|\d{1,2}\s+[\u4e00-\u9fff]|附件|[•●■◆□○①-⑳])/;

/** The commonest value (rounded), for the body text's size and line spacing. */
function mode(values: number[]): number {
  const counts = new Map<number, number>();
  for (const value of values) counts.set(Math.round(value), (counts.get(Math.round(value)) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0] ?? 0;
}

function joinText(a: string, b: string): string {
  return LATIN.test(a.at(-1) ?? '') && LATIN.test(b[0] ?? '') && !CJK.test(a.at(-1) ?? '') ? `${a} ${b}` : a + b;
}

/** Whether `line` continues the paragraph that `previous` ended, on the same or the next page. */
function continues(previous: Line, line: Line, body: { left: number; right: number; spacing: number; size: number }): boolean {
  if (previous.cells.length > 1 || line.cells.length > 1) return false;
  if (STARTS_PARAGRAPH.test(line.text)) return false;
  if (Math.abs(line.size - previous.size) > 0.5) return false;
  // A title set large and centred wraps onto lines that start anywhere.
  if (line.size >= body.size * 1.2) return line.page === previous.page && previous.y - line.y <= line.size * 2;
  if (line.x > body.left + line.size * 1.2) return false;
  // Chinese line breaking keeps closing punctuation off a line's start, so a full line may stop two characters short.
  if (previous.end < body.right - previous.size * 2.5) return false;
  return line.page !== previous.page || previous.y - line.y <= body.spacing * 1.6;
}

/** Lines of every page, furniture already dropped → paragraphs and table rows. */
export function linesToParagraphs(pages: Line[][]): Paragraph[] {
  const lines = pages.flat();
  if (lines.length === 0) return [];
  const gaps = pages.flatMap((page) => page.slice(1).map((line, i) => page[i]!.y - line.y)).filter((gap) => gap > 0);
  // The text block's margins, from lines that are not table rows (a wide table may reach further).
  const text = lines.filter((line) => line.cells.length === 1);
  const size = mode(lines.map((line) => line.size));
  const body = { left: Math.min(...text.map((line) => line.x)), right: Math.max(...text.map((line) => line.end)), spacing: mode(gaps) || size * 1.5, size };
  const out: Paragraph[] = [];
  let previous: Line | undefined;
  for (const line of lines) {
    const last = out.at(-1);
    if (previous && last && continues(previous, line, body)) last.text = joinText(last.text, line.text);
    else if (line.cells.length > 1) out.push({ text: line.text, cells: line.cells });
    // Text set larger than the body is a title or heading, as a heading style marks it in Word (an annex's title).
    else out.push(line.size >= body.size * 1.2 ? { text: line.text, headingLevel: 1 } : { text: line.text });
    previous = line;
  }
  return out;
}

/** Pages of text runs → paragraphs; [] when the pages hold (almost) no text, as a scan does. */
export function pdfParagraphs(pages: TextRun[][]): Paragraph[] {
  const characters = pages.flat().reduce((sum, run) => sum + run.text.replace(/\s/g, '').length, 0);
  if (characters < 10 * Math.max(1, pages.length)) return [];
  return linesToParagraphs(dropPageFurniture(pages.map((runs, page) => pageLines(runs, page))));
}
