import { describe, expect, test } from 'vitest';
import { checkPlan } from '../../src/lib/check/check';
import { loadRules } from '../../src/lib/check/load';
import { readText } from '../../src/lib/check/read/text';
import type { Paragraph } from '../../src/lib/check/types';

const rules = loadRules();
const TODAY = new Date('2026-11-29T00:00:00');
const errors = (paragraphs: Paragraph[], kind?: string) => checkPlan(paragraphs, rules, { today: TODAY, kind }).findings.filter((f) => f.severity === 'error');

/** A hospital plan as Word shows it with automatic numbering: the numbers are not in the text. */
const AUTO_NUMBERED = `某某市人民医院火灾事故专项应急预案
适用范围
本预案适用于本院门诊楼、住院楼发生的火灾事故。
应急组织机构及职责
医院成立火灾事故应急指挥部，院长任总指挥。
响应启动
接到火情报告后，总值班立即报告总指挥，并在1小时内向县应急管理局报告。
处置措施
立即组织病人疏散，关闭氧气总阀。
应急保障
后勤保障部负责物资保障。
附件1 应急联系电话`;

describe('evidence for one element never switches off the search for another', () => {
  test('short unnumbered title lines count, though an annex line is numbered', () => {
    expect(errors(readText(AUTO_NUMBERED))).toEqual([]);
  });

  test('a numbered heading for one element and a plain title line for another both count', () => {
    const text = AUTO_NUMBERED.replace('适用范围\n', '一、适用范围\n');
    const report = checkPlan(readText(text), rules, { today: TODAY });
    expect(report.elements.missing).toEqual([]);
    expect(report.elements.found.find((p) => p.element === '应急组织机构及职责')).toMatchObject({ how: 'heading' });
  });

  test('the rows of a 处置卡 table are the elements of a 现场处置方案', () => {
    const rows = [
      ['事故风险描述', '有限空间作业中可能发生中毒窒息。'],
      ['应急工作职责', '监护人负责报警，班组长负责现场指挥。'],
      ['应急处置', '停止作业，通风检测，佩戴正压式空气呼吸器后施救。'],
      ['报警电话', '值班室 010-0000-0000'],
      ['注意事项', '严禁未佩戴防护用品进入。'],
    ];
    const paragraphs: Paragraph[] = [{ text: '某某公司污水池有限空间作业现场处置方案' }, { text: '一、处置卡' }, ...rows.map((cells) => ({ text: cells.join('\t'), cells }))];
    const report = checkPlan(paragraphs, rules, { today: TODAY });
    expect(report.kind).toBe('onsite');
    expect(report.elements.missing).toEqual([]);
    expect(report.elements.found.every((p) => p.how === 'table' || p.how === 'heading')).toBe(true);
  });

  test('body text with the element’s words counts, and the report says where', () => {
    const report = checkPlan(readText('某某公司火灾事故专项应急预案\n一、总则\n本预案的适用范围为公司厂区。\n二、组织\n公司应急组织机构及职责如下：总经理任总指挥。'), rules, { today: TODAY });
    expect(report.elements.found).toContainEqual({ element: '适用范围', how: 'text', at: 2 });
    expect(report.elements.found).toContainEqual({ element: '应急组织机构及职责', how: 'text', at: 4 });
  });

  test('an element with no evidence at all is still missing', () => {
    const report = checkPlan(readText('某某公司火灾事故专项应急预案\n一、总则\n本预案适用于公司厂区。'), rules, { today: TODAY });
    expect(report.elements.missing).toContain('处置措施');
    expect(report.findings.some((f) => f.rule === 'missing-element' && f.message.includes('处置措施'))).toBe(true);
  });
});

describe('a finding repeated in many places', () => {
  test('is one finding listing its places', () => {
    const line = '每年组织一次现场处置方案演练。';
    const text = `某某公司配电室现场处置方案\n${Array.from({ length: 50 }, () => line).join('\n')}`;
    const drills = checkPlan(readText(text), rules, { today: TODAY }).findings.filter((f) => f.rule === 'drill-frequency');
    expect(drills).toHaveLength(1);
    expect(drills[0]!.alsoAt).toHaveLength(49);
  });
});
