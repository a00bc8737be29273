/**
 * Content checks for the third review (issue #21): each fails on the text the review read.
 * Templates are found by their frontmatter slug, never by file-name prefix, so renumbering
 * the catalog cannot point a check at the wrong plan. Figures: the laws' texts as the legal-basis
 * registry (content/check/legal-bases.yaml) lists them.
 */
import { describe, expect, test } from 'vitest';
import { fill } from '../../src/lib/model/fill';
import type { Values } from '../../src/lib/model/types';
import { toPlainText } from '../../src/lib/render/text';
import { catalog } from './content-files';

function bySlug(slug: string) {
  const found = catalog().find((entry) => entry.frontmatter.slug === slug);
  if (!found) throw new Error(`no template with slug ${slug}`);
  return found;
}
const example = (slug: string) => toPlainText(fill(bySlug(slug).template, 'example'));
const blank = (slug: string) => toPlainText(fill(bySlug(slug).template, 'blank'));
const field = (slug: string, key: string) => bySlug(slug).template.fields.find((f) => f.key === key);
const exampleValues = (slug: string): Values => Object.fromEntries(bySlug(slug).template.fields.map((f) => [f.key, f.example as Values[string]]));

const RISK = 'social-stability-risk-assessment-work-plan';
const BULLYING = 'school-bullying-prevention-work-plan';
const HOSPITAL = 'hospital-medical-order-emergency-plan';
const SENSITIVE = 'sensitive-period-security-work-plan';
const VILLAGE = 'village-community-emergency-plan';
const PETITION_RULES = 'petition-work-rules';
const OPINION = 'online-public-opinion-response-plan';
const DISPUTES = 'dispute-screening-resolution-work-plan';
const SCHOOL_EMERGENCY = 'school-stability-emergency-plan';
const TOWNSHIP = 'township-stability-emergency-plan';

describe('1. #21 稳评: consultation and notice periods are at least 30 days', () => {
  test('no template lets a user set a 公示/公告/征求意见 period, and none writes one below 30 days', () => {
    for (const entry of catalog()) {
      for (const f of entry.template.fields) expect(`${f.label}`, entry.file).not.toMatch(/公示期|公告期|征求意见期/);
      const text = toPlainText(fill(entry.template, 'example'));
      for (const match of text.matchAll(/(?:征求意见|公示|公告)[^。；]{0,20}?不少于(\d+)日/g)) {
        expect(Number(match[1]), `${entry.file}: ${match[0]}`).toBeGreaterThanOrEqual(30);
      }
    }
  });

  test('the 30-day floors are stated: 土地征收 notice, 房屋征收 comment period, the consultation step', () => {
    const text = example(RISK);
    expect(text).toMatch(/土地征收[^。]*公告[^。]*不少于30日/);
    expect(text).toMatch(/房屋征收[^。]*征求[^。]*不少于30日/);
    expect(text).toMatch(/公开征求意见的期限一般不少于30日/);
  });

  test('较大网络关注 is not treated as a risk in itself', () => {
    expect(example(RISK)).not.toMatch(/网络关注/);
    expect(example(RISK)).toMatch(/关注本身不是风险/);
  });
});

describe('2. #19 欺凌: the 治安管理处罚法 as revised in 2025', () => {
  test('cites it, with the revision, where it deals with bullying and a school failing to report', () => {
    const text = example(BULLYING);
    expect(bySlug(BULLYING).frontmatter.legalBasis).toContain('《中华人民共和国治安管理处罚法》');
    expect(text).toMatch(/《中华人民共和国治安管理处罚法》（2025年修订）[^。]*学生欺凌[^。]*不按规定报告/);
  });
  test('no criminal-law 从重处理; the type is not repeated after the name', () => {
    const text = example(BULLYING);
    expect(text).not.toContain('从重');
    expect(text).toContain('依照本方案加重惩戒措施');
  });
});

describe('2a. no example repeats a word in brackets right after it (城南小学（小学）)', () => {
  test('every worked example', () => {
    for (const entry of catalog()) {
      const text = toPlainText(fill(entry.template, 'example'));
      for (const match of text.matchAll(/（([^（）]{2,8})）/g)) {
        const before = text.slice(0, match.index);
        expect(before.endsWith(match[1]!), `${entry.file}: …${before.slice(-10)}${match[0]}`).toBe(false);
      }
    }
  });
});

describe('3. #18 医院: autopsy window, body storage, next-of-kin notice, 血站', () => {
  const text = example(HOSPITAL);
  test('the death section gives 48 hours, 7 days frozen, the morgue and the 14-day storage', () => {
    expect(text).toMatch(/死亡后48小时内[^。]*尸检/);
    expect(text).toMatch(/冷冻[^。]*7日/);
    expect(text).toMatch(/太平间[^。]*一般不超过14日/);
  });
  test('the notice to the next of kin carries the autopsy rules', () => {
    const notice = text.slice(text.indexOf('医疗纠纷解决途径告知书（参考格式）'));
    expect(notice).toMatch(/48小时内[^。]*尸检/);
  });
  test('suspect blood is sealed with the 血站', () => {
    expect(text).toMatch(/输血[^。]*血站/);
  });
});

describe('4. #15: no lawful petitioner, and no petitioner at all, is stopped', () => {
  const text = example(SENSITIVE);
  test('the sentence of the review, and none that implies others may be stopped', () => {
    expect(text).toContain('不得以任何方式拦截、阻止群众反映诉求；违法行为由公安机关依法处置');
    expect(text).not.toMatch(/依法反映诉求的[^。；]*，不得拦截|不得拦截、限制依法反映诉求/);
  });
});

describe('5. #22 村（社区）: peaceful gatherings go to the 乡镇, unlawful acts to the police', () => {
  test('gathering is not sent to the police; unlawful acts are', () => {
    const text = example(VILLAGE);
    expect(text).not.toMatch(/人员聚集[^。；]*公安机关/);
    expect(text).toMatch(/聚集[^。；]*听取[^。；]*报告某某/);
    expect(text).toMatch(/违法行为[^。；]*报告公安机关依法处置/);
  });
});

describe('6. statutory constants are fixed text, not fields', () => {
  test('#20: 受理告知 within 15 days', () => {
    expect(field(PETITION_RULES, 'acceptDays')).toBeUndefined();
    expect(blank(PETITION_RULES)).toMatch(/收到之日起15日内/);
  });
  test('#18: at most 5 negotiators per side', () => {
    expect(field(HOSPITAL, 'negotiatorsMax')).toBeUndefined();
    expect(blank(HOSPITAL)).toMatch(/代表人数不超过5名/);
  });
});

describe('7. #15 works for a 乡镇 as well as a 街道', () => {
  test('the blank template never says 街道 on its own (placeholders aside)', () => {
    expect(blank(SENSITIVE).replaceAll('乡镇（街道）', '').replace(/【[^】]*】/g, '')).not.toContain('街道');
  });
  test('a 镇 filling it in reads 镇 where the example reads 街道', () => {
    const values = { ...exampleValues(SENSITIVE), unitType: '镇' };
    const text = toPlainText(fill(bySlug(SENSITIVE).template, 'user', values));
    const count = (s: string) => s.split('街道').length - 1;
    expect(text).toContain('镇值班室');
    expect(count(example(SENSITIVE)) - count(text)).toBeGreaterThanOrEqual(9);
  });
});

describe('8. #16 舆情', () => {
  test('the 法律保障组 is led by the 办公室 or the legal adviser', () => {
    const groups = field(OPINION, 'groups')?.example as { name: string; leader: { title?: string } }[];
    const legal = groups.find((g) => g.name === '法律保障组');
    expect(legal?.leader.title).toMatch(/办公室|法律顾问/);
  });
  test('only the person harmed decides whether to sue; the unit does not sue commenters', () => {
    const text = example(OPINION);
    expect(text).not.toMatch(/侵犯本单位[^。]*合法权益/);
    expect(text).toMatch(/受到侵害的本人[^。]*决定[^。]*提起诉讼/);
    expect(text).toMatch(/不以本单位名义起诉/);
  });
  test('a school example cites the 未成年人保护法', () => {
    expect(bySlug(OPINION).frontmatter.legalBasis).toContain('《中华人民共和国未成年人保护法》');
    expect(example(OPINION)).toContain('《中华人民共和国未成年人保护法》');
  });
});

describe('9. #17 人民调解: 业务指导 by the 基层人民法院, 指导 by the 司法所', () => {
  test('roles as in 人民调解法 §5', () => {
    const text = example(DISPUTES);
    expect(text).not.toMatch(/司法所的业务指导/);
    expect(text).toMatch(/基层人民法院[^。]*业务指导/);
  });
});

describe('10. older templates', () => {
  test('#02: monthly evacuation drills, quarterly in kindergartens (教基一厅〔2014〕2号)', () => {
    const text = example(SCHOOL_EMERGENCY);
    expect(text).toMatch(/应急疏散演练每月至少组织1次/);
    expect(text).toContain('幼儿园每季度至少');
    expect(text).toContain('教基一厅〔2014〕2号');
  });
  test('#11: 60-day limit, at most 30 more with notice, and the 复查/复核 notice', () => {
    const text = example(TOWNSHIP);
    expect(text).toMatch(/自受理之日起60日内办结[^。]*延长期限不得超过30日[^。]*告知信访人延期理由/);
    expect(text).toMatch(/30日内请求[^。]*复查[^。]*30日内提出复查意见[^。]*30日内[^。]*复核[^。]*30日内提出复核意见/);
  });
});
