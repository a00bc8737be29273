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

test('search: the page loads the word segmenter in a worker first, and searches as usual when that worker fails', async () => {
  const WARMUP = /\/_astro\/segmenter-warmup[^/]*\.js$/;
  const { page: served, errors: servedErrors } = await watchedPage(browser(), baseUrl);
  const asked: string[] = [];
  served.on('request', (request) => asked.push(request.url()));
  await served.goto(`${baseUrl}/search/?q=${QUERY}`);
  await served.locator('plan-search[data-done]').waitFor();
  expect(asked.filter((url) => WARMUP.test(url))).toHaveLength(1);
  expect(await served.locator('.results .section-link').count()).toBeGreaterThan(0);
  expect(servedErrors).toEqual([]);

  const { page, errors } = await watchedPage(browser(), baseUrl);
  await page.route(WARMUP, (route) => route.abort());
  await page.goto(`${baseUrl}/search/?q=${QUERY}`);
  await page.locator('plan-search[data-done]').waitFor();
  expect(await page.locator('.search-status').textContent()).toMatch(/找到 \d+ 个相关章节/);
  expect(await page.locator('.search-degraded').isVisible()).toBe(false);
  expect(errors.filter((e) => !/segmenter-warmup|ERR_FAILED|Failed to load/i.test(e))).toEqual([]);
});

const EXAMPLE = '/templates/school-stability-emergency-plan/example/';
const alertText = (page: import('playwright-core').Page) => page.locator('.bar-alert').textContent();

/**
 * Blocks `pattern`, clicks 下载 Word on an example page and expects `message`; then lets the request
 * through and expects the next click to download. `ignore` names the console errors the block causes.
 */
async function failsThenRetries(pattern: string, message: string, ignore: RegExp): Promise<void> {
  const { page, errors } = await watchedPage(browser(), baseUrl, { acceptDownloads: true });
  let blocked = true;
  await page.route(pattern, (route) => (blocked ? route.abort() : route.continue()));
  await page.goto(`${baseUrl}${EXAMPLE}`);
  await page.getByRole('button', { name: '下载 Word' }).click();
  await expect.poll(() => alertText(page)).toContain(message);

  blocked = false;
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载 Word' }).click()]);
  expect(download.suggestedFilename()).toMatch(/\.docx$/);
  expect(await alertText(page)).toBe('');
  expect(errors.filter((e) => !ignore.test(e))).toEqual([]);
}

test('plan page: the plan model failing to load says so, and the next click tries again', async () => {
  await failsThenRetries('**/template.json', '没有加载成功', /template\.json|Failed to load resource|ERR_FAILED/);
});

test('plan page: the .docx writer failing to load says so instead of "正在生成…" for ever, and can be retried', async () => {
  await failsThenRetries('**/_astro/docx*.js', '没有生成成功', /docx|Failed to load resource|ERR_FAILED|dynamically imported/i);
});

test('plan page: a malformed #fragment breaks nothing', async () => {
  const { page, errors } = await watchedPage(browser(), baseUrl, { acceptDownloads: true });
  await page.goto(`${baseUrl}${EXAMPLE}#%E0%A4%A`);
  await page.locator('.plan-bar details.more summary').click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载 .txt' }).click()]);
  expect(download.suggestedFilename()).toMatch(/\.txt$/);
  expect(errors).toEqual([]);
});
