import { strFromU8, unzipSync } from 'fflate';
import type { Paragraph } from '../types';
import type { DocxRead } from './docx';
import { UnreadableError } from './docx';
import { attr, xmlEvents } from './xml';

/** Content a reader does not see as body text: recorded deletions, comments, footnotes' bodies. */
const SKIPPED = new Set(['text:tracked-changes', 'office:annotation', 'text:note-body', 'text:sequence-decls', 'office:forms']);

/**
 * An OpenDocument text (.odt, LibreOffice or WPS) → paragraphs and table rows in document order.
 * Headings (text:h) keep their outline level; open tracked changes and comments are counted.
 */
export function readOdtFile(bytes: Uint8Array): DocxRead {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, { filter: (file) => file.name === 'content.xml' });
  } catch {
    throw new UnreadableError('not a zip archive');
  }
  const content = files['content.xml'];
  if (!content) throw new UnreadableError('no content.xml');
  const xml = strFromU8(content);
  const out: Paragraph[] = [];
  const open: { text: string; level?: number | undefined }[] = [];
  const rows: { cells: string[]; cell: string[] }[] = [];
  let skip = 0;
  for (const event of xmlEvents(xml)) {
    if (event.kind === 'open' && SKIPPED.has(event.name)) {
      if (!event.selfClosing) skip++;
      continue;
    }
    if (event.kind === 'close' && SKIPPED.has(event.name)) {
      skip--;
      continue;
    }
    if (skip > 0) continue;
    const paragraph = open.at(-1);
    if (event.kind === 'text') {
      if (paragraph) paragraph.text += event.text;
      continue;
    }
    const { name } = event;
    if (event.kind === 'open') {
      if ((name === 'text:p' || name === 'text:h') && !event.selfClosing) open.push({ text: '', level: name === 'text:h' ? Number(attr(event.attrs, 'text:outline-level') ?? 1) : undefined });
      else if (name === 'table:table-row') rows.push({ cells: [], cell: [] });
      else if (name === 'table:table-cell' && rows.at(-1)) rows.at(-1)!.cell = [];
      else if (paragraph && name === 'text:tab') paragraph.text += '\t';
      else if (paragraph && name === 'text:line-break') paragraph.text += ' ';
      else if (paragraph && name === 'text:s') paragraph.text += ' '.repeat(Number(attr(event.attrs, 'text:c') ?? 1));
      continue;
    }
    const row = rows.at(-1);
    if (name === 'text:p' || name === 'text:h') {
      const done = open.pop();
      const text = done?.text.trim() ?? '';
      if (!done || text === '') continue;
      if (row && open.length === 0) row.cell.push(text);
      else out.push(done.level === undefined ? { text } : { text, headingLevel: done.level });
    } else if (name === 'table:table-cell' && row) row.cells.push(row.cell.join(' '));
    else if (name === 'table:table-row' && row) {
      rows.pop();
      if (!row.cells.some((cell) => cell !== '')) continue;
      const outer = rows.at(-1);
      if (outer) outer.cell.push(row.cells.filter(Boolean).join(' '));
      else out.push({ text: row.cells.join('\t'), cells: row.cells });
    }
  }
  const revisions = xml.match(/<text:changed-region\b/g)?.length ?? 0;
  const comments = xml.match(/<office:annotation\b/g)?.length ?? 0;
  return { paragraphs: out, revisions, comments };
}
