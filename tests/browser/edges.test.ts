import { expect, test } from 'vitest';
import { useBrowser, watchedPage } from './browser';

// Things that go wrong in the field, provoked on purpose: each must end in a clear Chinese message
// with a way on, never in a spinner that runs for ever or an uncaught error.
const { browser, baseUrl } = useBrowser();
const QUERY = encodeURIComponent('报告流程');

test('search: Pagefind failing to load still answers from section titles, says so, and can retry', async () => {
  const { page, errors } = await watchedPage(browser(), baseUrl);
  let blocked = true;
  await page.route('**/pagefind/pagefind.js*', (route) => (blocked ? route.abort() : route.continue()));
  await page.goto(`${baseUrl}/search/?q=${QUERY}`);
  await page.locator('plan-search[data-done]').waitFor();
  await expect.poll(() => page.locator('.search-degraded').isVisible()).toBe(true);
  expect(await page.locator('.search-status').textContent()).not.toContain('正在搜索');
  expect(await page.locator('.results .section-link').count()).toBeGreaterThan(0);

  blocked = false;
  await page.evaluate(() => document.querySelector('plan-search')!.removeAttribute('data-done'));
  await page.getByRole('button', { name: '重新加载全文搜索' }).click();
  await page.locator('plan-search[data-done]').waitFor();
  await expect.poll(() => page.locator('.search-degraded').isVisible()).toBe(false);
  expect(await page.locator('.results .section-link').count()).toBeGreaterThan(0);
  // The refused script is the only error.
  expect(errors.filter((e) => !/pagefind|Failed to fetch|ERR_FAILED|dynamically imported/i.test(e))).toEqual([]);
});

test('search: Pagefind answering null ends the search with results from the titles', async () => {
  const { page, errors } = await watchedPage(browser(), baseUrl);
  await page.route('**/pagefind/pagefind.js*', (route) =>
    route.fulfill({ contentType: 'text/javascript', body: 'export const options = async () => {}; export const init = async () => {}; export const search = async () => null;' }),
  );
  await page.goto(`${baseUrl}/search/?q=${QUERY}`);
  await page.locator('plan-search[data-done]').waitFor();
  expect(await page.locator('.search-status').textContent()).toMatch(/找到 \d+ 个相关章节/);
  expect(await page.locator('.results .section-link').count()).toBeGreaterThan(0);
  expect(errors).toEqual([]);
});
