import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { sitePath, useBrowser, watchedPage } from './browser';

// The two users of issue #13, on a phone and a laptop, by clicks and by keyboard:
// 选哪种预案 → template → fill (a group or table, and a person list) → 下载 Word → 打印.
// Screenshots go to test-results/users/ for a person to look at.
const { browser, baseUrl } = useBrowser();
const SHOTS = 'test-results/users';
mkdirSync(SHOTS, { recursive: true });

const VIEWPORTS = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'laptop', width: 1366, height: 900 },
];

interface Step {
  /** Chooser answers, by visible label. */
  answers: string[];
  template: string;
  slug: string;
  fill: (page: Page, by: 'click' | 'keyboard') => Promise<void>;
  expectInPlan: string[];
  /** A deletion to undo: the delete button, and a control with the value 撤销 must bring back. */
  undo: { button: string; control: string; value: string; asks: boolean };
}

const SCHOOL: Step = {
  answers: ['学校', '一份应对突发事件的应急预案'],
  template: '学校维稳工作应急预案',
  slug: 'school-stability-emergency-plan',
  expectInPlan: ['某某市第九中学维稳工作应急预案', '周敏', '李华', '赵强'],
  // A group holding names: asked first, then undone.
  undo: { button: '[aria-label="删除第1组"]', control: '[aria-label="第1组组长姓名"]', value: '周敏', asks: true },
  fill: async (page, by) => {
    await type(page, by, '#f-orgName', '某某市第九中学');
    await type(page, by, '[aria-label="领导小组成员第1人姓名"]', '赵强');
    await press(page, by, '[aria-label="添加一人：领导小组成员"]');
    // The new row is drawn, then focused: wait for the focus rather than read it at once (a busy machine lags).
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label')), { timeout: 30_000 }).toBe('领导小组成员第2人姓名');
    await page.keyboard.type('孙丽');
    await type(page, by, '[aria-label="第1组组长姓名"]', '周敏');
    await type(page, by, '[aria-label="第1组成员第1人姓名"]', '李华');
  },
};

const COMMUNITY: Step = {
  answers: ['村、社区', '值班制度'],
  template: '社区维稳应急值班制度',
  slug: 'community-duty-rules',
  expectInPlan: ['某某社区居民委员会', '陈静', '1月4日'],
  undo: { button: '[aria-label="删除网格员联系表第1人"]', control: '[aria-label="网格员联系表第1人姓名"]', value: '陈静', asks: false },
  fill: async (page, by) => {
    await type(page, by, '#f-orgName', '某某社区居民委员会');
    await type(page, by, '[aria-label="网格员联系表第1人姓名"]', '陈静');
    await type(page, by, '[aria-label="社区值班表第1行日期"]', '1月4日');
    await press(page, by, '[aria-label="添加一行：社区值班表"]');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('社区值班表第2行日期');
  },
};

/** Moves focus by Tab (Shift+Tab when the target lies above) until `selector` has it, or clicks it. */
async function reach(page: Page, by: 'click' | 'keyboard', selector: string): Promise<void> {
  if (by === 'click') return page.locator(selector).first().click();
  const above = await page.evaluate((s) => {
    const target = document.querySelector(s);
    const active = document.activeElement;
    return !!target && !!active && active !== document.body && (target.compareDocumentPosition(active) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
  }, selector);
  for (let i = 0; i < 200; i++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    await page.keyboard.press(above ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`Tab never reached ${selector}`);
}

async function type(page: Page, by: 'click' | 'keyboard', selector: string, text: string): Promise<void> {
  await reach(page, by, selector);
  await page.keyboard.type(text);
}

async function press(page: Page, by: 'click' | 'keyboard', selector: string): Promise<void> {
  await reach(page, by, selector);
  if (by === 'keyboard') await page.keyboard.press('Enter');
}

describe.each(VIEWPORTS)('$name ($width×$height)', ({ name: device, width, height }) => {
  describe.each([
    { user: 'school staffer', step: SCHOOL },
    { user: 'community director', step: COMMUNITY },
  ])('$user', ({ step }) => {
    test.each(['click', 'keyboard'] as const)('by %s: chooser → template → fill → download Word → print', async (by) => {
      const shot = (name: string) => page.screenshot({ path: `${SHOTS}/${device}-${step.slug}-${by}-${name}.png` });
      const { page, errors, foreign } = await watchedPage(browser(), baseUrl, { viewport: { width, height }, acceptDownloads: true, hasTouch: width < 500, isMobile: width < 500 });
      await page.addInitScript(() => {
        (window as unknown as { printed: number }).printed = 0;
        window.print = () => void (window as unknown as { printed: number }).printed++;
      });
      await page.goto(`${baseUrl}/`);
      if (by === 'click') await page.locator('.chooser-teaser').getByRole('link', { name: new RegExp(`^${step.answers[0]!.replace(/[()（）]/g, '.')}`) }).click();
      else {
        await reach(page, by, `.chooser-teaser a[href^="${sitePath('/choose/')}"]:not([href="${sitePath('/choose/')}"])`);
        while (!(await page.evaluate((label) => document.activeElement?.textContent?.startsWith(label) ?? false, step.answers[0]!))) await page.keyboard.press('Tab');
        await page.keyboard.press('Enter');
      }
      await page.waitForURL(/\/choose\/[^/]+\/$/);
      const second = page.locator('.choices a', { hasText: step.answers[1]! });
      if (by === 'click') await second.click();
      else {
        await second.focus();
        await page.keyboard.press('Enter');
      }
      await page.waitForURL(/\/choose\/[^/]+\/[^/]+\/$/);
      expect(await page.locator('.pick h2').first().textContent()).toBe(step.template);
      expect(await page.locator('.pick').first().textContent()).toMatch(/。/);
      await shot('1-chooser-result');
      const open = page.locator('.pick').first().getByRole('link', { name: '打开模板并填写' });
      if (by === 'click') await open.click();
      else {
        await open.focus();
        await page.keyboard.press('Enter');
      }
      await page.waitForURL(`${baseUrl}/templates/${step.slug}/#fill`);
      await shot('2-template');

      if (width < 500) {
        // On a phone 打开模板并填写 opens 填写; 预览 is one tap away.
        expect(await page.locator('.fill-panel').isVisible()).toBe(true);
        expect(await page.locator('.plan').isVisible()).toBe(false);
        expect(await page.locator('.missing > summary').isVisible()).toBe(true);
      }
      await step.fill(page, by);
      await shot('3-filled');

      // Deleting by mistake, then 撤销.
      const asked: string[] = [];
      page.on('dialog', (dialog) => {
        asked.push(dialog.message());
        void dialog.accept();
      });
      await press(page, by, step.undo.button);
      await expect.poll(() => page.locator(step.undo.control).inputValue()).not.toBe(step.undo.value);
      expect(asked.length).toBe(step.undo.asks ? 1 : 0);
      await shot('3b-deleted');
      await press(page, by, '.undo-bar button');
      await expect.poll(() => page.locator(step.undo.control).inputValue()).toBe(step.undo.value);

      // Print from 填写: the plan prints, not the form.
      await press(page, by, '.plan-bar [data-action="print"]');
      await expect.poll(() => page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
      await page.emulateMedia({ media: 'print' });
      expect(await page.locator('.plan').isVisible()).toBe(true);
      expect(await page.locator('.fill-panel').isVisible()).toBe(false);
      await shot('3c-print-from-fill');
      await page.emulateMedia({ media: 'screen' });
      // Emulating print hid the focused 打印 button; a real print dialog does not.
      await page.locator('.plan-bar [data-action="print"]').focus();
      if (width < 500) await press(page, by, '.view-tabs [data-view="preview"]');
      const plan = (await page.locator('.plan').textContent()) ?? '';
      for (const text of step.expectInPlan) expect(plan).toContain(text);
      expect(await page.locator('.plan').isVisible()).toBe(true);
      await shot('4-preview');

      const downloading = page.waitForEvent('download');
      await press(page, by, '.plan-bar [data-action="docx"]');
      const dialog = page.locator('dialog.confirm-download');
      await dialog.waitFor();
      await shot('5-unfilled-warning');
      if (by === 'click') await dialog.getByRole('button', { name: '仍然下载' }).click();
      else {
        await page.keyboard.press('Tab');
        await page.keyboard.press('Enter');
      }
      const download = await downloading;
      expect(download.suggestedFilename()).toMatch(new RegExp(`-${step.template}\\.docx$`));
      expect(await page.locator('.bar-done').textContent()).toContain(download.suggestedFilename());
      await press(page, by, '.plan-bar [data-action="print"]');
      await expect.poll(() => page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(2);
      await page.emulateMedia({ media: 'print' });
      await shot('6-print');
      await page.emulateMedia({ media: 'screen' });

      // The next day: from the home page back to the draft.
      await page.goto(`${baseUrl}/`);
      await page.reload();
      const resume = page.locator('.my-drafts').getByRole('link', { name: `继续填写：${step.template}` });
      await resume.waitFor();
      await shot('7-my-drafts');
      if (by === 'click') await resume.click();
      else {
        await resume.focus();
        await page.keyboard.press('Enter');
      }
      await page.waitForURL(`${baseUrl}/templates/${step.slug}/#fill`);
      await expect.poll(() => page.locator(step.undo.control).inputValue()).toBe(step.undo.value);
      expect(await page.locator('.fill-panel').isVisible()).toBe(true);
      await shot('8-resumed');
      expect(errors).toEqual([]);
      expect(foreign).toEqual([]);
      await page.context().close();
    });
  });
});

describe('a phone never scrolls sideways', () => {
  test.each(['/', '/choose/', '/choose/school/incident/', '/type/community/', '/guide/', '/templates/community-duty-rules/', '/templates/school-stability-emergency-plan/example/', '/templates/community-duty-rules/example/'])('%s at 390 px', async (path) => {
    const { page } = await watchedPage(browser(), baseUrl, { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    await page.goto(`${baseUrl}${path}`);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.context().close();
  });
});

describe('the search form on a phone', () => {
  test('the box and its button share a line, and each filter sits beside its label', async () => {
    const { page } = await watchedPage(browser(), baseUrl, { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    await page.goto(`${baseUrl}/search/`);
    const middle = (selector: string) => page.locator(selector).evaluate((el) => {
      const box = el.getBoundingClientRect();
      return box.top + box.height / 2;
    });
    const sameLine = async (a: string, b: string) => Math.abs((await middle(a)) - (await middle(b)));
    expect(await sameLine('#search-q', '.search-form button[type="submit"]')).toBeLessThan(4);
    expect(await sameLine('label[for="search-type"]', '#search-type')).toBeLessThan(4);
    expect(await sameLine('label[for="search-kind"]', '#search-kind')).toBeLessThan(4);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.context().close();
  });
});
