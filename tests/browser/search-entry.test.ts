import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { useBrowser, watchedPage, type Watched } from './browser';

// However a query reaches the search box — typed key by key, pasted, committed by an IME, or loaded
// from a shared URL — the page shows the same results for it (issue #19: 學校維穩 護校隊 typed showed
// 33 sections, the same URL reloaded showed none).
const { browser, baseUrl } = useBrowser();
const QUERY = '學校維穩 護校隊';

/**
 * Waits until the page marks `q` as shown, then reads the first ten section links and what the page
 * says it searched. All ten: Pagefind matches a word's extensions in every index chunk it has loaded,
 * and the page loads the chunks a query's words spill into before it searches, so fast typing that
 * loaded other chunks on the way changes nothing (it did once: 工作目标 in place of 安全防范准备 at 5).
 */
async function shown(page: Page, q: string) {
  await page.waitForFunction((query) => {
    const host = document.querySelector<HTMLElement>('plan-search');
    return host?.dataset['done'] === query && host.getAttribute('aria-busy') === 'false';
  }, q);
  return page.evaluate(() => ({
    sections: [...document.querySelectorAll('.results a.section-link')].slice(0, 10).map((a) => a.getAttribute('href') ?? ''),
    understood: document.querySelector('.search-understood')?.textContent ?? '',
    q: new URLSearchParams(location.search).get('q'),
  }));
}

describe('one query, four ways in', () => {
  let watched: Watched;
  let expected: Awaited<ReturnType<typeof shown>>;

  beforeAll(async () => {
    watched = await watchedPage(browser(), baseUrl);
    await watched.page.goto(`${baseUrl}/search/?q=${encodeURIComponent(QUERY)}`);
    expected = await shown(watched.page, QUERY);
  }, 120_000);
  afterAll(() => watched.page.context().close());

  const fresh = async () => {
    await watched.page.goto(`${baseUrl}/search/`);
    await shown(watched.page, '');
    return watched.page;
  };

  test('loaded from the URL: the plans’ sections, in simplified characters', () => {
    expect(expected.sections.length).toBeGreaterThan(0);
    expect(expected.sections.some((href) => href.includes('school-stability-emergency-plan') && decodeURIComponent(href).includes('护校队'))).toBe(true);
  });

  test('a cleared box shows what to type again, as the page first did', async () => {
    const page = await fresh();
    const hint = await page.locator('.search-status').textContent();
    expect(hint).toContain('输入要找的内容');
    await page.locator('#search-q').fill('值班');
    await shown(page, '值班');
    await page.locator('#search-q').fill('');
    await shown(page, '');
    expect(await page.locator('.search-status').textContent()).toBe(hint);
  });

  test('typed key by key gives the same results and the same URL', async () => {
    const page = await fresh();
    await page.locator('#search-q').pressSequentially(QUERY);
    expect(await shown(page, QUERY)).toEqual(expected);
  });

  test('pasted at once gives the same results', async () => {
    const page = await fresh();
    await page.locator('#search-q').focus();
    await page.keyboard.insertText(QUERY);
    expect(await shown(page, QUERY)).toEqual(expected);
  });

  test('committed by an IME gives the same results, and the pinyin being composed is never searched', async () => {
    const page = await fresh();
    await page.locator('#search-q').focus();
    // Every query the page starts to search is written to the URL first: record them.
    await page.evaluate(() => {
      const searched: string[] = [];
      (window as unknown as { searched: string[] }).searched = searched;
      const replace = history.replaceState.bind(history);
      history.replaceState = (data, unused, url) => {
        searched.push(new URL(String(url), location.href).searchParams.get('q') ?? '');
        replace(data, unused, url);
      };
    });
    const cdp = await page.context().newCDPSession(page);
    for (const [composing, committed] of [['xuexiao', '學校'], ['weiwen', '維穩'], [' ', ' '], ['huxiaodui', '護校隊']] as const) {
      if (composing.trim()) await cdp.send('Input.imeSetComposition', { text: composing, selectionStart: composing.length, selectionEnd: composing.length });
      await cdp.send('Input.insertText', { text: committed });
    }
    expect(await shown(page, QUERY)).toEqual(expected);
    const searched = await page.evaluate(() => (window as unknown as { searched: string[] }).searched);
    expect(searched.length).toBeGreaterThan(0);
    expect(searched.filter((q) => /[a-z]/.test(q))).toEqual([]);
    expect(watched.errors).toEqual([]);
  });
});

test('a query typed before the address’s own search starts wins: the page does not go back to the address’s query', async () => {
  const { page } = await watchedPage(browser(), baseUrl);
  // Holds the page's first scheduler.yield (the address's search waits on it) until released; later ones pass.
  await page.addInitScript(() => {
    let held = false;
    const hold = { release: () => {} };
    Object.assign(window, { holdFirstYield: hold });
    Object.defineProperty(window, 'scheduler', {
      value: {
        yield: () => {
          if (held) return new Promise((done) => setTimeout(done, 0));
          held = true;
          return new Promise<void>((done) => (hold.release = done));
        },
      },
    });
  });
  await page.goto(`${baseUrl}/search/?q=${encodeURIComponent('值班日志')}`);
  await page.waitForFunction(() => customElements.get('plan-search') !== undefined);
  await page.locator('#search-q').fill('交接班');
  await shown(page, '交接班');
  const after = await page.evaluate(async () => {
    (window as unknown as { holdFirstYield: { release: () => void } }).holdFirstYield.release();
    await new Promise((done) => setTimeout(done, 0));
    const host = document.querySelector<HTMLElement>('plan-search')!;
    return { busy: host.getAttribute('aria-busy'), done: host.dataset['done'], q: (document.querySelector('#search-q') as HTMLInputElement).value };
  });
  expect(after).toEqual({ busy: 'false', done: '交接班', q: '交接班' });
  await page.context().close();
});
