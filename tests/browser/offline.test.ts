import { readdirSync, readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import type { Request } from 'playwright-core';
import { expect, inject, test } from 'vitest';
import { downloadAnyway, settled, useBrowser, watchedPage } from './browser';

const { browser, baseUrl } = useBrowser();
const DIST = inject('dist');

test('after one visit the site works offline: a template not yet opened, search, filling, the .docx, the check page', async () => {
  const { page } = await watchedPage(browser(), baseUrl, { acceptDownloads: true, serviceWorkers: 'allow' });
  await page.goto(`${baseUrl}/`);
  // The footer says so once the service worker has kept every file.
  await page.locator('.offline-note', { hasText: '已可离线使用' }).waitFor();
  expect(await page.locator('.offline-note').textContent()).toContain('填写内容只保存在本浏览器中');
  await page.context().setOffline(true);

  await page.goto(`${baseUrl}/search/?q=${encodeURIComponent('集体上访')}`);
  await page.locator('.result .section-link[href*="/templates/enterprise-petition-emergency-plan/#"]').first().waitFor();

  await page.goto(`${baseUrl}/templates/school-stability-emergency-plan/`);
  await page.locator('plan-page:not([hidden]) .fill-form input[type="text"]').first().fill('某某市第九中学');
  const button = page.locator('.plan-bar [data-action="docx"]');
  if (!(await button.isVisible())) await page.locator('.plan-bar details.more > summary').click();
  const docx = await downloadAnyway(page, () => button.click());
  expect(strFromU8(unzipSync(readFileSync(docx.path))['word/document.xml']!)).toContain('某某市第九中学');

  await page.goto(`${baseUrl}/check/`);
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.locator('#check-file').click()]);
  await chooser.setFiles('tests/unit/fixtures/check-corpus/02-primary-school-2018.docx');
  await page.locator('.report-summary').waitFor();
  expect(await page.locator('.report-summary').textContent()).toMatch(/错误 \d+ 项/);
  await page.context().close();
});

test('once the site is stored offline, the search page reads the whole index in, and a new query fetches no index file', async () => {
  const { page, errors } = await watchedPage(browser(), baseUrl, { serviceWorkers: 'allow' });
  const indexFiles: string[] = [];
  page.on('request', (request) => {
    if (/\.pf_(index|fragment)$/.test(request.url())) indexFiles.push(request.url());
  });
  await page.goto(`${baseUrl}/search/`);
  // The first visit stores the site, then the service worker takes control, and the preload starts
  // once the visitor reaches for the box.
  await page.locator('.offline-note', { hasText: '已可离线使用' }).waitFor();
  await page.locator('#search-q').focus();
  await page.locator('plan-search[data-index="loaded"]').waitFor();
  const chunks = readdirSync(`${DIST}/pagefind/index`).length;
  expect(new Set(indexFiles.filter((url) => url.endsWith('.pf_index'))).size).toBe(chunks);
  indexFiles.length = 0;
  const input = page.locator('#search-q');
  for (const query of ['心理疏导', '初期火灾扑救', '后勤保障组职责']) {
    await input.fill(query);
    await page.locator(`plan-search[data-done="${query}"][aria-busy="false"]`).waitFor();
    expect(await page.locator('.result').count()).toBeGreaterThan(0);
  }
  expect(indexFiles).toEqual([]);
  expect(errors).toEqual([]);
  await page.context().close();
});

test('on a first visit, the first search loads only the index files it needs; then the page reads the rest in, and a new query fetches none', async () => {
  const { page, errors } = await watchedPage(browser(), baseUrl);
  const chunks: Request[] = [];
  page.on('request', (request) => {
    if (request.url().endsWith('.pf_index')) chunks.push(request);
  });
  // The moment the first results show, by the page's clock: the test may notice it much later.
  await page.addInitScript(() => {
    new MutationObserver(() => {
      const host = document.querySelector<HTMLElement>('plan-search');
      if (host?.dataset['done'] === '报告流程' && !('shownAt' in window)) Object.assign(window, { shownAt: performance.timeOrigin + performance.now() });
    }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-done'] });
  });
  await page.goto(`${baseUrl}/search/?q=${encodeURIComponent('报告流程')}`);
  // An assertion, not a wait: a page that never reads the index in fails here, not by timing out.
  expect(await settled(() => page.locator('plan-search').getAttribute('data-index'), (state) => state === 'loaded')).toBe('loaded');
  const shownAt = await page.evaluate(() => (window as unknown as { shownAt: number }).shownAt);
  const forFirstSearch = chunks.filter((request) => request.timing().startTime < shownAt);
  expect(forFirstSearch.length).toBeGreaterThan(0);
  expect(forFirstSearch.length).toBeLessThan(8);
  expect(new Set(chunks.map((request) => request.url())).size).toBe(readdirSync(`${DIST}/pagefind/index`).length);
  const fetched: string[] = [];
  page.on('request', (request) => {
    if (/\.pf_(index|fragment)$/.test(request.url())) fetched.push(request.url());
  });
  await page.locator('#search-q').fill('心理疏导');
  await page.locator('plan-search[data-done="心理疏导"][aria-busy="false"]').waitFor();
  expect(await page.locator('.result').count()).toBeGreaterThan(0);
  expect(fetched).toEqual([]);
  expect(errors).toEqual([]);
  await page.context().close();
});

test('a visit that does not search reads no index in', async () => {
  const { page } = await watchedPage(browser(), baseUrl);
  const chunks: string[] = [];
  page.on('request', (request) => {
    if (request.url().endsWith('.pf_index')) chunks.push(request.url());
  });
  await page.goto(`${baseUrl}/search/`);
  // Pagefind starts at idle; waiting for the network to settle covers its files.
  await page.locator('plan-search[data-done=""][aria-busy="false"]').waitFor();
  await page.waitForLoadState('networkidle');
  expect(chunks).toEqual([]);
  expect(await page.locator('plan-search').getAttribute('data-index')).toBeNull();
  await page.context().close();
});

test('a query lists the same sections before the index is read in as after (Pagefind matches a word’s extensions only in chunks it has loaded)', async () => {
  const { page } = await watchedPage(browser(), baseUrl);
  const listed = async (query: string) => {
    await page.locator(`plan-search[data-done="${query.trim()}"][aria-busy="false"]`).waitFor();
    return page.locator('.results > li .section-link').evaluateAll((links) => links.slice(0, 10).map((link) => link.getAttribute('href')));
  };
  // Words whose extensions (领导小组, 村民委员会) begin chunks a first search would not otherwise load.
  const queries = ['带班领导 值班期间负什么责', '包村干部 村民聚集多久要赶到'];
  await page.goto(`${baseUrl}/search/?q=${encodeURIComponent(queries[0]!)}`);
  const before = [await listed(queries[0]!)];
  await page.locator('#search-q').fill(queries[1]!);
  before.push(await listed(queries[1]!));
  expect(await settled(() => page.locator('plan-search').getAttribute('data-index'), (state) => state === 'loaded')).toBe('loaded');
  const after = [];
  // The same words with a second space: a new query to the page, read the same way.
  for (const query of queries) {
    const spaced = query.replace(' ', '  ');
    await page.locator('#search-q').fill(spaced);
    after.push(await listed(spaced));
  }
  expect(after).toEqual(before);
  await page.context().close();
});
