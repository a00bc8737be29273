import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { checkPlan } from '../../src/lib/check/check';
import { loadRules } from '../../src/lib/check/load';
import { readText } from '../../src/lib/check/read/text';
import { entryOf, type BatchEntry } from '../../src/lib/review/batch';
import { crossCheck, type SetMember } from '../../src/lib/review/crosscheck';

const rules = loadRules();
const DIR = 'tests/unit/fixtures/plan-set';
const TODAY = new Date('2026-11-29T00:00:00');
const files = readdirSync(DIR).sort();
const original = Object.fromEntries(files.map((file) => [file, readFileSync(`${DIR}/${file}`, 'utf8')]));

function setOf(texts: Record<string, string>): SetMember[] {
  return Object.entries(texts).map(([file, text]) => {
    const entry = entryOf(file, checkPlan(readText(text), rules, { today: TODAY })) as Extract<BatchEntry, { ok: true }>;
    return { file, facts: entry.facts };
  });
}

/** The set with one file's text changed. */
const planted = (file: string, from: string | RegExp, to: string) => ({ ...original, [file]: original[file]!.replace(from, to) });

describe('a unit’s four plans cross-checked', () => {
  test('the consistent set: all four found as one unit with their roles, and no disagreement', () => {
    const set = setOf(original);
    expect(set.map((m) => m.facts.role)).toEqual(['comprehensive', 'special', 'special', 'onsite']);
    expect(crossCheck(set)).toEqual([]);
  });

  test.each([
    ['response levels', planted('2-火灾专项.txt', 'Ⅰ级响应、Ⅱ级响应、Ⅲ级响应三级', 'Ⅰ级响应、Ⅱ级响应、Ⅲ级响应、Ⅳ级响应四级'), '响应分级', '2-火灾专项.txt'],
    ['level names', planted('3-机械伤害专项.txt', 'Ⅰ级响应、Ⅱ级响应、Ⅲ级响应', '一级响应、二级响应、三级响应'), '响应分级', '3-机械伤害专项.txt'],
    ['command body', planted('3-机械伤害专项.txt', '应急救援指挥部', '应急领导小组'), '应急指挥机构', '3-机械伤害专项.txt'],
    ['leader', planted('2-火灾专项.txt', '总指挥：王明', '总指挥：赵刚'), '总指挥', '2-火灾专项.txt'],
    ['duty phone', planted('4-配电室现场处置.txt', '值班电话：010-0000-0001', '值班电话：010-0000-0009'), '值班电话', '4-配电室现场处置.txt'],
    ['a contact', planted('3-机械伤害专项.txt', '设备部\t010-0000-0003', '设备部\t010-0000-0033'), '联系方式', '3-机械伤害专项.txt'],
    ['a named plan missing', (() => { const set = { ...original }; delete set['3-机械伤害专项.txt']; return set; })(), '预案体系', '1-综合.txt'],
    ['越级 citation', planted('2-火灾专项.txt', '是《某某市恒安机械有限公司生产安全事故综合应急预案》的专项预案，与其衔接', '与《某某市生产安全事故应急预案》衔接'), '上级预案衔接', '2-火灾专项.txt'],
  ])('a planted disagreement in %s is reported, naming the file', (_, texts, topic, file) => {
    const found = crossCheck(setOf(texts));
    expect(found.map((d) => d.topic)).toContain(topic);
    expect(found.find((d) => d.topic === topic)!.files).toContain(file);
    if (topic === '上级预案衔接') expect(found.find((d) => d.topic === topic)!.message).toContain('越级衔接：直接衔接“某某市生产安全事故应急预案”');
  });
});
