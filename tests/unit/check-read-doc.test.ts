import { readFileSync } from 'node:fs';
import * as CFB from 'cfb';
import { describe, expect, test } from 'vitest';
import { readWordStreams } from '../../src/lib/check/read/doc';
import { docParagraphs, type ParagraphMark } from '../../src/lib/check/read/doc-text';
import { READ_MESSAGES, readPlanFile } from '../../src/lib/check/read/file';
import { NODE_READERS } from '../../src/lib/check/read/node';

/** Word 97–2003 (.doc) and .wps files: the piece table, table marks, fields. */
const FIXTURE = 'tests/unit/fixtures/check-formats/table-fields.doc';

/**
 * A minimal WordDocument stream and 1Table stream: a FIB (Word 97's sizes), the text of each piece
 * at its own offset, and a piece table naming them. `flags` are the FIB's (0x0100: encrypted).
 */
function wordStreams(pieces: { text: string; compressed: boolean }[], flags = 0) {
  const word = new Uint8Array(4096);
  const view = new DataView(word.buffer);
  view.setUint16(0, 0xa5ec, true);
  view.setUint16(2, 193, true);
  view.setUint16(0x0a, flags | 0x0200, true);
  view.setUint16(32, 14, true);
  const rgLw = 34 + 28 + 2;
  view.setUint16(rgLw - 2, 22, true);
  const rgFcLcb = rgLw + 88 + 2;
  view.setUint16(rgFcLcb - 2, 93, true);
  const ccpText = pieces.reduce((sum, piece) => sum + piece.text.length, 0);
  view.setUint32(rgLw + 12, ccpText, true);
  const table = new Uint8Array(1024);
  const tableView = new DataView(table.buffer);
  const n = pieces.length;
  table[0] = 0x02;
  tableView.setUint32(1, (n + 1) * 4 + n * 8, true);
  let cp = 0;
  let fc = 1024;
  pieces.forEach((piece, i) => {
    tableView.setUint32(5 + i * 4, cp, true);
    const bytes = piece.compressed ? Uint8Array.from([...piece.text].map((ch) => (ch === '“' ? 0x93 : ch === '”' ? 0x94 : ch.charCodeAt(0)))) : new Uint8Array(new Uint16Array([...piece.text].map((ch) => ch.charCodeAt(0))).buffer);
    word.set(bytes, fc);
    tableView.setUint32(5 + (n + 1) * 4 + i * 8 + 2, piece.compressed ? (fc * 2) | 0x40000000 : fc, true);
    cp += piece.text.length;
    fc += 512;
  });
  tableView.setUint32(5 + n * 4, cp, true);
  view.setUint32(rgFcLcb + 33 * 8, 0, true);
  view.setUint32(rgFcLcb + 33 * 8 + 4, 5 + (n + 1) * 4 + n * 8, true);
  return { word, table };
}

describe('the piece table', () => {
  test('8-bit pieces are Windows-1252 and 16-bit pieces UTF-16, in one document', () => {
    const { word, table } = wordStreams([
      { text: 'Plan “A”\r', compressed: true },
      { text: '一、总则\r', compressed: false },
    ]);
    expect(readWordStreams(word, { '1Table': table }).paragraphs).toEqual([{ text: 'Plan “A”' }, { text: '一、总则' }]);
  });

  test('an encrypted document is refused with its own message', async () => {
    const { word, table } = wordStreams([{ text: '一、总则\r', compressed: false }], 0x0100);
    const container = CFB.utils.cfb_new();
    CFB.utils.cfb_add(container, '/WordDocument', word);
    CFB.utils.cfb_add(container, '/1Table', table);
    const bytes = new Uint8Array(CFB.write(container, { type: 'array' }) as number[]);
    expect(await readPlanFile('加密.doc', bytes, NODE_READERS)).toEqual({ ok: false, message: READ_MESSAGES.encrypted });
  });
});

describe('marks in the text', () => {
  const plain: ParagraphMark = { inTable: false, rowEnd: false };
  /** A table where every lone cell mark (one right after another) ends a row, as the PAPX would say. */
  const tableMarks = (text: string) => (cp: number): ParagraphMark => (text[cp] === '\x07' ? { inTable: true, rowEnd: text[cp - 1] === '\x07' } : plain);

  test('cell and row marks make one paragraph per row with its cells', () => {
    const text = '组别\x07组长\x07\x07综合组\x07王明\x07\x07正文\r';
    expect(docParagraphs(text, tableMarks(text))).toEqual([
      { text: '组别\t组长', cells: ['组别', '组长'] },
      { text: '综合组\t王明', cells: ['综合组', '王明'] },
      { text: '正文' },
    ]);
  });

  test('field codes are dropped and results kept; a table of contents field is dropped whole', () => {
    const text = '见\x13 HYPERLINK "x" \x14附件2\x15。\r\x13 TOC \\o "1-3" \x14一、总则\t1\r\x15共\x13 IF \x13 PAGE \x143\x15 > 1 \x143\x15页\r';
    expect(docParagraphs(text, () => plain)).toEqual([{ text: '见附件2。' }, { text: '共3页' }]);
  });

  test('line breaks are spaces; pictures, note marks and soft hyphens are not text', () => {
    expect(docParagraphs('第一行\x0b第二行\x01\x02\x1f\r', () => plain)).toEqual([{ text: '第一行 第二行' }]);
  });
});

describe('a .doc that LibreOffice wrote', () => {
  test('headings, a table with an empty cell and a cell of two paragraphs, fields, a line break', async () => {
    const read = await readPlanFile('预案.doc', new Uint8Array(readFileSync(FIXTURE)), NODE_READERS);
    expect(read).toMatchObject({ ok: true, info: { format: 'doc' } });
    expect(read.ok && read.paragraphs).toEqual([
      { text: '某某社区防汛应急预案' },
      { text: '一、组织机构及职责', headingLevel: 1 },
      { text: '组别\t组长\t职责', cells: ['组别', '组长', '职责'] },
      { text: '综合组\t王明\t信息汇总', cells: ['综合组', '王明', '信息汇总'] },
      { text: '抢险组\t\t排水 转移群众', cells: ['抢险组', '', '排水 转移群众'] },
      { text: '联系方式见附件2。' },
      { text: '本预案共1页。' },
      { text: '第一行 第二行' },
      { text: '二、附则', headingLevel: 1 },
      { text: '本预案自印发之日起施行。' },
    ]);
  });

  test('the same file named .wps, or .docx, is read as what it is', async () => {
    const bytes = new Uint8Array(readFileSync(FIXTURE));
    for (const name of ['预案.wps', '预案.docx']) expect(await readPlanFile(name, bytes, NODE_READERS)).toMatchObject({ ok: true, info: { format: 'doc' }, paragraphs: expect.arrayContaining([{ text: '联系方式见附件2。' }]) });
  });

  test('a .wps with no WordDocument stream (WPS before 2000) gets a clear message', async () => {
    const container = CFB.utils.cfb_new();
    CFB.utils.cfb_add(container, '/Contents', new Uint8Array(600));
    const bytes = new Uint8Array(CFB.write(container, { type: 'array' }) as number[]);
    expect(await readPlanFile('旧版.wps', bytes, NODE_READERS)).toEqual({ ok: false, message: READ_MESSAGES.oldWps });
    expect(READ_MESSAGES.oldWps).toContain('早期 WPS 文字的格式');
  });
});
