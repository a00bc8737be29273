import { describe, expect, test } from 'vitest';
import { fill, sectionsOf, textOf } from '../../src/lib/model/fill';
import { parseExcerpt } from '../../src/lib/search/excerpt';
import { normalize, queryTerms, rankSections, termWeights, titleHits, titleMatch, type PageResult, type SectionIndexEntry } from '../../src/lib/search/rank';
import { filtersOf, readState, writeState } from '../../src/lib/search/state';
import { loadFile, templateFiles } from './content-files';

const index: SectionIndexEntry[] = templateFiles().map((file) => {
  const { frontmatter, template } = loadFile(file);
  return {
    u: `/templates/${frontmatter.slug}/`,
    p: frontmatter.title,
    f: [frontmatter.orgType, frontmatter.planKind],
    s: [...sectionsOf(fill(template, 'blank').body)].map((s) => [s.id, `${s.number}${textOf(s.title)}`] as [string, string]),
  };
});

describe('query preprocessing (Node has the same Intl.Segmenter as Chromium)', () => {
  test('heading numbers and punctuation are dropped', () => {
    expect(normalize('（三）交接班')).toBe('交接班');
    expect(normalize('附件1 应急物资装备清单')).toBe('应急物资装备清单');
    expect(normalize('十一、联系电话和附则')).toBe('联系电话和附则');
  });

  test('queries are split into words the way the browser does', () => {
    // The browser splits 交接班 in two, while jieba keeps it whole at index time: the gap of Pagefind #1237.
    expect(queryTerms('社区 值班 交接班')).toEqual(['社区', '值班', '交接', '班']);
    expect(queryTerms('后勤保障组职责').join('')).toBe('后勤保障组职责');
  });

  test('a title holding the whole query matches fully; related titles partly; unrelated not at all', () => {
    expect(titleMatch('报告流程', '（三）报告流程')).toBe(1);
    expect(titleMatch('值班交接', '四、交接班')).toBeGreaterThan(0.2);
    expect(titleMatch('食品安全', '交接班')).toBe(0);
  });

  test('rare words outweigh common ones', () => {
    const weight = termWeights(index);
    expect(weight('交接')).toBeGreaterThan(weight('值班'));
    expect(termWeights(index)).toBe(weight);
    expect(titleMatch('值班 交接', '交接班', '', weight)).toBeGreaterThan(titleMatch('值班 交接', '值班纪律', '', weight));
  });

  test('words that name the plan only choose the plan; the others choose the section', () => {
    const weight = termWeights(index);
    const plan = '社区维稳应急值班制度';
    expect(titleMatch('社区 值班 交接班', '交接班', plan, weight)).toBeGreaterThan(titleMatch('社区 值班 交接班', '附件1 社区值班表', plan, weight));
  });
});

describe('section-title fallback', () => {
  test('every section title of the catalog, searched verbatim, finds that section as a best match', () => {
    const weight = termWeights(index);
    for (const plan of index) {
      for (const [id, title] of plan.s) {
        const hits = titleHits(normalize(title), index, {}, weight);
        const best = Math.max(...hits.map((h) => h.score));
        expect(hits.find((h) => h.url === `${plan.u}#${id}`)?.score, title).toBe(best);
      }
    }
  });

  test('filters narrow the fallback', () => {
    const hits = titleHits('后勤保障组', index, { 单位类型: '学校' });
    expect(hits.length).toBeGreaterThan(0);
    for (const hit of hits) expect(hit.url).toMatch(/\/templates\/school-/);
  });
});

describe('ranking sections', () => {
  const page = (url: string, score: number, subs: [string, number][]): PageResult => ({
    score,
    data: { url, meta: { title: url }, sub_results: subs.map(([title, body]) => ({ title, url: `${url}#${title}`, excerpt: '', weighted_locations: [{ balanced_score: body }] })) },
  });

  test('a matching section title beats more body matches, then Pagefind scores decide', () => {
    const hits = rankSections('报告流程', [page('/a/', 10, [['指导思想', 900], ['报告流程', 10]]), page('/b/', 5, [['工作要求', 300]])]);
    expect(hits.map((h) => h.url)).toEqual(['/a/#报告流程', '/a/#指导思想', '/b/#工作要求']);
  });

  test('fallback hits join without duplicates', () => {
    const fallback = [{ url: '/a/#报告流程', planTitle: 'a', sectionTitle: '报告流程', excerpt: '', score: 2 }, { url: '/c/#报告流程', planTitle: 'c', sectionTitle: '报告流程', excerpt: '', score: 2 }];
    const hits = rankSections('报告流程', [page('/a/', 10, [['报告流程', 10]])], 10, fallback);
    expect(hits.map((h) => h.url)).toEqual(['/a/#报告流程', '/c/#报告流程']);
  });
});

describe('search state in the URL', () => {
  test('round trip, empty values left out', () => {
    const state = { q: '报告流程', type: '学校', kind: '' };
    expect(writeState(state)).toBe('?q=%E6%8A%A5%E5%91%8A%E6%B5%81%E7%A8%8B&type=%E5%AD%A6%E6%A0%A1');
    expect(readState(writeState(state))).toEqual(state);
    expect(writeState({ q: '', type: '', kind: '' })).toBe('');
    expect(filtersOf(state)).toEqual({ 单位类型: '学校' });
  });
});

describe('excerpts', () => {
  test('marks become parts; entities decode; other tags never become markup', () => {
    expect(parseExcerpt('a &lt;b&gt; <mark>报告</mark> &amp; <img src=x>c')).toEqual([
      { text: 'a <b> ', match: false },
      { text: '报告', match: true },
      { text: ' & c', match: false },
    ]);
  });
});
