import { describe, expect, test } from 'vitest';
import { classifyLine } from '../../src/lib/check/classify';
import { outline, sectionLines } from '../../src/lib/check/outline';
import { readText } from '../../src/lib/check/read/text';

describe('classifyLine: one test per numbering pattern', () => {
  test.each([
    ['一、总则', 'cn', '总则'],
    ['十二、附则', 'cn', '附则'],
    ['（一）领导小组', 'cn-paren', '领导小组'],
    ['(二) 工作组', 'cn-paren', '工作组'],
    ['1.信息接报', 'arabic', '信息接报'],
    ['2． 预警', 'arabic', '预警'],
    ['3、响应启动', 'arabic', '响应启动'],
    ['（1）人员疏散', 'arabic-paren', '人员疏散'],
    ['(2)警戒', 'arabic-paren', '警戒'],
    ['第一章 总则', 'chapter', '总则'],
    ['第二节 预警', 'part', '预警'],
    ['1 总则', 'decimal-1', '总则'],
    ['1.1 适用范围', 'decimal-2', '适用范围'],
    ['2.3.1 信息接报', 'decimal-3', '信息接报'],
  ])('%s is a heading (%s)', (line, style, title) => {
    expect(classifyLine(line)).toEqual({ type: 'heading', style, title });
  });

  test('附件 comes before headings: "附件：1.联系方式" is an annex', () => {
    expect(classifyLine('附件：1.联系方式')).toEqual({ type: 'annex', title: '1.联系方式' });
    expect(classifyLine('附件1 值班表')).toEqual({ type: 'annex', title: '值班表' });
    expect(classifyLine('附件')).toEqual({ type: 'annex', title: '附件' });
  });

  test('a sentence starting with 附件 is text', () => {
    expect(classifyLine('附件中的联系方式表只在工作范围内分发。').type).toBe('text');
  });

  test('numbered sentences are paragraphs, not headings', () => {
    expect(classifyLine('1. 贯彻执行安全生产法律法规，组织编制应急预案。').type).toBe('text');
    expect(classifyLine('（一）发生人员伤亡的，立即拨打120；').type).toBe('text');
  });

  test('第X条 is an article, a whole-line date is a date', () => {
    expect(classifyLine('第三条 值班人员应当坚守岗位。').type).toBe('article');
    expect(classifyLine('2019年3月10日').type).toBe('date');
    expect(classifyLine('二〇一九年三月十日').type).toBe('date');
  });

  test('plain text is text', () => {
    expect(classifyLine('为及时妥善处置突发事件，制定本预案。').type).toBe('text');
  });
});

describe('outline levels follow the order styles appear in', () => {
  test('一、 （一） 1. （1）', () => {
    const doc = outline(readText('某单位预案\n一、总则\n（一）目的\n1.要点\n（1）细则\n二、组织\n正文。'));
    expect(doc.lines.filter((l) => l.type === 'heading').map((l) => [l.title, l.level])).toEqual([
      ['总则', 1],
      ['目的', 2],
      ['要点', 3],
      ['细则', 4],
      ['组织', 1],
    ]);
    expect(doc.title).toBe('某单位预案');
  });

  test('第一章 then 一、 nests 一、 under the chapter', () => {
    const doc = outline(readText('题目\n第一章 总则\n一、目的\n第二章 组织\n一、领导小组'));
    expect(doc.lines.filter((l) => l.type === 'heading').map((l) => l.level)).toEqual([1, 2, 1, 2]);
  });

  test('1 / 1.1 / 1.1.1', () => {
    const doc = outline(readText('题目\n1 总则\n1.1 适用范围\n1.1.1 场所\n2 应急响应'));
    expect(doc.lines.filter((l) => l.type === 'heading').map((l) => l.level)).toEqual([1, 2, 3, 1]);
  });

  test('annexes restart the numbering; a section holds its sub-sections', () => {
    const doc = outline(readText('题目\n一、信息报告\n（一）程序\n接报后10分钟内报告。\n二、处置\n附件1 联系方式\n1.值班电话'));
    const lines = sectionLines(doc, 1).map((l) => l.text);
    expect(lines).toEqual(['（一）程序', '接报后10分钟内报告。']);
    expect(doc.lines[5]!.level).toBe(1);
    expect(doc.lines[6]!.level).toBe(2);
  });

  test('Markdown headings and tables', () => {
    const doc = outline(readText('# 题目\n\n## 组织机构\n\n| 姓名 | 职务 |\n|---|---|\n| 王明 | 组长 |\n', true));
    expect(doc.lines.map((l) => [l.type, l.text])).toEqual([
      ['text', '题目'],
      ['heading', '组织机构'],
      ['text', '姓名\t职务'],
      ['text', '王明\t组长'],
    ]);
  });
});
