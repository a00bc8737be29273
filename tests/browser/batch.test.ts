import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Download, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { readDocx } from '../../src/lib/check/read/docx';
import { fill } from '../../src/lib/model/fill';
import { toDocxBytes } from '../../src/lib/render/docx';
import { toPdf } from '../unit/office';
import { loadFile, templateFiles } from '../unit/content-files';
import { axeViolations } from './axe';
import { tabTo, useBrowser, watchedPage } from './browser';

const { browser, baseUrl } = useBrowser();
const CORPUS = 'tests/unit/fixtures/check-corpus';
const RESULTS = 'batch-desk .batch-results:not([hidden])';

/** 30 files: the corpus as .docx and .txt, worked examples as .docx, and six that cannot be read. */
async function batchFiles(): Promise<{ name: string; mimeType: string; buffer: Buffer }[]> {
  const corpus = readdirSync(CORPUS).map((name) => ({ name, mimeType: 'application/octet-stream', buffer: readFileSync(join(CORPUS, name)) }));
  const examples = [];
  // The three 生产安全 templates first: the test opens one's 评审表.
  const safetyFirst = [...templateFiles()].sort((a, b) => Number(!/\/1[234]-/.test(a)) - Number(!/\/1[234]-/.test(b)));
  for (const file of safetyFirst.slice(0, 30 - corpus.length - 6)) {
    const { template } = loadFile(file);
    examples.push({ name: `${template.slug}.docx`, mimeType: 'application/octet-stream', buffer: Buffer.from(await toDocxBytes(fill(template, 'example'))) });
  }
  const broken = [
    { name: '旧版预案.doc', buffer: Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]) },
    { name: '损坏的预案.docx', buffer: Buffer.from('PK\u0003\u0004 this is not a zip at all') },
    { name: '改了扩展名.docx', buffer: Buffer.from('这不是 Word 文档') },
    { name: '空白.txt', buffer: Buffer.from('   \n\n') },
    { name: '扫描件.pdf', buffer: Buffer.from('%PDF-1.4\n') },
    { name: 'WPS文档.wps', buffer: Buffer.from([0xd0, 0xcf, 0x11, 0xe0]) },
  ].map((file) => ({ ...file, mimeType: 'application/octet-stream' }));
  return [...corpus, ...examples, ...broken];
}

const column = (page: Page, n: number) => page.locator(`.batch-rows tr td:nth-child(${n})`).allTextContents();
const saved = async (download: Download) => readFileSync((await download.path())!);

async function exportFile(page: Page, kind: string): Promise<{ name: string; bytes: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator(`[data-export="${kind}"]`).click()]);
  return { name: download.suggestedFilename(), bytes: await saved(download) };
}

/** Minimal CSV reader (quoted cells with "" escapes), enough to check the export parses. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted && ch === '"' && text[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (quoted && ch === '"') quoted = false;
    else if (quoted || (ch !== '"' && ch !== ',' && ch !== '\n')) cell += ch;
    else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else {
      row.push(cell.replace(/\r$/, ''));
      rows.push(row);
      row = [];
      cell = '';
    }
  }
  return rows;
}

/** .docx files through LibreOffice in one run, then their text. */
const pdfTexts = (files: { name: string; bytes: Buffer }[]): string[] => toPdf(files).map((pdf) => execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }));

describe('批量体检 /check/batch/', () => {
  test('30 files with broken ones: progress, table, sort, a report and back, every export opened; axe clean; nothing leaves the origin', async () => {
    const { page, errors, foreign } = await watchedPage(browser(), baseUrl, { acceptDownloads: true });
    await page.goto(`${baseUrl}/check/`);
    await page.getByRole('link', { name: '批量体检' }).click();
    await expect.poll(() => page.url()).toContain('/check/batch/');
    const files = await batchFiles();
    expect(files).toHaveLength(30);
    await page.locator('#batch-files').setInputFiles(files);
    await page.locator(RESULTS).waitFor();
    expect(await page.locator('.batch-progress-text').textContent()).toBe('已检查 30 份。');
    expect(await page.locator('.batch-rows tr').count()).toBe(30);
    const verdicts = await column(page, 8);
    expect(verdicts.filter((v) => v === '无法读取')).toHaveLength(6);
    expect(verdicts).toContain('可以送审');
    expect(verdicts).toContain('需修改');
    const docRow = page.locator('.batch-rows tr', { hasText: '旧版预案.doc' });
    expect(await docRow.textContent()).toContain('另存为');
    expect(await page.locator('.batch-totals').textContent()).toMatch(/共 30 份：可以送审 \d+ 份，需修改 \d+ 份，无法读取 6 份。/);

    // Sort by errors, then the other way.
    const errorsHeader = page.locator('th[data-sort="error"]');
    await errorsHeader.getByRole('button').click();
    await expect.poll(() => errorsHeader.getAttribute('aria-sort')).toBe('ascending');
    const counts = (await column(page, 5)).map((c) => (c === '—' ? -1 : Number(c)));
    expect(counts).toEqual([...counts].sort((a, b) => a - b));
    await errorsHeader.getByRole('button').click();
    await expect.poll(() => errorsHeader.getAttribute('aria-sort')).toBe('descending');
    const down = (await column(page, 5)).map((c) => (c === '—' ? -1 : Number(c)));
    expect(down).toEqual([...down].sort((a, b) => b - a));

    // Open the 20th row's report and come back: sort, scroll and focus kept.
    const row = page.locator('.batch-rows tr').nth(19).locator('.open-report');
    const name = (await row.textContent())!;
    await row.scrollIntoViewIfNeeded();
    const scroll = await page.evaluate(() => window.scrollY);
    expect(scroll).toBeGreaterThan(0);
    await row.click();
    await page.locator('.batch-report:not([hidden])').waitFor();
    expect(await page.locator('#batch-report-title').textContent()).toBe(`体检报告：${name}`);
    expect(await page.locator('.batch-report-body').textContent()).toMatch(/错误 \d+ 项/);
    expect(await page.locator('.batch-results').isHidden()).toBe(true);
    await page.getByRole('button', { name: '返回列表' }).click();
    await page.locator(RESULTS).waitFor();
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(scroll);
    expect(await errorsHeader.getAttribute('aria-sort')).toBe('descending');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(name);

    // The 评审表 of a 生产安全 plan: proposed verdicts, one changed by the reviewer, downloaded.
    await page.locator('.open-report', { hasText: 'production-safety-comprehensive-plan.docx' }).click();
    await page.locator('.review-form:not([hidden])').waitFor();
    expect(await page.locator('#review-form-title').textContent()).toContain('综合应急预案评审表');
    const operable = page.getByLabel('可操作性的评审结论');
    expect(await operable.inputValue()).toBe('需人工判断');
    await operable.selectOption('基本符合');
    await page.getByLabel('可操作性的备注').fill('处置步骤请落实到岗位');
    const [formDownload] = await Promise.all([page.waitForEvent('download'), page.locator('.download-form').click()]);
    const form = { name: 'form', bytes: await saved(formDownload) };
    expect(formDownload.suggestedFilename()).toBe('production-safety-comprehensive-plan-评审表.docx');
    await page.getByRole('button', { name: '返回列表' }).click();
    await page.locator(RESULTS).waitFor();
    expect(await page.locator('.plan-sets-body').textContent()).toMatch(/未发现不一致|：/);

    // Exports.
    const csv = await exportFile(page, 'csv');
    expect(csv.name).toBe('预案批量体检结果.csv');
    expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parseCsv(csv.bytes.toString('utf8').slice(1));
    expect(rows).toHaveLength(31);
    expect(rows[0]).toEqual(['文件', '单位', '预案类型', '预案日期', '错误', '警告', '提示', '结论', '主要问题']);
    expect(rows.every((r) => r.length === 9)).toBe(true);
    expect(rows.filter((r) => r[7] === '无法读取')).toHaveLength(6);

    const md = (await exportFile(page, 'md')).bytes.toString('utf8');
    expect(md.match(/^## /gm)).toHaveLength(30);
    expect(md).toContain('# 预案批量体检报告');

    const all = await exportFile(page, 'docx');
    expect(all.name).toBe('应急预案评审意见（全部单位）.docx');
    const units = page.locator('#batch-unit option');
    const unit = (await units.nth(1).textContent())!.replace(/（\d+ 份）$/, '');
    await page.locator('#batch-unit').selectOption({ index: 1 });
    const one = await exportFile(page, 'docx');
    expect(one.name).toMatch(/评审意见\.docx$/);
    const [allText, oneText, formText] = pdfTexts([{ name: 'all', bytes: all.bytes }, { name: 'one', bytes: one.bytes }, form]);
    expect(formText).toContain('形式评审');
    const operableRow = readDocx(form.bytes).find((p) => p.cells?.[1] === '*可操作性');
    expect([operableRow?.cells?.[3], operableRow?.cells?.[5]]).toEqual(['基本符合', '处置步骤请落实到岗位']);
    expect(oneText!.replace(/\s/g, '')).toContain(`报送单位：${unit}`);
    expect(allText).toContain('应急预案评审意见');
    expect(allText).toContain('必须修改');
    expect(allText).toContain('评审人（签名）');


    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      expect(await axeViolations(page), colorScheme).toEqual([]);
    }
    expect(errors).toEqual([]);
    expect(foreign).toEqual([]);
    await page.context().close();
    // Two LibreOffice conversions and axe twice take minutes on a loaded 2-core machine.
  }, 900_000);

  test('a whole folder, through the folder picker and dropped on the box', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'batch-folder-'));
    mkdirSync(join(dir, '甲单位'));
    mkdirSync(join(dir, '乙单位'));
    writeFileSync(join(dir, '甲单位', '01.txt'), readFileSync(`${CORPUS}/01-chemical-comprehensive-2016.txt`));
    writeFileSync(join(dir, '乙单位', '06.docx'), readFileSync(`${CORPUS}/06-substation-onsite.docx`));
    writeFileSync(join(dir, '乙单位', '~$06.docx'), 'lock file');
    const { page, errors } = await watchedPage(browser(), baseUrl);
    await page.goto(`${baseUrl}/check/batch/`);
    await page.locator('#batch-folder').setInputFiles(dir);
    await page.locator(RESULTS).waitFor();
    const names = (await column(page, 1)).sort();
    expect(names, names.join(' ')).toHaveLength(2);
    expect(names.some((name) => /甲单位\/01\.txt$/.test(name))).toBe(true);
    expect(names.some((name) => /乙单位\/06\.docx$/.test(name))).toBe(true);

    const text = readFileSync(`${CORPUS}/07-duty-articles.txt`, 'utf8');
    await page.evaluate((content) => {
      const data = new DataTransfer();
      data.items.add(new File([content], '值班制度.txt', { type: 'text/plain' }));
      data.items.add(new File(['x'], '.DS_Store'));
      document.querySelector('.batch-drop')!.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
    }, text);
    await expect.poll(() => column(page, 1)).toEqual(['值班制度.txt']);
    expect(await column(page, 3)).toEqual(['值班制度']);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test('one unit’s plans with a planted disagreement: the cross-check names it', async () => {
    const { page } = await watchedPage(browser(), baseUrl);
    await page.goto(`${baseUrl}/check/batch/`);
    const dir = 'tests/unit/fixtures/plan-set';
    const files = readdirSync(dir).map((name) => ({
      name,
      mimeType: 'text/plain',
      buffer: Buffer.from(readFileSync(join(dir, name), 'utf8').replace('总指挥：王明（总经理）。\n三、响应启动', '总指挥：赵刚（副总经理）。\n三、响应启动')),
    }));
    await page.locator('#batch-files').setInputFiles(files);
    await page.locator(RESULTS).waitFor();
    const sets = (await page.locator('.plan-sets-body').textContent()) ?? '';
    expect(sets).toContain('某某市恒安机械有限公司（4 份）');
    expect(sets).toContain('总指挥：应急指挥机构负责人（总指挥或组长）不一致');
    expect(sets).toContain('赵刚');
    await page.context().close();
  });

  test('on a phone (390 px) the results with their export controls never push the page sideways', async () => {
    const page = await browser().newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(`${baseUrl}/check/batch/`);
    // Real units' names make the 评审意见 list long (it made the page 565 px wide).
    const real = 'tests/fixtures/check-real/out';
    await page.locator('#batch-files').setInputFiles(readdirSync(real).filter((f) => /^[CD]/.test(f)).slice(0, 12).map((f) => `${real}/${f}`));
    await page.locator(RESULTS).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.context().close();
  });

  test('keyboard only: pick files, sort, open a report and return to the same row', async () => {
    const { page } = await watchedPage(browser(), baseUrl);
    // Listen before the page loads: Chromium intercepts the dialog only once the subscription has
    // reached it, and a key press can overtake a subscription made at the same moment.
    const chooserOpened = page.waitForEvent('filechooser');
    await page.goto(`${baseUrl}/check/batch/`);
    await page.locator('#batch-files').focus();
    await page.keyboard.press('Enter');
    const chooser = await chooserOpened;
    await chooser.setFiles([`${CORPUS}/01-chemical-comprehensive-2016.docx`, `${CORPUS}/06-substation-onsite.txt`, `${CORPUS}/08-kindergarten-fire-plain.txt`]);
    await page.locator(RESULTS).waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('batch-results-title');
    await tabTo(page, 'th[data-sort="file"] button');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('th[data-sort="file"]').getAttribute('aria-sort')).toBe('ascending');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('th[data-sort="file"]').getAttribute('aria-sort')).toBe('descending');
    await tabTo(page, '.open-report');
    const name = await page.evaluate(() => document.activeElement?.textContent);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('batch-report-title');
    await page.keyboard.press('Shift+Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('返回列表');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe(name);
    await page.context().close();
  });
});
