/**
 * The plan's body in .docx: title, headings, annexes, paragraphs, lists, signature, 附件说明 and
 * tables, laid out per GB/T 9704-2012 §7.3 and §8.
 */
import {
  AlignmentType,
  HeadingLevel,
  LineRuleType,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
  type IParagraphOptions,
} from 'docx';
import { ANNEX_LABEL } from '../model/annexes';
import { textOf } from '../model/fill';
import { dropChars } from '../model/text';
import { titleLines } from '../model/title-lines';
import type { FilledBlock, FilledSection, Run } from '../model/types';
import { unreachable } from '../model/unreachable';
import { BODY, BORDER, CHAR, FONT, LINE_PITCH, SIZE, TEXT_WIDTH, blankLine, blankLines, linesOf, runsOf, type Look } from './docx-base';
import { flowChart } from './docx-flow';
import { headingLook, headingStyle, outlineLevel } from './docx-styles';
import { CELL_MARGIN, columnWidths } from './docx-table';

type FilledNode = FilledBlock | FilledSection;
type Child = Paragraph | Table;

/* ---------- Paragraphs ---------- */

/** Body text: 2-character first-line indent, justified (the grid and line spacing come from the defaults). */
const INDENT_FIRST = { firstLine: 2 * CHAR, firstLineChars: 200 };

function bodyParagraph(children: TextRun[], extra: IParagraphOptions = {}): Paragraph {
  return new Paragraph({ alignment: AlignmentType.BOTH, indent: INDENT_FIRST, children, ...extra });
}

const TITLE: Look = { font: FONT.title, size: SIZE.title };

/**
 * GB/T 9704 §7.3.2: the title centred, broken at word boundaries into balanced lines on the
 * body's line pitch (not the grid's double line a 22 pt line would snap to), one blank line before
 * the body. After a notice the plan starts on a new page.
 */
export function titleParagraphs(runs: Run[], newPage: boolean): Paragraph[] {
  return [
    new Paragraph({
      heading: HeadingLevel.TITLE,
      alignment: AlignmentType.CENTER,
      spacing: { line: LINE_PITCH, lineRule: LineRuleType.EXACT },
      ...(newPage ? { pageBreakBefore: true } : {}),
      children: linesOf(titleLines(runs), TITLE),
    }),
    blankLine(),
  ];
}

/* ---------- Headings ---------- */

function heading(section: FilledSection): Paragraph {
  const runs: Run[] = [{ text: section.number }, ...section.title];
  return bodyParagraph(runsOf(runs, headingLook(section.level)), {
    heading: headingStyle(section.level),
    outlineLevel: outlineLevel(section.level),
    keepNext: true,
  });
}

/**
 * GB/T 9704 §8: an annex starts on a new page with "附件N" in 3号黑体 at the top left, and its
 * title centred on the next line, set like the document title.
 */
function annexHeading(section: FilledSection): Paragraph[] {
  const text = textOf(section.title);
  const match = ANNEX_LABEL.exec(text);
  const label = match ? match[1]! : text;
  const rest = match ? dropChars(section.title, match[0].length) : [];
  const labelRuns = match ? [{ text: label }] : section.title;
  const hasTitle = textOf(rest).trim() !== '';
  const labelLine = new Paragraph({
    alignment: AlignmentType.LEFT,
    pageBreakBefore: true,
    keepNext: true,
    // The navigation pane lists the annex by its title, or by its label when it has none.
    ...(hasTitle ? {} : { heading: headingStyle(1), outlineLevel: 0 }),
    children: runsOf(labelRuns, { font: FONT.hei, size: SIZE.body }),
  });
  if (!hasTitle) return [labelLine];
  const titleLine = new Paragraph({
    heading: headingStyle(1),
    outlineLevel: 0,
    alignment: AlignmentType.CENTER,
    keepNext: true,
    spacing: { line: LINE_PITCH, lineRule: LineRuleType.EXACT },
    children: linesOf(titleLines(rest), TITLE),
  });
  return [labelLine, titleLine, blankLine()];
}

/* ---------- Blocks ---------- */

/**
 * Ordered items read "1．…" (full-width full stop), so they do not look like the "1." third-level
 * headings. In the body, unordered items carry no bullet glyph, which official documents do not
 * use, and read as ordinary indented paragraphs; in an annex (a checklist, a form's notes) each
 * item keeps a "·" marker, as the page and the .txt show it, so the items stay apart.
 */
function list(ordered: boolean, items: Run[][], annex: boolean): Paragraph[] {
  const marker = (i: number): Run[] => (ordered ? [{ text: `${i + 1}．` }] : annex ? [{ text: '· ' }] : []);
  return items.map((item, i) => bodyParagraph(runsOf([...marker(i), ...item], BODY)));
}

/** 署名 and 成文日期 as the model placed them (GB/T 9704 §7.3.5): with a seal, room above for it. */
function signature(node: Extract<FilledBlock, { type: 'signature' }>): Paragraph[] {
  const last = node.lines.length - 1;
  const right = (i: number) => (i === last && last > 0 ? node.place.date : (node.place.names[i] ?? 2));
  return [
    ...blankLines(node.place.blankLines),
    ...node.lines.map(
      (line, i) => new Paragraph({ alignment: AlignmentType.RIGHT, keepNext: i < last, indent: { right: right(i) * CHAR }, children: runsOf(line, BODY) }),
    ),
  ];
}

/**
 * 附件说明 (GB/T 9704 §7.3.6): one blank line under the body, 附件：two characters in, several
 * annexes numbered 1．2．… with each name's later lines under its first character.
 */
function annexNote(items: Run[][]): Paragraph[] {
  const numbered = items.length > 1;
  // 附件： is 3 characters; "1．" another 1½.
  const nameStart = (numbered ? 4.5 : 3) + 2;
  return [
    blankLine(),
    ...items.map(
      (item, i) =>
        new Paragraph({
          alignment: AlignmentType.BOTH,
          keepNext: true,
          indent: { left: nameStart * CHAR, hanging: (i === 0 ? nameStart - 2 : nameStart - 5) * CHAR },
          children: runsOf(i === 0 ? [{ text: '附件：' }, ...item] : item, BODY),
        }),
    ),
  ];
}

const TABLE_BORDERS = { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER, insideHorizontal: BORDER, insideVertical: BORDER };

function cell(runs: Run[], width: number, header: boolean): TableCell {
  const look: Look = { font: header ? FONT.hei : FONT.body, size: SIZE.table };
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    verticalAlign: VerticalAlignTable.CENTER,
    children: [
      new Paragraph({
        alignment: header ? AlignmentType.CENTER : AlignmentType.LEFT,
        // Table text is 4号 on single spacing: the body's 28.95 pt lines would make rows too tall
        // (the paragraph defaults also keep it off the line grid, see docx-patch.ts).
        spacing: { line: 240, lineRule: LineRuleType.AUTO, before: 40, after: 40 },
        indent: { firstLine: 0, firstLineChars: 0 },
        children: runsOf(runs, look),
      }),
    ],
  });
}

/** A real Word table, full width, single black borders, header row repeated after page breaks. */
function table(head: Run[][], rows: Run[][][]): Table[] {
  const columns = Math.max(head.length, ...rows.map((row) => row.length));
  // Word refuses a table without cells; a field with neither columns nor rows prints nothing.
  if (columns === 0) return [];
  const widths = columnWidths(head, rows, columns, TEXT_WIDTH);
  const line = (cells: Run[][], header: boolean): TableRow =>
    new TableRow({
      cantSplit: true,
      ...(header ? { tableHeader: true } : {}),
      children: widths.map((width, c) => cell(cells[c] ?? [], width, header)),
    });
  const tableRows = [...(head.length > 0 ? [line(head, true)] : []), ...rows.map((row) => line(row, false))];
  return [
    new Table({
      width: { size: TEXT_WIDTH, type: WidthType.DXA },
      columnWidths: widths,
      layout: TableLayoutType.FIXED,
      borders: TABLE_BORDERS,
      margins: { left: CELL_MARGIN, right: CELL_MARGIN },
      rows: tableRows,
    }),
  ];
}

function block(node: FilledBlock, annex: boolean): Child[] {
  switch (node.type) {
    case 'paragraph':
      return [bodyParagraph(runsOf(node.runs, BODY))];
    case 'list':
      return list(node.ordered, node.items, annex);
    case 'table':
      return table(node.head, node.rows);
    case 'signature':
      return signature(node);
    case 'annexNote':
      return annexNote(node.items);
    case 'flow':
      return flowChart(node);
    default:
      return unreachable(node);
  }
}

/** Section bodies; the writing guide (`section.guide`) is page chrome and never exported. */
function section(node: FilledSection, annex: boolean): Child[] {
  return [...(node.annex ? annexHeading(node) : [heading(node)]), ...nodes(node.body, annex || node.annex)];
}

/** Sections and blocks; `annex` says they stand in an annex (or one of its sub-sections). */
export function nodes(list: FilledNode[], annex = false): Child[] {
  return list.flatMap((node) => (node.type === 'section' ? section(node, annex) : block(node, annex)));
}
