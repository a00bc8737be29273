/**
 * 应急处置卡: authors declare them in frontmatter (post, flow, risks, phones, notes); the model
 * fills them; the .docx holds one A5 card per page with every step in 14 pt or larger.
 */
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, test } from 'vitest';
import { fill, textOf } from '../../src/lib/model/fill';
import { loadTemplate } from '../../src/lib/parse/parse-template';
import { A5, cardsDocxBytes } from '../../src/lib/render/docx-cards';
import { catalog } from './content-files';

const withCards = () => catalog().filter((entry) => entry.template.cards);

async function documentXml(bytes: Uint8Array): Promise<string> {
  return strFromU8(unzipSync(bytes)['word/document.xml']!);
}

/** Text of every paragraph whose runs are all at least `halfPoints` in size. */
function paragraphs(xml: string): { text: string; sizes: number[] }[] {
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map(([p]) => ({
    text: [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''),
    sizes: [...p.matchAll(/<w:sz w:val="(\d+)"\/>/g)].map((m) => Number(m[1])),
  }));
}

describe('cards in the catalog', () => {
  test('the on-site plan and the two new 现场处置方案 declare cards', () => {
    const slugs = withCards().map((entry) => entry.frontmatter.slug);
    expect(slugs).toContain('onsite-response-plan');
  });

  test.each(withCards().map((entry) => [entry.frontmatter.slug, entry] as const))('%s: every card of the example has a post, risks, steps, phones and notes, none unfilled', (_, entry) => {
    const doc = fill(entry.template, 'example');
    expect(doc.cards?.length).toBe(entry.template.cards?.length);
    for (const card of doc.cards ?? []) {
      expect(textOf(card.post)).not.toBe('');
      expect(card.risks.length).toBeGreaterThan(0);
      expect(card.steps.length).toBeGreaterThanOrEqual(3);
      expect(card.phones.length).toBeGreaterThan(0);
      expect(card.notes.length).toBeGreaterThan(0);
      const all = [card.post, ...card.risks, ...card.steps.map((s) => s.content), ...card.phones, ...card.notes];
      expect(all.flat().filter((run) => run.missing), entry.file).toEqual([]);
    }
  });

  test.each(withCards().map((entry) => [entry.frontmatter.slug, entry] as const))('%s: the .docx is A5, one card per page, every step and branch in ≥ 14 pt', async (_, entry) => {
    const doc = fill(entry.template, 'example');
    const xml = await documentXml(await cardsDocxBytes(doc));
    const sizes = [...xml.matchAll(/<w:pgSz ([^>]*)\/>/g)].map((m) => m[1]!);
    expect(sizes).toHaveLength(doc.cards!.length);
    for (const size of sizes) {
      expect(size).toContain(`w:w="${A5.width}"`);
      expect(size).toContain(`w:h="${A5.height}"`);
    }
    const paras = paragraphs(xml);
    for (const card of doc.cards!) {
      for (const [i, step] of card.steps.entries()) {
        const found = paras.find((p) => p.text === `${i + 1}．${textOf(step.content)}`);
        expect(found, textOf(step.content)).toBeDefined();
        expect(Math.min(...found!.sizes)).toBeGreaterThanOrEqual(28);
        for (const branch of step.branches) {
          const text = textOf(branch.content);
          const line = paras.find((p) => p.text.startsWith('├') && p.text.endsWith(text));
          expect(line, text).toBeDefined();
          expect(Math.min(...line!.sizes)).toBeGreaterThanOrEqual(28);
        }
      }
      for (const phone of card.phones) expect(xml).toContain(textOf(phone).split('：')[1]);
    }
  });
});

describe('author errors name the file, the card field and the fix', () => {
  const template = (cards: string) => `---
title: 测试
slug: test-cards
orgType: 生产经营单位
planKind: 现场处置方案
summary: 测试。
documentTitle: "[[orgName]]方案"
legalBasis: [《中华人民共和国安全生产法》]
updated: 2026-11-29
cards:
${cards}
fields:
  - { key: orgName, kind: text, label: 单位名称, help: 填写。, example: 某某公司 }
  - { key: phone, kind: phone, label: 值班电话, help: 填写。, example: 010-0000-0000 }
  - { key: dept, kind: text, label: 部门, help: 填写。, example: 设备部 }
---

## 应急处置

<Flow title="处置流程">

1. 发现
2. 报告[[phone]]
3. 处置[[dept]]

</Flow>
`;

  test('a flow, a notes section and phone fields that do not exist', () => {
    const cards = `  - post: 值班员[[nobody]]
    flow: 处置卡
    risks: [触电]
    phones: [dept, missing]
    notes: 注意事项`;
    expect(() => loadTemplate('t.mdx', template(cards))).toThrowErrorMatchingInlineSnapshot(`
      [AuthorError: Template content has 5 problems:
      t.mdx (field "cards[0].flow"): no <Flow title="处置卡"> in the body.
        Fix: write the title of one of the body's flows: "处置流程".
      t.mdx (field "cards[0].phones"): "dept" is a text field, which holds no phone numbers.
        Fix: name a table with a 电话 column, a person list with phones, or a phone field.
      t.mdx (field "cards[0].phones"): "missing" is not a field.
        Fix: name a table, person list or phone field (declared: orgName, phone, dept).
      t.mdx (field "cards[0].notes"): no section titled "注意事项" in the body.
        Fix: write the exact title of a section (without placeholders) whose lists hold the notes, or give the notes as a list of lines.
      t.mdx (field "cards[0].post"): the placeholder [[nobody]] has no field.
        Fix: declare a field with key: nobody, or correct the spelling.]
    `);
  });

  test('a good card fills', () => {
    const cards = `  - post: 值班员
    flow: 处置流程
    risks: [触电]
    phones: [phone]
    notes: [先断电]`;
    const doc = fill(loadTemplate('t.mdx', template(cards)).template, 'example');
    expect(doc.cards?.[0]?.phones.map(textOf)).toEqual(['值班：010-0000-0000']);
    expect(doc.cards?.[0]?.steps.map((s) => textOf(s.content))).toEqual(['发现', '报告010-0000-0000', '处置设备部']);
  });
});
