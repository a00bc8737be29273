import { describe, expect, test } from 'vitest';
import { buildLexicon } from '../../scripts/search-words.mjs';
import { figuresBySection } from '../../src/lib/search/build';
import { readQuery, type QueryAids } from '../../src/lib/search/engine';
import { Lexicon } from '../../src/lib/search/lexicon';
import { understoodText } from '../../src/lib/search/query';
import { figureCards, figureIndex, figureMatch, figureScores, figuresOf, rankFigures, sectionFigures, type FigureData } from '../../src/lib/search/numbers';
import { rankSections, type RankContext } from '../../src/lib/search/rank';
import { data as searchData, plans, templates } from './search-fixtures';

describe('figures: numbers and Latin words with the words after them', () => {
  test('a figure keeps the Han characters that follow it; full-width, case and phone numbers are read away', () => {
    expect(figuresOf('自受理之日起60日内办结；')).toEqual([{ run: '60', tail: '日内办结' }]);
    expect(figuresOf('ＧＢ／Ｔ　２９６３９－２０２０')).toEqual([
      { run: 'gb', tail: '' },
      { run: '29639', tail: '' },
      { run: '2020', tail: '' },
    ]);
    expect(figuresOf('10kV配电室，电话010-0000-0200')).toEqual([{ run: '10kv', tail: '配电室' }]);
    expect(figuresOf('120 急救')).toEqual([{ run: '120', tail: '急救' }]);
  });

  test('a figure only the example or a subsection states is marked; the section’s own is not, and none is stored twice', () => {
    expect(figureIndex(['60日内办结', '60日内办结'], ['60日内办结', '热线12345'])).toBe('60日内办结 ~12345');
  });

  test('a short figure needs what follows it; a long one counts alone, for part of the score; a marked one half', () => {
    const one = { run: '1', tail: '小时内报告' };
    expect(figureMatch(one, ['1小时内报告'])).toBe(1);
    expect(figureMatch(one, ['1小时内如实'])).toBeCloseTo(4 / 6);
    expect(figureMatch(one, ['1'])).toBe(0);
    expect(figureMatch({ run: '120', tail: '急救' }, ['120'])).toBeCloseTo(3 / 5);
    expect(figureMatch({ run: '12345', tail: '' }, ['~12345'])).toBe(0.5);
  });

  test('a figure many sections state (拨打110) scores each of them lower than one that few state', () => {
    const sections = Array.from({ length: 12 }, (_, i) => ({ key: `s${i}`, figures: ['110'] }));
    const many = figureScores([{ run: '110', tail: '' }], sections);
    const few = figureScores([{ run: '110', tail: '' }], sections.slice(0, 2));
    expect(many.get('s0')!).toBeLessThan(few.get('s0')!);
  });
});

describe('figures of the templates', () => {
  const data: FigureData = Object.fromEntries(templates.map((t) => [t.entry.u, figuresBySection(t.template)]));
  const stated = sectionFigures(plans, data);
  const figuresOfSection = (slug: string, title: string) => stated.find((s) => s.key.includes(`/${slug}/#`) && s.key.endsWith(title))?.figures ?? [];

  test('the template’s own figures, and values only the worked example fills in, are both indexed on the section', () => {
    expect(figuresOfSection('petition-work-rules', '办理期限')).toContain('60日内办结');
    expect(figuresOfSection('stability-duty-rules', '值班联系电话表')).toContain('~12345');
  });

  test('a section that states the query’s figure ranks first even when Pagefind found no page', () => {
    const scores = (q: string) => figureScores(figuresOf(q), stated);
    const context: RankContext = { plans, titleQueries: [], words: [], filters: {}, orgTypes: [] };
    const hits = rankFigures(rankSections([], context), scores('12345热线'), plans, []);
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.every((hit) => /电话|联系/.test(hit.sectionTitle))).toBe(true);
    expect(rankFigures([], scores('热线'), plans, [])).toEqual([]);
    const limit = rankFigures([], scores('5个工作日内答复'), plans, []);
    expect(limit[0]!.sectionTitle).toMatch(/家校沟通/);
  });
});

describe('reading a query with a figure', () => {
  const data: FigureData = Object.fromEntries(templates.map((t) => [t.entry.u, figuresBySection(t.template)]));
  const lexicon = new Lexicon(buildLexicon(['值班联系电话表。拨打110。']));

  test('the figure index loads only for a query with a figure, and a figure it knows is searched, not set aside', async () => {
    let loads = 0;
    const aids: QueryAids = { lexicon: async () => lexicon, typos: async () => undefined, figures: async () => (loads++, data) };
    await readQuery('值班联系电话表', searchData, aids);
    expect(loads).toBe(0);
    const known = await readQuery('12345 值班联系电话表', searchData, aids);
    expect(loads).toBe(1);
    expect(known.setAside).toEqual([]);
    expect(understoodText(await readQuery('99999 值班联系电话表', searchData, aids))).toContain('未找到“99999”');
  });
});

describe('cards for a query of figures only', () => {
  const data: FigureData = Object.fromEntries(templates.map((t) => [t.entry.u, figuresBySection(t.template)]));
  const stated = sectionFigures(plans, data);
  const cards = (q: string, words: string[]) =>
    figureCards({ raw: q, slots: words.map((text) => ({ text, alternatives: [text], mapped: false })), orgTypes: [], orgWords: [], setAside: [], corrected: [], wantsTypos: false }, figureScores(figuresOf(q), stated), plans).map((card) => card.plan.slug);

  test('a figure few templates state names them; one many state (110) names none; a query with other words none', () => {
    expect(cards('10kV', ['10kv'])).toEqual(['onsite-response-plan']);
    expect(cards('12345', ['12345']).length).toBeGreaterThan(0);
    expect(cards('110', ['110'])).toEqual([]);
    expect(cards('10kV 配电室', ['10kv', '配电室'])).toEqual([]);
  });
});
