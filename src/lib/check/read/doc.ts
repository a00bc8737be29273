import * as CFB from 'cfb';
import type { DocxRead } from './docx';
import { docParagraphs, type MarkAt, type ParagraphMark } from './doc-text';

/**
 * Word 97–2003 (.doc) and WPS Office's .wps, which is the same binary format: an OLE compound
 * file (read with SheetJS's `cfb`) whose WordDocument stream holds the text and the FIB, the
 * header that says where everything else is. The text is found through the piece table in the
 * 0Table or 1Table stream; the paragraph properties (PAPX) say which marks end table cells and rows.
 * Only the main document is read: headers, footers, footnotes and comments are not body text.
 */

/** Why a compound file cannot be read as a Word document. */
export type DocProblem = 'not-ole' | 'no-word-stream' | 'encrypted' | 'too-old' | 'broken';

export class DocReadError extends Error {
  constructor(readonly problem: DocProblem) {
    super(problem);
  }
}

const u16 = (b: Uint8Array, at: number): number => b[at]! | (b[at + 1]! << 8);
const u32 = (b: Uint8Array, at: number): number => (b[at]! | (b[at + 1]! << 8) | (b[at + 2]! << 16) | (b[at + 3]! << 24)) >>> 0;

/** The parts of the FIB this reader needs. */
export interface Fib {
  /** The table stream is 1Table (else 0Table). */
  table1: boolean;
  encrypted: boolean;
  /** Characters in the main document. */
  ccpText: number;
  /** Offset and size, in the table stream, of an fcLcb pair of FibRgFcLcb97 by index. */
  fcLcb: (index: number) => { fc: number; lcb: number };
}

/** Indexes into FibRgFcLcb97 ([MS-DOC] 2.5.6). */
const STSHF = 1;
const PLCF_AND_REF = 4;
const PLCF_BTE_PAPX = 13;
const CLX = 33;

export function readFib(word: Uint8Array): Fib {
  if (word.length < 0x200 || u16(word, 0) !== 0xa5ec) throw new DocReadError('broken');
  // Word 6 and 95 (nFib below 101) keep their text differently and are not read.
  if (u16(word, 2) < 101) throw new DocReadError('too-old');
  const flags = u16(word, 0x0a);
  const csw = u16(word, 32);
  const rgLw = 34 + csw * 2 + 2;
  const cslw = u16(word, rgLw - 2);
  const rgFcLcb = rgLw + cslw * 4 + 2;
  const cbRgFcLcb = u16(word, rgFcLcb - 2);
  return {
    table1: (flags & 0x0200) !== 0,
    encrypted: (flags & 0x0100) !== 0,
    ccpText: u32(word, rgLw + 12),
    fcLcb: (index) => (index < cbRgFcLcb ? { fc: u32(word, rgFcLcb + index * 8), lcb: u32(word, rgFcLcb + index * 8 + 4) } : { fc: 0, lcb: 0 }),
  };
}

/** A run of text: characters [cpStart, cpEnd) stored at byte `fc`, one byte each (CP1252) or two (UTF-16LE). */
export interface Piece {
  cpStart: number;
  cpEnd: number;
  fc: number;
  compressed: boolean;
}

/** The piece table: the Clx holds property runs (0x01) to skip, then the Pcdt (0x02) with the PlcPcd. */
export function readPieces(table: Uint8Array, fc: number, lcb: number): Piece[] {
  let at = fc;
  const end = fc + lcb;
  while (at < end && table[at] === 0x01) at += 3 + u16(table, at + 1);
  if (table[at] !== 0x02 || end > table.length) throw new DocReadError('broken');
  const size = u32(table, at + 1);
  const plc = at + 5;
  const n = (size - 4) / 12;
  if (!Number.isInteger(n) || n < 1 || plc + size > table.length) throw new DocReadError('broken');
  const pieces: Piece[] = [];
  for (let i = 0; i < n; i++) {
    const raw = u32(table, plc + (n + 1) * 4 + i * 8 + 2);
    const compressed = (raw & 0x40000000) !== 0;
    const offset = raw & 0x3fffffff;
    pieces.push({ cpStart: u32(table, plc + i * 4), cpEnd: u32(table, plc + (i + 1) * 4), fc: compressed ? offset / 2 : offset, compressed });
  }
  return pieces;
}

const cp1252 = new TextDecoder('windows-1252');
const utf16 = new TextDecoder('utf-16le');

/** Characters [0, count) of the document, piece by piece. */
export function pieceText(word: Uint8Array, pieces: Piece[], count: number): string {
  let text = '';
  for (const piece of pieces) {
    if (piece.cpStart >= count) break;
    const chars = Math.min(piece.cpEnd, count) - piece.cpStart;
    const bytes = word.subarray(piece.fc, piece.fc + chars * (piece.compressed ? 1 : 2));
    if (bytes.length < chars * (piece.compressed ? 1 : 2)) throw new DocReadError('broken');
    text += (piece.compressed ? cp1252 : utf16).decode(bytes);
  }
  return text;
}

/** The file offset of character `cp`, where the paragraph properties index it. */
function fcOf(pieces: Piece[], cp: number): number | undefined {
  const piece = pieces.find((p) => cp >= p.cpStart && cp < p.cpEnd);
  return piece && piece.fc + (cp - piece.cpStart) * (piece.compressed ? 1 : 2);
}

/** Operand size of a property modifier (sprm), from its spra bits ([MS-DOC] 2.2.5.1). */
function operandSize(grpprl: Uint8Array, at: number): number {
  const opcode = u16(grpprl, at);
  switch (opcode >> 13) {
    case 0:
    case 1:
      return 1;
    case 2:
    case 4:
    case 5:
      return 2;
    case 3:
      return 4;
    case 7:
      return 3;
    default:
      // Variable length: sprmTDefTable has a two-byte size, the others one byte.
      return opcode === 0xd608 ? 1 + u16(grpprl, at + 2) : 1 + (grpprl[at + 2] ?? 0);
  }
}

/** The paragraph properties this reader uses, from a PAPX's style index and property modifiers. */
function paragraphMark(papx: Uint8Array, headingStyles: Map<number, number>): ParagraphMark {
  const mark: ParagraphMark = { inTable: false, rowEnd: false, headingLevel: headingStyles.get(u16(papx, 0)) };
  for (let at = 2; at + 2 <= papx.length; ) {
    const opcode = u16(papx, at);
    const value = papx[at + 2] ?? 0;
    if (opcode === 0x2416 && value) mark.inTable = true;
    else if (opcode === 0x6649 && u32(papx, at + 2) > 0) mark.inTable = true;
    else if (opcode === 0x2417 && value) mark.rowEnd = true;
    else if (opcode === 0x2640) mark.headingLevel = value < 9 ? value + 1 : undefined;
    at += 2 + operandSize(papx, at);
  }
  return mark;
}

interface PapxRun {
  fcStart: number;
  fcEnd: number;
  mark: ParagraphMark;
}

/** Every paragraph-property run of the document: PlcBtePapx → 512-byte FKP pages → PAPX. */
function papxRuns(word: Uint8Array, table: Uint8Array, fib: Fib, headingStyles: Map<number, number>): PapxRun[] {
  const { fc, lcb } = fib.fcLcb(PLCF_BTE_PAPX);
  const n = (lcb - 4) / 8;
  const runs: PapxRun[] = [];
  for (let i = 0; i < n; i++) {
    const page = (u32(table, fc + (n + 1) * 4 + i * 4) & 0x3fffff) * 512;
    const fkp = word.subarray(page, page + 512);
    if (fkp.length < 512) throw new DocReadError('broken');
    const crun = fkp[511]!;
    for (let r = 0; r < crun; r++) {
      const offset = fkp[(crun + 1) * 4 + r * 13]! * 2;
      let papx: Uint8Array = new Uint8Array(2);
      if (offset > 0) {
        const cb = fkp[offset]!;
        papx = cb === 0 ? fkp.subarray(offset + 2, offset + 2 + fkp[offset + 1]! * 2) : fkp.subarray(offset + 1, offset + 2 * cb);
      }
      runs.push({ fcStart: u32(fkp, r * 4), fcEnd: u32(fkp, (r + 1) * 4), mark: paragraphMark(papx, headingStyles) });
    }
  }
  return runs;
}

/** Styles whose built-in identifier (sti 1–9) is Heading 1–9: style index → outline level. */
function headingStyles(table: Uint8Array, fib: Fib): Map<number, number> {
  const levels = new Map<number, number>();
  const { fc, lcb } = fib.fcLcb(STSHF);
  if (lcb < 4) return levels;
  const cbStshi = u16(table, fc);
  const count = u16(table, fc + 2);
  let at = fc + 2 + cbStshi;
  for (let istd = 0; istd < count && at + 2 <= fc + lcb; istd++) {
    const cbStd = u16(table, at);
    if (cbStd >= 2) {
      const sti = u16(table, at + 2) & 0x0fff;
      if (sti >= 1 && sti <= 9) levels.set(istd, sti);
    }
    at += 2 + cbStd;
  }
  return levels;
}

const PLAIN: ParagraphMark = { inTable: false, rowEnd: false };

/** Character position → its paragraph properties (a plain paragraph when the file says nothing). */
function marksOf(word: Uint8Array, table: Uint8Array, fib: Fib, pieces: Piece[]): MarkAt {
  const runs = papxRuns(word, table, fib, headingStyles(table, fib));
  return (cp) => {
    const fc = fcOf(pieces, cp);
    return (fc !== undefined && runs.find((run) => fc >= run.fcStart && fc < run.fcEnd)?.mark) || PLAIN;
  };
}

/** The two streams of a Word document → paragraphs as Word shows them, and the number of comments. */
export function readWordStreams(word: Uint8Array, tables: { '0Table'?: Uint8Array | undefined; '1Table'?: Uint8Array | undefined }): DocxRead {
  const fib = readFib(word);
  if (fib.encrypted) throw new DocReadError('encrypted');
  const table = fib.table1 ? tables['1Table'] : tables['0Table'];
  if (!table) throw new DocReadError('broken');
  const clx = fib.fcLcb(CLX);
  const pieces = readPieces(table, clx.fc, clx.lcb);
  const paragraphs = docParagraphs(pieceText(word, pieces, fib.ccpText), marksOf(word, table, fib, pieces));
  const comments = fib.fcLcb(PLCF_AND_REF).lcb;
  return { paragraphs, revisions: 0, comments: comments >= 4 ? Math.floor((comments - 4) / 34) : 0 };
}

const streamOf = (container: CFB.CFB$Container, name: string): Uint8Array | undefined => {
  const entry = CFB.find(container, name);
  return entry?.content ? Uint8Array.from(entry.content) : undefined;
};

/** A .doc or .wps file (its bytes) → paragraphs and table rows, with its open comments counted. */
export function readDocFile(bytes: Uint8Array): DocxRead {
  let container: CFB.CFB$Container;
  try {
    container = CFB.read(bytes, { type: 'array' });
  } catch {
    throw new DocReadError('not-ole');
  }
  const word = streamOf(container, 'WordDocument');
  if (!word) throw new DocReadError('no-word-stream');
  try {
    return readWordStreams(word, { '0Table': streamOf(container, '0Table'), '1Table': streamOf(container, '1Table') });
  } catch (error) {
    throw error instanceof DocReadError ? error : new DocReadError('broken');
  }
}
