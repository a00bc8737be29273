import { describe, expect, test } from 'vitest';
import { findSection } from '../../src/lib/search/catalog';
import type { SectionHit } from '../../src/lib/search/rank';
import { groupSiblings, headingLikeness, outlineLikeness } from '../../src/lib/search/siblings';
import { plans } from './search-fixtures';

/** A result for the section of template `slug` under heading id `id`, as the ranking makes it. */
function hit(slug: string, id: string, score = 1): SectionHit {
  const plan = plans.find((entry) => entry.slug === slug)!;
  const ref = findSection(plans, `${plan.u}#${id}`)!;
  return { key: `${plan.u}#${id}`, url: `${plan.u}#${id}`, planTitle: plan.p, sectionTitle: ref.title, excerpt: [], score };
}

describe('parallel sections of sibling templates (另见)', () => {
  test('an alike heading standing in the same place in a sibling is named under the result', () => {
    const [first] = groupSiblings([hit('stability-duty-rules', '请销假')], plans);
    expect(first?.seeAlso).toMatchObject({ planTitle: '社区维稳应急值班制度', sectionTitle: '请假和替班' });
    expect(first?.seeAlso?.url).toMatch(/community-duty-rules\/#请假和替班$/);
  });

  test('the same heading in a sibling is named, and leaves the list below', () => {
    const grouped = groupSiblings([hit('stability-duty-rules', '值班纪律', 2), hit('institution-stability-work-plan', '领导小组'), hit('community-duty-rules', '值班纪律', 0.5)], plans);
    expect(grouped.map((entry) => entry.url.split('/')[2])).toEqual(['stability-duty-rules', 'institution-stability-work-plan']);
    expect(grouped[0]?.seeAlso?.url).toMatch(/community-duty-rules\/#值班纪律$/);
  });

  test('sharing a few characters elsewhere in a plan is not parallel; other kinds of plan are not siblings', () => {
    expect(headingLikeness('下访接访，及时化解矛盾', '矛盾化解组')).toBeGreaterThan(0.6);
    const [iw] = groupSiblings([hit('institution-stability-work-plan', '下访接访及时化解矛盾')], plans);
    expect(iw?.seeAlso).toBeUndefined();
    // The bullying plan (工作方案) has 发现和报告; the duty rules (工作制度) are no sibling of it.
    const [dr] = groupSiblings([hit('stability-duty-rules', '报告的情形')], plans);
    expect(dr?.seeAlso?.url ?? '').not.toMatch(/school-bullying/);
    // Both 专项应急预案 with a 领导小组, but the 舆情 plan and the 社区 plan are no siblings.
    const [op] = groupSiblings([hit('online-public-opinion-response-plan', '领导小组')], plans);
    expect(op?.seeAlso).toBeUndefined();
  });

  test('a template that repeats another\'s outline is its sibling, whatever its title; a shared chapter plan is not enough', () => {
    const bySlug = (slug: string) => plans.find((entry) => entry.slug === slug)!;
    // 有限空间作业现场处置方案 shares few title characters with 现场处置方案（以岗位为例）, but nearly every heading.
    expect(headingLikeness(bySlug('confined-space-onsite-plan').p, bySlug('onsite-response-plan').p)).toBeLessThan(0.6);
    expect(outlineLikeness(bySlug('confined-space-onsite-plan'), bySlug('onsite-response-plan'))).toBeGreaterThan(0.8);
    const [cs] = groupSiblings([hit('confined-space-onsite-plan', '人员防护和自救互救')], plans);
    expect(cs?.seeAlso?.url ?? '').toMatch(/onsite-response-plan\/#人员防护和自救互救$/);
    // Two school 专项应急预案 with the same chapters but their own sections stay apart.
    expect(outlineLikeness(bySlug('school-food-poisoning-emergency-plan'), bySlug('school-epidemic-emergency-plan'))).toBeLessThan(0.8);
    const [fp] = groupSiblings([hit('school-food-poisoning-emergency-plan', '信息报告')], plans);
    expect(fp?.seeAlso).toBeUndefined();
  });
});
