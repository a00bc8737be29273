/**
 * What every part of the .docx shares: page geometry per GB/T 9704-2012 §5, fonts and
 * text runs. Loaded lazily in the browser with the rest of the .docx writer; nothing from node:.
 */
import { BorderStyle, HighlightColor, Paragraph, Tab, TextRun, convertMillimetersToTwip, type IBorderOptions, type IFontAttributesProperties } from 'docx';
import type { Run } from '../model/types';

/* ---------- Page geometry (GB/T 9704-2012 §5.2) ---------- */

export const mm = convertMillimetersToTwip;
/** A4 as Word writes it; the floored 210 × 297 mm (11905 × 16837) would read as a custom size. */
export const PAGE = { width: 11906, height: 16838 };
export const MARGIN = { top: mm(37), bottom: mm(35), left: mm(28), right: mm(26) };
/** 版心 width, 156 mm. */
export const TEXT_WIDTH = mm(156);

/** 2号 = 22 pt, 3号 = 16 pt, 4号 = 14 pt; docx sizes are half-points. */
export const SIZE = { title: 44, body: 32, footer: 28, table: 28, record: 28 } as const;
/** One 3号 (16 pt) character in twips: indents are counted in characters. */
export const CHAR = 320;

/** 22 lines in the 225 mm text block: 225 mm / 22 = 28.95 pt = 579 twips, as Word's grid dialog writes it. */
export const LINE_PITCH = 579;
/** Lines per page (GB/T 9704 §5.2.2). */
export const LINES_PER_PAGE = 22;
/**
 * 28 characters in the 156 mm line: 8844 / 28 = 315.9 twips a character, 4.1 less than a 3号
 * character, so 3号 text is tracked −0.25 pt (−5 twips: 28 × 315 fits, 29 do not).
 *
 * Why not Word's character grid (docGrid linesAndChars, charSpace −846), which Word and WPS honour
 * and which gives the same 28 there: LibreOffice (7.4, measured) lays a snapped grid out as cells of
 * 15.79 pt with each 16 pt character in two of them — about 18 characters a line, 22 pages instead
 * of 16 for the school plan — and even with snapping turned off the declared grid costs a character
 * (27 a line). So the grid declares lines only, and tracking gives 28 in all three.
 */
export const TRACKING = -5;

/* ---------- Fonts: named only, never embedded ---------- */

/** Latin text and digits in body text: Times New Roman, as in most official documents. */
export const LATIN = 'Times New Roman';

/**
 * `hint: eastAsia` makes characters shared by both scripts (“”, ‘’, ……, ——) use the Chinese font
 * in Word; runs of those characters also name the Chinese font for Latin text (see `textRuns`),
 * because LibreOffice does not read the hint.
 */
export const font = (eastAsia: string, latin = eastAsia): IFontAttributesProperties => ({
  ascii: latin,
  hAnsi: latin,
  eastAsia,
  cs: latin,
  hint: 'eastAsia',
});

export const FONT = {
  title: font('方正小标宋简体'),
  body: font('仿宋_GB2312', LATIN),
  hei: font('黑体'),
  kai: font('楷体_GB2312', LATIN),
  song: font('宋体'),
} as const;

/** The single black line of tables and flowchart boxes. */
export const BORDER: IBorderOptions = { style: BorderStyle.SINGLE, size: 4, color: '000000' };

/** Red of the 版头 (发文机关标志 and separator line). */
export const RED = 'FF0000';

/* ---------- Runs ---------- */

/** How the runs of one kind of paragraph look. */
export interface Look {
  font: IFontAttributesProperties;
  size: number;
  color?: string;
  /** Character spacing in twips; default: tracked to 28 a line for 3号, none otherwise. */
  tracking?: number;
}

export const BODY: Look = { font: FONT.body, size: SIZE.body };

/** A tab inside w:t is not a tab to Word; it needs its own element. */
const withTabs = (line: string): (string | Tab)[] =>
  line.split('\t').flatMap((part, i) => [...(i > 0 ? [new Tab()] : []), ...(part ? [part] : [])]);

/**
 * Punctuation that Unicode shares between scripts: quotes, dashes, ellipsis, middle dot. In a
 * Chinese sentence they belong to the Chinese font (full-width quotes, a dash two characters long).
 */
const SHARED_PUNCTUATION = /([\u2014\u2015\u2018\u2019\u201C\u201D\u2026\u00B7\u2013]+)/;

/** The runs' font, with Latin slots set to the East Asian font for shared punctuation. */
const punctuationFont = (look: Look): IFontAttributesProperties => {
  const eastAsia = typeof look.font === 'string' ? look.font : (look.font.eastAsia ?? LATIN);
  return { ...(typeof look.font === 'string' ? {} : look.font), ascii: eastAsia, hAnsi: eastAsia, cs: eastAsia, eastAsia };
};

/** One TextRun per line of a run (a newline becomes a line break) and per stretch of shared punctuation. */
export function textRuns(run: Run, look: Look): TextRun[] {
  const tracking = look.tracking ?? (look.size === SIZE.body ? TRACKING : 0);
  return run.text.split('\n').flatMap((line, i) =>
    (line === '' ? [''] : line.split(SHARED_PUNCTUATION).filter((part) => part !== '')).map(
      (part, j) =>
        new TextRun({
          children: withTabs(part),
          font: SHARED_PUNCTUATION.test(part) ? punctuationFont(look) : look.font,
          size: look.size,
          color: look.color ?? '000000',
          ...(run.strong ? { bold: true } : {}),
          // Unfilled placeholders stay visible in the file, so the user finds them before printing.
          ...(run.missing ? { highlight: HighlightColor.YELLOW } : {}),
          characterSpacing: tracking,
          ...(i > 0 && j === 0 ? { break: 1 } : {}),
        }),
    ),
  );
}

export const runsOf = (runs: Run[], look: Look): TextRun[] => runs.flatMap((run) => textRuns(run, look));

/** Lines of runs as one paragraph's children, with line breaks between them. */
export function linesOf(lines: Run[][], look: Look): TextRun[] {
  return lines.flatMap((line, i) => [...(i > 0 ? [new TextRun({ break: 1 })] : []), ...runsOf(line, look)]);
}

export const blankLine = (): Paragraph => new Paragraph({ children: [] });
export const blankLines = (count: number): Paragraph[] => Array.from({ length: count }, blankLine);
