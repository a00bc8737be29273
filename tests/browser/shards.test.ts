import { execFile } from 'node:child_process';
import { cp, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { serve } from '../../scripts/static-server.mjs';
import { useBrowser, watchedPage } from './browser';

// A large site's search index is written in shards (scripts/index-search.mjs) and merged by the
// search page. Here the real site is indexed in shards of 4 pages (in path order), so the township
// plan, which sorts well after the first four pages, is in a later shard, and a phrase from its body
// (not a section title, which the page could find without Pagefind) must still be found.
const { browser } = useBrowser();
const SHARD_PAGES = 4;
const TOWNSHIP_PLAN = '/templates/township-stability-emergency-plan/';
const BODY_PHRASE = '包村镇领导负责指导';

let site: { dir: string; url: string; pages: number; close: () => Promise<void> };

/** Runs the indexing step of `npm run build` over `dir`, in shards of `shardPages` pages when given; resolves to the pages indexed. */
async function indexSearch(dir: string, shardPages?: number): Promise<number> {
  const env = { ...process.env };
  if (shardPages) env['PLAN_SEARCH_SHARD_PAGES'] = String(shardPages);
  else delete env['PLAN_SEARCH_SHARD_PAGES'];
  const { stdout } = await promisify(execFile)(process.execPath, ['scripts/index-search.mjs', dir], { env });
  return Number(/indexed (\d+) pages/.exec(stdout)?.[1]);
}

const bundlesIn = async (dir: string) => (await readdir(dir)).filter((name) => /^pagefind(-\d+)?$/.test(name)).sort();
const shardList = async (dir: string) => /data-pagefind-shards="([^"]*)"/.exec(await readFile(join(dir, 'search/index.html'), 'utf8'))?.[1];

beforeAll(async () => {
  const dir = await mkdtemp(join(tmpdir(), 'plan-shards-'));
  await cp('dist', dir, { recursive: true, filter: (path) => !/[/\\]pagefind(-\d+)?$/.test(path) });
  const pages = await indexSearch(dir, SHARD_PAGES);
  const server = await serve(dir);
  site = { dir, url: server.url, pages, close: () => server.close() };
});

afterAll(async () => {
  await site?.close();
  if (site) await rm(site.dir, { recursive: true, force: true });
});

test('a site indexed in shards lists them on the search page', async () => {
  const count = Math.ceil(site.pages / SHARD_PAGES);
  expect(count).toBeGreaterThan(2);
  const bundles = ['pagefind', ...Array.from({ length: count - 1 }, (_, i) => `pagefind-${i + 2}`)];
  expect(await bundlesIn(site.dir)).toEqual([...bundles].sort());
  expect(await shardList(site.dir)).toBe(bundles.map((name) => `/${name}/`).join(' '));
});

test('the search page merges every shard: a body phrase from a later shard is found', async () => {
  const { page, errors } = await watchedPage(browser(), site.url);
  await page.goto(`${site.url}/search/?q=${encodeURIComponent(BODY_PHRASE)}`);
  await page.locator('plan-search[data-done]').waitFor();
  const links = await page.locator('.results a.section-link').evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href') ?? ''));
  expect(links.some((href) => href.startsWith(TOWNSHIP_PLAN))).toBe(true);
  expect(await page.locator('.search-degraded').isVisible()).toBe(false);
  expect(errors).toEqual([]);
});

test('indexing again in one shard removes the old shards and their listing', async () => {
  await indexSearch(site.dir);
  expect(await bundlesIn(site.dir)).toEqual(['pagefind']);
  expect(await shardList(site.dir)).toBe('/pagefind/');
});
