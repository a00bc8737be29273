import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { makePdf } from '../unit/fixtures/check-formats/pdf';
import { toPdf } from '../unit/office';
import { axeViolations } from './axe';
import { pickFiles, sitePath, tabTo, useBrowser, watchedPage } from './browser';

const { browser, baseUrl } = useBrowser();
const CORPUS = 'tests/unit/fixtures/check-corpus';
const REPORT = 'check-page .check-report:not([hidden])';

describe('预案体检 /check/', () => {
  test('a .docx through the file picker: report, a finding’s link, the downloaded report; axe clean; nothing leaves the origin', async () => {
    const { page, errors, foreign } = await watchedPage(browser(), baseUrl, { acceptDownloads: true });
    await page.goto(`${baseUrl}/`);
    await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '预案体检' }).click();
    await expect.poll(() => page.url()).toContain('/check/');
    await pickFiles(page, () => page.locator('#check-file').click(), `${CORPUS}/02-primary-school-2018.docx`);
    await page.locator(REPORT).waitFor();
    expect(await page.locator('.report-summary').textContent()).toMatch(/错误 2 项.*预案类型：维稳（综治）工作方案（根据标题识别）/s);
    const findings = (await page.locator('.report-findings').textContent()) ?? '';
    expect(findings).toContain('信访条例');
    expect(findings).toContain('中小学每月应当至少组织一次应急疏散演练');

    const link = page.locator('.report-findings a.goto', { hasText: '每学期组织一次应急疏散演练' });
    await link.click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent ?? '')).toContain('学校每学期组织一次应急疏散演练');
    expect(await page.evaluate(() => document.activeElement?.classList.contains('is-target'))).toBe(true);

    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-action="download"]').click()]);
    expect(download.suggestedFilename()).toBe('02-primary-school-2018-体检报告.md');
    const markdown = readFileSync((await download.path())!, 'utf8');
    expect(markdown).toContain('# 预案体检报告');
    expect(markdown).toContain('- 文件：02-primary-school-2018.docx');
    expect(markdown).toContain('信访条例');

    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      expect(await axeViolations(page), colorScheme).toEqual([]);
    }
    expect(errors).toEqual([]);
    expect(foreign).toEqual([]);
    await page.context().close();
  });

  test('a .doc, a .wps, a text PDF, a PDF needing the Chinese character maps and a scan: each read in the page, nothing from outside the origin', { timeout: 180_000 }, async () => {
    const { page, errors, foreign } = await watchedPage(browser(), baseUrl);
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await page.goto(`${baseUrl}/check/`);
    const open = async (file: Parameters<Page['setInputFiles']>[1], name: string) => {
      await page.locator('#check-file').setInputFiles(file);
      await expect.poll(() => page.locator('.report-file').textContent(), { timeout: 60_000 }).toBe(`文件：${name}`);
      return (await page.locator('.report-summary').textContent()) ?? '';
    };
    const real = 'tests/fixtures/check-real/out';
    expect(await open(`${real}/D05_某某镇防汛防台风应急预案.doc`, 'D05_某某镇防汛防台风应急预案.doc')).toMatch(/错误 \d+ 项/);
    expect(await page.locator('.report-findings').textContent()).toContain('红色');
    expect(await open(`${real}/D10_蓝天幼儿园突发事件应急预案.wps`, 'D10_蓝天幼儿园突发事件应急预案.wps')).toMatch(/错误 \d+ 项/);
    expect(await page.locator('.report-findings').textContent()).toContain('每学年');
    await open(`${real}/D14_幸福社区防汛应急预案.pdf`, 'D14_幸福社区防汛应急预案.pdf');
    expect(await page.locator('.report-findings').textContent()).toContain('响应分级');
    const lines = [{ text: '某某社区值班制度', x: 200, top: 60, size: 22 }, { text: '一、值班安排', x: 90, top: 120 }, { text: '社区实行24小时值班，值班人员发现情况立即报告。', x: 122, top: 150 }];
    await open({ name: '值班制度.pdf', mimeType: 'application/pdf', buffer: Buffer.from(makePdf([lines])) }, '值班制度.pdf');
    expect(requests.some((url) => url.endsWith('.bcmap'))).toBe(true);
    await page.locator('#check-file').setInputFiles(`${real}/D15_某某中学值班制度（扫描件）.pdf`);
    await expect.poll(() => page.locator('.check-alert').textContent(), { timeout: 60_000 }).toContain('扫描件无法读取文字，请提供 Word 或文字版。');
    expect(await page.locator('.check-report').isHidden()).toBe(true);
    expect(foreign).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test('an old .doc after a good file: the clear message naming it, and the previous report is gone', async () => {
    const { page, errors } = await watchedPage(browser(), baseUrl);
    await page.goto(`${baseUrl}/check/`);
    await page.locator('#check-file').setInputFiles(`${CORPUS}/07-duty-articles.txt`);
    await expect.poll(() => page.locator('.report-file').textContent()).toBe('文件：07-duty-articles.txt');
    await page.locator('#check-file').setInputFiles({ name: '旧预案.doc', mimeType: 'application/msword', buffer: Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]) });
    await expect.poll(() => page.locator('.check-alert').textContent()).toContain('另存为');
    expect(await page.locator('.check-alert').textContent()).toContain('旧预案.doc');
    expect(await page.locator('.report-findings').textContent()).toBe('');
    expect(await page.locator('.check-alert').getAttribute('role')).toBe('alert');
    expect(await page.locator('.check-report').isHidden()).toBe(true);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test('a file dropped on the box is checked; changing the kind re-runs the check', async () => {
    const { page } = await watchedPage(browser(), baseUrl);
    await page.goto(`${baseUrl}/check/`);
    const text = readFileSync(`${CORPUS}/07-duty-articles.txt`, 'utf8');
    await page.evaluate((content) => {
      const data = new DataTransfer();
      data.items.add(new File([content], '值班制度.txt', { type: 'text/plain' }));
      document.querySelector('.drop-zone')!.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
    }, text);
    await page.locator(REPORT).waitFor();
    expect(await page.locator('.report-summary').textContent()).toContain('值班制度（根据标题识别）');
    await page.locator('#check-kind').selectOption('stability-work');
    await expect.poll(() => page.locator('.report-summary').textContent()).toContain('维稳（综治）工作方案（按您的选择）');
    await page.context().close();
  });

  test('keyboard only: paste, check, follow a finding, download', async () => {
    const { page, errors } = await watchedPage(browser(), baseUrl, { acceptDownloads: true });
    await page.goto(`${baseUrl}/check/`);
    await tabTo(page, '#check-text');
    await page.keyboard.insertText(readFileSync(`${CORPUS}/03-community-chapters.txt`, 'utf8'));
    await tabTo(page, '.run-check');
    await page.keyboard.press('Enter');
    await page.locator(REPORT).waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('report-title');
    await tabTo(page, '[data-action="download"]');
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    expect(readFileSync((await download.path())!, 'utf8')).toContain('拦截');
    await tabTo(page, '.report-findings a.goto');
    const target = await page.evaluate(() => (document.activeElement as HTMLAnchorElement).hash.slice(1));
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe(target);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test('pressing check with nothing pasted says what to do', async () => {
    const { page } = await watchedPage(browser(), baseUrl);
    await page.goto(`${baseUrl}/check/`);
    await page.locator('.run-check').click();
    await expect.poll(() => page.locator('.check-alert').textContent()).toContain('请先打开一个文件');
    await page.context().close();
  });
});

describe('the checker on the template form', () => {
  test('findings for the user’s draft appear beside the unfilled count', async () => {
    const { page, errors, foreign } = await watchedPage(browser(), baseUrl);
    await page.goto(`${baseUrl}/templates/institution-stability-work-plan/`);
    const input = page.locator('plan-page:not([hidden]) .fill-form input[type="text"]').first();
    await input.fill('某某县十二五规划办公室');
    await expect.poll(() => page.locator('.draft-check').textContent(), { timeout: 15_000 }).toContain('十二五');
    expect(await page.locator('.draft-check').textContent()).not.toContain('没有填写的空白');
    expect(await page.getByRole('link', { name: '体检已有预案' }).getAttribute('href')).toBe(sitePath('/check/'));
    expect(errors).toEqual([]);
    expect(foreign).toEqual([]);
    await page.context().close();
  });
});

describe('预案体检 report actions and print (issue 24 item 9)', () => {
  test('the three report buttons do not touch; printed 错误 labels keep brackets without background colours', async () => {
    const { page } = await watchedPage(browser(), baseUrl);
    await page.goto(`${baseUrl}/check/`);
    await page.locator('#check-file').setInputFiles(`${CORPUS}/02-primary-school-2018.txt`);
    await page.locator(REPORT).waitFor();
    const boxes = await page.locator('.report-actions button').evaluateAll((buttons) => buttons.map((b) => b.getBoundingClientRect().toJSON() as DOMRect));
    expect(boxes).toHaveLength(4);
    for (let i = 1; i < boxes.length; i++) {
      const [a, b] = [boxes[i - 1]!, boxes[i]!];
      const apart = b.left - a.right >= 4 || b.top - a.bottom >= 4;
      expect(apart, JSON.stringify([a, b])).toBe(true);
    }
    await page.emulateMedia({ media: 'print' });
    const label = await page.locator('.severity-error').first().evaluate((el) => ({ before: getComputedStyle(el, '::before').content, background: getComputedStyle(el).backgroundColor, color: getComputedStyle(el).color }));
    expect(label).toEqual({ before: '"【"', background: 'rgba(0, 0, 0, 0)', color: 'rgb(0, 0, 0)' });
    await page.context().close();
  });

  test('blanks left in ten paragraphs: the finding links every place, and the last link reaches its paragraph', async () => {
    const { page, errors } = await watchedPage(browser(), baseUrl);
    await page.goto(`${baseUrl}/check/`);
    const blanks = Array.from({ length: 7 }, (_, i) => `第${i + 1}组联系人：×××，电话：【电话${i + 1}】`).join('\n');
    await page.locator('#check-text').fill(readFileSync(`${CORPUS}/02-primary-school-2018.txt`, 'utf8').replace('五、工作要求', `${blanks}\n五、工作要求`));
    await page.locator('.run-check').click();
    await page.locator(REPORT).waitFor();
    const finding = page.locator('.finding', { hasText: '没有填写的空白' });
    // 02 holds blanks in three paragraphs (组长, 副组长, 值班电话), and seven more were added.
    expect(await finding.textContent()).toMatch(/有17处.*位置（10段）/);
    const links = finding.locator('a.goto');
    expect(await links.count()).toBe(10);
    expect(await finding.textContent()).not.toContain('等');
    const targets = await links.evaluateAll((all) => all.map((a) => document.getElementById((a as HTMLAnchorElement).hash.slice(1))?.textContent ?? ''));
    expect(targets.every((text) => /×××|【/.test(text)), targets.join('|')).toBe(true);
    await links.last().click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent ?? '')).toBe(targets.at(-1));
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test('the printed report names the file and the day it was checked', async () => {
    const { page } = await watchedPage(browser(), baseUrl);
    await page.goto(`${baseUrl}/check/`);
    await page.locator('#check-file').setInputFiles(`${CORPUS}/02-primary-school-2018.txt`);
    await page.locator(REPORT).waitFor();
    await page.emulateMedia({ media: 'print' });
    const printed = (await page.locator('main').innerText()).replace(/\s+/g, '');
    const today = await page.evaluate(() => `${new Date().getFullYear()}年${new Date().getMonth() + 1}月${new Date().getDate()}日`);
    expect(printed).toContain('文件：02-primary-school-2018.txt');
    expect(printed).toContain(`检查日期：${today}`);
    expect(printed).not.toContain('下载报告');
    await page.emulateMedia({ media: 'screen' });
    await page.locator('#check-text').fill(readFileSync(`${CORPUS}/07-duty-articles.txt`, 'utf8'));
    await page.locator('.run-check').click();
    await expect.poll(() => page.locator('.report-file').textContent()).toBe('检查的是粘贴的文字');
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('main').innerText()).toContain(`检查日期：${today}`);
    await page.context().close();
  });

  test('the report downloads as .docx, written by the desk’s 评审意见 writer, and LibreOffice shows its findings', async () => {
    const { page, errors } = await watchedPage(browser(), baseUrl, { acceptDownloads: true });
    await page.goto(`${baseUrl}/check/`);
    await page.locator('#check-file').setInputFiles(`${CORPUS}/02-primary-school-2018.docx`);
    await page.locator(REPORT).waitFor();
    const button = page.getByRole('button', { name: '下载报告（.docx）' });
    expect(await button.count()).toBe(1);
    const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
    expect(download.suggestedFilename()).toBe('02-primary-school-2018-体检报告.docx');
    const [pdf] = toPdf([{ name: 'report', bytes: readFileSync((await download.path())!) }]);
    const text = execFileSync('pdftotext', [pdf!, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
    expect(text).toContain('预案体检报告');
    expect(text).toContain('报送文件：02-primary-school-2018.docx');
    expect(text).toContain('必须修改');
    expect(text).toContain('信访条例');
    expect(text).toContain('中小学每月应当至少组织一次应急疏散演练');
    expect(text).toMatch(/检查日期：\d{4}年\d{1,2}月\d{1,2}日/);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
