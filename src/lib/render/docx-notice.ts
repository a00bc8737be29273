/**
 * The 印发通知 as the first pages of the .docx, and its 版记 on the last even page, per
 * GB/T 9704-2012 §7.2 (版头), §7.3 (主体) and §7.4 (版记).
 */
import {
  AlignmentType,
  BorderStyle,
  LineRuleType,
  Paragraph,
  Tab,
  TabStopType,
  TextRun,
  type IBorderOptions,
  type IParagraphOptions,
} from 'docx';
import type { FilledNotice } from '../notice/types';
import { textWidth } from '../model/signature';
import type { Run } from '../model/types';
import { BODY, CHAR, FONT, LINE_PITCH, LINES_PER_PAGE, RED, SIZE, TEXT_WIDTH, blankLine, blankLines, linesOf, mm, runsOf, type Look } from './docx-base';

const exact = (line: number) => ({ line, lineRule: LineRuleType.EXACT, before: 0, after: 0 });

/** 发文机关标志: as large as fits one line, up to 初号-like 40 pt, red 小标宋 (§7.2.4). */
function markParagraph(notice: FilledNotice, linesAbove: number): Paragraph {
  const width = Math.max(textWidth(notice.mark.map((r) => r.text).join('')), 1);
  const points = Math.min(40, Math.floor(440 / width));
  const line = Math.round(points * 20 * 1.25);
  // Its top edge lies 35 mm below the top of the text block; lines for 份号 etc. come first.
  const before = Math.max(0, mm(35) - linesAbove * LINE_PITCH - Math.round((line - points * 20) / 2));
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { ...exact(line), before },
    children: runsOf(notice.mark, { font: FONT.title, size: points * 2, color: RED, tracking: 0 }),
  });
}

const RED_LINE: IBorderOptions = { style: BorderStyle.SINGLE, size: 12, color: RED, space: 11 };

/**
 * 发文字号 two lines under the mark, centred (下行文) or one character in from the left with 签发人
 * one character in from the right (上行文, §7.2.5–7.2.6); the red line 4 mm (≈ 11 pt) below it.
 */
function numberParagraph(notice: FilledNotice): Paragraph {
  const border = { bottom: RED_LINE };
  if (!notice.signer) {
    return new Paragraph({ alignment: AlignmentType.CENTER, border, children: runsOf(notice.number, BODY) });
  }
  return new Paragraph({
    alignment: AlignmentType.LEFT,
    indent: { left: CHAR, right: CHAR },
    tabStops: [{ type: TabStopType.RIGHT, position: TEXT_WIDTH - 2 * CHAR }],
    border,
    children: [...runsOf(notice.number, BODY), new TextRun({ children: [new Tab()] }), ...runsOf([{ text: '签发人：' }], BODY), ...runsOf(notice.signer, { font: FONT.kai, size: SIZE.body })],
  });
}

/** 附件说明: 附件：《…》, two characters in, a long name's next line under its first character. */
function annexNote(note: Run[]): Paragraph[] {
  return [blankLine(), new Paragraph({ indent: { left: 5 * CHAR, hanging: 3 * CHAR }, alignment: AlignmentType.BOTH, children: runsOf([{ text: '附件：' }, ...note], BODY) })];
}

function signature(notice: FilledNotice): Paragraph[] {
  const { name, date, place } = notice.signature;
  const line = (runs: Run[], right: number, keepNext: boolean) =>
    new Paragraph({ alignment: AlignmentType.RIGHT, keepNext, indent: { right: right * CHAR }, children: runsOf(runs, BODY) });
  // Name and date never part at a page break.
  return [...blankLines(place.blankLines), line(name, place.names[0] ?? 2, true), line(date, place.date, false)];
}

/** The notice: 版头, 标题, 主送, 正文, 附件说明, 署名 and 成文日期. The plan follows on a new page. */
export function noticeParagraphs(notice: FilledNotice): Paragraph[] {
  const top = notice.top.map((line) => new Paragraph({ alignment: AlignmentType.LEFT, children: runsOf(line, { font: FONT.hei, size: SIZE.body }) }));
  const body = (runs: Run[]) => new Paragraph({ alignment: AlignmentType.BOTH, indent: { firstLine: 2 * CHAR }, children: runsOf(runs, BODY) });
  return [
    ...top,
    markParagraph(notice, top.length),
    ...blankLines(2),
    numberParagraph(notice),
    // The title sits two lines under the red line (§7.3.1).
    ...blankLines(2),
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: exact(LINE_PITCH), children: linesOf(notice.title, { font: FONT.title, size: SIZE.title }) }),
    blankLine(),
    new Paragraph({ alignment: AlignmentType.BOTH, children: runsOf(notice.recipients, BODY) }),
    ...notice.body.map(body),
    ...(notice.annexNote ? annexNote(notice.annexNote) : []),
    ...signature(notice),
  ];
}

/* ---------- 版记 (§7.4) ---------- */

/** First and last lines 0.35 mm (≈ 1 pt), the line between 0.25 mm (≈ ¾ pt), black, as wide as the text block. */
const THICK: IBorderOptions = { style: BorderStyle.SINGLE, size: 8, color: '000000', space: 1 };
const THIN: IBorderOptions = { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 };
const RECORD: Look = { font: FONT.body, size: SIZE.record, tracking: 0 };
/** One 4号 character: 版记 items sit one character in from each side. */
const RECORD_CHAR = SIZE.record * 10;

function recordLine(children: TextRun[], options: IParagraphOptions): Paragraph {
  return new Paragraph({ spacing: exact(LINE_PITCH), indent: { left: RECORD_CHAR, right: RECORD_CHAR }, children, ...options });
}

/**
 * The 版记 page: a spacer fills the page down to the 版记, whose last line is the page's last line.
 * The page is the section's first (an even-page section break starts it), so the spacer's height is
 * known without laying the document out. A little is left over for the lines' own thickness.
 */
export function recordParagraphs(notice: FilledNotice): Paragraph[] {
  const { cc, printer, printDate } = notice.record;
  const lines = cc ? 2 : 1;
  const spacer = new Paragraph({ spacing: exact((LINES_PER_PAGE - lines) * LINE_PITCH - 240), children: [] });
  const printed = recordLine([...runsOf(printer, RECORD), new TextRun({ children: [new Tab()] }), ...runsOf(printDate, RECORD)], {
    tabStops: [{ type: TabStopType.RIGHT, position: TEXT_WIDTH - 2 * RECORD_CHAR }],
    border: { ...(cc ? { top: THIN } : { top: THICK }), bottom: THICK },
  });
  if (!cc) return [spacer, printed];
  // 抄送：… — a second line aligns under the first name after the colon (hanging indent of 抄送：).
  const copied = recordLine(runsOf([{ text: '抄送：' }, ...cc], RECORD), {
    indent: { left: RECORD_CHAR + 3 * RECORD_CHAR, right: RECORD_CHAR, hanging: 3 * RECORD_CHAR },
    alignment: AlignmentType.BOTH,
    border: { top: THICK },
  });
  return [spacer, copied, printed];
}
