import { describe, expect, test } from 'vitest';
import { loadFile, templateFiles } from '../unit/content-files';
import { sitePath, useBrowser, watchedPage } from './browser';

const { browser, baseUrl } = useBrowser();

describe('browse: home → template → worked example', () => {
  test('by clicking links, with no console error and no foreign request', async () => {
    const { page, errors, foreign } = await watchedPage(browser(), baseUrl);
    await page.goto(`${baseUrl}/`);
    await page.getByRole('link', { name: '企业维稳应急预案（群体性上访事件）' }).first().click();
    await expect.poll(() => page.url()).toContain('/templates/enterprise-petition-emergency-plan/');
    expect(await page.locator('.plan-title').textContent()).toContain('【单位名称】');
    await page.getByRole('link', { name: '查看填好的示例' }).click();
    await expect.poll(() => page.url()).toContain('/templates/enterprise-petition-emergency-plan/example/');
    const example = (await page.locator('.plan').textContent()) ?? '';
    expect(example).not.toMatch(/【[^】]+】/);
    expect(example).toContain('领导小组');
    expect(errors).toEqual([]);
    expect(foreign).toEqual([]);
  });
});

describe('search: a section of a plan', () => {
  test('集体上访 from the header lists template #1 and the link lands on that heading', async () => {
    const { page, errors, foreign } = await watchedPage(browser(), baseUrl);
    await page.goto(`${baseUrl}/`);
    await page.keyboard.press('/');
    await page.keyboard.type('集体上访');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.url()).toContain('/search/?q=');
    const sectionLinks = page.locator('.result .section-link[href*="/templates/enterprise-petition-emergency-plan/#"]');
    await sectionLinks.first().waitFor();
    const href = (await sectionLinks.first().getAttribute('href'))!;
    const linkText = (await sectionLinks.first().textContent())!;
    await sectionLinks.first().click();
    await expect.poll(() => page.url()).toContain('/templates/enterprise-petition-emergency-plan/#');
    const id = decodeURIComponent(new URL(href, baseUrl).hash.slice(1));
    const heading = page.locator(`[id="${id}"]`);
    expect(await heading.evaluate((el) => /^H[2-6]$/.test(el.tagName))).toBe(true);
    expect(await heading.textContent()).toContain(linkText.replace(/#$/, '').trim().slice(0, 4));
    // Highlighted, and scrolled into view: waited for, since a busy machine may not have applied them yet
    // when the URL changes.
    await expect.poll(() => heading.evaluate((el) => el.matches(':target, .is-target') && getComputedStyle(el).backgroundColor !== 'rgba(0, 0, 0, 0)')).toBe(true);
    await expect.poll(() => heading.evaluate((el) => {
      const { top } = el.getBoundingClientRect();
      return top >= 0 && top < window.innerHeight;
    })).toBe(true);
    expect(errors).toEqual([]);
    expect(foreign).toEqual([]);
  });
});

describe('browse by organisation type', () => {
  test('home → 学校 → a school plan → its worked example → the guide, by clicking', async () => {
    const { page, errors } = await watchedPage(browser(), baseUrl);
    await page.goto(`${baseUrl}/`);
    await page.locator('.catalog').getByRole('link', { name: '学校', exact: true }).click();
    await expect.poll(() => page.url()).toBe(`${baseUrl}/type/school/`);
    const cards = page.locator('.card h3 a');
    const schoolTemplates = templateFiles().filter((file) => loadFile(file).frontmatter.orgType === '学校');
    expect(await cards.count()).toBe(schoolTemplates.length);
    await page.getByRole('link', { name: '学校安全维稳工作方案' }).click();
    await expect.poll(() => page.url()).toBe(`${baseUrl}/templates/school-safety-stability-work-plan/`);
    await page.getByRole('link', { name: '查看填好的示例' }).click();
    await expect.poll(() => page.url()).toBe(`${baseUrl}/templates/school-safety-stability-work-plan/example/`);
    expect(await page.locator('.plan').textContent()).toContain('某某市实验小学');
    await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '应急预案怎么写' }).click();
    await expect.poll(() => page.url()).toBe(`${baseUrl}/guide/`);
    expect(await page.locator(`a[href="${sitePath('/templates/school-safety-stability-work-plan/')}"]`).count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
  });

  test('the catalog works without JavaScript', async () => {
    const context = await browser().newContext({ javaScriptEnabled: false });
    context.setDefaultTimeout(90_000);
    const page = await context.newPage();
    await page.goto(`${baseUrl}/kind/onsite/`);
    await page.getByRole('link', { name: '现场处置方案（以岗位为例）' }).click();
    await expect.poll(() => page.url()).toBe(`${baseUrl}/templates/onsite-response-plan/`);
    expect(await page.locator('.plan h2').first().textContent()).toContain('事故风险描述');
    expect(await page.locator('.fill-panel').isVisible()).toBe(false);
    await context.close();
  });
});

describe('search page', () => {
  const resultUrls = (page: import('playwright-core').Page) => page.locator('.results a.section-link').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  const settled = (page: import('playwright-core').Page) =>
    page.waitForFunction(() => {
      const status = document.querySelector('.search-status')?.textContent ?? '';
      return status !== '' && !status.includes('正在搜索');
    });

  test('a filter narrows results; the URL keeps the state through reload and back', async () => {
    const { page, errors } = await watchedPage(browser(), baseUrl);
    await page.goto(`${baseUrl}/search/?q=${encodeURIComponent('后勤保障组')}`);
    await settled(page);
    const all = await resultUrls(page);
    expect(all.some((url) => !url.includes('/templates/school-'))).toBe(true);
    await page.selectOption('#search-type', '学校');
    await expect.poll(() => page.url()).toContain('type=%E5%AD%A6%E6%A0%A1');
    await settled(page);
    await expect.poll(async () => (await resultUrls(page)).every((url) => url.includes('/templates/school-'))).toBe(true);
    expect((await resultUrls(page)).length).toBeGreaterThan(0);
    await page.reload();
    await settled(page);
    expect(await page.inputValue('#search-q')).toBe('后勤保障组');
    expect(await page.inputValue('#search-type')).toBe('学校');
    expect((await resultUrls(page)).every((url) => url.includes('/templates/school-'))).toBe(true);
    await page.goBack();
    await expect.poll(() => page.inputValue('#search-type')).toBe('');
    expect(errors).toEqual([]);
  });

  test('keyboard only: / focuses the box, typing searches, Tab reaches a result, Enter opens it', async () => {
    const { page, errors } = await watchedPage(browser(), baseUrl);
    await page.goto(`${baseUrl}/search/`);
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-q');
    await page.keyboard.type('值班日志');
    await settled(page);
    await page.locator('.results a.section-link').first().waitFor();
    let guard = 0;
    while (!(await page.evaluate(() => document.activeElement?.classList.contains('section-link'))) && guard++ < 10) await page.keyboard.press('Tab');
    const href = await page.evaluate(() => document.activeElement?.getAttribute('href'));
    expect(href).toMatch(/#/);
    await page.keyboard.press('Enter');
    await expect.poll(() => decodeURIComponent(page.url())).toContain(decodeURIComponent(href!));
    expect(errors).toEqual([]);
  });

  test('search code starts on the search page once the visitor reaches for the box, and on no other page', async () => {
    const { page } = await watchedPage(browser(), baseUrl);
    const requested: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    await page.goto(`${baseUrl}/`);
    await page.waitForLoadState('networkidle');
    expect(requested.some((url) => url.includes('/pagefind/'))).toBe(false);
    // A page only opened runs no search work; reaching for the box starts it, before the first keystroke.
    await page.goto(`${baseUrl}/search/`);
    await page.waitForLoadState('networkidle');
    expect(requested.some((url) => url.includes('/pagefind/wasm.'))).toBe(false);
    await page.locator('#search-q').focus();
    await expect.poll(() => requested.some((url) => url.includes('/pagefind/wasm.'))).toBe(true);
  });
});
