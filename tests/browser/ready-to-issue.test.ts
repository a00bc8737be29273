/**
 * Ready to issue (#12): the unit profile carries over between templates, named drafts stay apart,
 * all data goes out to a file and comes back, a wrong file is refused, and the 印发通知 switch
 * changes the .docx and the print.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { downloadAnyway, useBrowser, watchedPage } from './browser';

const { browser, baseUrl } = useBrowser();
const SCHOOL = 'school-stability-emergency-plan';
const ENTERPRISE = 'enterprise-petition-emergency-plan';

/** Opens a template page and starts its editor (the form's code loads on first use). */
async function openEditor(page: Page, slug: string): Promise<void> {
  await page.goto(`${baseUrl}/templates/${slug}/`);
  await page.locator('#f-orgName').focus();
  await page.locator('plan-page[data-ready]').waitFor();
}

async function openPanel(page: Page, name: string): Promise<void> {
  const panel = page.locator(`details.${name}`);
  if (!(await panel.evaluate((el) => (el as HTMLDetailsElement).open))) await panel.locator('> summary').click();
}

/** Waits until the current draft has been written to localStorage (saving is debounced). */
async function saved(page: Page, slug: string, check: (stored: string) => boolean): Promise<void> {
  await expect.poll(() => page.evaluate((key) => localStorage.getItem(key) ?? '', `plan-templates:drafts:${slug}`), { timeout: 30_000 }).toSatisfy(check);
}

const download = async (page: Page, click: () => Promise<void>): Promise<string> => (await downloadAnyway(page, click)).path;

const prompts = (page: Page, answers: string[]) =>
  page.on('dialog', (dialog) => void (dialog.type() === 'prompt' ? dialog.accept(answers.shift() ?? '') : dialog.accept()));

describe('ready to issue', { timeout: 240_000 }, () => {
  test('the unit profile entered on one template pre-fills a second, and each field can still be changed', async () => {
    const { page, errors } = await watchedPage(browser(), baseUrl);
    await openEditor(page, SCHOOL);
    await page.fill('#f-orgName', '某某市第九中学');
    await page.fill('#f-leader', '周敏');
    await page.getByRole('textbox', { name: '领导小组组长职务' }).fill('校长');
    await page.fill('#f-dutyPhone', '010-0000-0009');
    await openPanel(page, 'profile-panel');
    await page.getByRole('button', { name: '把本模板已填的存为本单位信息' }).click();
    await expect.poll(() => page.locator('.draft-status').textContent()).toContain('已存为本单位信息');

    await openEditor(page, ENTERPRISE);
    // A template never filled here starts from the unit's details.
    expect(await page.inputValue('#f-orgName')).toBe('某某市第九中学');
    expect(await page.inputValue('#f-dutyPhone')).toBe('010-0000-0009');
    expect(await page.inputValue('#f-leader')).toBe('周敏');
    expect(await page.locator('.plan-title').textContent()).toContain('某某市第九中学');
    // Per-field override: this plan's phone differs; the profile keeps its own.
    await page.fill('#f-dutyPhone', '010-0000-0010');
    await openPanel(page, 'profile-panel');
    expect(await page.inputValue('#f-profile-dutyPhone')).toBe('010-0000-0009');
    // 使用本单位信息 brings the unit's details back on request.
    await page.getByRole('button', { name: '使用本单位信息' }).click();
    expect(await page.inputValue('#f-dutyPhone')).toBe('010-0000-0009');
    expect(errors).toEqual([]);
  });

  test('two named drafts of one template are kept apart', async () => {
    const { page, errors } = await watchedPage(browser(), baseUrl);
    prompts(page, ['分校区']);
    await openEditor(page, SCHOOL);
    await page.fill('#f-orgName', '某某市第一中学（本部）');
    await saved(page, SCHOOL, (s) => s.includes('本部'));
    await openPanel(page, 'drafts-panel');
    await page.getByRole('button', { name: '另存为' }).click();
    await expect.poll(() => page.locator('.draft-select option').allTextContents()).toEqual(['草稿', '分校区']);
    await page.fill('#f-orgName', '某某市第一中学（分校区）');
    await saved(page, SCHOOL, (s) => s.includes('（分校区）'));

    await page.reload();
    await page.locator('plan-page[data-ready]').waitFor();
    expect(await page.inputValue('#f-orgName')).toBe('某某市第一中学（分校区）');
    await openPanel(page, 'drafts-panel');
    await page.selectOption('.draft-select', { label: '草稿' });
    await expect.poll(() => page.inputValue('#f-orgName')).toBe('某某市第一中学（本部）');
    expect(await page.locator('.plan-title').textContent()).toContain('（本部）');
    await page.selectOption('.draft-select', { label: '分校区' });
    await expect.poll(() => page.inputValue('#f-orgName')).toBe('某某市第一中学（分校区）');
    expect(errors).toEqual([]);
  });

  test('export → clear storage → import restores everything; a damaged or foreign file is refused and nothing is lost', async () => {
    const { page, errors } = await watchedPage(browser(), baseUrl, { acceptDownloads: true });
    prompts(page, []);
    await openEditor(page, SCHOOL);
    await page.fill('#f-orgName', '某某市第三中学');
    await openPanel(page, 'profile-panel');
    await page.fill('#f-profile-address', '某某市某某路3号');
    await saved(page, SCHOOL, (s) => s.includes('第三中学'));
    // The address typed above may still wait to be saved (on a busy machine the name was saved before
    // it was typed): the page saves what waits when it is hidden, so storage holds still from here.
    await page.evaluate(() => dispatchEvent(new Event('pagehide')));
    const before = await page.evaluate(() => JSON.stringify(Object.fromEntries(Object.entries(localStorage).filter(([k]) => k.startsWith('plan-templates:')).sort())));

    await openPanel(page, 'drafts-panel');
    const file = await download(page, () => page.getByRole('button', { name: '导出我的数据' }).click());
    const exported = JSON.parse(readFileSync(file, 'utf8')) as { format: string; drafts: Record<string, unknown>; profile: Record<string, unknown> };
    expect(exported.format).toBe('plan-templates-backup');
    expect(exported.profile['address']).toBe('某某市某某路3号');

    // Wrong files first, onto the full storage: refused with a message, nothing changed.
    const dir = mkdtempSync(join(tmpdir(), 'import-'));
    const cases: [string, string, RegExp][] = [
      ['damaged.json', readFileSync(file, 'utf8').slice(0, 200), /文件已损坏/],
      ['package.json', JSON.stringify({ name: 'something-else', version: '1.0.0' }), /不是本站导出的数据文件/],
    ];
    for (const [name, text, message] of cases) {
      writeFileSync(join(dir, name), text);
      await page.setInputFiles('.data-import', join(dir, name));
      await expect.poll(() => page.locator('.data-status').textContent()).toMatch(message);
      expect(await page.locator('.data-status').getAttribute('role')).toBe('alert');
      const now = await page.evaluate(() => JSON.stringify(Object.fromEntries(Object.entries(localStorage).filter(([k]) => k.startsWith('plan-templates:')).sort())));
      expect(now, name).toBe(before);
    }

    // Clear everything, as on a new computer, then import the file.
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    await page.locator('#f-orgName').focus();
    await page.locator('plan-page[data-ready]').waitFor();
    expect(await page.inputValue('#f-orgName')).toBe('');
    await openPanel(page, 'drafts-panel');
    await page.setInputFiles('.data-import', file);
    await expect.poll(() => page.locator('.data-status').textContent()).toContain('已导入');
    expect(await page.inputValue('#f-orgName')).toBe('某某市第三中学');
    const after = await page.evaluate(() => JSON.stringify(Object.fromEntries(Object.entries(localStorage).filter(([k]) => k.startsWith('plan-templates:')).sort())));
    expect(JSON.parse(after)).toEqual(JSON.parse(before));
    expect(errors).toEqual([]);
  });

  test('the 印发通知 switch changes the .docx and the print preview', async () => {
    const { page, errors } = await watchedPage(browser(), baseUrl, { acceptDownloads: true });
    await openEditor(page, SCHOOL);
    await page.fill('#f-orgName', '某某市第一中学');
    // Off until 正式发文 is chosen near the top of the form.
    expect(await page.locator('.notice-slot').isHidden()).toBe(true);
    await page.check('#f-notice-choice-notice');
    await openPanel(page, 'notice-panel');
    await page.fill('#f-notice-code', '某中');
    await page.fill('#f-notice-serial', '3');
    await page.fill('#f-notice-date', '2026-06-29');
    await expect.poll(() => page.locator('.notice-slot .notice-number').textContent()).toBe('某中〔2026〕3号');
    expect(await page.locator('.notice-slot .notice-mark').textContent()).toBe('某某市第一中学文件');

    const printed = async () => {
      await page.emulateMedia({ media: 'print' });
      const visible = await page.locator('.notice-slot .notice').isVisible();
      await page.emulateMedia({ media: 'screen' });
      return visible;
    };
    const docx = async () => strFromU8(unzipSync(readFileSync(await download(page, () => page.locator('.plan-bar [data-action="docx"]').click())))['word/document.xml']!);

    expect(await printed()).toBe(true);
    const withNotice = await docx();
    expect(withNotice).toContain('某中〔2026〕3号');
    expect(withNotice).toContain('<w:type w:val="evenPage"/>');

    await page.check('#f-notice-choice-plain');
    await expect.poll(() => page.locator('.notice-slot').isHidden()).toBe(true);
    expect(await printed()).toBe(false);
    const without = await docx();
    expect(without).not.toContain('〔2026〕');
    expect(without).not.toContain('evenPage');
    expect(errors).toEqual([]);
  });
});
