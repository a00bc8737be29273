import type { Paragraph } from '../types';

/**
 * The main text of a Word 97–2003 document, as its piece table gives it, → paragraphs and table
 * rows as Word shows them. Word marks structure with characters in the text itself: \r ends a
 * paragraph, \x07 ends a table cell (and, on its own, a table row), \x13 code \x14 result \x15 is
 * a field whose result is what the reader sees, \x0b is a line break, \x0c a page or section break.
 */

/** What the paragraph properties (PAPX) say about the paragraph ending at a character. */
export interface ParagraphMark {
  /** Inside a table (sprmPFInTable, or a table depth above 0). */
  inTable: boolean;
  /** The mark ends a table row (sprmPFTtp), not a cell. */
  rowEnd: boolean;
  /** Outline level 1–9 from the paragraph's style (Heading 1–9) or sprmPOutLvl. */
  headingLevel?: number | undefined;
}

export type MarkAt = (cp: number) => ParagraphMark;

/** Fields whose result only repeats other parts of the document (a table of contents). */
const HIDDEN_RESULTS = /^\s*TOC\b/i;

interface Field {
  inCode: boolean;
  code: string;
  hideResult: boolean;
}

/** A character as a reader sees it: '' for marks with no visible text (pictures, notes, soft hyphens). */
function visible(ch: string): string {
  if (ch === '\t') return '\t';
  if (ch === '\x0b' || ch === '\u00a0') return ' ';
  if (ch === '\x1e') return '-';
  return ch < ' ' ? '' : ch;
}

class DocParagraphs {
  readonly out: Paragraph[] = [];
  private text = '';
  private cellParts: string[] = [];
  private row: string[] | undefined;

  add(text: string): void {
    this.text += text;
  }

  end(mark: string, props: ParagraphMark): void {
    const text = this.text.replace(/\s+$/, '').replace(/^[ \u3000]+/, '');
    this.text = '';
    if (mark === '\x07' && props.rowEnd) this.endRow();
    else if (mark === '\x07') {
      this.cellParts.push(text);
      (this.row ??= []).push(this.cellParts.filter((part) => part.trim() !== '').join(' ').trim());
      this.cellParts = [];
    } else if (props.inTable) this.cellParts.push(text);
    else {
      this.endRow();
      if (text.trim() !== '') this.out.push(props.headingLevel === undefined ? { text } : { text, headingLevel: props.headingLevel });
    }
  }

  /** A row with any text becomes one paragraph with its cells, as the .docx reader gives it. */
  endRow(): void {
    const cells = this.row;
    this.row = undefined;
    this.cellParts = [];
    if (cells?.some((cell) => cell !== '')) this.out.push({ text: cells.join('\t'), cells });
  }
}

/** The document's main text (characters 0 to ccpText) → paragraphs and table rows. */
export function docParagraphs(text: string, markAt: MarkAt): Paragraph[] {
  const paragraphs = new DocParagraphs();
  const fields: Field[] = [];
  for (let cp = 0; cp < text.length; cp++) {
    const ch = text[cp]!;
    if (ch === '\x13') {
      fields.push({ inCode: true, code: '', hideResult: fields.some((f) => f.inCode || f.hideResult) });
      continue;
    }
    const field = fields.at(-1);
    if (ch === '\x14' && field) {
      field.inCode = false;
      field.hideResult ||= HIDDEN_RESULTS.test(field.code);
      continue;
    }
    if (ch === '\x15' && field) {
      fields.pop();
      continue;
    }
    if (field?.inCode) field.code += ch;
    if (fields.some((f) => f.inCode || f.hideResult)) continue;
    if (ch === '\r' || ch === '\x07' || ch === '\x0c') paragraphs.end(ch, ch === '\x0c' ? { inTable: false, rowEnd: false } : markAt(cp));
    else paragraphs.add(visible(ch));
  }
  paragraphs.end('\r', { inTable: false, rowEnd: false });
  return paragraphs.out;
}
