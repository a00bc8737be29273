import { expect, test } from 'vitest';
import { ChunkLoads, PageReads, preloadInBatches, SearchTraffic, spillChunks } from '../../src/lib/search/preload';

test('the index read waits while a search runs and until none has run for the quiet time', async () => {
  let now = 1000;
  const traffic = new SearchTraffic(() => now, 250);
  expect(traffic.untilQuiet()).toBe(0);
  let finish!: () => void;
  const search = traffic.during(() => new Promise<void>((done) => (finish = done)));
  now += 5000;
  expect(traffic.untilQuiet()).toBe(250);
  finish();
  await search;
  now += 100;
  expect(traffic.untilQuiet()).toBe(150);
  now += 150;
  expect(traffic.untilQuiet()).toBe(0);
});

test('a search that fails still ends its traffic', async () => {
  let now = 0;
  const traffic = new SearchTraffic(() => now, 250);
  await expect(traffic.during(() => Promise.reject(new Error('offline')))).rejects.toThrow('offline');
  now += 250;
  expect(traffic.untilQuiet()).toBe(0);
});

test('the chunks are read a few words at a time, each batch after the page says it may', async () => {
  const steps: string[] = [];
  await preloadInBatches(
    ['甲', '乙', '丙', '丁', '戊'],
    2,
    async (words) => void steps.push(`load ${words}`),
    async () => void steps.push('quiet'),
  );
  expect(steps).toEqual(['quiet', 'load 甲 乙', 'quiet', 'load 丙 丁', 'quiet', 'load 戊']);
});

test('a query word whose extensions begin the next chunks asks for those chunks, and only those', () => {
  const starts = ['0000', '值班', '领导', '领导小组', '领导班子', '龙'];
  expect(spillChunks(['领导'], starts)).toEqual([3, 4]);
  expect(spillChunks(['值', '龙'], starts)).toEqual([1]);
  expect(spillChunks(['带班'], starts)).toEqual([]);
});

test('a search waits for a chunk an earlier search asked for and is still loading; each chunk is asked once', async () => {
  const loads = new ChunkLoads();
  const asked: number[][] = [];
  let finish!: () => void;
  const first = loads.ensure([3, 4], (chunks) => (asked.push(chunks), new Promise<void>((done) => (finish = done))));
  let secondDone = false;
  const second = loads.ensure([4, 5], async (chunks) => void asked.push(chunks)).then(() => (secondDone = true));
  await new Promise((tick) => setTimeout(tick, 0));
  expect(secondDone).toBe(false);
  finish();
  await Promise.all([first, second]);
  expect(secondDone).toBe(true);
  expect(asked).toEqual([[3, 4], [5]]);
  loads.loaded([0, 1, 2, 3]);
  await loads.ensure([0, 3], async (chunks) => void asked.push(chunks));
  expect(asked).toEqual([[3, 4], [5]]);
});

test('a chunk whose load failed is asked for again by the next search', async () => {
  const loads = new ChunkLoads();
  await loads.ensure([7], () => Promise.reject(new Error('offline')));
  const asked: number[][] = [];
  await loads.ensure([7], async (chunks) => void asked.push(chunks));
  expect(asked).toEqual([[7]]);
});

test('each read of a page gets its own copy, though Pagefind rewrites one shared object for every call', async () => {
  const reads = new PageReads();
  const shared = { excerpt: '' };
  const data = (query: string) => async () => {
    await Promise.resolve();
    shared.excerpt = query;
    return shared;
  };
  const [first, second] = await Promise.all([reads.read('p', data('报告流程')), reads.read('p', data('值班'))]);
  expect([first.excerpt, second.excerpt]).toEqual(['报告流程', '值班']);
  // A read that fails does not stop the next.
  await expect(reads.read('p', () => Promise.reject(new Error('offline')))).rejects.toThrow('offline');
  expect((await reads.read('p', data('疏散'))).excerpt).toBe('疏散');
});
