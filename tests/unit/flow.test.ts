import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, test } from 'vitest';
import { fill } from '../../src/lib/model/fill';
import type { FilledBlock, FilledDoc, FilledSection } from '../../src/lib/model/types';
import { BodyParser } from '../../src/lib/parse/parse-body';
import { loadTemplate } from '../../src/lib/parse/parse-template';
import { toDocxBytes } from '../../src/lib/render/docx';
import { toHtml } from '../../src/lib/render/hnode';
import { renderDocument } from '../../src/lib/render/html';
import { toMarkdown } from '../../src/lib/render/markdown';
import { toPlainText } from '../../src/lib/render/text';

const FIXTURE = 'tests/unit/fixtures/all-kinds.mdx';
const { template } = loadTemplate(FIXTURE, readFileSync(FIXTURE, 'utf8'));
const VALUES = { orgName: '某某县恒安公司', reportMinutes: '15', leader: { name: '李四', title: '总经理' } };

function flowsOf(nodes: (FilledBlock | FilledSection)[]): Extract<FilledBlock, { type: 'flow' }>[] {
  return nodes.flatMap((node) => (node.type === 'section' ? flowsOf(node.body) : node.type === 'flow' ? [node] : []));
}

/** The one section of a document that holds the flow, rendered alone. */
const flowDoc = (doc: FilledDoc): FilledDoc => ({ ...doc, body: [{ type: 'section', id: 'x', level: 1, number: '一、', title: [{ text: '报告流程' }], annex: false, guide: [], body: flowsOf(doc.body) }] });

describe('parsing <Flow>', () => {
  test('steps in order, branches split at the full-width colon, a branch without one is a note', () => {
    const [flow] = flowsOf(fill(template, 'blank').body);
    expect(flow!.title).toBe('信息报告流程');
    expect(flow!.steps).toHaveLength(4);
    expect(flow!.steps[2]!.branches.map((b) => [b.condition?.map((r) => r.text).join(''), b.content.map((r) => r.text).join('')])).toEqual([
      ['情况一般', '由值班人员先期处置'],
      ['情况较大', '报告【单位名称】主要负责人'],
      [undefined, '随时续报进展'],
    ]);
  });

  test('a flow inside <Optional> goes when the part is left out', () => {
    const parser = new BodyParser('x.mdx');
    const doc = parser.parse('## 一\n\n<Optional field="on">\n\n<Flow title="流程">\n\n1. 甲\n2. 乙\n\n</Flow>\n\n</Optional>\n', []);
    const section = doc.body[0]!;
    expect(parser.problems).toEqual([]);
    expect(section.type === 'section' && section.body[0]).toMatchObject({ type: 'flow', when: 'on' });
  });

  test('a malformed flow is reported with file, line and fix, all problems at once', () => {
    const file = 'tests/unit/fixtures/bad-flow.mdx';
    expect(() => loadTemplate(file, readFileSync(file, 'utf8'))).toThrowErrorMatchingInlineSnapshot(`
      [AuthorError: Template content has 9 problems:
      tests/unit/fixtures/bad-flow.mdx:14: <Flow title="放在标题前"> stands outside any section (before the first heading, after <Signature>, or inside <Guide>).
        Fix: put the flow in the section it belongs to, after that section's heading.
      tests/unit/fixtures/bad-flow.mdx:23: <Flow> has no title.
        Fix: write <Flow title="信息报告流程"> (plain text naming the chart).
      tests/unit/fixtures/bad-flow.mdx:32: <Flow title="不是编号列表"> must hold exactly one numbered list; found a bullet list.
        Fix: write the steps as "1. …", "2. …" with blank lines after <Flow …> and before </Flow>; put explanations in a paragraph outside the flow.
      tests/unit/fixtures/bad-flow.mdx:39: <Flow title="多了一段"> must hold exactly one numbered list; found a paragraph.
        Fix: write the steps as "1. …", "2. …" with blank lines after <Flow …> and before </Flow>; put explanations in a paragraph outside the flow.
      tests/unit/fixtures/bad-flow.mdx:45: the title of <Flow title="[[orgName]]流程"> holds a placeholder.
        Fix: write the title as plain text; placeholders go in the steps.
      tests/unit/fixtures/bad-flow.mdx:53: a step of <Flow title="分支有误"> holds more than its text and one bullet list of branches.
        Fix: write each step as one line of text; put its branches under it as "   - 条件：去向" (one bullet list, indented to the step's text).
      tests/unit/fixtures/bad-flow.mdx:56: a branch of <Flow title="分支有误"> has no condition before its colon "：".
        Fix: write a branch as "条件：去向", e.g. "情况较大：报告领导小组组长"; leave out the colon for a plain note.
      tests/unit/fixtures/bad-flow.mdx:57: a branch of <Flow title="分支有误"> has nothing after its colon "：".
        Fix: write a branch as "条件：去向", e.g. "情况较大：报告领导小组组长"; leave out the colon for a plain note.
      tests/unit/fixtures/bad-flow.mdx:58: a branch of <Flow title="分支有误"> holds a nested list or more than one paragraph.
        Fix: branches do not nest: write each branch as one line "条件：去向"; make a further step for what follows.]
    `);
  });

  test('a flow written on one line with its steps is reported as inside a paragraph', () => {
    const parser = new BodyParser('x.mdx');
    parser.parse('## 一\n\n<Flow title="流程">1. 甲</Flow>\n', []);
    expect(parser.problems.map((p) => `${p.line}: ${p.message}`)).toEqual(['3: <Flow> is inside a paragraph (on one line with text or with its content).']);
  });
});

describe('values typed in the form appear in the chart', () => {
  const doc = flowDoc(fill(template, 'user', VALUES));

  test('plain text: numbered steps, arrows, branches indented with ├', () => {
    expect(toPlainText(doc)).toMatchInlineSnapshot(`
      "某某县恒安公司测试预案

      一、报告流程
      信息报告流程
      1. 现场人员发现情况，立即报告值班人员 →
      2. 值班人员在15分钟内报告李四（总经理） →
      3. 组长核实研判 →
         ├ 情况一般：由值班人员先期处置
         ├ 情况较大：报告某某县恒安公司主要负责人
         ├ 随时续报进展
      4. 决定启动响应
      "
    `);
  });

  test('Markdown: a numbered list with arrows, branches as a nested list', () => {
    expect(toMarkdown(doc)).toMatchInlineSnapshot(`
      "# 某某县恒安公司测试预案

      ## 一、报告流程

      **信息报告流程**

      1. 现场人员发现情况，立即报告值班人员 →
      2. 值班人员在15分钟内**报告**李四（总经理） →
      3. 组长核实研判 →
         - ├ 情况一般：由值班人员先期处置
         - ├ 情况较大：报告某某县恒安公司主要负责人
         - ├ 随时续报进展
      4. 决定启动响应
      "
    `);
  });

  test('HTML: a figure with a caption and a real ordered list, branches as a nested list', () => {
    const html = toHtml(renderDocument(doc));
    expect(html).toContain('<figure class="flow"><figcaption class="flow-title">信息报告流程</figcaption><ol class="flow-steps">');
    expect(html.match(/<li class="flow-step">/g)).toHaveLength(4);
    expect(html).toContain('<p class="flow-text">值班人员在15分钟内<strong>报告</strong>李四（总经理）</p>');
    expect(html).toContain('<li class="flow-branch"><span class="flow-cond">情况较大</span>：报告某某县恒安公司主要负责人</li>');
    expect(html).toContain('<li class="flow-branch flow-note">随时续报进展</li>');
    expect(html).not.toMatch(/<img|<svg|<canvas/);
  });

  test('HTML for the clipboard: a bordered one-column table with ↓ rows, no style attributes', () => {
    const html = toHtml(renderDocument(doc, { standalone: true }));
    expect(html).toContain('<p align="center"><strong>信息报告流程</strong></p><table border="1"');
    expect(html.match(/<td align="center">↓<\/td>/g)).toHaveLength(3);
    expect(html).toContain('<p>├ 情况较大：报告某某县恒安公司主要负责人</p>');
    expect(html).not.toContain('style=');
  });

  test('unfilled placeholders in a step stay marked for the form', () => {
    const html = toHtml(renderDocument(flowDoc(fill(template, 'blank'))));
    expect(html).toContain('<mark class="ph" data-field="reportMinutes">【报告时限】</mark>');
  });
});

describe('.docx: a table-based chart', async () => {
  const xml = strFromU8(unzipSync(await toDocxBytes(flowDoc(fill(template, 'user', VALUES))))['word/document.xml']!);
  const table = /<w:tbl>.*?<\/w:tbl>/.exec(xml)![0];
  const rows = [...table.matchAll(/<w:tr>.*?<\/w:tr>/g)].map(([row]) => row);
  const text = (part: string) => [...part.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');

  test('the title centred in 黑体 above the table', () => {
    const title = /<w:p>(?:(?!<w:p>).)*?信息报告流程.*?<\/w:p>/.exec(xml)![0];
    expect(title).toContain('<w:jc w:val="center"/>');
    expect(title).toContain('w:eastAsia="黑体"');
    expect(xml.indexOf('信息报告流程')).toBeLessThan(xml.indexOf('<w:tbl>'));
  });

  test('one boxed row per step, a ↓ row between, branches boxed beside their step', () => {
    expect(rows.map((row) => text(row))).toEqual([
      '1．现场人员发现情况，立即报告值班人员',
      '↓',
      '2．值班人员在15分钟内报告李四（总经理）',
      '↓',
      '3．组长核实研判→情况一般：由值班人员先期处置情况较大：报告某某县恒安公司主要负责人随时续报进展',
      '↓',
      '4．决定启动响应',
    ]);
    expect(table).toContain('<w:tblBorders><w:top w:val="none"');
    const stepCell = /<w:tc>.*?<\/w:tc>/.exec(rows[0]!)![0];
    expect(stepCell).toMatch(/<w:tcBorders><w:top w:val="single"/);
    const arrowCell = /<w:tc>.*?<\/w:tc>/.exec(rows[1]!)![0];
    expect(arrowCell).toMatch(/<w:tcBorders><w:top w:val="none"/);
    // Rows stay together and are not split across pages.
    expect(rows.every((row) => row.includes('<w:cantSplit/>'))).toBe(true);
  });
});
