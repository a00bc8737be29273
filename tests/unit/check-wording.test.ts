import { describe, expect, test } from 'vitest';
import { checkPlan } from '../../src/lib/check/check';
import { loadRules } from '../../src/lib/check/load';
import { readText } from '../../src/lib/check/read/text';

const rules = loadRules();
const TODAY = new Date('2026-11-29T00:00:00');
const findings = (title: string, sentence: string, rule: string) =>
  checkPlan(readText(`${title}\n一、处置措施\n${sentence}`), rules, { today: TODAY }).findings.filter((f) => f.rule === rule);

const PETITION = '某某镇维护稳定工作方案';
const OPINION = '某某镇网络舆情处置工作方案';
const ONSITE = '某某公司污水池有限空间作业现场处置方案';

/** [wording family id, plan title, a sentence it must flag, a lawful sentence it must leave alone]. */
const FAMILIES: [string, string, string, string][] = [
  ['interception', PETITION, '发现人员赴省上访的，立即派人赴当地截访。', '不得拦截、阻碍信访人依法反映诉求。'],
  ['restraint', PETITION, '对闹访人员必要时强行带回。', '严禁限制人身自由。'],
  ['stability-control', PETITION, '对重点人员落实稳控措施。', '对重点信访事项落实包案化解。'],
  ['return-without-consent', PETITION, '镇里派人接返劝返。', '群众自愿返回的，协助安排返程，不作劝返。'],
  ['coercion-of-family', PETITION, '对带头上访的职工打击报复。', '对反映诉求的职工不得打击报复。'],
  ['control-people', PETITION, '对重点人员做到盯死看牢。', '对重点信访事项定期跟踪回访。'],
  ['restrict-movement', PETITION, '要求其在重要时期不得离开本地。', '信访人有权依法逐级反映诉求。'],
  ['punish-relatives', PETITION, '必要时暂停其工作岗位，督促其做通家属工作。', '不得牵连信访人的亲属和工作单位。'],
  ['punish-relatives', PETITION, '由镇里联系企业老板施加压力。', '由镇里协调企业依法补发工资。'],
  ['delete-posts', OPINION, '第一时间联系平台删帖。', '对违法信息，依法通知平台处置。'],
  ['flood-comments', OPINION, '组织网评员集中跟帖，压制负面声音。', '由新闻发言人及时发布权威信息。'],
  ['summon-posters', OPINION, '查明发帖人身份，约谈发帖人。', '对合理诉求依法办理并及时回应。'],
  ['blind-rescue', ONSITE, '附近人员应立即下池将其拉出。', '严禁盲目施救，救援人员佩戴正压式空气呼吸器后下池施救。'],
];

describe('wording families: each entry flags its wording and leaves the lawful one alone', () => {
  const byId = new Map(rules.petition.map((rule) => [rule.id, rule]));
  test.each(FAMILIES)('%s: “%s”', (id, title, bad, good) => {
    const rule = byId.get(id)!;
    const ruleId = rule.rule ?? 'petition-wording';
    expect(findings(title, bad, ruleId).map((f) => f.message)).toContainEqual(expect.stringMatching(new RegExp(rule.message.split('{word}')[1]!.slice(0, 6))));
    expect(findings(title, good, ruleId)).toEqual([]);
  });

  test('every wording family has an example here', () => {
    expect(new Set(FAMILIES.map(([id]) => id))).toEqual(new Set(rules.petition.map((rule) => rule.id)));
  });

  test('a quotation of the 信访工作条例’s list of prohibited acts is not a finding', () => {
    const quote = '信访人不得有下列行为：围堵、冲击机关，拦截公务车辆，堵塞、阻断交通；在信访接待场所滞留、滋事。对上述行为，工作人员应当劝阻、批评或者教育。';
    expect(findings('某某局信访工作规则', quote, 'petition-wording')).toEqual([]);
  });
});

describe('numbers against the law', () => {
  const rule = (title: string, sentence: string, id: string) => findings(title, sentence, id).map((f) => f.message);

  test.each([
    ['公司负责人接到报告后，应在2小时内向某某区应急管理局报告。', 1],
    ['公司负责人接到报告后，应在1小时内向某某区应急管理局报告。', 0],
    ['值班人员在2小时内报告公司负责人。', 0],
  ])('production accidents: %s', (sentence, count) => {
    expect(rule('某某公司生产安全事故综合应急预案', sentence, 'report-limit')).toHaveLength(count);
  });

  test('a 启动条件 threshold is not a report time limit', () => {
    const report = checkPlan(readText(`${OPINION}\n一、启动条件\n负面信息发布后24小时内转发量超过500次的，启动本方案。\n二、处置措施\n核实情况，及时回应。`), rules, { today: TODAY });
    expect(report.findings.some((f) => f.rule === 'missing-element' && f.message.includes('信息报告'))).toBe(true);
  });

  test.each([
    ['信访室在30日内决定是否受理并书面告知信访人。', '受理告知'],
    ['信访事项自受理之日起90日内办结。', '办理时限'],
    ['延长期限不得超过60日。', '延长期限'],
    ['可以自收到书面答复之日起60日内请求上一级机关复查。', '复查'],
    ['推选代表，代表人数不超过10名。', '代表人数'],
  ])('信访: %s', (sentence, words) => {
    expect(rule('某某局信访工作制度', sentence, 'petition-limit')).toEqual([expect.stringContaining(words)]);
  });

  test.each([
    '在15日内决定是否受理并书面告知信访人。',
    '自受理之日起60日内办结；延长期限不得超过30日。',
    '自收到书面答复之日起30日内请求复查，复查机关自收到请求之日起30日内提出复查意见。',
    '代表人数不超过5人。',
  ])('信访, lawful: %s', (sentence) => {
    expect(rule('某某局信访工作制度', sentence, 'petition-limit')).toEqual([]);
  });

  test('warning colours in the wrong order; the right order passes', () => {
    expect(rule('某某镇防汛防台风应急预案', '预警分为一级（黄色）、二级（橙色）、三级（蓝色）、四级（红色）。', 'warning-colours')).toHaveLength(1);
    expect(rule('某某镇防汛防台风应急预案', '预警级别按一级（红色）、二级（橙色）、三级（黄色）、四级（蓝色）执行。', 'warning-colours')).toEqual([]);
  });

  test('old agency names, but not inside the name of an order', () => {
    expect(rule('某某镇防汛应急预案', '事故报告县安全生产监督管理局。', 'old-agency')).toHaveLength(1);
    expect(rule('某某镇防汛应急预案', '镇安监局负责排查。', 'old-agency')).toHaveLength(1);
    expect(rule('某某镇防汛应急预案', '依据《生产安全事故应急预案管理办法》（国家安全生产监督管理总局令第88号）。', 'old-agency')).toEqual([]);
  });

  test('superseded bases by their numbers: 主席令第69号, 国务院令第431号', () => {
    expect(rule('某某局应急预案', '依据突发事件应对法（主席令第69号）制定。', 'superseded-basis')).toHaveLength(1);
    expect(rule('某某局信访工作制度', '依据国务院令第431号制定。', 'superseded-basis')).toHaveLength(1);
  });

  test('passed anniversaries and slogans with variants', () => {
    expect(rule('某某小学安全应急预案', '以迎接建国70周年为契机。', 'stale-wording')).toHaveLength(1);
    expect(rule('某某小学安全应急预案', '以邓小平理论、“三个代表”重要思想和科学发展观为指导。', 'stale-wording')).toHaveLength(1);
    expect(rule('某某小学安全应急预案', '以马克思列宁主义、毛泽东思想、邓小平理论、“三个代表”重要思想、科学发展观、习近平新时代中国特色社会主义思想为指导。', 'stale-wording')).toEqual([]);
  });

  test('residents’ ID numbers are a warning', () => {
    const found = findings('某某公司应急预案', '联系人王明，身份证号110101197805061234。', 'privacy');
    expect(found.map((f) => f.severity)).toEqual(['warning']);
  });
});
