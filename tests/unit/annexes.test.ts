import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { fill, sectionsOf, textOf } from '../../src/lib/model/fill';
import type { FilledBlock, Values } from '../../src/lib/model/types';
import { loadTemplate } from '../../src/lib/parse/parse-template';
import { toPlainText } from '../../src/lib/render/text';
import { loadFile } from './content-files';

const file = 'tests/unit/fixtures/annexes.mdx';
const { template } = loadTemplate(file, readFileSync(file, 'utf8'));
const example: Values = Object.fromEntries(template.fields.map((f) => [f.key, f.example]));

const annexTitles = (values: Values) => [...sectionsOf(fill(template, 'user', values).body)].filter((s) => s.annex).map((s) => textOf(s.title));
const firstParagraph = (values: Values) => {
  const section = [...sectionsOf(fill(template, 'user', values).body)][0]!;
  return textOf((section.body[0] as Extract<FilledBlock, { type: 'paragraph' }>).runs);
};

describe('annexes are numbered from what is included', () => {
  test('all included: numbers and references as written, 附件说明 lists them before the signature', () => {
    const doc = fill(template, 'user', example);
    expect(annexTitles(example)).toEqual(['附件1 联系人', '附件2 物资清单', '附件3 值班日志格式']);
    expect(toPlainText(doc)).toContain('附件：1．联系人\n2．物资清单\n3．值班日志格式\n某某市第一中学\n2026年6月29日');
    expect(doc.body.findIndex((n) => n.type === 'annexNote')).toBe(doc.body.findIndex((n) => n.type === 'signature') - 1);
  });

  test('an annex left out: the later ones move up and references follow them', () => {
    const values = { ...example, withContacts: false };
    expect(annexTitles(values)).toEqual(['附件1 物资清单', '附件2 值班日志格式']);
    // 见附件2 → 见附件1, 附件3 → 附件2; the reference to the left-out annex is marked, not silently wrong.
    expect(firstParagraph(values)).toBe('组长：王明（校长）。联系人名单见【附件1已略去】，物资见附件1，格式见附件2。【附件1已略去】至附件2每季度核对一次。');
    const doc = fill(template, 'user', values);
    expect(doc.missing).toContainEqual({ key: 'withContacts', label: '附件1已略去，正文仍引用它' });
    // References inside an included annex follow too.
    const supplies = [...sectionsOf(doc.body)].find((s) => textOf(s.title) === '附件1 物资清单')!;
    expect(textOf((supplies.body[0] as Extract<FilledBlock, { type: 'paragraph' }>).runs)).toBe('物资清单，格式同附件2。');
  });

  test('a single annex is 附件 without a number (GB/T 9704 §7.3.6)', () => {
    const values = { ...example, withContacts: false, withSupplies: false };
    expect(annexTitles(values)).toEqual(['附件 值班日志格式']);
    expect(toPlainText(fill(template, 'user', values))).toContain('附件：值班日志格式\n某某市第一中学');
    expect(firstParagraph(values)).toContain('格式见附件。');
  });

  test('the township plan: leaving out annex 1 renumbers annex 2 and its reference', () => {
    const { template: township } = loadFile('content/templates/11-township-stability-emergency-plan.mdx');
    const values: Values = { ...Object.fromEntries(township.fields.map((f) => [f.key, f.example])), includeVillageContacts: false };
    const text = toPlainText(fill(township, 'user', values));
    expect(text).toContain('镇储备的应急物资和装备见附件。');
    expect(text).not.toContain('附件1');
    expect(text).not.toContain('附件2');
    expect(text).toContain('附件 应急资源清单');
  });

  test('a plan without annexes gets no 附件说明', () => {
    const { template: plan } = loadFile('content/templates/13-fire-special-emergency-plan.mdx');
    const doc = fill(plan, 'example');
    const hasAnnex = [...sectionsOf(doc.body)].some((s) => s.annex);
    expect(doc.body.some((n) => n.type === 'annexNote')).toBe(hasAnnex);
  });
});
