import { strFromU8, unzipSync } from 'fflate';
import type { Paragraph } from '../types';
import { attr, xmlEvents } from './xml';

/** Style ids of a .docx whose paragraphs are headings, with their outline level (1 = top). */
function headingStyles(stylesXml: string | undefined): Map<string, number> {
  const levels = new Map<string, number>();
  if (!stylesXml) return levels;
  let id: string | undefined;
  for (const event of xmlEvents(stylesXml)) {
    if (event.kind === 'open' && event.name === 'w:style') id = attr(event.attrs, 'w:styleId');
    if (event.kind !== 'open' || !id) continue;
    const value = attr(event.attrs, 'w:val') ?? '';
    const named = event.name === 'w:name' ? /^heading\s*(\d)$/i.exec(value) : null;
    if (named) levels.set(id, Number(named[1]));
    if (event.name === 'w:outlineLvl' && /^\d$/.test(value) && Number(value) < 9) levels.set(id, Number(value) + 1);
  }
  return levels;
}

/** Collects the text of paragraphs and rows in document order; cells' paragraphs join with a space. */
class BodyReader {
  readonly out: Paragraph[] = [];
  private text = '';
  private level: number | undefined;
  private tableDepth = 0;
  private cells: string[] = [];
  private cell: string[] = [];

  constructor(private readonly styles: Map<string, number>) {}

  open(name: string, attrs: string, selfClosing: boolean): void {
    if (name === 'w:tab') this.text += '\t';
    else if (name === 'w:br' || name === 'w:cr') this.text += ' ';
    else if (name === 'w:pStyle') this.level = this.styles.get(attr(attrs, 'w:val') ?? '') ?? this.level;
    else if (name === 'w:outlineLvl') {
      const value = Number(attr(attrs, 'w:val'));
      if (value < 9) this.level = value + 1;
    } else if (name === 'w:tbl') this.tableDepth++;
    else if (name === 'w:tr' && this.tableDepth === 1) this.cells = [];
    else if (name === 'w:tc' && this.tableDepth === 1) this.cell = [];
    else if (name === 'w:p' && !selfClosing) {
      this.text = '';
      this.level = undefined;
    }
  }

  close(name: string): void {
    if (name === 'w:p') this.endParagraph();
    else if (name === 'w:tc' && this.tableDepth === 1) this.cells.push(this.cell.join(' ').trim());
    else if (name === 'w:tr' && this.tableDepth === 1 && this.cells.some((cell) => cell !== '')) {
      this.out.push({ text: this.cells.join('\t'), cells: this.cells });
    } else if (name === 'w:tbl') this.tableDepth--;
  }

  addText(text: string): void {
    this.text += text;
  }

  private endParagraph(): void {
    const text = this.text.replace(/\s+$/, '').replace(/^[ \u3000]+/, '');
    if (this.tableDepth > 0) {
      if (text) this.cell.push(text);
      return;
    }
    if (text.trim() === '') return;
    this.out.push(this.level === undefined ? { text } : { text, headingLevel: this.level });
  }
}

export class UnreadableError extends Error {}

/** A .docx file (its bytes) → paragraphs and table rows in document order. */
export function readDocx(bytes: Uint8Array): Paragraph[] {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, { filter: (file) => file.name === 'word/document.xml' || file.name === 'word/styles.xml' });
  } catch {
    throw new UnreadableError('not a zip archive');
  }
  const document = files['word/document.xml'];
  if (!document) throw new UnreadableError('no word/document.xml');
  const styles = files['word/styles.xml'];
  const reader = new BodyReader(headingStyles(styles ? strFromU8(styles) : undefined));
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
  return reader.out;
}
