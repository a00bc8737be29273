import { describe, expect, test } from 'vitest';
import type { PlanEntry } from '../../src/lib/search/catalog';
import { listOpeningParts, openingPart } from '../../src/lib/search/parts';
import type { SectionHit } from '../../src/lib/search/rank';

// A lift plan's outline as the build writes it: 三、应急处置 has no text of its own, so its lead is its first part's.
const plan: PlanEntry = {
  u: '/templates/lift/',
  p: '电梯困人应急处置方案',
  f: ['通用', '现场处置方案'],
  slug: 'lift',
  e: '/templates/lift/example/',
  s: [
    ['', '二、应急工作职责', '值班人员：接警…'],
    ['', '三、应急处置', '值班人员处置卡→接听报警…'],
    ['', '（一）应急处置程序', '值班人员处置卡→接听报警…'],
    ['', '（二）现场处置措施', '值班人员接到报警后…'],
    ['', '1.接警和安抚', '值班人员接到报警后…'],
    ['', '2.通知和到场', '值班人员立即拨打…'],
    ['', '四、注意事项', '不得扒门…'],
    ['', '（一）人员防护', '救援人员佩戴…'],
  ],
};

const hit = (title: string, score: number): SectionHit => ({
  key: `/templates/lift/#${title}`,
  url: `/templates/lift/#${title}`,
  exampleUrl: `/templates/lift/example/#${title}`,
  planTitle: plan.p,
  sectionTitle: title,
  excerpt: [],
  score,
});

describe('a section with no text of its own is listed as the part it opens with', () => {
  test('a chapter that opens straight into its first part, at every depth', () => {
    expect(plan.s[openingPart(plan, 1)]![1]).toBe('（一）应急处置程序');
    expect(plan.s[openingPart(plan, 3)]![1]).toBe('1.接警和安抚');
  });

  test('a section with text of its own, a part followed by its sibling and the last section stay', () => {
    expect(openingPart(plan, 0)).toBe(0);
    expect(openingPart(plan, 4)).toBe(4);
    expect(openingPart(plan, 6)).toBe(6);
    expect(openingPart(plan, 7)).toBe(7);
  });

  test('the listed chapter becomes its part, with the part’s links; a listed part keeps the better score', () => {
    const listed = listOpeningParts([hit('应急处置', 3), hit('应急工作职责', 2), hit('应急处置程序', 1)], [plan]);
    expect(listed.map((h) => [h.sectionTitle, h.score])).toEqual([
      ['（一）应急处置程序', 3],
      ['应急工作职责', 2],
    ]);
    expect(listed[0]).toMatchObject({ url: '/templates/lift/#应急处置程序', exampleUrl: '/templates/lift/example/#应急处置程序', key: '/templates/lift/#应急处置程序' });
  });

  test('a link the index does not know is listed as it is', () => {
    const stray = { ...hit('应急处置', 1), key: '/guide/#x', url: '/guide/#x' };
    expect(listOpeningParts([stray], [plan])).toEqual([stray]);
  });
});

describe('a chapter listed with one of its own parts', () => {
  test('becomes that part, with the better score; a chapter without listed parts stays', () => {
    const listed = listOpeningParts([hit('注意事项', 5), hit('应急工作职责', 4), hit('人员防护', 1)], [plan]);
    expect(listed.map((h) => [h.sectionTitle, h.score])).toEqual([
      ['人员防护', 5],
      ['应急工作职责', 4],
    ]);
  });

  test('becomes the best of its listed parts, at any depth; the others stay where they were', () => {
    const bullying: PlanEntry = {
      ...plan,
      s: [
        ['', '五、发现和报告', '发现欺凌线索的，立即制止并报告。'],
        ['', '（一）当场制止', '教职工发现正在发生的欺凌…'],
        ['', '（二）报告', '按下列要求报告。'],
        ['', '1.校内报告', '报告班主任…'],
        ['', '2.对外报告', '涉嫌违法犯罪的，报告公安机关…'],
        ['', '六、处置', '学校组织调查…'],
      ],
    };
    const at = (title: string, score: number) => hit(title, score);
    const listed = listOpeningParts([at('发现和报告', 6), at('处置', 4), at('对外报告', 3), at('校内报告', 2)], [bullying]);
    expect(listed.map((h) => [h.sectionTitle, h.score])).toEqual([
      ['对外报告', 6],
      ['处置', 4],
      ['校内报告', 2],
    ]);
  });
});
