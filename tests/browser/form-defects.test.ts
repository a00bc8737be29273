import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { useBrowser, watchedPage } from './browser';

// Each test reproduces a defect a careful tester found in the form (issue #13); each failed before its fix.
const { browser, baseUrl } = useBrowser();
const SCHOOL = '/templates/school-stability-emergency-plan/';
const DUTY = '/templates/community-duty-rules/';
// Named drafts (#12): one stored set per template.
const KEY = 'plan-templates:drafts:school-stability-emergency-plan';

/** Opens a template page and waits until the form's code is running (it loads on first use of the form). */
async function openForm(page: Page, path = SCHOOL): Promise<void> {
  await page.goto(`${baseUrl}${path}`);
  await page.locator('#f-orgName').focus();
  await page.locator('plan-page[data-ready]').waitFor();
}

const activeLabel = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.id ?? '');
const savedDraft = (page: Page) => page.evaluate((key) => localStorage.getItem(key) ?? '', KEY);

describe('form defects (issue #13)', () => {
  test('a group left without a name still shows in the preview, with its name marked unfilled', async () => {
    const { page, errors } = await watchedPage(browser(), baseUrl);
    await openForm(page);
    await page.getByRole('textbox', { name: '第1组名称' }).fill('');
    await page.getByRole('textbox', { name: '第1组组长姓名' }).fill('周敏');
    await expect.poll(() => page.locator('.plan').textContent()).toContain('周敏');
    expect(await page.locator('.plan').textContent()).toContain('【工作组名称】');
    expect(errors).toEqual([]);
  });

  test('two tabs on one template see each other\'s saves instead of overwriting them', async () => {
    const { page: first } = await watchedPage(browser(), baseUrl);
    await openForm(first);
    const second = await first.context().newPage();
    await openForm(second);
    await first.fill('#f-orgName', '某某市第九中学');
    await expect.poll(() => savedDraft(first)).toContain('某某市第九中学');
    await expect.poll(() => second.inputValue('#f-orgName')).toBe('某某市第九中学');
    expect(await second.locator('.draft-status').textContent()).toContain('另一个标签页');
    await second.fill('#f-localPolice', '某某派出所');
    await expect.poll(() => savedDraft(second)).toContain('某某派出所');
    expect(await savedDraft(second)).toContain('某某市第九中学');
  });

  test('a reload right after typing keeps the last edit (saved on page hide)', async () => {
    const { page } = await watchedPage(browser(), baseUrl);
    await openForm(page);
    await page.fill('#f-orgName', '某某市第十中学');
    await page.reload();
    await page.locator('#f-orgName').waitFor();
    await expect.poll(() => page.inputValue('#f-orgName')).toBe('某某市第十中学');
  });

  test('adding, moving and deleting rows keep focus on the row concerned', async () => {
    const { page } = await watchedPage(browser(), baseUrl);
    await openForm(page);
    // An empty list shows one blank row; 添加一人 adds the next and puts the caret in it.
    await page.getByRole('textbox', { name: '领导小组成员第1人姓名' }).fill('李华');
    await page.getByRole('button', { name: '添加一人：领导小组成员' }).click();
    expect(await activeLabel(page)).toBe('领导小组成员第2人姓名');
    await page.keyboard.type('赵强');
    await page.getByRole('button', { name: '上移领导小组成员第2人' }).click();
    // Focus follows the moved person to row 1, so pressing again keeps moving the same person.
    expect(await activeLabel(page)).toMatch(/领导小组成员第1人$/);
    expect(await page.getByRole('textbox', { name: '领导小组成员第1人姓名' }).inputValue()).toBe('赵强');
    await page.getByRole('button', { name: '删除第2组' }).click();
    expect(await activeLabel(page)).toBe('第2组名称');
    expect(await page.getByRole('textbox', { name: '第2组名称' }).inputValue()).not.toBe('');
  });

  test('every control has its own name, also across two tables', async () => {
    const { page } = await watchedPage(browser(), baseUrl);
    await openForm(page, DUTY);
    for (const name of ['添加一行：值班安排表', '添加一行：应急联系方式表']) {
      const add = page.getByRole('button', { name });
      if (await add.count()) await add.click();
    }
    const names = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLInputElement>('.fill-form input, .fill-form textarea, .fill-form select')].map((input) => ({
        label: input.getAttribute('aria-label') ?? document.querySelector(`label[for="${input.id}"]`)?.textContent ?? '',
        name: input.name,
      })),
    );
    const duplicates = (list: string[]) => list.filter((item, i) => list.indexOf(item) !== i);
    expect(duplicates(names.map((n) => n.label))).toEqual([]);
    expect(duplicates(names.map((n) => n.name).filter(Boolean))).toEqual([]);
    expect(names.every((n) => n.name)).toBe(true);
  });

  test('"required" is told to screen readers and matches the stars', async () => {
    const { page } = await watchedPage(browser(), baseUrl);
    await openForm(page);
    const fields = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('.fill-form [data-field-box]')].map((box) => ({
        star: box.querySelector('.req') !== null,
        starHidden: box.querySelector('.req')?.closest('[aria-hidden="true"]') !== null && !box.querySelector('.req ~ .visually-hidden, .req .visually-hidden'),
        required: box.querySelector('[required], [aria-required="true"]') !== null,
      })),
    );
    expect(fields.filter((f) => f.star && f.starHidden)).toEqual([]);
    expect(fields.filter((f) => f.star !== f.required)).toEqual([]);
  });

  test('a number field says so when it holds something other than a number', async () => {
    const { page } = await watchedPage(browser(), baseUrl);
    await openForm(page);
    await page.fill('#f-onsiteReportMinutes', '十分钟左右abc');
    await expect.poll(() => page.locator('#f-onsiteReportMinutes-hint').textContent()).toContain('数字');
    await page.fill('#f-onsiteReportMinutes', '15');
    await expect.poll(() => page.locator('#f-onsiteReportMinutes-hint').textContent()).toBe('');
  });

  // Was 37. Now: skip link, brand, four nav links (我的草稿 was added with issue #24), search box and button, two breadcrumbs, 示例 and
  // 体检 links, the unfilled status, 下载 Word, 打印, 复制, 更多, 清除填写内容, the 印发通知 choice (issue #24), then the first field.
  test('the first field is at most 20 Tabs from the top of the page', async () => {
    const { page } = await watchedPage(browser(), baseUrl);
    await page.goto(`${baseUrl}${SCHOOL}`);
    let tabs = 0;
    while (tabs < 40 && (await page.evaluate(() => document.activeElement?.id)) !== 'f-orgName') {
      await page.keyboard.press('Tab');
      tabs++;
    }
    expect(tabs).toBeLessThanOrEqual(20);
  });

  test('清除填写内容 sits near the top of the form, above the first field', async () => {
    const { page } = await watchedPage(browser(), baseUrl);
    await openForm(page);
    const clear = await page.getByRole('button', { name: '清除填写内容' }).boundingBox();
    const first = await page.locator('#f-orgName').boundingBox();
    expect(clear!.y).toBeLessThan(first!.y);
  });

  test('each 印发 choice has its button beside the first line of its label, on a phone and on a desktop', async () => {
    for (const width of [390, 1366]) {
      const context = await browser().newContext({ viewport: { width, height: 900 } });
      const page = await context.newPage();
      await page.goto(`${baseUrl}${SCHOOL}#fill`);
      for (const value of ['notice', 'plain']) {
        // The form is drawn by script: on a busy machine the boxes are read until its layout has settled.
        const boxes = async () => {
          const radio = await page.locator(`#f-notice-choice-${value}`).boundingBox();
          const label = await page.locator(`label[for="f-notice-choice-${value}"]`).boundingBox();
          return radio && label ? { radio, label } : { radio: { x: 0, y: 0, width: Infinity }, label: { x: Infinity, y: Infinity } };
        };
        // Stretched across the panel, the button once sat in the middle of the row, far from its words.
        await expect.poll(async () => (await boxes()).radio.width, { message: `${width}px ${value}`, timeout: 30_000 }).toBeLessThan(32);
        await expect.poll(async () => { const { radio, label } = await boxes(); return label.x - (radio.x + radio.width); }, { message: `${width}px ${value}`, timeout: 30_000 }).toBeLessThan(16);
        await expect.poll(async () => { const { radio, label } = await boxes(); return Math.abs(radio.y - label.y); }, { message: `${width}px ${value}`, timeout: 30_000 }).toBeLessThan(16);
      }
      await context.close();
    }
  });

  test('a draft key holding null does not claim a restored draft', async () => {
    const { page } = await watchedPage(browser(), baseUrl);
    await page.addInitScript((key) => localStorage.setItem(key, 'null'), KEY);
    await openForm(page);
    await page.locator('#f-orgName').waitFor();
    expect(await page.locator('.draft-status').textContent()).not.toContain('已恢复');
  });
});
