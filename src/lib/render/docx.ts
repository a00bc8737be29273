/**
 * .docx export laid out as an official document per GB/T 9704-2012 (FACTS.md §5).
 *
 * Loaded lazily in the browser with dynamic import(), so it must not import anything from node:.
 * Every run carries its own font and size (as WPS-made documents do), so the layout survives
 * copy-paste between documents; the style defaults repeat them for text the user types later.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  DocumentGridType,
  Footer,
  HeadingLevel,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  SectionType,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
  type IBaseParagraphStyleOptions,
  type IBorderOptions,
  type IParagraphOptions,
  type ISectionOptions,
} from 'docx';
import { ANNEX_LABEL } from '../model/annexes';
import { textOf } from '../model/fill';
import { dropChars } from '../model/text';
import { titleLines } from '../model/title-lines';
import type { FilledBlock, FilledDoc, FilledSection, FlowStep, Run } from '../model/types';
import { unreachable } from '../model/unreachable';
import type { FilledNotice } from '../notice/types';
import {
  BODY,
  CHAR,
  FONT,
  LATIN,
  LINE_PITCH,
  MARGIN,
  PAGE,
  SIZE,
  TEXT_WIDTH,
  TRACKING,
  blankLine,
  blankLines,
  linesOf,
  mm,
  runsOf,
  type Look,
} from './docx-base';
import { noticeParagraphs, recordParagraphs } from './docx-notice';
import { patchDocx } from './docx-patch';
import { CELL_MARGIN, tableLayout } from './docx-table';

type FilledNode = FilledBlock | FilledSection;
type Child = Paragraph | Table;

/** The page number sits about 7 mm below the text block (GB/T 9704 §7.5). */
const FOOTER_DISTANCE = mm(25);
const HEADER_DISTANCE = mm(15);

/**
 * The font table names a commonly installed alternative for each font (w:altName) and its GB2312
 * character set, so Word and WPS on a machine without 仿宋_GB2312 or 方正小标宋简体 substitute a
 * Chinese face of the same kind rather than a default Latin one: 仿宋_GB2312 → 仿宋, 楷体_GB2312 → 楷体,
 * 方正小标宋简体 → 宋体 (every Windows since XP has 仿宋, 楷体, 黑体 and 宋体).
 */
const FONT_TABLE: { name: string; alt?: string; charset: string; family: string; pitch: string }[] = [
  { name: '仿宋_GB2312', alt: '仿宋', charset: '86', family: 'modern', pitch: 'fixed' },
  { name: '楷体_GB2312', alt: '楷体', charset: '86', family: 'modern', pitch: 'fixed' },
  { name: '方正小标宋简体', alt: '宋体', charset: '86', family: 'script', pitch: 'variable' },
  { name: '黑体', alt: 'SimHei', charset: '86', family: 'modern', pitch: 'fixed' },
  { name: '宋体', alt: 'SimSun', charset: '86', family: 'auto', pitch: 'variable' },
  { name: LATIN, charset: '00', family: 'roman', pitch: 'variable' },
];

function fontTableXml(): string {
  const fonts = FONT_TABLE.map(
    (f) =>
      `<w:font w:name="${f.name}">${f.alt ? `<w:altName w:val="${f.alt}"/>` : ''}` +
      `<w:charset w:val="${f.charset}"/><w:family w:val="${f.family}"/><w:pitch w:val="${f.pitch}"/></w:font>`,
  ).join('');
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
    fonts +
    '</w:fonts>'
  );
}

const OVERRIDES = [{ path: 'word/fontTable.xml', data: fontTableXml() }];

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
function titleParagraphs(runs: Run[], newPage: boolean): Paragraph[] {
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

const HEADING_STYLES = [
  HeadingLevel.HEADING_1,
  HeadingLevel.HEADING_2,
  HeadingLevel.HEADING_3,
  HeadingLevel.HEADING_4,
  HeadingLevel.HEADING_5,
  HeadingLevel.HEADING_6,
] as const;

/** 一、黑体  （一）楷体  1. and （1）仿宋, all 3号 and not bold (GB/T 9704 §7.3.3). */
function headingLook(level: number): Look {
  if (level <= 1) return { font: FONT.hei, size: SIZE.body };
  if (level === 2) return { font: FONT.kai, size: SIZE.body };
  return BODY;
}

const headingStyle = (level: number) => HEADING_STYLES[Math.min(Math.max(level, 1), HEADING_STYLES.length) - 1]!;
/** Word's outline levels count from 0; the navigation pane shows levels 0–8. */
const outlineLevel = (level: number): number => Math.min(Math.max(level - 1, 0), 8);

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
 * headings; unordered items carry no bullet glyph, which official documents do not use, and read as
 * ordinary indented paragraphs.
 */
function list(ordered: boolean, items: Run[][]): Paragraph[] {
  return items.map((item, i) => bodyParagraph(runsOf(ordered ? [{ text: `${i + 1}．` }, ...item] : item, BODY)));
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

const BORDER: IBorderOptions = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const TABLE_BORDERS = { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER, insideHorizontal: BORDER, insideVertical: BORDER };

function cell(runs: Run[], width: number, header: boolean, size: number): TableCell {
  const look: Look = header ? { font: FONT.hei, size } : { font: FONT.body, size };
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    verticalAlign: VerticalAlignTable.CENTER,
    children: [
      new Paragraph({
        alignment: header ? AlignmentType.CENTER : AlignmentType.LEFT,
        // Table text is 4号 (or 小四) on single spacing: the body's 28.95 pt lines would make rows too tall
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
  const { size, widths } = tableLayout(head, rows, columns, TEXT_WIDTH);
  const line = (cells: Run[][], header: boolean): TableRow =>
    new TableRow({
      cantSplit: true,
      ...(header ? { tableHeader: true } : {}),
      children: widths.map((width, c) => cell(cells[c] ?? [], width, header, size)),
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

/* ---------- Flowcharts: a borderless table of boxed cells, ↓ between (shown alike by Word, WPS and LibreOffice) ---------- */

const NO_BORDER: IBorderOptions = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const BOX = { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER };
const NO_BOX = { top: NO_BORDER, bottom: NO_BORDER, left: NO_BORDER, right: NO_BORDER };
/** Step, connector and branch columns of a chart whose steps branch; one full-width column otherwise. */
const FLOW_COLUMNS = [0.52, 0.08, 0.4].map((share) => Math.round(TEXT_WIDTH * share));

/** 4号 text on exact 18 pt lines: exact spacing also keeps the lines off the page's 28.95 pt grid. */
function flowCellParagraph(runs: Run[], alignment: (typeof AlignmentType)[keyof typeof AlignmentType], size: number = SIZE.table): Paragraph {
  return new Paragraph({
    alignment,
    spacing: { line: 360, lineRule: LineRuleType.EXACT, before: 40, after: 40 },
    indent: { firstLine: 0, firstLineChars: 0 },
    children: runsOf(runs, { font: FONT.body, size }),
  });
}

function flowCell(paragraphs: Paragraph[], width: number, boxed: boolean): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    verticalAlign: VerticalAlignTable.CENTER,
    borders: boxed ? BOX : NO_BOX,
    children: paragraphs.length > 0 ? paragraphs : [flowCellParagraph([], AlignmentType.CENTER)],
  });
}

function flowRows(step: FlowStep<Run[]>, index: number, widths: number[], together: boolean): TableRow[] {
  const [stepWidth, linkWidth, branchWidth] = widths;
  const box = flowCell([flowCellParagraph([{ text: `${index + 1}．` }, ...step.content], AlignmentType.CENTER)], stepWidth!, true);
  const cells = [box];
  if (linkWidth !== undefined && branchWidth !== undefined) {
    const has = step.branches.length > 0;
    const branches = step.branches.map((b) => flowCellParagraph([...(b.condition ? [...b.condition, { text: '：' }] : []), ...b.content], AlignmentType.LEFT));
    cells.push(flowCell(has ? [flowCellParagraph([{ text: '→' }], AlignmentType.CENTER)] : [], linkWidth, false), flowCell(branches, branchWidth, has));
  }
  const arrow = (): TableRow =>
    new TableRow({ cantSplit: true, keepNext: true, children: widths.map((width, c) => flowCell(c === 0 ? [flowCellParagraph([{ text: '↓' }], AlignmentType.CENTER, SIZE.body)] : [], width, false)) });
  // An arrow always goes with the step it points to; a step with the next only in a short chart.
  return [...(index > 0 ? [arrow()] : []), new TableRow({ cantSplit: true, keepNext: together || index === 0, children: cells })];
}

/**
 * A chart of this many steps or fewer is kept on one page. A longer one (7 steps are about 19
 * lines) may break between steps: kept whole, it left the school plan's page 8 with 4 lines of
 * text, the rest blank.
 */
const FLOW_KEPT_WHOLE = 4;

/** The chart's title centred in 黑体, then its table, kept on one page when short. */
function flowChart(node: Extract<FilledBlock, { type: 'flow' }>): Child[] {
  if (node.steps.length === 0) return [];
  const branched = node.steps.some((step) => step.branches.length > 0);
  const widths = branched ? FLOW_COLUMNS : [TEXT_WIDTH];
  const title = new Paragraph({ alignment: AlignmentType.CENTER, keepNext: true, children: runsOf([{ text: node.title }], { font: FONT.hei, size: SIZE.body }) });
  const table = new Table({
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    alignment: AlignmentType.CENTER,
    borders: TableBorders.NONE,
    rows: node.steps.flatMap((step, i) => flowRows(step, i, widths, node.steps.length <= FLOW_KEPT_WHOLE)),
  });
  // A paragraph after the table keeps Word from joining it to a following table.
  return [title, table, blankLine()];
}

function block(node: FilledBlock): Child[] {
  switch (node.type) {
    case 'paragraph':
      return [bodyParagraph(runsOf(node.runs, BODY))];
    case 'list':
      return list(node.ordered, node.items);
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
function section(node: FilledSection): Child[] {
  return [...(node.annex ? annexHeading(node) : [heading(node)]), ...nodes(node.body)];
}

function nodes(list: FilledNode[]): Child[] {
  return list.flatMap((node) => (node.type === 'section' ? section(node) : block(node)));
}

/* ---------- Footers: "— N —", odd pages right, even pages left (GB/T 9704 §7.5) ---------- */

function pageNumberFooter(side: 'odd' | 'even'): Footer {
  return new Footer({
    children: [
      new Paragraph({
        alignment: side === 'odd' ? AlignmentType.RIGHT : AlignmentType.LEFT,
        // One 4号 character (14 pt) in from the edge of the text block.
        indent: side === 'odd' ? { right: SIZE.footer * 10 } : { left: SIZE.footer * 10 },
        spacing: { line: 240, lineRule: LineRuleType.AUTO },
        children: [
          new TextRun({
            children: ['\u2014 ', PageNumber.CURRENT, ' \u2014'],
            font: FONT.song,
            size: SIZE.footer,
            color: '000000',
            characterSpacing: 0,
          }),
        ],
      }),
    ],
  });
}

/* ---------- Styles ---------- */

/** Heading styles restated in black 3号 without italics, so no theme colour or size leaks in. */
function headingStyleOptions(level: number): IBaseParagraphStyleOptions {
  const look = headingLook(level);
  return {
    run: { font: look.font, size: look.size, bold: false, italics: false, color: '000000' },
    paragraph: { outlineLevel: outlineLevel(level), keepNext: true },
  };
}

function styles() {
  return {
    default: {
      document: {
        run: {
          font: FONT.body,
          size: SIZE.body,
          characterSpacing: TRACKING,
          color: '000000',
          language: { value: 'en-US', eastAsia: 'zh-CN' },
        },
        paragraph: {
          spacing: { line: LINE_PITCH, lineRule: LineRuleType.EXACT, before: 0, after: 0 },
        },
      },
      title: {
        run: { font: FONT.title, size: SIZE.title, bold: false, color: '000000' },
        paragraph: { alignment: AlignmentType.CENTER },
      },
      heading1: headingStyleOptions(1),
      heading2: headingStyleOptions(2),
      heading3: headingStyleOptions(3),
      heading4: headingStyleOptions(4),
      heading5: headingStyleOptions(5),
      heading6: headingStyleOptions(6),
    },
  };
}

/* ---------- Document ---------- */

export interface DocxOptions {
  /** The 印发通知 to put before the plan, with its 版记 on the last even page. */
  notice?: FilledNotice | undefined;
}

const PAGE_PROPERTIES = {
  page: {
    size: PAGE,
    margin: { ...MARGIN, header: HEADER_DISTANCE, footer: FOOTER_DISTANCE, gutter: 0 },
  },
  // The line grid makes Word's page setup read "22 lines"; the exact line spacing keeps it. No
  // character grid: see TRACKING.
  grid: { type: DocumentGridType.LINES, linePitch: LINE_PITCH },
};

/** The 版记 section: starts on the next even page (GB/T 9704 §7.4 puts it on the last, even, page), no page number. */
function recordSection(notice: FilledNotice): ISectionOptions {
  const none = new Footer({ children: [] });
  return {
    properties: { ...PAGE_PROPERTIES, type: SectionType.EVEN_PAGE },
    footers: { default: none, even: none },
    children: recordParagraphs(notice),
  };
}

export function buildDocument(doc: FilledDoc, options: DocxOptions = {}): Document {
  const { notice } = options;
  return new Document({
    title: textOf(doc.title),
    creator: '预案模板库',
    lastModifiedBy: '预案模板库',
    evenAndOddHeaderAndFooters: true,
    styles: styles(),
    sections: [
      {
        properties: PAGE_PROPERTIES,
        footers: { default: pageNumberFooter('odd'), even: pageNumberFooter('even') },
        children: [...(notice ? noticeParagraphs(notice) : []), ...titleParagraphs(doc.title, Boolean(notice)), ...nodes(doc.body)],
      },
      ...(notice ? [recordSection(notice)] : []),
    ],
  });
}

async function pack(doc: FilledDoc, options: DocxOptions): Promise<Uint8Array> {
  return patchDocx(await Packer.pack(buildDocument(doc, options), 'uint8array', false, OVERRIDES));
}

const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** For the browser's download link. */
export async function toDocxBlob(doc: FilledDoc, options: DocxOptions = {}): Promise<Blob> {
  return new Blob([(await pack(doc, options)) as Uint8Array<ArrayBuffer>], { type: DOCX_TYPE });
}

/** For Node (tests, scripts). */
export async function toDocxBytes(doc: FilledDoc, options: DocxOptions = {}): Promise<Uint8Array> {
  return pack(doc, options);
}
