import { expect, test } from 'vitest';
import { QUERIES } from '../search/queries';
import { useBrowser, watchedPage } from './browser';

const { browser, baseUrl } = useBrowser();
const BAR = 0.95;
const TOP = 5;

/** "slug#id" for a result link: /templates/<slug>/#<id>, or guide#<id> for /guide/#<id>. */
function keyOf(href: string): string {
  const url = new URL(href, baseUrl);
  const slug = url.pathname.match(/^\/templates\/([^/]+)\/$/)?.[1] ?? (url.pathname === '/guide/' ? 'guide' : url.pathname);
  return `${slug}#${decodeURIComponent(url.hash.slice(1))}`;
}

test(`hit@${TOP} over ${QUERIES.length} queries is at least ${BAR * 100}%, and no verbatim section title misses`, async () => {
  const { page, errors } = await watchedPage(browser(), baseUrl);
  const misses: string[] = [];
  const titleMisses: string[] = [];
  for (const query of QUERIES) {
    await page.goto(`${baseUrl}/search/?q=${encodeURIComponent(query.q)}`);
    await page.waitForFunction(() => {
      const status = document.querySelector('.search-status')?.textContent ?? '';
      return status !== '' && !status.includes('正在搜索');
    });
    const hrefs = await page.locator('.results a.section-link').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
    const top = hrefs.slice(0, TOP).map(keyOf);
    if (!top.some((key) => query.expect.includes(key))) {
      misses.push(`${query.q} (${query.kind}) → ${top.join(', ') || 'nothing'}`);
      if (query.kind === 'title') titleMisses.push(query.q);
    }
  }
  const recall = (QUERIES.length - misses.length) / QUERIES.length;
  console.log(`search hit@${TOP}: ${(recall * 100).toFixed(1)}% (${QUERIES.length - misses.length}/${QUERIES.length})\n${misses.map((m) => `  miss: ${m}`).join('\n')}`);
  expect(titleMisses).toEqual([]);
  expect(recall).toBeGreaterThanOrEqual(BAR);
  expect(errors).toEqual([]);
}, 240_000);
