import { classifyLine } from './classify';
import type { Line, Outline, Paragraph } from './types';

/**
 * Levels follow the order in which numbering styles first appear, as readers do: a plan that
 * starts with 第一章 and then uses 一、 has 一、 at level 2. Returning to a style closes the deeper
 * ones. Decimal numbers (1 / 1.1 / 1.1.1) carry their depth, so they are ranked by it.
 */
class LevelStack {
  private stack: string[] = [];

  levelOf(style: string): number {
    const found = this.stack.indexOf(style);
    if (found >= 0) this.stack.length = found + 1;
    else this.stack.push(style);
    return this.stack.length;
  }

  reset(): void {
    this.stack = [];
  }
}

const STYLE_LEVEL_FROM_FILE = 'file';

/** The document title: the first line that is neither empty nor a numbered heading. */
function titleOf(lines: Line[]): string {
  const first = lines.find((line) => line.text.trim() !== '');
  return first && first.type !== 'heading' ? first.text.trim() : '';
}

/** Paragraphs → lines with types, levels and the section each belongs to. */
export function outline(paragraphs: Paragraph[]): Outline {
  const levels = new LevelStack();
  const lines: Line[] = [];
  const headings: number[] = [];
  let section = -1;
  paragraphs.forEach((paragraph, index) => {
    const text = paragraph.text;
    const inTable = paragraph.cells !== undefined;
    const classified = inTable ? { type: 'text' as const } : classifyLine(text);
    const line: Line = { index, text, type: classified.type, section, inTable };
    if (classified.type === 'heading') {
      line.style = classified.style!;
      line.title = classified.title!;
      line.level = levels.levelOf(classified.style!);
    } else if (classified.type === 'annex') {
      // An annex closes the body's numbering: its own headings start again at the top.
      levels.reset();
      levels.levelOf('annex');
      line.title = classified.title!;
      line.level = 1;
    } else if (paragraph.headingLevel !== undefined && index > 0 && text.trim().length <= 40) {
      // An unnumbered heading the file itself marks (Word heading style, Markdown #).
      line.type = 'heading';
      line.style = STYLE_LEVEL_FROM_FILE;
      line.title = text.trim();
      line.level = paragraph.headingLevel;
    }
    if (line.type === 'heading' || line.type === 'annex') {
      section = index;
      line.section = index;
      headings.push(index);
    }
    lines.push(line);
  });
  return { title: titleOf(lines), lines, headings };
}

/** Indexes of the lines inside a heading's section, sub-sections included. */
export function sectionLines(doc: Outline, heading: number): Line[] {
  const start = doc.lines[heading]!;
  const out: Line[] = [];
  for (let i = heading + 1; i < doc.lines.length; i++) {
    const line = doc.lines[i]!;
    if ((line.type === 'heading' || line.type === 'annex') && (line.level ?? 1) <= (start.level ?? 1)) break;
    out.push(line);
  }
  return out;
}
