import { strFromU8, unzipSync } from 'fflate';
import type { Paragraph } from '../types';
import { inherited, Numberer, parseNumbering, parseStyles, styleHeadingLevel, type StyleInfo } from './numbering';
import { attr, xmlEvents } from './xml';

/** What a .docx holds besides its text: changes and comments still open. */
export interface DocxRead {
  paragraphs: Paragraph[];
  /** Tracked insertions, deletions and moves not yet accepted or rejected. */
  revisions: number;
  comments: number;
}

/**
 * Elements whose content a reader does not see as body text: deleted and moved-away text, the
 * fallback copy of a text box (mc:Fallback repeats mc:Choice), tab-stop definitions, the old
 * formatting of a tracked format change, field instructions.
 */
const SKIPPED = new Set(['w:del', 'w:moveFrom', 'mc:Fallback', 'w:tabs', 'w:pPrChange', 'w:rPrChange', 'w:sectPrChange', 'w:tblPrChange', 'w:trPrChange', 'w:tcPrChange', 'w:numberingChange', 'w:instrText', 'w:delInstrText']);
const REVISIONS = new Set(['w:ins', 'w:del', 'w:moveFrom', 'w:moveTo']);

interface OpenParagraph {
  text: string;
  style?: string | undefined;
  numId?: string | undefined;
  ilvl?: number | undefined;
  outlineLevel?: number | undefined;
}

interface OpenTable {
  rows: number;
  cells: string[];
  cell: string[];
}

/** Collects what a reader sees, in document order: paragraphs as displayed and table rows. */
class BodyReader {
  readonly out: Paragraph[] = [];
  revisions = 0;
  private readonly paragraphs: OpenParagraph[] = [];
  private readonly tables: OpenTable[] = [];
  private skip = 0;
  private inProperties = false;
  private inRunProperties = false;
  private readonly numberer: Numberer;

  constructor(
    private readonly styles: Map<string, StyleInfo>,
    numbering: ReturnType<typeof parseNumbering>,
  ) {
    this.numberer = new Numberer(numbering);
  }

  open(name: string, attrs: string, selfClosing: boolean): void {
    if (REVISIONS.has(name) && !selfClosing && !this.inRunProperties) this.revisions++;
    if (SKIPPED.has(name)) {
      if (!selfClosing) this.skip++;
      return;
    }
    if (this.skip > 0) return;
    const paragraph = this.paragraphs.at(-1);
    switch (name) {
      case 'w:p':
        if (!selfClosing) this.paragraphs.push({ text: '' });
        return;
      case 'w:pPr':
        this.inProperties = !selfClosing;
        return;
      case 'w:rPr':
        this.inRunProperties = !selfClosing;
        return;
      case 'w:tbl':
        this.tables.push({ rows: 0, cells: [], cell: [] });
        return;
      case 'w:tr':
        if (this.tables.at(-1)) this.tables.at(-1)!.cells = [];
        return;
      case 'w:tc':
        if (this.tables.at(-1)) this.tables.at(-1)!.cell = [];
        return;
    }
    if (!paragraph) return;
    if (this.inProperties && !this.inRunProperties) {
      const value = attr(attrs, 'w:val');
      if (name === 'w:pStyle') paragraph.style = value;
      else if (name === 'w:numId') paragraph.numId = value;
      else if (name === 'w:ilvl') paragraph.ilvl = Number(value ?? 0);
      else if (name === 'w:outlineLvl') paragraph.outlineLevel = Number(value ?? 9);
      return;
    }
    if (name === 'w:tab' || name === 'w:ptab') paragraph.text += '\t';
    else if (name === 'w:br' || name === 'w:cr') paragraph.text += ' ';
    else if (name === 'w:noBreakHyphen') paragraph.text += '-';
  }

  close(name: string): void {
    if (SKIPPED.has(name)) {
      this.skip = Math.max(0, this.skip - 1);
      return;
    }
    if (this.skip > 0) return;
    const table = this.tables.at(-1);
    if (name === 'w:p') this.endParagraph();
    else if (name === 'w:pPr') this.inProperties = false;
    else if (name === 'w:rPr') this.inRunProperties = false;
    else if (name === 'w:tc' && table) table.cells.push(table.cell.join(' ').trim());
    else if (name === 'w:tr' && table && table.cells.some((cell) => cell !== '')) this.endRow(table);
    else if (name === 'w:tbl') this.tables.pop();
  }

  addText(text: string): void {
    if (this.skip > 0) return;
    const paragraph = this.paragraphs.at(-1);
    if (paragraph) paragraph.text += text;
  }

  /** A row of a nested table belongs to the cell that holds it; a top-level row is one paragraph. */
  private endRow(table: OpenTable): void {
    const outer = this.tables.at(-2);
    if (outer) {
      outer.cell.push(table.cells.filter(Boolean).join(' '));
      return;
    }
    this.out.push({ text: table.cells.join('\t'), cells: table.cells });
  }

  private label(paragraph: OpenParagraph): string {
    const numId = paragraph.numId ?? inherited(this.styles, paragraph.style, 'numId');
    if (numId === undefined || numId === '0') return '';
    const ilvl = paragraph.ilvl ?? inherited(this.styles, paragraph.style, 'ilvl') ?? -1;
    return this.numberer.next(numId, ilvl, paragraph.style);
  }

  private endParagraph(): void {
    const paragraph = this.paragraphs.pop();
    if (!paragraph) return;
    const styleName = inherited(this.styles, paragraph.style, 'name') ?? '';
    // A table of contents repeats the headings with page numbers.
    if (/^toc\s*\d|^目录\s*\d/i.test(styleName)) return;
    const body = paragraph.text.replace(/\s+$/, '').replace(/^[ \u3000]+/, '');
    if (body.trim() === '') return;
    const text = this.label(paragraph) + body;
    const table = this.tables.at(-1);
    if (table && this.paragraphs.length === 0) {
      table.cell.push(text);
      return;
    }
    const level = paragraph.outlineLevel !== undefined ? (paragraph.outlineLevel < 9 ? paragraph.outlineLevel + 1 : undefined) : styleHeadingLevel(this.styles, paragraph.style);
    this.out.push(level === undefined ? { text } : { text, headingLevel: level });
  }
}

export class UnreadableError extends Error {}

const PARTS = ['word/document.xml', 'word/styles.xml', 'word/numbering.xml', 'word/comments.xml'];

/** A .docx file (its bytes) → paragraphs as Word displays them, table rows, open revisions and comments. */
export function readDocxFile(bytes: Uint8Array): DocxRead {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, { filter: (file) => PARTS.includes(file.name) });
  } catch {
    throw new UnreadableError('not a zip archive');
  }
  const document = files['word/document.xml'];
  if (!document) throw new UnreadableError('no word/document.xml');
  const part = (name: string) => (files[name] ? strFromU8(files[name]) : undefined);
  const reader = new BodyReader(parseStyles(part('word/styles.xml')), parseNumbering(part('word/numbering.xml')));
  let inText = false;
  for (const event of xmlEvents(strFromU8(document))) {
    if (event.kind === 'text') {
      if (inText) reader.addText(event.text);
    } else if (event.kind === 'open') {
      if (event.name === 'w:t' && !event.selfClosing) inText = true;
      reader.open(event.name, event.attrs, event.selfClosing);
    } else {
      if (event.name === 'w:t') inText = false;
      reader.close(event.name);
    }
  }
  const comments = (part('word/comments.xml') ?? '').match(/<w:comment\b/g)?.length ?? 0;
  return { paragraphs: reader.out, revisions: reader.revisions, comments };
}

/** The paragraphs alone (the form's tests and older callers). */
export const readDocx = (bytes: Uint8Array): Paragraph[] => readDocxFile(bytes).paragraphs;
