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
  HighlightColor,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  Tab,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
  convertMillimetersToTwip,
  type IBaseParagraphStyleOptions,
  type IBorderOptions,
  type IFontAttributesProperties,
  type IParagraphOptions,
} from 'docx';
import { textOf } from '../model/fill';
import type { FilledBlock, FilledDoc, FilledSection, FlowStep, Run } from '../model/types';
import { unreachable } from '../model/unreachable';

type FilledNode = FilledBlock | FilledSection;
type Child = Paragraph | Table;

/* ---------- Page geometry (GB/T 9704-2012 §5.2) ---------- */

const mm = convertMillimetersToTwip;
/** A4 as Word writes it; the floored 210 × 297 mm (11905 × 16837) would read as a custom size. */
const PAGE = { width: 11906, height: 16838 };
const MARGIN = { top: mm(37), bottom: mm(35), left: mm(28), right: mm(26) };
/** 版心 width, 156 mm. */
const TEXT_WIDTH = mm(156);

/** 3号 = 16 pt; docx sizes are half-points. */
const SIZE = { title: 44, body: 32, footer: 28, table: 28 } as const;
/** One 3号 (16 pt) character in twips: indents are counted in characters. */
const CHAR = 320;

/** 22 lines in the 225 mm text block: 225 mm / 22 = 28.95 pt = 579 twips, as Word's grid dialog writes it. */
const LINE_PITCH = 579;
/**
 * 28 characters in the 156 mm line: 8844 / 28 = 315.9 twips a character, 4.1 less than a 3号
 * character, so 3号 text is tracked −0.25 pt (−5 twips: 28 × 315 fits, 29 do not).
 *
 * Why not Word's character grid (docGrid linesAndChars with charSpace −846), which gives the same
 * 28 in Word and WPS: LibreOffice lays such a grid out as cells of 15.79 pt and puts each 16 pt
 * character into two of them, so the text comes out letter-spaced at about 18 characters a line.
 * Tracking gives 28 in all three.
 */
const TRACKING = -5;

/** The page number sits about 7 mm below the text block (GB/T 9704 §7.5). */
const FOOTER_DISTANCE = mm(25);
const HEADER_DISTANCE = mm(15);

/* ---------- Fonts: named only, never embedded ---------- */

/** Latin text and digits in body text: Times New Roman, as in most official documents. */
const LATIN = 'Times New Roman';

/**
 * `hint: eastAsia` makes characters shared by both scripts (“”, ‘’, ……, ——) use the Chinese font,
 * so Chinese quotation marks do not come out narrow in Times New Roman.
 */
const font = (eastAsia: string, latin = eastAsia): IFontAttributesProperties => ({
  ascii: latin,
  hAnsi: latin,
  eastAsia,
  cs: latin,
  hint: 'eastAsia',
});

const FONT = {
  title: font('方正小标宋简体'),
  body: font('仿宋_GB2312', LATIN),
  hei: font('黑体'),
  kai: font('楷体_GB2312', LATIN),
  song: font('宋体'),
} as const;

/**
 * The font table names a commonly installed alternative for each font (w:altName) and its GB2312
 * character set, so Word and WPS on a machine without 仿宋_GB2312 or 方正小标宋简体 substitute a
 * Chinese face of the same kind rather than a default Latin one.
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

/* ---------- Runs ---------- */

/** How the runs of one kind of paragraph look. */
interface Look {
  font: IFontAttributesProperties;
  size: number;
}

const BODY: Look = { font: FONT.body, size: SIZE.body };

/** A tab inside w:t is not a tab to Word; it needs its own element. */
const withTabs = (line: string): (string | Tab)[] =>
  line.split('\t').flatMap((part, i) => [...(i > 0 ? [new Tab()] : []), ...(part ? [part] : [])]);

/** One TextRun per line of a run: a newline inside a value becomes a line break, not a space. */
function textRuns(run: Run, look: Look): TextRun[] {
  return run.text.split('\n').map(
    (line, i) =>
      new TextRun({
        children: withTabs(line),
        font: look.font,
        size: look.size,
        color: '000000',
        ...(run.strong ? { bold: true } : {}),
        // Unfilled placeholders stay visible in the file, so the user finds them before printing.
        ...(run.missing ? { highlight: HighlightColor.YELLOW } : {}),
        // Only 3号 text is tracked to 28 characters a line; the style default would track the rest too.
        characterSpacing: look.size === SIZE.body ? TRACKING : 0,
        ...(i > 0 ? { break: 1 } : {}),
      }),
  );
}

const runsOf = (runs: Run[], look: Look): TextRun[] => runs.flatMap((run) => textRuns(run, look));

/** Drops the first `count` characters of a list of runs, keeping each run's flags. */
function dropChars(runs: Run[], count: number): Run[] {
  let left = count;
  const out: Run[] = [];
  for (const run of runs) {
    if (left >= run.text.length) {
      left -= run.text.length;
      continue;
    }
    out.push({ ...run, text: run.text.slice(left) });
    left = 0;
  }
  return out;
}

/* ---------- Paragraphs ---------- */

/** Body text: 2-character first-line indent, justified (the grid and line spacing come from the defaults). */
const INDENT_FIRST = { firstLine: 2 * CHAR, firstLineChars: 200 };

function bodyParagraph(children: TextRun[], extra: IParagraphOptions = {}): Paragraph {
  return new Paragraph({ alignment: AlignmentType.BOTH, indent: INDENT_FIRST, children, ...extra });
}

const blankLine = (): Paragraph => new Paragraph({ children: [] });

function titleParagraphs(runs: Run[]): Paragraph[] {
  const look: Look = { font: FONT.title, size: SIZE.title };
  // GB/T 9704 §7.3.3: the title is centred, with one blank line before the body.
  return [new Paragraph({ heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER, children: runsOf(runs, look) }), blankLine()];
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

/** 附件 + optional number at the start of an annex title, e.g. "附件1 应急联系方式". */
const ANNEX_LABEL = /^(附件\s*[0-9０-９]*)[\s：:]*/;

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
    children: runsOf(rest, { font: FONT.title, size: SIZE.title }),
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

/**
 * GB/T 9704 §7.3.5: one blank line before the signature; the issuer right-aligned two characters
 * in, the date (the last line) four characters in (FACTS.md §5).
 */
function signature(lines: Run[][]): Paragraph[] {
  const last = lines.length - 1;
  return [
    blankLine(),
    ...lines.map(
      (line, i) =>
        new Paragraph({
          alignment: AlignmentType.RIGHT,
          indent: { right: (i === last && last > 0 ? 4 : 2) * CHAR },
          children: runsOf(line, BODY),
        }),
    ),
  ];
}

const BORDER: IBorderOptions = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const TABLE_BORDERS = { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER, insideHorizontal: BORDER, insideVertical: BORDER };

/** Rough printed width of a cell, CJK counting 1 and ASCII ½, for sharing the table width out. */
function cellWidth(cell: Run[]): number {
  let width = 0;
  for (const ch of textOf(cell)) width += ch.codePointAt(0)! < 0x2e80 ? 0.5 : 1;
  return width;
}

/** Column widths in twips, proportional to their widest cell but never starved nor hogging. */
function columnWidths(rows: Run[][][], columns: number): number[] {
  const weights = Array.from({ length: columns }, (_, c) => {
    const widest = Math.max(0, ...rows.map((row) => cellWidth(row[c] ?? [])));
    return Math.min(Math.max(widest, 3), 14);
  });
  const total = weights.reduce((a, b) => a + b, 0);
  const widths = weights.map((w) => Math.floor((TEXT_WIDTH * w) / total));
  widths[columns - 1]! += TEXT_WIDTH - widths.reduce((a, b) => a + b, 0);
  return widths;
}

function cell(runs: Run[], width: number, header: boolean): TableCell {
  const look: Look = header ? { font: FONT.hei, size: SIZE.table } : { font: FONT.body, size: SIZE.table };
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    verticalAlign: VerticalAlignTable.CENTER,
    children: [
      new Paragraph({
        alignment: header ? AlignmentType.CENTER : AlignmentType.LEFT,
        // Table text is 4号 on single spacing: the body's 28.95 pt lines would make rows too tall.
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
  const widths = columnWidths([head, ...rows], columns);
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

function flowRows(step: FlowStep<Run[]>, index: number, widths: number[]): TableRow[] {
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
  return [...(index > 0 ? [arrow()] : []), new TableRow({ cantSplit: true, keepNext: true, children: cells })];
}

/** The chart's title centred in 黑体, then its table, kept on one page where it fits. */
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
    rows: node.steps.flatMap((step, i) => flowRows(step, i, widths)),
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
      return signature(node.lines);
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

export function buildDocument(doc: FilledDoc): Document {
  return new Document({
    title: textOf(doc.title),
    creator: '预案模板库',
    lastModifiedBy: '预案模板库',
    evenAndOddHeaderAndFooters: true,
    styles: styles(),
    sections: [
      {
        properties: {
          page: {
            size: PAGE,
            margin: { ...MARGIN, header: HEADER_DISTANCE, footer: FOOTER_DISTANCE, gutter: 0 },
          },
          // The line grid makes Word's page setup read "22 lines"; the exact line spacing keeps it.
          grid: { type: DocumentGridType.LINES, linePitch: LINE_PITCH },
        },
        footers: { default: pageNumberFooter('odd'), even: pageNumberFooter('even') },
        children: [...titleParagraphs(doc.title), ...nodes(doc.body)],
      },
    ],
  });
}

/** For the browser's download link. */
export async function toDocxBlob(doc: FilledDoc): Promise<Blob> {
  return Packer.toBlob(buildDocument(doc), false, OVERRIDES);
}

/** For Node (tests, scripts). */
export async function toDocxBytes(doc: FilledDoc): Promise<Uint8Array> {
  return Packer.pack(buildDocument(doc), 'uint8array', false, OVERRIDES);
}
