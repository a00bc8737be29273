import { describe, expect, test } from 'vitest';
import type { PageResult } from '../../src/lib/search/rank';
import { rankSections } from '../../src/lib/search/rank';
import { RARE_PAGES, RARE_SECTIONS, rareRuns } from '../../src/lib/search/rare';
import type { LazyResult, SearchFn } from '../../src/lib/search/run';

/** A Pagefind page whose sections each hold a marked excerpt. */
const page = (url: string, subs: [title: string, excerpt: string][]): PageResult['data'] => ({
  url,
  meta: { title: url },
  sub_results: subs.map(([title, excerpt]) => ({ title, url: `${url}#${title}`, excerpt, weighted_locations: [{ balanced_score: 512 }] })),
});

/** A search that answers each word with the pages listed for it, and records what it was asked. */
const searchOf = (table: Record<string, PageResult['data'][]>): SearchFn & { asked: string[] } => {
  const asked: string[] = [];
  const fn = async (query: string): Promise<LazyResult[]> => {
    asked.push(query);
    return (table[query] ?? []).map((data, i) => ({ id: data.url, score: 10 - i, data: async () => data }));
  };
  return Object.assign(fn, { asked });
};

describe('rare words', () => {
  const flood = page('/flood/', [
    ['危险区域管控', '对积水路段、<mark>漫</mark><mark>水</mark><mark>桥</mark>实行警戒'],
    ['监测', '雨情<mark>水</mark>情'],
  ]);

  test('the sections holding a word few pages hold form a run of their own; a lone shared character is not holding it', async () => {
    const runs = await rareRuns(['防汛', '漫水桥'], '', searchOf({ 漫水桥: [flood] }));
    expect(runs).toHaveLength(1);
    expect(runs[0]!.pages[0]!.data.sub_results.map((sub) => sub.title)).toEqual(['危险区域管控']);
  });

  test(`a word on more than ${RARE_PAGES} pages, or in more than ${RARE_SECTIONS} sections, is not rare`, async () => {
    const many = Array.from({ length: RARE_PAGES + 1 }, (_, i) => page(`/p${i}/`, [['处置', '<mark>处置</mark>']]));
    const crowded = page('/one/', Array.from({ length: RARE_SECTIONS + 1 }, (_, i): [string, string] => [`节${i}`, '<mark>值班</mark>']));
    expect(await rareRuns(['处置', '值班'], '', searchOf({ 处置: many, 值班: [crowded] }))).toEqual([]);
  });

  test('a word a heading holds, a one-character word and a Latin word are not searched again', async () => {
    const search = searchOf({});
    await rareRuns(['危险区域', '桥', 'gb', '漫水桥'], '监测|危险区域管控', search);
    expect(search.asked).toEqual(['漫水桥']);
  });

  test('ranked with the query’s runs, the section holding a rare word goes level with the best match of the whole query', async () => {
    const village = page('/village/', [['指挥部', '<mark>预警</mark>'], ['监测', '<mark>预警</mark>'], ['转移', '<mark>预警</mark>'], ['预警', '通过广播和<mark>鸣锣</mark>告知']]);
    [26000, 13000, 12000].forEach((score, i) => (village.sub_results[i]!.weighted_locations = [{ balanced_score: score }]));
    const context = { plans: [], titleQueries: [], words: ['鸣锣', '预警'], filters: {}, orgTypes: [] };
    const queryRun = { weight: 1, pages: [{ score: 10, data: village }] };
    const order = (runs: Parameters<typeof rankSections>[0]) => rankSections(runs, context).map((hit) => hit.sectionTitle);
    expect(order([queryRun])).toEqual(['指挥部', '监测', '转移', '预警']);
    const rare = await rareRuns(['鸣锣', '预警'], '', searchOf({ 鸣锣: [page('/village/', [['预警', '通过广播和<mark>鸣锣</mark>告知']])] }));
    expect(order([queryRun, ...rare])).toEqual(['指挥部', '预警', '监测', '转移']);
  });
});
