import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { expect, test } from 'vitest';
import { downloadAnyway, useBrowser, watchedPage } from './browser';

const { browser, baseUrl } = useBrowser();

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
