/**
 * Where a first-time user broke the fill-in journey (issue #24): each test failed on the code before
 * its fix. Print from any view, typing into the notice's folded fields, deleting with 撤销, the
 * notice off until chosen, the 未填写 list, the view kept, the preview following the form, and
 * 我的草稿 on the home page.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { settled, useBrowser, watchedPage } from './browser';

const { browser, baseUrl } = useBrowser();
// Screenshots for a person to look at.
const SHOTS = process.env['SHOTS'] ?? 'test-results/first-user';
mkdirSync(SHOTS, { recursive: true });
const SCHOOL = '/templates/school-stability-emergency-plan/';
const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };
const DESKTOP = { viewport: { width: 1366, height: 900 } };

/** Opens a template page and waits until the form's code runs (it loads on first use of the form). */
async function openForm(page: Page, path = SCHOOL): Promise<void> {
  await page.goto(`${baseUrl}${path}`);
  if (!(await page.locator('.fill-panel').isVisible())) await page.locator('.view-tabs [data-view="fill"]').click();
  await page.locator('#f-orgName').focus();
  await page.locator('plan-page[data-ready]').waitFor();
}

/** 正式发文: the explicit choice where there is one (the earlier code had the notice on by itself). */
async function chooseNotice(page: Page): Promise<void> {
  const choice = page.locator('#f-notice-choice-notice');
  if (await choice.count()) await choice.check();
}

/**
 * A field's value now, or undefined when there is no such field: it never waits, so a poll on it
 * ends in an assertion (a broken feature fails fast and says what it saw), not in a test timeout.
 */
const valueNow = (field: Locator): Promise<string | undefined> => field.evaluateAll((found) => (found[0] as HTMLInputElement | undefined)?.value);
/** The view the template page shows now (fill or preview), or undefined before its script picks one. */
const viewNow = (page: Page): Promise<string | undefined> => page.locator('plan-page').first().evaluate((plan) => (plan as HTMLElement).dataset['view']);

const missingLabels = (page: Page) => page.locator('details.missing li').allTextContents();

/** The plan as Chromium prints it, as text without spaces or line breaks. */
async function printedText(page: Page): Promise<string> {
  await page.evaluate(() => document.fonts.ready);
  const pdf = join(mkdtempSync(join(tmpdir(), 'print-view-')), 'plan.pdf');
  writeFileSync(pdf, await page.pdf({ preferCSSPageSize: true }));
  return execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8', maxBuffer: 64 << 20 }).replace(/\s+/g, '');
}

describe('print always prints the plan', () => {
  const views = [
    { name: 'phone, 预览', options: PHONE, to: 'preview' },
    { name: 'phone, 填写', options: PHONE, to: 'fill' },
    { name: 'desktop, as opened', options: DESKTOP, to: 'none' },
    { name: 'desktop, after the 未填写 list', options: DESKTOP, to: 'missing' },
  ] as const;
  test.each(views)('$name', async ({ options, to }) => {
    const { page, errors } = await watchedPage(browser(), baseUrl, options);
    await openForm(page);
    await page.locator('#f-orgName').fill('某某市第九中学');
    await expect.poll(() => page.locator('.plan-title').textContent()).toBe('某某市第九中学维稳工作应急预案');
    // A sentence of the plan's body, as the page shows it.
    const sentence = (await page.locator('.plan .sec > p').first().textContent())!.replace(/\s+/g, '').slice(0, 20);
    if (to === 'preview') await page.locator('.view-tabs [data-view="preview"]').click();
    if (to === 'missing') {
      await page.locator('details.missing > summary').click();
      await page.locator('details.missing li a').first().click();
      expect(await page.evaluate(() => document.querySelector('plan-page')?.getAttribute('data-view'))).toBe('fill');
    }
    const text = await printedText(page);
    expect(text).toContain('某某市第九中学维稳工作应急预案');
    expect(text).toContain(sentence);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('the notice panel\'s folded fields behave like every other field', () => {
  const FIELDS = [
    { id: 'notice-printer', label: '印发机关' },
    { id: 'notice-cc', label: '抄送机关' },
    { id: 'notice-copyNumber', label: '份号' },
    { id: 'notice-secrecy', label: '密级' },
    { id: 'notice-urgency', label: '紧急程度' },
  ];
  test('typing letter by letter, IME composition, paste and Tab keep the panel open and the focus', async () => {
    const { page, errors } = await watchedPage(browser(), baseUrl, DESKTOP);
    await openForm(page);
    await chooseNotice(page);
    const panel = page.locator('details.notice-panel');
    if (!(await panel.getAttribute('open') !== null)) await panel.locator('> summary').click();
    await page.locator('details.more-fields > summary').click();
    const cdp = await page.context().newCDPSession(page);
    for (const { id } of FIELDS) {
      const field = page.locator(`#f-${id}`);
      await field.focus();
      await page.keyboard.type('甲乙丙', { delay: 20 });
      // An IME: two compositions, then the commit.
      await cdp.send('Input.imeSetComposition', { text: 'd', selectionStart: 1, selectionEnd: 1 });
      await cdp.send('Input.imeSetComposition', { text: '丁', selectionStart: 1, selectionEnd: 1 });
      await cdp.send('Input.insertText', { text: '丁' });
      await page.keyboard.insertText('戊');
      expect(await field.inputValue(), id).toBe('甲乙丙丁戊');
      expect(await page.evaluate(() => document.activeElement?.id), id).toBe(`f-${id}`);
      expect(await page.locator('details.more-fields').getAttribute('open'), id).not.toBeNull();
    }
    // Tab moves to the next field, still inside the open panel.
    await page.locator('#f-notice-copyNumber').focus();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('f-notice-secrecy');
    await expect.poll(() => page.evaluate(() => localStorage.getItem('plan-templates:drafts:school-stability-emergency-plan') ?? '')).toContain('"printer":"甲乙丙丁戊"');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('deleting can be undone', () => {
  test('a group holding names asks first; 撤销 restores it with its names', async () => {
    const { page, errors } = await watchedPage(browser(), baseUrl, DESKTOP);
    await openForm(page);
    const name = await page.getByRole('textbox', { name: '第1组名称' }).inputValue();
    await page.getByRole('textbox', { name: '第1组组长姓名' }).fill('周敏');
    await page.getByRole('textbox', { name: '第1组成员第1人姓名' }).fill('李华');
    await expect.poll(() => page.locator('.plan').textContent()).toContain('李华');
    // The group's button is not the person's.
    const groupButton = page.getByRole('button', { name: '删除第1组', exact: true });
    expect(await groupButton.textContent()).not.toBe(await page.getByRole('button', { name: '删除第1组成员第1人' }).textContent());
    const asked: string[] = [];
    page.once('dialog', (dialog) => {
      asked.push(dialog.message());
      void dialog.dismiss();
    });
    await groupButton.click();
    expect(asked.join()).toContain('周敏');
    expect(await page.getByRole('textbox', { name: '第1组名称' }).inputValue()).toBe(name);
    page.once('dialog', (dialog) => void dialog.accept());
    await groupButton.click();
    const groupName = page.getByRole('textbox', { name: '第1组名称' });
    expect(await settled(() => valueNow(groupName), (value) => value !== name)).not.toBe(name);
    expect(await page.locator('.plan').textContent()).not.toContain('周敏');
    await page.locator('.undo-bar').getByRole('button', { name: '撤销' }).click();
    expect(await settled(() => valueNow(groupName), (value) => value === name)).toBe(name);
    expect(await valueNow(page.getByRole('textbox', { name: '第1组组长姓名' }))).toBe('周敏');
    expect(await valueNow(page.getByRole('textbox', { name: '第1组成员第1人姓名' }))).toBe('李华');
    expect(await settled(() => page.locator('.plan').textContent(), (text) => text?.includes('周敏') ?? false)).toContain('周敏');
    await expect.poll(() => page.evaluate(() => localStorage.getItem('plan-templates:drafts:school-stability-emergency-plan') ?? '')).toContain('李华');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test('a deleted person comes back with 撤销', async () => {
    const { page } = await watchedPage(browser(), baseUrl, DESKTOP);
    await openForm(page);
    await page.getByRole('textbox', { name: '领导小组成员第1人姓名' }).fill('李华');
    await page.getByRole('button', { name: '添加一人：领导小组成员' }).click();
    await page.keyboard.type('赵强');
    await page.getByRole('button', { name: '删除领导小组成员第1人' }).click();
    const first = page.getByRole('textbox', { name: '领导小组成员第1人姓名' });
    expect(await settled(() => valueNow(first), (value) => value === '赵强')).toBe('赵强');
    await page.locator('.undo-bar').getByRole('button', { name: '撤销' }).click();
    expect(await settled(() => valueNow(first), (value) => value === '李华')).toBe('李华');
    await page.context().close();
  });
});

describe('the 印发通知 is an explicit choice', () => {
  test('off until chosen; its fields count only when it is on; no duplicates or defaulted fields in 未填写', async () => {
    const { page, errors } = await watchedPage(browser(), baseUrl, DESKTOP);
    await page.goto(`${baseUrl}${SCHOOL}`);
    const before = await missingLabels(page);
    await openForm(page);
    await page.keyboard.type('某');
    await expect.poll(() => page.locator('.plan-title').textContent()).toContain('某维稳');
    expect(await page.locator('.notice-slot').isHidden()).toBe(true);
    expect(await missingLabels(page)).toEqual(before.filter((label) => label !== '学校名称'));
    expect(await page.isChecked('#f-notice-choice-notice')).toBe(false);
    expect(await page.isChecked('#f-notice-choice-plain')).toBe(false);

    await page.check('#f-notice-choice-notice');
    await expect.poll(() => page.locator('.notice-slot').isVisible()).toBe(true);
    const labels = await missingLabels(page);
    expect(labels).toContain('发文机关代字');
    expect(labels.length).toBe(new Set(labels).size);
    for (const defaulted of ['发文机关标志', '发文年份', '发文机关署名']) expect(labels).not.toContain(defaulted);

    await page.check('#f-notice-choice-plain');
    await expect.poll(() => page.locator('.notice-slot').isHidden()).toBe(true);
    expect(await missingLabels(page)).not.toContain('发文机关代字');
    // The choice is part of the draft.
    await page.reload();
    await page.locator('plan-page[data-ready]').waitFor();
    expect(await page.isChecked('#f-notice-choice-plain')).toBe(true);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('views', () => {
  test('the chooser\'s 打开模板并填写 opens 填写 on a phone, and a reload keeps the view', async () => {
    const { page } = await watchedPage(browser(), baseUrl, PHONE);
    await page.goto(`${baseUrl}/choose/school/incident/`);
    // Until the page's script picks a view, a phone shows both panels: wait for the choice.
    await page.locator('.pick').first().getByRole('link', { name: '打开模板并填写' }).click();
    await page.waitForURL(/\/templates\//);
    expect(await settled(() => viewNow(page), (shown) => shown === 'fill')).toBe('fill');
    expect(await page.locator('.fill-panel').isVisible()).toBe(true);
    expect(await page.locator('.plan').isVisible()).toBe(false);
    await page.locator('.view-tabs [data-view="preview"]').click();
    await page.reload();
    expect(await settled(() => viewNow(page), (shown) => shown === 'preview')).toBe('preview');
    expect(await page.locator('.fill-panel').isVisible()).toBe(false);
    await page.locator('.view-tabs [data-view="fill"]').click();
    await page.reload();
    expect(await settled(() => viewNow(page), (shown) => shown === 'fill')).toBe('fill');
    expect(await page.locator('.plan').isVisible()).toBe(false);
    await page.context().close();
  });

  test('on a desktop the preview scrolls to the focused field', async () => {
    const { page } = await watchedPage(browser(), baseUrl, DESKTOP);
    await openForm(page);
    // The field placed lowest in the plan, far below the first screen.
    const key = await page.evaluate(() => {
      const marks = [...document.querySelectorAll<HTMLElement>('.plan mark.ph[data-field]')].filter((mark) => document.getElementById(`f-${mark.dataset['field']}`));
      return marks.at(-1)!.dataset['field']!;
    });
    await page.evaluate(() => window.scrollTo(0, 0));
    const inView = () => page.locator(`.plan mark.ph[data-field="${key}"]`).first().evaluate((mark) => {
      const box = mark.getBoundingClientRect();
      return box.top > 0 && box.bottom < window.innerHeight;
    });
    expect(await inView()).toBe(false);
    await page.locator(`#f-${key}`).focus();
    await expect.poll(inView).toBe(true);
  });
});

describe('我的草稿 on the home page', () => {
  test('lists the templates with drafts after a reload; 继续填写 resumes; removing asks first', async () => {
    const { page, errors } = await watchedPage(browser(), baseUrl, PHONE);
    await openForm(page);
    await page.locator('#f-orgName').fill('某某市第九中学');
    await openForm(page, '/templates/community-duty-rules/');
    await page.locator('#f-orgName').fill('某某社区居民委员会');
    await expect.poll(() => page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('plan-templates:drafts:')).length)).toBe(2);
    await page.goto(`${baseUrl}/`);
    await page.reload();
    const drafts = page.locator('.my-drafts');
    expect(await settled(() => drafts.locator('li').count(), (count) => count === 2)).toBe(2);
    expect(await drafts.isVisible()).toBe(true);
    expect(await drafts.locator('li').first().textContent()).toContain('社区维稳应急值班制度');
    expect(await drafts.locator('li').first().textContent()).toMatch(/最后修改 \d{4}年\d{1,2}月\d{1,2}日 \d\d:\d\d/);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

    // Removing asks; 取消 keeps it.
    page.once('dialog', (dialog) => void dialog.dismiss());
    await drafts.getByRole('button', { name: '删除草稿：社区维稳应急值班制度' }).click();
    expect(await drafts.locator('li').count()).toBe(2);
    page.once('dialog', (dialog) => void dialog.accept());
    await drafts.getByRole('button', { name: '删除草稿：社区维稳应急值班制度' }).click();
    await expect.poll(() => drafts.locator('li').count()).toBe(1);

    await drafts.getByRole('link', { name: '继续填写：学校维稳工作应急预案' }).click();
    await page.waitForURL(/school-stability-emergency-plan\/#fill$/);
    expect(await settled(() => valueNow(page.locator('#f-orgName')), (value) => value === '某某市第九中学')).toBe('某某市第九中学');
    expect(await page.locator('.fill-panel').isVisible()).toBe(true);
    // The header leads there from any page.
    await page.locator('.site-header').getByRole('link', { name: '我的草稿' }).click();
    expect(await settled(() => drafts.isVisible(), Boolean)).toBe(true);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('smaller things', () => {
  test('a visible note after 下载 Word; 0 drills refused', async () => {
    const { page } = await watchedPage(browser(), baseUrl, { ...PHONE, acceptDownloads: true });
    await openForm(page);
    await page.locator('#f-drillsPerTerm').fill('0');
    await expect.poll(() => page.locator('#f-drillsPerTerm-hint').textContent()).toContain('不能为 0');
    const downloading = page.waitForEvent('download');
    await page.locator('.plan-bar [data-action="docx"]').click();
    await page.locator('dialog.confirm-download').getByRole('button', { name: '仍然下载' }).click();
    const download = await downloading;
    await expect.poll(() => page.locator('.bar-done').textContent()).toContain(download.suggestedFilename());
    expect(await page.locator('.bar-done').isVisible()).toBe(true);
    await page.context().close();
  });

  test('phone numbers stay on one line in the plan\'s tables', async () => {
    const { page } = await watchedPage(browser(), baseUrl, PHONE);
    await page.goto(`${baseUrl}/templates/community-duty-rules/example/`);
    const cells = page.locator('.plan td.phone');
    expect(await cells.count()).toBeGreaterThan(0);
    const lines = await cells.evaluateAll((tds) => tds.map((td) => {
      const range = document.createRange();
      range.selectNodeContents(td);
      return range.getClientRects().length;
    }));
    expect(Math.max(...lines)).toBe(1);
    await page.context().close();
  });
});

describe('a phone never scrolls sideways, whatever is open', () => {
  const OPEN: { name: string; open: (page: Page) => Promise<void> }[] = [
    { name: 'nothing', open: async () => {} },
    { name: 'the 未填写 list', open: (page) => page.locator('details.missing > summary').click() },
    { name: 'the 更多 menu', open: (page) => page.locator('details.more > summary').click() },
    { name: 'the unfilled-download dialog', open: async (page) => {
      await page.locator('.plan-bar [data-action="docx"]').click();
      await page.locator('dialog.confirm-download').waitFor();
    } },
    { name: 'the 填写 view with every panel open', open: async (page) => {
      await page.locator('.view-tabs [data-view="fill"]').click();
      await page.locator('#f-orgName').focus();
      await page.locator('plan-page[data-ready]').waitFor();
      await chooseNotice(page);
      const closed = page.locator('.fill-panel details:not([open]) > summary');
      while ((await closed.count()) > 0) await closed.first().click();
    } },
    { name: 'the undo bar', open: async (page) => {
      await page.locator('.view-tabs [data-view="fill"]').click();
      await page.locator('#f-orgName').focus();
      await page.locator('plan-page[data-ready]').waitFor();
      await page.getByRole('button', { name: '删除第2组', exact: true }).click();
      await page.locator('.undo-bar').waitFor();
    } },
  ];
  describe.each(['light', 'dark'] as const)('%s', (colorScheme) => {
    test.each(OPEN)('$name', async ({ name, open }) => {
      const { page } = await watchedPage(browser(), baseUrl, { ...PHONE, colorScheme });
      await page.goto(`${baseUrl}${SCHOOL}`);
      await open(page);
      expect(await page.evaluate(() => document.documentElement.scrollWidth), name).toBeLessThanOrEqual(390);
      // What opened lies within the screen (a fixed or absolute box does not widen the page).
      const right = await page.evaluate(() => Math.max(...[...document.querySelectorAll('details[open] > :not(summary), dialog[open], .undo-bar')].map((box) => box.getBoundingClientRect().right)));
      expect(right, name).toBeLessThanOrEqual(390);
      await page.screenshot({ path: `${SHOTS}/390-${colorScheme}-${name.replace(/\s+/g, '-')}.png` });
      await page.context().close();
    });
  });
});
