/**
 * Content checks for the review of issue #11: each would have caught one of the findings.
 * Figures come from the laws' texts as the legal-basis registry (content/check/legal-bases.yaml) lists them.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { fill, textOf } from '../../src/lib/model/fill';
import type { FilledBlock, FilledSection } from '../../src/lib/model/types';
import { toPlainText } from '../../src/lib/render/text';
import { bySlug, catalog, exampleOf } from './content-files';

const blankText = (slug: string) => toPlainText(fill(bySlug(slug).template, 'blank'));
const fieldExample = (slug: string, key: string) => bySlug(slug).template.fields.find((f) => f.key === key)?.example;

type Flow = Extract<FilledBlock, { type: 'flow' }>;
function flowsOf(nodes: (FilledBlock | FilledSection)[]): Flow[] {
  return nodes.flatMap((node) => (node.type === 'section' ? flowsOf(node.body) : node.type === 'flow' ? [node] : []));
}
const flows = (slug: string) => flowsOf(fill(bySlug(slug).template, 'blank').body);

/** Slugs of the templates whose frontmatter passes `test`, so a new template is checked as its kind says. */
const slugsWhere = (test: (frontmatter: ReturnType<typeof catalog>[number]['frontmatter']) => boolean) =>
  catalog()
    .filter((entry) => test(entry.frontmatter))
    .map((entry) => entry.frontmatter.slug);
/** 维稳 plans (预案 and 方案, not 制度): the ones that handle petitions, disputes and group incidents. */
const STABILITY_PLANS = slugsWhere((f) => /维稳|综治|信访|矛盾纠纷/.test(f.title) && f.planKind !== '工作制度');
/** Plans whose events draw public attention: the 维稳 plans, school bullying and social-stability risk assessment. */
const INFORMATION_PLANS = [...STABILITY_PLANS, ...slugsWhere((f) => /欺凌|社会稳定风险评估/.test(f.title))];
/** 维稳 emergency plans: each needs a report flow. */
const STABILITY_EMERGENCY_PLANS = slugsWhere((f) => STABILITY_PLANS.includes(f.slug) && f.planKind === '专项应急预案');

test('the lists derived from frontmatter hold the plans they are meant to', () => {
  expect(STABILITY_EMERGENCY_PLANS).toEqual(expect.arrayContaining(['enterprise-petition-emergency-plan', 'township-stability-emergency-plan']));
  expect(STABILITY_PLANS).toEqual(expect.arrayContaining(['institution-stability-work-plan', 'dispute-screening-resolution-work-plan']));
  expect(INFORMATION_PLANS).toEqual(expect.arrayContaining(['school-bullying-prevention-work-plan', 'social-stability-risk-assessment-work-plan']));
  expect(STABILITY_PLANS).not.toContain('stability-duty-rules');
});

describe('flows where the plan kind needs them', () => {
  test.each([...STABILITY_EMERGENCY_PLANS, 'production-safety-comprehensive-plan'])('#%s has a report flow', (slug) => {
    expect(flows(slug).map((f) => f.title).join(' ')).toMatch(/报告流程/);
  });

  test.each(['production-safety-comprehensive-plan', 'fire-special-emergency-plan'])('#%s has a response flow', (slug) => {
    expect(flows(slug).map((f) => f.title)).toContain('应急响应流程');
  });

  test('every 综合/专项 plan written to GB/T 29639 and every 现场处置方案 has a flow; 现场处置方案 a card', () => {
    for (const entry of catalog()) {
      const kind = entry.frontmatter.planKind;
      if (kind === '综合应急预案' || kind === '现场处置方案' || entry.frontmatter.orgType === '生产经营单位') {
        expect(flowsOf(fill(entry.template, 'blank').body).length, entry.file).toBeGreaterThan(0);
      }
      if (kind === '现场处置方案') expect(flowsOf(fill(entry.template, 'blank').body).map((f) => f.title).join(' '), entry.file).toMatch(/处置卡/);
    }
  });

  test('every flow is short: 3–9 steps of at most 40 characters (blank template, 【】 not counted)', () => {
    for (const entry of catalog()) {
      for (const flow of flowsOf(fill(entry.template, 'blank').body)) {
        expect(flow.steps.length, `${entry.file} ${flow.title}`).toBeGreaterThanOrEqual(3);
        expect(flow.steps.length, `${entry.file} ${flow.title}`).toBeLessThanOrEqual(9);
        for (const step of flow.steps) {
          const text = textOf(step.content).replace(/[【】]/g, '');
          expect([...text].length, `${entry.file}: ${text}`).toBeLessThanOrEqual(40);
        }
      }
    }
  });
});

describe('1. school drills: 中小学每月至少1次, 幼儿园每季度 (教基一厅〔2014〕2号)', () => {
  test.each(['school-stability-work-plan', 'school-safety-stability-work-plan'])('#%s says monthly, names the guideline, and never once a term for evacuation drills', (slug) => {
    const text = exampleOf(slug);
    expect(text).toMatch(/每月至少/);
    expect(text).toContain('幼儿园每季度至少');
    expect(text).toContain('教基一厅〔2014〕2号');
    expect(text).not.toMatch(/每学期至少[^。；]*疏散演练/);
  });

  test('#5: the drill field counts per month and its example is at least 1', () => {
    const field = bySlug('school-safety-stability-work-plan').template.fields.find((f) => f.key === 'drillsPerMonth');
    expect(field?.label).toBe('每月应急疏散演练次数');
    expect(Number(field?.example)).toBeGreaterThanOrEqual(1);
  });

  test('#4: every school month of the year plan schedules an evacuation drill', () => {
    const rows = fieldExample('school-stability-work-plan', 'monthlyPlan') as string[][];
    const schoolMonths = rows.filter(([month]) => !['2月', '8月'].includes(month!));
    expect(schoolMonths).toHaveLength(10);
    for (const row of schoolMonths) expect(row[1], row[0]).toContain('疏散演练');
  });

  test('the guide gives the school drill frequencies', () => {
    const guide = readFileSync('content/guide/how-to-write.mdx', 'utf8');
    expect(guide).toContain('教基一厅〔2014〕2号');
    expect(guide).toMatch(/每月至少[^|]*1次/);
    expect(guide).toMatch(/幼儿园每季度至少/);
  });
});

describe('2. blocking, sitting in and storming: 劝阻、批评或者教育, then 公安机关依法处置', () => {
  test.each(['enterprise-petition-emergency-plan', 'school-stability-emergency-plan', 'institution-stability-work-plan', 'community-stability-emergency-plan', 'joint-defence-emergency-plan', 'township-stability-emergency-plan'])('#%s has the route and keeps the rights language', (slug) => {
    const text = exampleOf(slug);
    expect(text).toMatch(/堵塞[^。]*滞留[^。]*冲击[^。]*劝阻、批评或者教育[^。]*公安机关依法处置|堵塞[^。]*滞留[^。]*冲击[^。]*劝阻、批评或者教育[^。]*由[^。]*依法处置/);
    expect(text).toMatch(/不得因[^。]*拒绝[^。]*合法诉求|不因[^。]*拒绝[^。]*合法诉求/);
  });
});

describe('3. 配合接谈 at county-level organs: time limit and report', () => {
  test.each([['institution-stability-work-plan', 'joinMinutes'], ['township-stability-emergency-plan', 'joinMinutes']])('#%s sets %s and reports the result', (slug, key) => {
    expect(Number(fieldExample(slug, key))).toBeGreaterThan(0);
    const text = exampleOf(slug);
    expect(text).toMatch(new RegExp(`接到通知后${fieldExample(slug, key)}分钟内[^。]*接待地点`));
    expect(text).toMatch(/当日[^。]*报告[^。]*接谈/);
  });

  test.each(['enterprise-petition-emergency-plan', 'enterprise-labour-dispute-emergency-plan', 'institution-stability-work-plan', 'township-stability-emergency-plan'])('#%s respects the right to petition higher organs', (slug) => {
    expect(exampleOf(slug)).toMatch(/不得(阻拦|采取任何强制手段)/);
  });
});

describe('4. #12 production safety comprehensive plan', () => {
  const text = exampleOf('production-safety-comprehensive-plan');
  test('the 负责人 reports within 1 hour (国务院令第493号)', () => {
    expect(text).toMatch(/单位负责人[^。]*接到事故报告后，应当在1小时内/);
    expect(bySlug('production-safety-comprehensive-plan').frontmatter.legalBasis.join('')).toContain('国务院令第493号');
  });
  test('cites the 管理办法 as amended by 应急管理部令第2号', () => {
    expect(bySlug('production-safety-comprehensive-plan').frontmatter.legalBasis.join('')).toContain('根据应急管理部令第2号修正');
  });
  test('后期处置 has 人员安置; annex of 协议/备忘录; signature of the 主要负责人', () => {
    expect(text).toContain('人员安置');
    expect(text).toContain('附件6 有关协议或备忘录');
    expect(text).toMatch(/主要负责人（签字）：/);
  });
});

describe('5. #13 fire plan', () => {
  test('灭火和应急疏散预案, half-yearly drill for 消防安全重点单位, example set to it', () => {
    const text = exampleOf('fire-special-emergency-plan');
    expect(text).toContain('灭火和应急疏散预案');
    expect(text).toMatch(/消防安全重点单位的，每半年至少组织1次/);
    expect(fieldExample('fire-special-emergency-plan', 'drillFrequency')).toBe('每半年至少1次');
  });
});

describe('6. #1 reports to its 上级主管单位/国资', () => {
  test('a field and a report step', () => {
    expect(String(fieldExample('enterprise-petition-emergency-plan', 'superiorUnit'))).toMatch(/国有资产监督管理/);
    expect(blankText('enterprise-petition-emergency-plan')).toMatch(/同一时限内报告【上级主管单位或者出资人机构】/);
  });
});

describe('7. time limits across linked plans', () => {
  test('the community (#7) reports in writing in time for the street (#6) to meet its written-report limit', () => {
    const streetWritten = Number(fieldExample('stability-duty-rules', 'writtenReportMinutes'));
    const phone = Number(fieldExample('community-stability-emergency-plan', 'reportMinutes'));
    const written = Number(fieldExample('community-stability-emergency-plan', 'writtenReportMinutes'));
    expect(streetWritten).toBe(60);
    expect(phone + written).toBeLessThan(streetWritten);
    expect(blankText('community-stability-emergency-plan')).toContain('电话报告后【书面报告时限】分钟内报送书面报告');
  });

  test('#9: the duty handset passed at handover is not a per-day number in the roster', () => {
    const roster = bySlug('community-duty-rules').template.fields.find((f) => f.key === 'rosterTable');
    const columns = roster?.kind === 'table' ? roster.columns : [];
    expect(exampleOf('community-duty-rules')).toContain('当班手机在交接时当面移交');
    expect(columns).not.toContain('当班手机');
  });

  test('#1 and #8 never give a longer internal limit than the external one', () => {
    expect(Number(fieldExample('enterprise-petition-emergency-plan', 'reportMinutes'))).toBeLessThan(Number(fieldExample('enterprise-petition-emergency-plan', 'localReportMinutes')));
    expect(Number(fieldExample('enterprise-labour-dispute-emergency-plan', 'reportMinutes')) * 2).toBeLessThanOrEqual(Number(fieldExample('enterprise-labour-dispute-emergency-plan', 'externalReportMinutes')));
  });
});

describe('8. lawful information release in every 维稳 plan', () => {
  test.each(INFORMATION_PLANS)('#%s has a section on releasing information and responding to concerns', (slug) => {
    const doc = fill(bySlug(slug).template, 'example');
    const text = toPlainText(doc);
    expect(text).toMatch(/信息发布和回应关切|依法做好网络与信息工作|信息发布|公开和回应关切/);
    expect(text).toMatch(/及时、准确|准确、及时/);
    expect(text).toMatch(/回应[^。]*关切/);
    expect(text).not.toMatch(/舆情监控|删帖|封堵/);
  });
});

describe('9. further review points', () => {
  test('#11: 社会稳定风险评估 before 征收 (土地管理法第四十七条)', () => {
    expect(exampleOf('township-stability-emergency-plan')).toMatch(/土地管理法》第四十七条[^。]*社会稳定风险评估/);
  });
  test.each(['enterprise-petition-emergency-plan', 'institution-stability-work-plan'])('#%s: 复查/复核 notice, 30 + 30 days', (slug) => {
    expect(exampleOf(slug)).toMatch(/30日内请求[^。]*复查[^。]*30日内提出复查意见[^。]*30日内[^。]*复核[^。]*30日内提出复核意见/);
  });
  test('#7: 司法确认 within 30 days of the agreement taking effect', () => {
    expect(exampleOf('community-stability-emergency-plan')).toMatch(/自调解协议生效之日起30日内共同向人民法院申请司法确认/);
  });
  test('#2: 附则 and the reporting line to the 中心学校', () => {
    const text = exampleOf('school-stability-emergency-plan');
    expect(text).toMatch(/附则/);
    expect(text).toMatch(/同时报告中心学校/);
  });
  test('#8 is titled so it is not confused with #1', () => {
    expect(bySlug('enterprise-labour-dispute-emergency-plan').frontmatter.title).toBe('企业维稳工作应急预案（劳资纠纷）');
  });
});
