/**
 * Flowcharts in .docx: a borderless table of boxed cells with ↓ between, shown alike by Word, WPS
 * and LibreOffice.
 */
import { AlignmentType, BorderStyle, LineRuleType, Paragraph, Table, TableBorders, TableCell, TableLayoutType, TableRow, VerticalAlignTable, WidthType, type IBorderOptions } from 'docx';
import type { FilledBlock, FlowStep, Run } from '../model/types';
import { BORDER, FONT, SIZE, TEXT_WIDTH, blankLine, runsOf } from './docx-base';

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
export function flowChart(node: Extract<FilledBlock, { type: 'flow' }>): (Paragraph | Table)[] {
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
