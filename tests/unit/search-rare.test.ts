import { describe, expect, test } from 'vitest';
import type { PageResult } from '../../src/lib/search/rank';
import { rankSections } from '../../src/lib/search/rank';
import { RARE_PAGES, RARE_READ, RARE_SECTIONS, rareRuns } from '../../src/lib/search/rare';
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

  test(`a word Pagefind searches character by character (不记名问卷) is rare when at most ${RARE_PAGES} of up to ${RARE_READ} pages hold it whole; not a post (包村干部) or a two-character word`, async () => {
    const apart = (url: string) => page(url, [['听取意见', '<mark>不</mark>得<mark>记</mark>录，调查<mark>问卷</mark>']]);
    const holding = page('/bullying/', [['排查和巡查', '采取<mark>不</mark><mark>记</mark><mark>名</mark><mark>问</mark><mark>卷</mark>、个别谈话'], ['适用范围', '<mark>不</mark>得']]);
    const runs = await rareRuns(['不记名问卷'], '', searchOf({ 不记名问卷: [apart('/a/'), holding, apart('/b/')] }));
    expect(runs.flatMap((run) => run.pages.flatMap((found) => found.data.sub_results.map((sub) => sub.title)))).toEqual(['排查和巡查']);
    const post = page('/township/', [['先期处置', '<mark>包</mark><mark>村</mark><mark>干</mark><mark>部</mark>到场']]);
    expect(await rareRuns(['包村干部'], '', searchOf({ 包村干部: [post, apart('/a/'), apart('/b/')] }))).toEqual([]);
    const short = page('/duty/', [['入户走访', '<mark>住</mark><mark>户</mark>']]);
    expect(await rareRuns(['住户'], '', searchOf({ 住户: [short, apart('/a/'), apart('/b/')] }))).toEqual([]);
    const everywhere = Array.from({ length: RARE_PAGES + 1 }, (_, i) => ({ ...holding, url: `/h${i}/` }));
    expect(await rareRuns(['不记名问卷'], '', searchOf({ 不记名问卷: everywhere }))).toEqual([]);
    const crowd = Array.from({ length: RARE_READ + 1 }, (_, i) => apart(`/p${i}/`));
    expect(await rareRuns(['不记名问卷'], '', searchOf({ 不记名问卷: [holding, ...crowd] }))).toEqual([]);
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
