import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { sitePath, useBrowser, watchedPage } from './browser';

const { browser, baseUrl } = useBrowser();

/** Opens the search page for `q` (as a shared link would) and waits until its results are shown. */
async function openSearch(page: Page, q: string): Promise<void> {
  await page.goto(`${baseUrl}/search/?q=${encodeURIComponent(q)}`);
  await page.waitForFunction((query) => {
    const host = document.querySelector<HTMLElement>('plan-search');
    return host?.dataset['done'] === query && host.getAttribute('aria-busy') === 'false';
  }, q);
}

describe('search results as they are laid out', () => {
  test('a result names the parallel section of a sibling template under it (另见), linking to it', async () => {
    const { page, errors } = await watchedPage(browser(), baseUrl);
    await openSearch(page, '请销假');
    // Read at once, so a missing line fails an assertion instead of a locator's wait.
    const first = await page.evaluate(() => {
      const item = document.querySelector('.results > li');
      return {
        section: decodeURIComponent(item?.querySelector('a.section-link')?.getAttribute('href') ?? ''),
        also: item?.querySelector('.see-also')?.textContent ?? null,
        alsoHref: decodeURIComponent(item?.querySelector('.see-also a')?.getAttribute('href') ?? ''),
      };
    });
    expect(first).toEqual({ section: sitePath('/templates/stability-duty-rules/#请销假'), also: '另见：社区维稳应急值班制度 · 请假和替班', alsoHref: sitePath('/templates/community-duty-rules/#请假和替班') });
    expect(errors).toEqual([]);
    await page.context().close();
  }, 120_000);

  test('on a phone (390 × 844) one search box shows, and the first three results are on the first screen, below a template card', async () => {
    const { page, errors } = await watchedPage(browser(), baseUrl, { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    for (const q of ['乡镇 台风 人员转移', '學校維穩 護校隊', '值班']) {
      await openSearch(page, q);
      const measured = await page.evaluate(() => ({
        boxes: [...document.querySelectorAll<HTMLInputElement>('input[type="search"]')].filter((input) => input.getClientRects().length > 0).length,
        cards: document.querySelectorAll('.template-results > li').length,
        bottoms: [...document.querySelectorAll('.results > li')].slice(0, 3).map((li) => li.getBoundingClientRect().bottom),
        screen: window.innerHeight,
        scrolled: window.scrollY,
      }));
      expect(measured.boxes, q).toBe(1);
      expect(measured.scrolled, q).toBe(0);
      expect(measured.bottoms.length, q).toBe(3);
      expect(Math.max(...measured.bottoms), `${q}: ${JSON.stringify(measured)}`).toBeLessThanOrEqual(measured.screen);
      if (q === '乡镇 台风 人员转移') expect(measured.cards, q).toBeGreaterThan(0);
    }
    expect(errors).toEqual([]);
    await page.context().close();
  }, 120_000);
});
