import { readdirSync, readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { expect, inject, test } from 'vitest';
import { downloadAnyway, useBrowser, watchedPage } from './browser';

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
  // The first visit stores the site, then the service worker takes control and the preload starts.
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

test('before the site is stored offline, the search page loads only the index files its queries need', async () => {
  const { page } = await watchedPage(browser(), baseUrl);
  const chunks: string[] = [];
  page.on('request', (request) => {
    if (request.url().endsWith('.pf_index')) chunks.push(request.url());
  });
  await page.goto(`${baseUrl}/search/?q=${encodeURIComponent('报告流程')}`);
  await page.locator('plan-search[data-done="报告流程"][aria-busy="false"]').waitFor();
  await page.waitForLoadState('networkidle');
  expect(chunks.length).toBeGreaterThan(0);
  expect(chunks.length).toBeLessThan(8);
  expect(await page.locator('plan-search').getAttribute('data-index')).toBeNull();
  await page.context().close();
});
