import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { fill, sectionsOf, textOf } from '../../src/lib/model/fill';
import { chineseNumeral } from '../../src/lib/model/numbering';
import { cleanText, formatDate } from '../../src/lib/model/text';
import { loadTemplate } from '../../src/lib/parse/parse-template';
import { toMarkdown } from '../../src/lib/render/markdown';
import { toPlainText } from '../../src/lib/render/text';

const file = 'tests/unit/fixtures/all-kinds.mdx';
const { template } = loadTemplate(file, readFileSync(file, 'utf8'));

describe('fill, every field kind', () => {
  test('blank: every placeholder shows as 【标签】, group names and duties kept', () => {
    expect(toPlainText(fill(template, 'blank'))).toMatchInlineSnapshot(`
      "【单位名称】测试预案

      一、总则
      本预案适用于【单位名称】（【单位性质】）。值班电话 【值班电话】，【报告时限】分钟内报告。
      【适用范围补充】
      信息报告流程
      1. 现场人员发现情况，立即报告值班人员 →
      2. 值班人员在【报告时限】分钟内报告【组长】 →
      3. 组长核实研判 →
         ├ 情况一般：由值班人员先期处置
         ├ 情况较大：报告【单位名称】主要负责人
         ├ 随时续报进展
      4. 决定启动响应
      二、组织机构
      （一）领导小组
      组长：【组长】；成员：【成员】。
      姓名	职务
      【成员】	
      （二）工作组
      1.后勤保障组
      组长：【组长】
      副组长：【副组长】
      成员：【成员】
      职责：负责物资保障。
      负责车辆调度。
      · 第一项
      · 第二项
      附件：应急物资
      【单位名称】
      【印发日期】
      附件 应急物资
      名称	数量
      【应急物资】	
      "
    `);
  });

  test('example: the example values fill every kind', () => {
    expect(toPlainText(fill(template, 'example'))).toMatchInlineSnapshot(`
      "某某市第一中学测试预案

      一、总则
      本预案适用于某某市第一中学（公办）。值班电话 010-0000-0001，30分钟内报告。
      第一段。
      第二段。
      信息报告流程
      1. 现场人员发现情况，立即报告值班人员 →
      2. 值班人员在30分钟内报告王明（校长） →
      3. 组长核实研判 →
         ├ 情况一般：由值班人员先期处置
         ├ 情况较大：报告某某市第一中学主要负责人
         ├ 随时续报进展
      4. 决定启动响应
      二、组织机构
      （一）领导小组
      组长：王明（校长）；成员：李华（副校长）、张强（办公室主任）。
      姓名	职务	联系电话
      李华	副校长	138-0000-0001
      张强	办公室主任	
      （二）工作组
      1.后勤保障组
      组长：赵丽（总务主任）
      副组长：钱进（副主任）
      成员：孙伟（保管员）
      职责：负责物资保障。
      负责车辆调度。
      · 第一项
      · 第二项
      附件：应急物资
      某某市第一中学
      2026年6月9日
      附件 应急物资
      名称	数量
      灭火器	20
      "
    `);
  });

  test('blank lists each unfilled field once, in document order', () => {
    expect(fill(template, 'blank').missing.map((m) => m.label)).toEqual(['单位名称', '单位性质', '值班电话', '报告时限（分钟）', '适用范围补充', '组长', '成员', '工作组', '印发日期', '应急物资']);
  });

  test('user values fill', () => {
    const doc = fill(template, 'user', { orgName: '某某社区', issueDate: '2027-01-05' });
    const text = toPlainText(doc);
    expect(text).toContain('某某社区测试预案');
    expect(text).toContain('2027年1月5日');
    expect(doc.missing.map((m) => m.key)).not.toContain('orgName');
    expect(doc.missing.map((m) => m.key)).toContain('dutyPhone');
  });

  test('an optional annex left out vanishes and the other annex is renumbered', () => {
    // Two annexes, so a vanished one shows: with one, the annex reads 附件 whether numbered or not.
    const code = `${readFileSync(file, 'utf8')}\n## 附件2 联系方式\n\n值班电话见正文。\n`;
    const { template: twoAnnexes } = loadTemplate(file, code);
    const titles = (annexOn: boolean) => [...sectionsOf(fill(twoAnnexes, 'user', { annexOn }).body)].filter((s) => s.annex).map((s) => textOf(s.title));
    expect(titles(true)).toEqual(['附件1 应急物资', '附件2 联系方式']);
    expect(titles(false)).toEqual(['附件 联系方式']);
    const text = toPlainText(fill(twoAnnexes, 'user', { annexOn: false }));
    expect(text).not.toContain('应急物资');
    expect(text).toContain('附件：联系方式');
  });

  test('headings are numbered 一、（一） by level and annexes are not numbered', () => {
    const doc = fill(template, 'example');
    expect([...sectionsOf(doc.body)].map((s) => `${s.number}${textOf(s.title)}`)).toEqual(['一、总则', '二、组织机构', '（一）领导小组', '（二）工作组', '1.后勤保障组', '附件 应急物资']);
  });

  test('section ids do not change with the values filled in', () => {
    const ids = (mode: 'blank' | 'example') => [...sectionsOf(fill(template, mode).body)].map((s) => s.id);
    expect(ids('blank')).toEqual(ids('example'));
    expect(ids('blank')).toEqual(['总则', '组织机构', '领导小组', '工作组', '后勤保障组', '附件1-应急物资']);
  });

  test('Markdown escapes what users type', () => {
    const md = toMarkdown(fill(template, 'user', { orgName: '<img src=x onerror=alert(1)> *星* | [链接](x)' }));
    expect(md).toContain('\\<img src=x onerror=alert(1)\\> \\*星\\* \\| \\[链接\\](x)测试预案');
  });

  test('Markdown escapes a user\'s text that starts like a heading, list item or numbered item', () => {
    const starts = ['# 不是标题', '## 也不是', '- 不是列表', '+ 不是列表', '= 不是下划线标题', '1. 不是编号', '2) 也不是编号', '  3. 缩进的也不是'];
    const md = toMarkdown({ title: [{ text: '标题' }], body: starts.map((text) => ({ type: 'paragraph', runs: [{ text }] })), missing: [] });
    const paragraphs = md.split('\n\n').slice(1).map((p) => p.trim());
    expect(paragraphs).toEqual(['\\# 不是标题', '\\## 也不是', '\\- 不是列表', '\\+ 不是列表', '\\= 不是下划线标题', '1\\. 不是编号', '2\\) 也不是编号', '3\\. 缩进的也不是']);
    // Nothing in the document reads as a heading but the title, or as a list item.
    expect(md.split('\n').filter((line) => /^\s*(#|[-+]\s|\d+[.)]\s)/.test(line))).toEqual(['# 标题']);
  });
});

describe('text helpers', () => {
  test('dates have no leading zeros', () => {
    expect(formatDate('2026-06-09')).toBe('2026年6月9日');
    expect(formatDate('明年')).toBe('明年');
  });

  test('Chinese numerals', () => {
    expect([1, 9, 10, 11, 20, 21, 99].map(chineseNumeral)).toEqual(['一', '九', '十', '十一', '二十', '二十一', '九十九']);
  });

  test('cleanText drops control characters and lone surrogates, keeps emoji', () => {
    expect(cleanText('a\u0000b\u0007c\r\nd\uD800e😀\uDC00')).toBe('abc\nd\uFFFDe😀\uFFFD');
  });
});
