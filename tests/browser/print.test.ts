/**
 * 打印 / 存为 PDF: Chromium prints a worked example through the print stylesheet, and the PDF is
 * measured — A4, margins of the .docx within 1 mm, "— N —" page numbers right and left, and the
 * plan only (no site chrome, no form, no writing guides).
 */
import { writeFileSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { pdfPages } from '../unit/office';
import { useBrowser, watchedPage } from './browser';

const { browser, baseUrl } = useBrowser();

const MM = 72 / 25.4;
const A4 = { width: 210 * MM, height: 297 * MM };
const LEFT = 28 * MM;
const RIGHT = A4.width - 26 * MM;
const TOP = 37 * MM;
const BOTTOM = A4.height - 35 * MM;

interface Word {
  page: number;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
  text: string;
}

/**
 * Hairlines at the top and bottom edges of the printed text block (fixed elements repeat on every
 * printed page), so the vertical margins can be measured exactly, not guessed from glyph boxes.
 */
const PROBES = `@media print {
  body::before, body::after { content: ""; position: fixed; left: 0; right: 0; border-top: 0.5pt solid #000; }
  body::before { top: 0; }
  body::after { bottom: 0; }
}`;

async function printExample(slug: string, probes = false): Promise<string> {
  // Injecting the probe stylesheet needs the page's CSP set aside; the plain print keeps it.
  const { page, errors } = await watchedPage(browser(), baseUrl, probes ? { bypassCSP: true } : {});
  await page.goto(`${baseUrl}/templates/${slug}/example/`);
  await page.locator('.plan').waitFor();
  if (probes) await page.addStyleTag({ content: PROBES });
  await page.evaluate(() => document.fonts.ready);
  const pdf = join(mkdtempSync(join(tmpdir(), 'print-')), 'plan.pdf');
  writeFileSync(pdf, await page.pdf({ preferCSSPageSize: true }));
  expect(errors).toEqual([]);
  await page.context().close();
  return pdf;
}

describe('print to PDF in Chromium', { timeout: 180_000 }, () => {
  test('the school plan: A4, the .docx margins, page numbers, the plan only', async () => {
    const pdf = await printExample('school-stability-emergency-plan');
    const pages = pdfPages(pdf);
    const { execFileSync } = await import('node:child_process');
    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
    const [, width, height] = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info)!;
    expect(Number(width)).toBeCloseTo(A4.width, 0);
    expect(Number(height)).toBeCloseTo(A4.height, 0);
    expect(pages.length).toBeGreaterThan(5);

    const xml = execFileSync('pdftotext', ['-bbox', pdf, '-'], { encoding: 'utf8', maxBuffer: 64 << 20 });
    const words: Word[] = [];
    [...xml.matchAll(/<page [^>]*>([\s\S]*?)<\/page>/g)].forEach(([, body], i) => {
      for (const [, x0, y0, x1, y1, text] of body!.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)) {
        words.push({ page: i + 1, xMin: Number(x0), yMin: Number(y0), xMax: Number(x1), yMax: Number(y1), text: text! });
      }
    });
    const numbers = words.filter((w) => w.yMin > BOTTOM);
    const body = words.filter((w) => w.yMin <= BOTTOM);

    // Margins: the text block's edges, measured from the ink, within 1 mm of 28 / 26 / 37 / 35 mm.
    const left = Math.min(...body.map((w) => w.xMin));
    const right = Math.max(...body.map((w) => w.xMax));
    expect(Math.abs(left - LEFT) / MM, `left margin ${(left / MM).toFixed(1)} mm`).toBeLessThan(1);
    expect(Math.abs(right - RIGHT) / MM, `right margin ${((A4.width - right) / MM).toFixed(1)} mm`).toBeLessThan(1);

    // "— N —" on every page, odd pages right, even pages left.
    for (const page of pages) {
      const line = numbers.filter((w) => w.page === page.number);
      expect(line.map((w) => w.text).join(''), `page ${page.number}`).toBe(`—${page.number}—`);
      if (page.number % 2 === 1) expect(Math.max(...line.map((w) => w.xMax))).toBeGreaterThan(A4.width / 2);
      else expect(Math.min(...line.map((w) => w.xMin))).toBeLessThan(A4.width / 2);
    }

    // The plan only: its title first, none of the site's chrome, form or writing guides.
    const text = pages.map((page) => page.lines.map((l) => l.text).join('\n')).join('\n');
    expect(pages[0]!.lines[0]!.text).toBe('某某市第一中学维稳工作应急预案');
    for (const chrome of ['预案模板库', '返回模板', '下载', '复制', '写作要点', '示例：']) expect(text).not.toContain(chrome);
  });

  test('top and bottom margins of the text block are 37 and 35 mm within 1 mm', async () => {
    const pdf = await printExample('school-stability-emergency-plan', true);
    const { execFileSync } = await import('node:child_process');
    // Page 1 rendered at 144 dpi in grey: rows dark across most of the text block's width are the probes.
    const pgm = execFileSync('pdftoppm', ['-r', '144', '-gray', '-f', '1', '-l', '1', '-singlefile', pdf], { maxBuffer: 64 << 20 });
    const header = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(pgm.subarray(0, 40).toString('latin1'))!;
    const [width, height] = [Number(header[1]), Number(header[2])];
    const pixels = pgm.subarray(header[0].length);
    const scale = 144 / 72;
    const [from, to] = [Math.round(LEFT * scale), Math.round(RIGHT * scale)];
    const rows: number[] = [];
    for (let y = 0; y < height; y++) {
      let dark = 0;
      for (let x = from; x < to; x++) if (pixels[y * width + x]! < 128) dark++;
      if (dark > 0.95 * (to - from)) rows.push(y);
    }
    expect(rows.length).toBeGreaterThanOrEqual(2);
    const top = rows[0]! / scale;
    const bottom = rows.at(-1)! / scale;
    expect(Math.abs(top - TOP) / MM, `top margin ${(top / MM).toFixed(2)} mm`).toBeLessThan(1);
    expect(Math.abs(bottom - BOTTOM) / MM, `bottom margin ${((A4.height - bottom) / MM).toFixed(2)} mm`).toBeLessThan(1);
  });
});
