/**
 * The .docx with its 印发通知, opened in a real office suite: LibreOffice converts three templates,
 * and the PDF's pages are checked for what GB/T 9704 asks and what the issue found wrong by hand.
 */
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, test } from 'vitest';
import { fill } from '../../src/lib/model/fill';
import type { Values } from '../../src/lib/model/types';
import { defaultNotice, fillNotice } from '../../src/lib/notice/notice';
import { toDocxBytes } from '../../src/lib/render/docx';
import { loadFile } from './content-files';
import { pdfPages, redShare, toPdf, type PdfPage } from './office';

const TEMPLATES = ['02-school-stability-emergency-plan', '08-enterprise-labour-dispute-emergency-plan', '14-onsite-response-plan'];
/** The text block: 37 mm from the top, 225 mm tall; page numbers sit below it. */
const TOP = 104.9;
const BOTTOM = TOP + 637.8;
const HALF = TOP + 637.8 / 2;

async function build(name: string) {
  const { template } = loadFile(`content/templates/${name}.mdx`);
  const values: Values = Object.fromEntries(template.fields.map((f) => [f.key, f.example]));
  const doc = fill(template, 'user', values);
  const org = String(values['orgName']);
  const notice = fillNotice(
    { ...defaultNotice(), code: '某办', serial: '3', recipients: '各部门', date: '2026-06-29', cc: '某某市应急管理局', printer: `${org}办公室` },
    { planTitle: doc.title, orgName: org, kind: template.kind },
  );
  return { name, org, bytes: await toDocxBytes(doc, { notice }) };
}

const textOf = (page: PdfPage) => page.lines.filter((l) => l.y < BOTTOM + 5).map((l) => l.text).join('\n');
const lowest = (page: PdfPage) => Math.max(0, ...page.lines.filter((l) => l.y < BOTTOM + 5).map((l) => l.y));

describe('LibreOffice renders the notice and the plan', { timeout: 300_000 }, async () => {
  const built = await Promise.all(TEMPLATES.map(build));
  const pdfs = toPdf(built);

  describe.each(built.map((b, i) => [b.name, b, pdfs[i]!] as const))('%s', (_name, { org, bytes }, pdf) => {
    const pages = pdfPages(pdf);
    const record = pages.at(-1)!;

    test('page 1: red 发文机关标志 and line, 发文字号 under it, title, 主送, body, signature and date', () => {
      const first = textOf(pages[0]!);
      const lines = pages[0]!.lines.map((l) => l.text);
      expect(lines[0]).toBe(`${org}文件`);
      expect(lines[1]).toBe('某办〔2026〕3号');
      expect(first).toContain('关于印发《');
      expect(first).toContain('》的通知');
      expect(first).toMatch(/\n各部门：\n现将《/);
      expect(first).toMatch(new RegExp(`${org}\\n2026年6月29日$`));
      // The mark is red, and so is the line under the number (top 40 % of the page).
      expect(redShare(pdf, 1, 0.1, 0.4)).toBeGreaterThan(0.01);
      expect(redShare(pdf, 1, 0.5, 1)).toBe(0);
    });

    test('the plan starts on page 2 with its title', () => {
      expect(pages[1]!.lines[0]!.text).toMatch(/^某某/);
      expect(textOf(pages[0]!)).not.toContain('一、');
    });

    test('the 版记 is at the bottom of the last page, which is even', () => {
      expect(pages.length % 2).toBe(0);
      expect(textOf(record)).toMatch(/^抄送：某某市应急管理局。\n.*办公室2026年6月29日印发$/);
      expect(lowest(record)).toBeGreaterThan(BOTTOM - 30);
    });

    test('no page of the plan is less than half full, except before an annex, a blank page or the 版记', () => {
      const plan = pages.slice(1, -1);
      const thin = plan.filter((page, i) => {
        if (page.lines.length === 0) return false;
        const next = plan[i + 1];
        const beforeAnnex = next?.lines[0]?.text.startsWith('附件');
        const last = !next || next.lines.length === 0;
        return lowest(page) < HALF && !beforeAnnex && !last;
      });
      expect(thin.map((p) => `page ${p.number}: text ends at ${lowest(p)} pt`)).toEqual([]);
      // A blank page is only ever the one LibreOffice inserts to put the 版记 on an even page.
      expect(plan.slice(0, -1).filter((p) => p.lines.length === 0)).toEqual([]);
    });

    test('no punctuation goes missing (LibreOffice dropped line-end 、，。 of justified lines that hung past the margin)', () => {
      const xml = strFromU8(unzipSync(bytes)['word/document.xml']!);
      const written = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
      const printed = pages.map((page) => page.lines.map((l) => l.text).join('')).join('');
      const count = (text: string, mark: string) => text.split(mark).length - 1;
      for (const mark of ['、', '，', '。', '；']) expect(count(printed, mark), mark).toBe(count(written, mark));
    });
  });
});
