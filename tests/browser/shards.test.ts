import { execFile } from 'node:child_process';
import { cp, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { serve } from '../../scripts/static-server.mjs';
import { useBrowser, watchedPage } from './browser';

// A large site's search index is written in shards (scripts/index-search.mjs) and merged by the
// search page. Here the real site is indexed in shards of 8 pages, so the plan that sorts last lives
// in the third shard, and a phrase from its body (not a section title, which the page could find
// without Pagefind) must still be found.
const { browser } = useBrowser();
const SHARD_PAGES = '8';
const LAST_PLAN = '/templates/township-stability-emergency-plan/';
const BODY_PHRASE = '包村镇领导负责指导';

let site: { dir: string; url: string; close: () => Promise<void> };

/** Runs the indexing step of `npm run build` over `dir`, in shards of `shardPages` pages when given. */
async function indexSearch(dir: string, shardPages?: string): Promise<void> {
  const env = { ...process.env };
  if (shardPages) env['PLAN_SEARCH_SHARD_PAGES'] = shardPages;
  else delete env['PLAN_SEARCH_SHARD_PAGES'];
  await promisify(execFile)(process.execPath, ['scripts/index-search.mjs', dir], { env });
}

const bundlesIn = async (dir: string) => (await readdir(dir)).filter((name) => /^pagefind(-\d+)?$/.test(name)).sort();
const shardList = async (dir: string) => /data-pagefind-shards="([^"]*)"/.exec(await readFile(join(dir, 'search/index.html'), 'utf8'))?.[1];

beforeAll(async () => {
  const dir = await mkdtemp(join(tmpdir(), 'plan-shards-'));
  await cp('dist', dir, { recursive: true, filter: (path) => !/[/\\]pagefind(-\d+)?$/.test(path) });
  await indexSearch(dir, SHARD_PAGES);
  const server = await serve(dir);
  site = { dir, url: server.url, close: () => server.close() };
});

afterAll(async () => {
  await site?.close();
  if (site) await rm(site.dir, { recursive: true, force: true });
});

test('a site indexed in shards lists them on the search page', async () => {
  expect(await bundlesIn(site.dir)).toEqual(['pagefind', 'pagefind-2', 'pagefind-3']);
  expect(await shardList(site.dir)).toBe('/pagefind/ /pagefind-2/ /pagefind-3/');
});

test('the search page merges every shard: a body phrase from the last shard is found', async () => {
  const { page, errors } = await watchedPage(browser(), site.url);
  await page.goto(`${site.url}/search/?q=${encodeURIComponent(BODY_PHRASE)}`);
  await page.locator('plan-search[data-done]').waitFor();
  const links = await page.locator('.results a.section-link').evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href') ?? ''));
  expect(links.some((href) => href.startsWith(LAST_PLAN))).toBe(true);
  expect(await page.locator('.search-degraded').isVisible()).toBe(false);
  expect(errors).toEqual([]);
});

test('indexing again in one shard removes the old shards and their listing', async () => {
  await indexSearch(site.dir);
  expect(await bundlesIn(site.dir)).toEqual(['pagefind']);
  expect(await shardList(site.dir)).toBe('/pagefind/');
});
