import { describe, expect, test } from 'vitest';
import { checkPlan } from '../../src/lib/check/check';
import { loadRules } from '../../src/lib/check/load';
import { readText } from '../../src/lib/check/read/text';
import { fill } from '../../src/lib/model/fill';
import { toPlainText } from '../../src/lib/render/text';
import { entryOf } from '../../src/lib/review/batch';
import { loadReviewForm } from '../../src/lib/review/load-form';
import { fillReviewForm, reviewFormDoc, type ReviewForm } from '../../src/lib/review/review-form';
import { loadFile } from './content-files';

const rules = loadRules();
const data = loadReviewForm(rules);
const TODAY = new Date('2026-11-29T00:00:00');

function formOf(text: string): ReviewForm {
  const report = checkPlan(readText(text), rules, { today: TODAY });
  const entry = entryOf('plan.txt', report);
  return fillReviewForm(report, rules, data, entry)!;
}
const example = (file: string) => toPlainText(fill(loadFile(`content/templates/${file}`).template, 'example'));
const item = (form: ReviewForm, name: string) => form.items.find((i) => i.name === name)!;

const SAFETY = ['12-production-safety-comprehensive-plan.mdx', '13-fire-special-emergency-plan.mdx', '14-onsite-response-plan.mdx'];

describe.each(SAFETY)('评审表 of the worked example %s', (file) => {
  const form = formOf(example(file));

  test('every key item is 符合, or 需人工判断 where judgement is needed', () => {
    const keys = form.items.filter((i) => i.key);
    expect(keys.length).toBeGreaterThan(5);
    for (const key of keys) expect([key.name, key.verdict]).toEqual([key.name, key.name === '编制过程' || ['针对性', '可操作性', '衔接性'].includes(key.name) ? '需人工判断' : '符合']);
  });

  test('items needing judgement are never passed', () => {
    for (const name of ['可操作性', '针对性', '衔接性', '编制过程']) expect(item(form, name).verdict).toBe('需人工判断');
  });

  test('the form as a document: both parts, key marks, blanks for the reviewer', () => {
    const text = toPlainText(reviewFormDoc(form, { file: file, unit: '某单位', date: '2026-11-20', title: '预案' }));
    expect(text).toContain('一、形式评审');
    expect(text).toContain('*可操作性');
    expect(text).toContain('评审人员（签名）');
  });
});

describe('planted defects give 不符合 with their evidence', () => {
  const base = example('12-production-safety-comprehensive-plan.mdx');

  test('a superseded basis', () => {
    const lines = base.split('\n');
    lines.splice(1, 0, '本预案依据《中华人民共和国突发事件应对法》（2007年）编制。');
    const form = formOf(lines.join('\n'));
    expect(item(form, '编制依据').verdict).toBe('不符合');
    expect(item(form, '编制依据').evidence).toContain('2007年');
  });

  test('a missing response-levels section', () => {
    const form = formOf(base.replace(/响应分级|分级响应|响应级别|[一二三四ⅠⅡⅢⅣ]级响应/g, '响应安排'));
    expect(item(form, '响应分级').verdict).toBe('不符合');
    expect(item(form, '响应分级').evidence).toContain('未找到“响应分级”');
  });

  test('a leftover blank', () => {
    const form = formOf(base.replace('适用范围', '适用范围\n本预案由【单位名称】负责解释。'));
    expect(item(form, '文字和空白').verdict).toBe('不符合');
    expect(item(form, '文字和空白').evidence).toContain('【单位名称】');
  });

  test('no signature date', () => {
    const form = formOf(base.split('\n').filter((line) => !/^\d{4}年\d{1,2}月\d{1,2}日$/.test(line.trim())).join('\n'));
    expect(item(form, '预案名称和发布').verdict).toBe('不符合');
    expect(item(form, '预案名称和发布').evidence).toContain('没有找到落款日期');
  });
});

test('维稳 plans get the table from their kind’s elements', () => {
  const form = formOf(example('02-school-stability-emergency-plan.mdx'));
  expect(form.kindName).toBe('维稳应急预案');
  const names = form.items.filter((i) => i.part === '要素评审').map((i) => i.name);
  for (const element of rules.kinds.find((k) => k.id === 'stability-emergency')!.elements) expect(names).toContain(element.name);
  expect(item(form, '可操作性').verdict).toBe('需人工判断');
});
