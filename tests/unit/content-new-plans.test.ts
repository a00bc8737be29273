/**
 * Content checks for templates 15–18 of issue #11: the lawful handling each plan promises, its
 * flows, and time limits that fit the plans they link to. Figures come from the laws' texts as the
 * legal-basis registry (content/check/legal-bases.yaml) lists them.
 */
import { describe, expect, test } from 'vitest';
import { fill } from '../../src/lib/model/fill';
import type { FilledBlock, FilledSection } from '../../src/lib/model/types';
import { byPrefix, exampleText } from './content-files';

const field = (prefix: string, key: string) => {
  const found = byPrefix(prefix).template.fields.find((f) => f.key === key);
  if (!found) throw new Error(`template ${prefix} has no field ${key}`);
  return found;
};
const number = (prefix: string, key: string) => Number(field(prefix, key).example);

type Flow = Extract<FilledBlock, { type: 'flow' }>;
function flowsOf(nodes: (FilledBlock | FilledSection)[]): Flow[] {
  return nodes.flatMap((node) => (node.type === 'section' ? flowsOf(node.body) : node.type === 'flow' ? [node] : []));
}
const flowTitles = (prefix: string) => flowsOf(fill(byPrefix(prefix).template, 'blank').body).map((f) => f.title);

const NEW_PLANS = ['15', '16', '17', '18'];

describe('every new plan', () => {
  test.each(NEW_PLANS)('#%s has a report flow', (prefix) => {
    expect(flowTitles(prefix).join(' ')).toMatch(/报告流程/);
  });

  test.each(NEW_PLANS)('#%s releases information lawfully and answers concerns', (prefix) => {
    const text = exampleText(prefix);
    expect(text).toMatch(/及时、准确|准确、及时/);
    expect(text).toMatch(/回应[^。]*关切/);
    expect(text).not.toMatch(/舆情监控|监控网民|删帖|控评|封堵/);
  });

  test.each(NEW_PLANS)('#%s gives every reporting time limit as a number field with help', (prefix) => {
    const limits = byPrefix(prefix).template.fields.filter((f) => /报告[^（]*时限/.test(f.label));
    expect(limits.length).toBeGreaterThanOrEqual(2);
    for (const limit of limits) {
      expect(limit.kind, limit.key).toBe('number');
      expect(limit.help.length, limit.key).toBeGreaterThan(10);
    }
  });
});

describe('15 sensitive periods (乡镇/街道)', () => {
  const text = exampleText('15');
  test('blocking, sitting in and storming: 劝阻、批评或者教育, then the police; rights kept', () => {
    expect(text).toMatch(/堵塞[^。]*滞留[^。]*冲击[^。]*劝阻、批评或者教育[^。]*公安机关依法处置/);
    expect(text).toMatch(/不得因[^。]*拒绝[^。]*合法诉求/);
    expect(text).toContain('代表人数不超过5名');
  });
  test('信访 handling: 60 days (+30), 复查/复核 30 + 30 days', () => {
    expect(text).toMatch(/自受理之日起60日内办结[^。]*延长期限不超过30日/);
    expect(text).toMatch(/30日内请求[^。]*复查[^。]*30日内提出复查意见[^。]*30日内[^。]*复核[^。]*30日内提出复核意见/);
  });
  test('group visits to higher organs: arrival limit, same-day report, no coercion', () => {
    expect(text).toMatch(new RegExp(`接到通知后${number('15', 'joinMinutes')}分钟内赶到接待地点`));
    expect(text).toMatch(/当日报告[^。]*接谈/);
    expect(text).toMatch(/不得采取任何强制手段，不得以任何方式拦截、阻止群众反映诉求/);
  });
  test('the village or community reports before the street must report to the district', () => {
    expect(number('15', 'communityReportMinutes')).toBeLessThan(number('15', 'districtReportMinutes'));
    expect(number('15', 'districtReportMinutes')).toBeLessThan(number('15', 'writtenReportMinutes'));
  });
});

describe('16 online public opinion', () => {
  const text = exampleText('16');
  test('no monitoring of people, no deleting lawful opinions, no targeting of commenters', () => {
    expect(text).toContain('不收集、不记录发表意见人员的身份信息');
    expect(text).toContain('删除、屏蔽或者要求他人删除公众依法发表的意见和批评');
    expect(text).toMatch(/追查、收集发表意见人员的身份信息[^。]*打击报复/);
    expect(text).toMatch(/依法发表的意见[^。]*不作为本预案的处置对象|不作为本预案的处置对象/);
  });
  test('false information is corrected by publishing facts and through lawful channels', () => {
    expect(text).toMatch(/发布准确信息予以澄清/);
    expect(text).toMatch(/向网络服务提供者提出处理要求|依法提起诉讼/);
  });
  test('internal reports reach the leader before the superior must be told', () => {
    expect(number('16', 'internalReportMinutes') + number('16', 'leaderReportMinutes')).toBeLessThanOrEqual(number('16', 'superiorReportHours') * 60);
  });
});

describe('17 dispute screening and resolution (村/社区)', () => {
  const text = exampleText('17');
  test('司法确认 within 30 days of the agreement taking effect (人民调解法)', () => {
    expect(text).toMatch(/自调解协议生效之日起30日内共同向人民法院申请司法确认/);
    expect(text).toMatch(/一方明确拒绝调解的，不得调解/);
  });
  test('the register and the ledger are table annexes whose example rows share their numbers', () => {
    const register = field('17', 'register');
    const ledger = field('17', 'ledger');
    if (register.kind !== 'table' || ledger.kind !== 'table') throw new Error('register and ledger must be tables');
    expect(register.columns[0]).toBe('编号');
    expect(ledger.columns[0]).toBe('编号');
    expect(ledger.example.map((row) => row[0])).toEqual(register.example.map((row) => row[0]));
    expect(text).toContain('附件1 矛盾纠纷排查登记表');
    expect(text).toContain('附件2 矛盾纠纷化解台账');
  });
  test('the village reports in the limits of the township plan (#11) it belongs to', () => {
    expect(number('17', 'urgentReportMinutes')).toBe(number('11', 'villageReportMinutes'));
    expect(number('17', 'writtenReportMinutes')).toBeLessThan(number('11', 'writtenReportMinutes'));
    expect(field('17', 'townPhone').example).toBe(field('11', 'dutyPhone').example);
  });
});

describe('18 hospital medical order', () => {
  const text = exampleText('18');
  test('is filed under the hospital org type', () => {
    expect(byPrefix('18').frontmatter.orgType).toBe('医院');
  });
  test('patient safety first; the lawful routes of the 医疗纠纷预防和处理条例', () => {
    expect(text).toMatch(/患者安全第一/);
    for (const route of ['协商', '人民调解', '行政调解', '向人民法院提起诉讼']) expect(text).toContain(route);
    expect(text).toMatch(/不得以任何方式阻止患方依法维护权利/);
  });
  test('records sealed with both sides present; violence goes to the police at once', () => {
    expect(text).toMatch(/在医患双方在场的情况下进行/);
    expect(text).toMatch(/立即按一键报警并拨打110/);
  });
});
