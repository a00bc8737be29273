import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, test } from 'vitest';
import { fill } from '../../src/lib/model/fill';
import type { FilledDoc, Run, Values } from '../../src/lib/model/types';
import { defaultNotice, fillNotice } from '../../src/lib/notice/notice';
import { toDocxBytes } from '../../src/lib/render/docx';
import { CELL_PADDING, TABLE_CHAR } from '../../src/lib/render/docx-table';
import { loadFile } from './content-files';

async function parts(doc: FilledDoc, notice?: Parameters<typeof toDocxBytes>[1]): Promise<Record<string, string>> {
  const files = unzipSync(await toDocxBytes(doc, notice));
  return Object.fromEntries(Object.entries(files).map(([path, bytes]) => [path, strFromU8(bytes)]));
}

const paragraphs = (xml: string) =>
  [...xml.matchAll(/<w:p>.*?<\/w:p>|<w:p\/>/g)].map(([p]) => ({ xml: p, text: [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('') }));

const { template } = loadFile('content/templates/02-school-stability-emergency-plan.mdx');
const values: Values = Object.fromEntries(template.fields.map((f) => [f.key, f.example]));
const doc = fill(template, 'user', values);
const notice = fillNotice(
  { ...defaultNotice(), code: '某中', serial: '3', recipients: '各处室', date: '2026-06-29', cc: '某某市教育局', printer: '某某市第一中学办公室' },
  { planTitle: doc.title, orgName: '某某市第一中学', kind: template.kind },
);

describe('the notice in the .docx', async () => {
  const without = await parts(doc);
  const withNotice = await parts(doc, { notice });
  const body = withNotice['word/document.xml']!;

  test('off: no red, one section; on: red mark first, then 发文字号 with a red line under it', () => {
    expect(without['word/document.xml']).not.toContain('FF0000');
    expect(without['word/document.xml']!.match(/<w:sectPr/g)).toHaveLength(1);
    const all = paragraphs(body);
    expect(all[0]!.text).toBe('某某市第一中学文件');
    expect(all[0]!.xml).toContain('<w:color w:val="FF0000"/>');
    expect(all[0]!.xml).toContain('w:eastAsia="方正小标宋简体"');
    const number = all.find((p) => p.text === '某中〔2026〕3号')!;
    expect(number.xml).toMatch(/<w:pBdr><w:bottom w:val="single" w:color="FF0000" w:sz="12" w:space="11"\/><\/w:pBdr>/);
  });

  test('the title breaks at a word boundary, on the body line pitch', () => {
    const title = paragraphs(body).find((p) => p.text.startsWith('关于印发'))!;
    expect(title.text).toBe('关于印发《某某市第一中学维稳工作应急预案》的通知');
    expect(title.xml).toMatch(/某某市第一中学<\/w:t><\/w:r><w:r><w:br\/><\/w:r>.*维稳工作应急预案/);
    expect(title.xml).toContain('<w:spacing w:after="0" w:before="0" w:line="579" w:lineRule="exact"/>');
  });

  test('the plan starts on a new page; the 版记 is a last section starting on an even page', () => {
    const planTitle = paragraphs(body).find((p) => p.text === '某某市第一中学维稳工作应急预案')!;
    expect(planTitle.xml).toContain('<w:pageBreakBefore/>');
    const sections = [...body.matchAll(/<w:sectPr>.*?<\/w:sectPr>/g)].map(([s]) => s);
    expect(sections).toHaveLength(2);
    expect(sections[1]).toContain('<w:type w:val="evenPage"/>');
    const record = body.slice(body.lastIndexOf('</w:sectPr></w:pPr></w:p>'));
    expect(paragraphs(record).map((p) => p.text)).toEqual(['', '抄送：某某市教育局。', '某某市第一中学办公室2026年6月29日印发']);
    expect(record).toMatch(/办公室<\/w:t><\/w:r><w:r><w:tab\/><\/w:r>/);
    expect(record).toContain('<w:top w:val="single" w:color="000000" w:sz="8"');
    expect(record).toContain('<w:top w:val="single" w:color="000000" w:sz="6"');
  });
});

describe('layout fixes', async () => {
  const files = await parts(doc);
  const body = files['word/document.xml']!;

  test('paragraph defaults state overflowPunct and turn grid snapping off (tables keep single spacing)', () => {
    const defaults = /<w:pPrDefault>.*<\/w:pPrDefault>/.exec(files['word/styles.xml']!)![0];
    expect(defaults).toContain('<w:overflowPunct w:val="1"/><w:snapToGrid w:val="0"/>');
  });

  test('theme fonts say 仿宋_GB2312 and 黑体, never 等线 or Calibri; no style names a theme font', () => {
    const theme = files['word/theme/theme1.xml']!;
    expect(theme).not.toMatch(/等线|Calibri/);
    expect(theme).toContain('<a:font script="Hans" typeface="仿宋_GB2312"/>');
    expect(theme).toContain('<a:font script="Hans" typeface="黑体"/>');
    expect(files['word/styles.xml']).not.toMatch(/Theme="/);
    expect(body).not.toMatch(/Theme="/);
  });

  test('quotes, dashes and ellipses are set in the Chinese body font, not Times New Roman', async () => {
    const xml = (await parts({ title: [{ text: '标题' }], body: [{ type: 'paragraph', runs: [{ text: '所谓“三到位”——人到、心到……' }] }], missing: [] }))['word/document.xml']!;
    const runs = [...xml.matchAll(/<w:r>(.*?)<\/w:r>/g)].map(([r]) => r);
    const quote = runs.find((r) => r.includes('>“<'))!;
    expect(quote).toContain('w:ascii="仿宋_GB2312"');
    expect(quote).toContain('w:hAnsi="仿宋_GB2312"');
    expect(runs.find((r) => r.includes('——'))).toContain('w:ascii="仿宋_GB2312"');
    expect(runs.find((r) => r.includes('三到位'))).toContain('w:ascii="Times New Roman"');
  });

  test('table columns are at least as wide as their header plus cell padding', async () => {
    const head = ['名称', '型号规格', '数量', '存放地点', '管理责任人', '联系电话'].map((text): Run[] => [{ text }]);
    const rows = [['安全标示牌、警戒带等', '禁止合闸有人工作', '1套', '值班室', '张磊', '138-0000-0051']].map((row) => row.map((text): Run[] => [{ text }]));
    const xml = (await parts({ title: [{ text: '标题' }], body: [{ type: 'table', head, rows }], missing: [] }))['word/document.xml']!;
    const widths = [.../<w:tblGrid>(.*?)<\/w:tblGrid>/.exec(xml)![1]!.matchAll(/w:w="(\d+)"/g)].map((m) => Number(m[1]));
    expect(widths.reduce((a, b) => a + b, 0)).toBe(8844);
    head.forEach((cell, i) => expect(widths[i], cell[0]!.text).toBeGreaterThanOrEqual(cell[0]!.text.length * TABLE_CHAR + CELL_PADDING));
    // The phone number does not break either: 13 half-width characters.
    expect(widths[5]).toBeGreaterThanOrEqual(6.5 * TABLE_CHAR + CELL_PADDING);
  });

  test('附件说明 comes before the signature, hanging so a long name lines up', () => {
    const all = paragraphs(body);
    const note = all.findIndex((p) => p.text === '附件：应急联系方式');
    expect(note).toBeGreaterThan(0);
    expect(all[note]!.xml).toMatch(/<w:ind w:left="1600" w:hanging="960"\/>/);
    expect(all[note - 1]!.text).toBe('');
    expect(all.slice(note + 1, note + 4).map((p) => p.text)).toEqual(['', '', '某某市第一中学']);
  });

  test('署名 and 成文日期: sealed, the name centred over the date four in; unsealed, name two in', async () => {
    const sealed = paragraphs(body);
    const date = sealed.findIndex((p) => p.text === '2026年9月1日');
    expect(sealed[date]!.xml).toContain('<w:ind w:right="1280"/>');
    // Name 7 characters wide, date 6 (digits count ½): centred, the name is 4 + (6 − 7) / 2 = 3.5 in.
    expect(sealed[date - 1]!.xml).toContain('<w:ind w:right="1120"/>');
    const unsealed = paragraphs((await parts(fill(template, 'user', values, { sealed: false })))['word/document.xml']!);
    const d2 = unsealed.findIndex((p) => p.text === '2026年9月1日');
    // The date cannot start 2 right of the name and still end 2 in, so it ends 2 in and the name moves: 4 + 6 − 7 = 3 in.
    expect(unsealed[d2 - 1]!.xml).toContain('<w:ind w:right="960"/>');
    expect(unsealed[d2]!.xml).toContain('<w:ind w:right="640"/>');
  });

  test('font table: 仿宋_GB2312 → 仿宋, 楷体_GB2312 → 楷体, 方正小标宋简体 → 宋体 as alternatives', () => {
    const fonts = files['word/fontTable.xml']!;
    expect(fonts).toContain('<w:font w:name="仿宋_GB2312"><w:altName w:val="仿宋"/>');
    expect(fonts).toContain('<w:font w:name="楷体_GB2312"><w:altName w:val="楷体"/>');
    expect(fonts).toContain('<w:font w:name="方正小标宋简体"><w:altName w:val="宋体"/>');
  });
});
