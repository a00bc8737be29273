import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { READ_MESSAGES, readPlanFile } from '../../src/lib/check/read/file';
import { NODE_READERS } from '../../src/lib/check/read/node';
import { dropPageFurniture, linesToParagraphs, pageLines, pdfParagraphs, type TextRun } from '../../src/lib/check/read/pdf-layout';
import { makePdf, type PdfLine } from './fixtures/check-formats/pdf';

/** PDFs with a text layer: lines from positions, page furniture dropped, paragraphs joined. */
const run = (text: string, x: number, y: number, size = 16): TextRun => ({ text, x, y, width: text.length * size, size });

describe('lines from positions', () => {
  test('runs on one baseline, given in any order, read left to right; lines top to bottom', () => {
    const lines = pageLines([run('工作。', 170, 700.4), run('第二行', 90, 670), run('一、做好', 90, 700), run('Plan', 260, 699.8), run('B', 330, 700)], 0);
    expect(lines.map((line) => line.text)).toEqual(['一、做好工作。\tPlan B', '第二行']);
  });

  test('a wide gap separates table cells', () => {
    const [line] = pageLines([run('组长', 90, 700), run('王明', 300, 700)], 0);
    expect(line).toMatchObject({ text: '组长\t王明', cells: ['组长', '王明'] });
  });
});

/** Three pages with a running header, a footer page number and one line of body text each. */
function pagesWithFurniture(number: (n: number) => string) {
  const body = ['第一页的正文。', '第二页写的是另一件事。', '第三页收尾。'];
  return [1, 2, 3].map((n) => pageLines([run('某某社区防汛应急预案（试行）', 200, 800, 10), run(body[n - 1]!, 122, 600), run(number(n), 280, 40, 12)], n));
}

describe('page furniture', () => {
  test.each([['— n —', (n: number) => `— ${n} —`], ['第 n 页', (n: number) => `第 ${n} 页`], ['n', (n: number) => String(n)], ['- n -', (n: number) => `- ${n} -`], ['第n页 共3页', (n: number) => `第${n}页 共3页`]])('running headers and page numbers (%s) are dropped', (_, number) => {
    expect(dropPageFurniture(pagesWithFurniture(number)).map((lines) => lines.map((line) => line.text))).toEqual([['第一页的正文。'], ['第二页写的是另一件事。'], ['第三页收尾。']]);
  });

  test('a number inside the body is kept', () => {
    const texts = [['一、总则', '储备沙袋', '30', '二、组织'], ['三、预警', '抽水泵', '30', '四、处置']];
    const pages = texts.map((page, n) => pageLines([...page.map((text, i) => run(text, 90, 700 - i * 30)), run(`${n + 1}`, 280, 40)], n));
    expect(dropPageFurniture(pages).map((lines) => lines.map((line) => line.text))).toEqual(texts);
  });
});

describe('paragraphs', () => {
  // Body 90–522 wide, 16-point text, lines 21.4 apart, first lines indented by two characters.
  const page = (runs: TextRun[]) => linesToParagraphs([pageLines(runs, 0)]);

  test('wrapped lines join, a short line ends a paragraph, headings and indented lines start one', () => {
    const first = '字'.repeat(25);
    const full = '字'.repeat(27);
    expect(
      page([
        run('一、总则', 90, 700),
        run(first, 122, 678.6),
        run(full.slice(0, 26), 90, 657.2),
        run('收尾。', 90, 635.8),
        run('（一）适用范围', 90, 614.4),
        run('短句。', 122, 593),
        run('新段。', 122, 571.6),
      ]),
    ).toEqual([{ text: '一、总则' }, { text: `${first}${full.slice(0, 26)}收尾。` }, { text: '（一）适用范围' }, { text: '短句。' }, { text: '新段。' }]);
  });

  test.each(['二、组织机构', '（二）职责', '第五条 值班人员', '1.2 报告', '附件2'])('"%s" at the margin after a full line starts a paragraph', (heading) => {
    const first = '字'.repeat(25);
    const full = '字'.repeat(27);
    expect(page([run(first, 122, 700), run(full, 90, 678.6), run(heading, 90, 657.2)])).toEqual([{ text: first + full }, { text: heading }]);
  });

  test('a large centred title wrapped onto two lines is one paragraph; a large annex title is a heading', () => {
    expect(
      page([
        run('某某市某某区某某街道', 187, 760, 22),
        run('办事处维稳应急值班制度', 176, 728, 22),
        run('一、总则', 90, 690),
        run('附件1', 90, 600),
        run('情况通报参考格式', 210, 560, 22),
        run('关于××××的情况通报', 150, 520),
      ]),
    ).toEqual([{ text: '某某市某某区某某街道办事处维稳应急值班制度', headingLevel: 1 }, { text: '一、总则' }, { text: '附件1' }, { text: '情况通报参考格式', headingLevel: 1 }, { text: '关于××××的情况通报' }]);
  });

  test('a paragraph continues across a page break', () => {
    const first = '字'.repeat(25);
    const pages = [pageLines([run('一、总则', 90, 700), run(first, 122, 100), run('字'.repeat(27), 90, 78.6)], 0), pageLines([run('接着写完。', 90, 760)], 1)];
    expect(linesToParagraphs(pages)).toEqual([{ text: '一、总则' }, { text: `${first}${'字'.repeat(27)}接着写完。` }]);
  });

  test('a page with almost no text (a scan) gives no paragraphs', () => {
    expect(pdfParagraphs([[], [run('1', 280, 40)]])).toEqual([]);
  });
});

describe('PDF files', () => {
  const lines = (n: number): PdfLine[] => [
    { text: '某某社区防汛应急预案', x: 200, top: 40, size: 10 },
    ...(n === 1 ? [{ text: '一、总则', x: 90, top: 100 }] : []),
    { text: `本社区第${n}部分的防汛工作按照本预案执行。`, x: 122, top: 130 + n },
    { text: `— ${n} —`, x: 280, top: 800, size: 12 },
  ];

  test('a PDF whose Chinese font is not embedded is read through the character maps', async () => {
    const read = await readPlanFile('预案.pdf', makePdf([lines(1), lines(2)]), NODE_READERS);
    expect(read).toEqual({ ok: true, info: { format: 'pdf' }, paragraphs: [{ text: '一、总则' }, { text: '本社区第1部分的防汛工作按照本预案执行。' }, { text: '本社区第2部分的防汛工作按照本预案执行。' }] });
  });

  test('a scanned PDF gets the message to send Word or text', async () => {
    const scan = readFileSync('tests/fixtures/check-real/out/D15_某某中学值班制度（扫描件）.pdf');
    expect(await readPlanFile('扫描件.pdf', new Uint8Array(scan), NODE_READERS)).toEqual({ ok: false, message: '扫描件无法读取文字，请提供 Word 或文字版。' });
    expect(READ_MESSAGES.scanned).toBe('扫描件无法读取文字，请提供 Word 或文字版。');
  });

  test('a damaged PDF says so', async () => {
    const bytes = new TextEncoder().encode('%PDF-1.4\nnot really a pdf');
    expect(await readPlanFile('坏.pdf', bytes, NODE_READERS)).toEqual({ ok: false, message: READ_MESSAGES.brokenPdf });
  });
});
