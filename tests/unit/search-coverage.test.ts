import { describe, expect, test } from 'vitest';
import { coverageOf, sectionTexts } from '../../src/lib/search/coverage';
import { coverageSlots, rankSections, type PageResult, type RankContext } from '../../src/lib/search/rank';
import { plans } from './search-fixtures';

const dr = '/templates/stability-duty-rules/';

describe('the text of each section of a page', () => {
  test('is cut from the page text where each heading appears, to the next heading', () => {
    const page = { url: dr, content: '一、总则. 值班坚持统一安排。 二、值班安排. 值班表每月编排。 四、交接班. 交班人员签字。', anchors: [{ id: '总则', text: '一、总则' }, { id: '值班安排', text: '二、值班安排' }, { id: '交接班', text: '四、交接班' }] };
    const texts = sectionTexts(page);
    expect(texts.get(`${dr}#值班安排`)).toBe('二、值班安排. 值班表每月编排。 ');
    expect(texts.get(`${dr}#交接班`)).toBe('四、交接班. 交班人员签字。');
  });

  test('a page without headings is one section under its own URL', () => {
    expect(sectionTexts({ url: '/guide/', content: '全文' }).get('/guide/#')).toBe('全文');
  });
});

describe('how much of the query a text holds', () => {
  test('each word counts by its weight, any of its forms will do', () => {
    const slots = [
      { alternatives: ['殴打', '欺凌'], weight: 3 },
      { alternatives: ['报警'], weight: 1 },
    ];
    expect(coverageOf(slots, '发现欺凌行为')).toBe(0.75);
    expect(coverageOf(slots, '欺凌的立即报警')).toBe(1);
    expect(coverageOf(slots, '无关')).toBe(0);
    expect(coverageOf([], '无关')).toBe(1);
  });
});

describe('ranking by the share of the query a section holds', () => {
  const content = '二、值班安排. 值班表由值班负责人编排，值班人员按值班表值班。 四、交接班. 值班交接当面进行，交班人员和接班人员在值班日志上签字。';
  const anchors = [
    { id: '值班安排', text: '二、值班安排' },
    { id: '交接班', text: '四、交接班' },
  ];
  const page = (withText: boolean): PageResult => ({
    score: 10,
    data: {
      url: dr,
      meta: { title: dr },
      ...(withText ? { content, anchors } : {}),
      sub_results: [
        { title: '二、值班安排', url: `${dr}#${encodeURIComponent('值班安排')}`, excerpt: '<mark>值班</mark>表', weighted_locations: [{ balanced_score: 300 }] },
        { title: '四、交接班', url: `${dr}#${encodeURIComponent('交接班')}`, excerpt: '<mark>交班</mark>人员', weighted_locations: [{ balanced_score: 270 }] },
      ],
    },
  });
  const context: RankContext = {
    plans,
    titleQueries: ['值班 交班 签字'],
    words: ['值班', '交班', '签字'],
    slots: [{ alternatives: ['值班'] }, { alternatives: ['交班'] }, { alternatives: ['签字'] }],
    filters: {},
    orgTypes: [],
    titled: [],
  };

  test('the section holding every word asked beats one that repeats a common word (交接班 over 值班安排)', () => {
    expect(rankSections([{ weight: 1, pages: [page(true)] }], context)[0]!.key).toBe(`${dr}#交接班`);
  });

  test('without the page text, Pagefind’s count decides as before', () => {
    expect(rankSections([{ weight: 1, pages: [page(false)] }], context)[0]!.key).toBe(`${dr}#值班安排`);
  });

  test('a long stretch typed as one word is weighed by its words: whole, no section holds it and it outweighs the rest', () => {
    const typed = { ...context, titleQueries: ['值班 交班人员签字'], words: ['值班', '交班人员签字'], slots: [{ alternatives: ['值班'] }, { alternatives: ['交班人员签字'] }] };
    expect(rankSections([{ weight: 1, pages: [page(true)] }], typed)[0]!.key).toBe(`${dr}#交接班`);
    // A plan term the vocabulary gave is kept whole (综合应急预案 is not 应急 + 预案).
    const given = { ...typed, slots: [{ alternatives: ['值班'] }, { alternatives: ['交班人员签字'], mapped: true }] };
    expect(rankSections([{ weight: 1, pages: [page(true)] }], given)[0]!.key).toBe(`${dr}#值班安排`);
  });

  test('a long stretch is cut into its words only when no page holds it whole and the vocabulary did not give it', () => {
    const slots: { alternatives: string[]; mapped?: boolean }[] = [{ alternatives: ['值班'] }, { alternatives: ['消防控制室'] }];
    const words = (held: boolean, given = slots) => coverageSlots(given, () => 1, () => held).map((slot) => slot.alternatives.join('/'));
    expect(words(false)).toEqual(['值班', '消防', '控制']);
    expect(words(true)).toEqual(['值班', '消防控制室']);
    expect(words(false, [slots[0]!, { ...slots[1]!, mapped: true }])).toEqual(['值班', '消防控制室']);
  });

  test('a one-word query is not weighed', () => {
    const one = { ...context, titleQueries: ['值班'], words: ['值班'], slots: [{ alternatives: ['值班'] }] };
    expect(rankSections([{ weight: 1, pages: [page(true)] }], one)[0]!.key).toBe(`${dr}#值班安排`);
  });
});
