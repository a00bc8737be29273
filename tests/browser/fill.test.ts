import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { downloadAnyway, useBrowser, watchedPage } from './browser';

const { browser, baseUrl } = useBrowser();
const SLUG = 'school-stability-emergency-plan';
const URL_PATH = `/templates/${SLUG}/`;
const HOSTILE = '<img src=x onerror=alert(1)></script>"&😀\u0007';

/** Opens the template page and starts the form's code, which loads on first use of the form. */
async function openEditor(page: Page): Promise<void> {
  await page.goto(`${baseUrl}${URL_PATH}`);
  await page.locator('#f-orgName').focus();
  await page.locator('plan-page[data-ready]').waitFor();
}

/** Clicks a plan action; the less used ones sit under 更多. */
async function clickAction(page: Page, action: string): Promise<void> {
  const button = page.locator(`.plan-bar [data-action="${action}"]`);
  if (!(await button.isVisible())) await page.locator('.plan-bar details.more > summary').click();
  await button.click();
}

/** Downloads through a plan action, answering 仍然下载 when the page warns about unfilled fields. */
const downloadOf = (page: Page, action: string) => downloadAnyway(page, () => clickAction(page, action));

const docxXml = (path: string): string => strFromU8(unzipSync(readFileSync(path))['word/document.xml']!);
const missingCount = async (page: Page) => Number((await page.locator('.missing > summary').textContent())?.match(/\d+/)?.[0] ?? 0);

describe('fill in, preview, take away', () => {
  test('a template with a group list: preview, every export, clipboard, draft', async () => {
    const { page, errors, foreign } = await watchedPage(browser(), baseUrl, { acceptDownloads: true, permissions: ['clipboard-read', 'clipboard-write'] });
    await openEditor(page);
    const before = await missingCount(page);

    const requests: string[] = [];
    page.on('request', (request) => requests.push(`${request.method()} ${request.url()}`));

    await page.fill('#f-orgName', '某某市第九中学');
    await page.fill('#f-dutyPhone', '12');
    expect(await page.locator('#f-dutyPhone-hint').textContent()).toContain('号码格式看起来不对');
    await page.fill('#f-dutyPhone', '010-0000-0009');
    await page.fill('#f-groups', '综合协调组');
    await page.getByRole('textbox', { name: '第1组组长姓名' }).fill('周敏');
    await page.getByRole('button', { name: '添加工作组' }).click();
    await page.getByRole('textbox', { name: '第4组名称' }).fill('宣传组');
    await page.getByRole('textbox', { name: '第4组职责' }).fill('负责对外发布经核实的信息。');

    const plan = page.locator('.plan');
    await expect.poll(() => plan.textContent()).toContain('某某市第九中学维稳工作应急预案');
    const text = (await plan.textContent())!;
    expect(text).toContain('综合协调组');
    expect(text).toContain('周敏');
    expect(text).toContain('宣传组');
    expect(await missingCount(page)).toBeLessThan(before);

    const md = await downloadOf(page, 'md');
    expect(md.name).toBe('某某市第九中学-学校维稳工作应急预案.md');
    expect(readFileSync(md.path, 'utf8')).toMatch(/^# 某某市第九中学维稳工作应急预案/);
    expect(readFileSync(md.path, 'utf8')).toContain('宣传组');
    const txt = await downloadOf(page, 'txt');
    expect(readFileSync(txt.path, 'utf8')).toContain('组长：周敏');
    const docx = await downloadOf(page, 'docx');
    expect(docx.name).toBe('某某市第九中学-学校维稳工作应急预案.docx');
    const xml = docxXml(docx.path);
    expect(xml).toContain('某某市第九中学');
    expect(xml).toContain('宣传组');

    await clickAction(page, 'copy-rich');
    const readRich = () => page.evaluate(async () => {
      const [item] = await navigator.clipboard.read();
      return item?.types.includes('text/html') ? { html: await (await item.getType('text/html')).text(), text: await (await item.getType('text/plain')).text() } : { html: '', text: '' };
    });
    // The clipboard is written asynchronously: wait for the rich copy to land.
    await expect.poll(async () => (await readRich()).html).toContain('某某市第九中学');
    const rich = await readRich();
    expect(rich.html).toContain('<table');
    expect(rich.html).toContain('某某市第九中学维稳工作应急预案');
    expect(rich.html).not.toContain('写作要点');
    expect(rich.text).toContain('一、');
    await clickAction(page, 'copy-plain');
    await expect.poll(() => page.evaluate(async () => (await navigator.clipboard.read())[0]?.types.join(','))).toBe('text/plain');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/^某某市第九中学维稳工作应急预案\n/);

    // Filling and exporting fetched nothing but lazily loaded code (the .docx writer, the plan checker)
    // and the checker's rules, from the site itself.
    for (const request of requests) expect(request).toMatch(new RegExp(`^GET ${baseUrl}/(_astro/[^?]+\\.js|check/rules\\.json)$`));
    expect(requests.some((r) => r.includes('docx'))).toBe(true);

    await page.reload();
    // A saved draft loads the form's code at once.
    await page.locator('plan-page[data-ready]').waitFor();
    expect(await page.inputValue('#f-orgName')).toBe('某某市第九中学');
    expect(await page.getByRole('textbox', { name: '第4组名称' }).inputValue()).toBe('宣传组');
    expect(await page.locator('.draft-status').textContent()).toContain('已恢复');
    expect(errors).toEqual([]);
    expect(foreign).toEqual([]);
  });

  test('typing in the form adds no 副组长 line to groups that have no deputy', async () => {
    const { page, errors } = await watchedPage(browser(), baseUrl);
    await page.goto(`${baseUrl}/templates/school-stability-work-plan/`);
    const deputies = () => page.locator('.plan').evaluate((plan) => (plan.textContent ?? '').split('副组长：').length - 1);
    // Counted on the page as built, before the form's code has run.
    const before = await deputies();
    await page.locator('#f-orgName').focus();
    await page.locator('plan-page[data-ready]').waitFor();
    await page.fill('#f-orgName', '某某市第九中学');
    await expect.poll(() => page.locator('.plan-title').textContent()).toContain('某某市第九中学');
    expect(await deputies()).toBe(before);
    // Naming a deputy for a group (none of this template's groups has one) adds that one line.
    await page.getByRole('textbox', { name: '第1组副组长姓名' }).fill('孙丽');
    await expect.poll(() => page.locator('.plan').textContent()).toContain('副组长：孙丽');
    expect(await deputies()).toBe(before + 1);
    expect(errors).toEqual([]);
  });

  test('a section copy button copies that section only', async () => {
    const { page, errors } = await watchedPage(browser(), baseUrl, { permissions: ['clipboard-read', 'clipboard-write'] });
    await page.goto(`${baseUrl}${URL_PATH}example/`);
    const button = page.locator('.copy-section').nth(1);
    const label = (await button.getAttribute('aria-label'))!.replace('复制本节：', '');
    await page.evaluate(() => navigator.clipboard.writeText(''));
    // The first click also loads the page's code; the copy follows as soon as it runs.
    await button.click();
    // The clipboard is shared by the whole browser and written asynchronously: wait for this copy to land.
    await expect.poll(async () => (await page.evaluate(() => navigator.clipboard.readText())).split('\n')[0]).toBe(label);
    const text = await page.evaluate(() => navigator.clipboard.readText());
    expect(text).not.toContain('维稳工作应急预案\n');
    expect(errors).toEqual([]);
  });

  test('hostile input is shown as text, runs nothing and exports intact', async () => {
    const { page, errors } = await watchedPage(browser(), baseUrl, { acceptDownloads: true });
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await openEditor(page);
    await page.fill('#f-orgName', HOSTILE);
    await page.fill('#f-supervisorDept', '长'.repeat(10_000));
    await expect.poll(() => page.locator('.plan-title').textContent()).toContain('<img src=x onerror=alert(1)></script>"&😀');
    expect(await page.locator('.plan img, .fill-panel img').count()).toBe(0);
    const docx = await downloadOf(page, 'docx');
    expect(docx.name).toBe('_img src=x onerror=alert(1)___script__&😀-学校维稳工作应急预案.docx');
    const xml = docxXml(docx.path);
    expect(xml).toContain('&lt;img src=x onerror=alert(1)&gt;&lt;/script&gt;');
    expect(xml).toContain('长'.repeat(10_000));
    expect(xml).not.toContain('\u0007');
    const txt = await downloadOf(page, 'txt');
    expect(readFileSync(txt.path, 'utf8')).toContain('<img src=x onerror=alert(1)></script>"&😀维稳工作应急预案');
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
  });

  test('a corrupt draft and refused storage never break the page', async () => {
    const { page, errors } = await watchedPage(browser(), baseUrl);
    await page.addInitScript(() => localStorage.setItem('plan-templates:draft:school-stability-emergency-plan', '{"values":{"orgName":'));
    await openEditor(page);
    expect(await page.inputValue('#f-orgName')).toBe('');
    expect(errors).toEqual([]);

    const blocked = await watchedPage(browser(), baseUrl);
    await blocked.page.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', { get: () => { throw new DOMException('denied', 'SecurityError'); } });
    });
    await openEditor(blocked.page);
    await blocked.page.fill('#f-orgName', '某某单位');
    await expect.poll(() => blocked.page.locator('.storage-alert').textContent()).toContain('不允许保存草稿');
    await expect.poll(() => blocked.page.locator('.plan-title').textContent()).toContain('某某单位');
    expect(blocked.errors).toEqual([]);
  });

  test('keyboard only: an unfilled-field link focuses its input; adding a group focuses the new group; Tab and Enter export', async () => {
    const { page } = await watchedPage(browser(), baseUrl, { acceptDownloads: true });
    await openEditor(page);
    await page.locator('.missing > summary').focus();
    await page.keyboard.press('Enter');
    await page.locator('.missing a').first().focus();
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('f-orgName');
    // Handled by the page (focus, scroll to centre), not left to a jump that changes the URL.
    expect(page.url()).not.toContain('#f-');
    await page.keyboard.type('某某学校');
    await page.getByRole('button', { name: '添加工作组' }).focus();
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('第4组名称');
    // From the status on to 下载 Word by Tab; Enter warns about unfilled fields; 仍然下载 by keyboard downloads.
    await page.locator('.missing > summary').focus();
    let guard = 0;
    while ((await page.evaluate(() => document.activeElement?.getAttribute('data-action'))) !== 'docx' && guard++ < 10) await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    const dialog = page.locator('dialog.confirm-download');
    await dialog.waitFor();
    expect(await dialog.textContent()).toMatch(/还有 \d+ 处未填写/);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('仍然下载');
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    expect(download.suggestedFilename()).toBe('某某学校-学校维稳工作应急预案.docx');
    const unlabelled = await page.evaluate(() =>
      [...document.querySelectorAll('.fill-form input, .fill-form textarea, .fill-form select')].filter((input) => {
        const id = input.id;
        return !input.getAttribute('aria-label') && !(id && document.querySelector(`label[for="${id}"]`));
      }).length,
    );
    expect(unlabelled).toBe(0);
  });
});

describe('before a download with unfilled fields', () => {
  test('the page says how many and offers to jump to the first one', async () => {
    const { page, errors } = await watchedPage(browser(), baseUrl, { acceptDownloads: true });
    await openEditor(page);
    const count = await missingCount(page);
    await clickAction(page, 'docx');
    const dialog = page.locator('dialog.confirm-download');
    await dialog.waitFor();
    expect(await dialog.locator('h2').textContent()).toBe(`还有 ${count} 处未填写`);
    await dialog.getByRole('button', { name: /去填写/ }).click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('f-orgName');
    expect(await dialog.count()).toBe(0);
    expect(errors).toEqual([]);
  });

  test('the example page downloads without asking', async () => {
    const { page } = await watchedPage(browser(), baseUrl, { acceptDownloads: true });
    await page.goto(`${baseUrl}${URL_PATH}example/`);
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('.plan-bar [data-action="docx"]')]);
    expect(download.suggestedFilename()).toBe('某某市第一中学-学校维稳工作应急预案.docx');
  });
});

describe('the .docx opened by a real office suite', () => {
  test('LibreOffice converts it; the PDF shows the values, the headings in order and "— 1 —"', async () => {
    const { page } = await watchedPage(browser(), baseUrl, { acceptDownloads: true });
    await openEditor(page);
    await page.fill('#f-orgName', '某某市第九中学');
    await expect.poll(() => page.locator('.plan-title').textContent()).toContain('某某市第九中学');
    const { path } = await downloadOf(page, 'docx');
    const out = mkdtempSync(join(tmpdir(), 'pdf-'));
    execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${out}/profile`, '--convert-to', 'pdf', '--outdir', out, path], { stdio: 'pipe', timeout: 120_000 });
    const pdf = join(out, path.split('/').pop()!.replace(/\.docx$/, '.pdf'));
    const layout = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    const text = layout.replace(/[ \t]+/g, ' ');
    expect(text).toContain('某某市第九中学维稳工作应急预案');
    // pdftotext drops the spaces inside "— 1 —"; -layout keeps the page number's side of the page.
    const pageLine = (n: number) => layout.split('\n').find((line) => new RegExp(`^\\s*—\\s*${n}\\s*—\\s*$`).test(line));
    expect(pageLine(1)).toMatch(/^\s{10,}—/);
    expect(pageLine(2)).toMatch(/^—/);
    const order = ['一、指导思想', '二、', '三、'].map((heading) => text.indexOf(heading));
    expect(order.every((at, i) => at >= 0 && (i === 0 || at > order[i - 1]!))).toBe(true);
  }, 180_000);
});
