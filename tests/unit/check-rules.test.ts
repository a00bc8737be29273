import { describe, expect, test } from 'vitest';
import { checkPlan } from '../../src/lib/check/check';
import { loadRules } from '../../src/lib/check/load';
import { readText } from '../../src/lib/check/read/text';
import { drillInterval } from '../../src/lib/check/rules/numbers';
import type { Finding } from '../../src/lib/check/types';

const rules = loadRules();
const TODAY = new Date('2026-11-29T00:00:00');
const check = (text: string, kind?: string) => checkPlan(readText(text), rules, { today: TODAY, kind });
const byRule = (findings: Finding[], rule: string) => findings.filter((f) => f.rule === rule);

/** A 维稳 emergency plan with every required element, a time limit and current bases. */
const GOOD = `某某公司群体性上访事件应急预案
一、编制依据
依据《中华人民共和国突发事件应对法》（2024年修订）和《信访工作条例》（2022年），制定本预案。
二、组织机构及职责
成立领导小组，组长由总经理担任。
三、预防和排查
每月开展一次矛盾纠纷排查。
四、信息报告
值班人员接报后15分钟内报告值班领导。
五、响应分级与启动
分为一般响应和较大响应。
六、处置程序
赶赴现场，倾听诉求。
七、后期处置
跟踪回访。
八、应急保障
落实经费保障和物资保障。
九、附则
本预案自印发之日起施行。
附件 联系方式
2026年6月1日`;

describe('a complete, current plan', () => {
  test('has no finding, and its kind is read from the title', () => {
    const report = check(GOOD);
    expect(report.findings).toEqual([]);
    expect(report.kind).toBe('stability-emergency');
    expect(report.kindBy).toBe('title');
    expect(report.elements.missing).toEqual([]);
  });
});

describe('kind', () => {
  test.each([
    ['某某街道维稳应急值班制度', 'duty-rules'],
    ['某某公司配电室现场处置方案', 'onsite'],
    ['某某公司生产安全事故综合应急预案', 'comprehensive'],
    ['某某镇综治维稳应急工作方案', 'stability-emergency'],
    ['某某局2027年度综治维稳工作方案', 'stability-work'],
    ['某某区住房和城乡建设局信访工作制度', 'stability-work'],
    ['某某公司火灾事故专项应急预案', 'special'],
    ['某某县2027年元宵灯会安全工作方案', 'mass-event'],
  ])('%s → %s', (title, kind) => {
    expect(check(`${title}\n一、总则`).kind).toBe(kind);
  });

  test('without a telling title, the structure decides; the user may override', () => {
    const report = check('工作安排\n一、值班安排\n二、交接班\n三、值班日志\n四、信息报告\n五、请销假');
    expect([report.kind, report.kindBy]).toEqual(['duty-rules', 'structure']);
    expect(check(GOOD, 'special').kindBy).toBe('user');
    expect(check(GOOD, '专项应急预案').kind).toBe('special');
  });
});

describe('missing elements', () => {
  test('each missing element is reported with its severity, source and template link', () => {
    const report = check(GOOD.replace('二、组织机构及职责\n成立领导小组，组长由总经理担任。\n', '').replace('八、应急保障\n落实经费保障和物资保障。\n', ''));
    const missing = byRule(report.findings, 'missing-element');
    expect(missing.map((f) => [f.severity, f.message])).toEqual([
      ['error', '缺少“组织机构及职责”：维稳应急预案应当写明这部分内容。'],
      ['warning', '缺少“保障措施”：维稳应急预案应当写明这部分内容。'],
    ]);
    expect(missing[0]!.link).toEqual({ href: '/templates/enterprise-petition-emergency-plan/#组织机构及职责', label: '企业维稳应急预案（群体性上访事件） · 组织机构及职责' });
    expect(missing[0]!.fix).toContain('依据：');
  });

  test('a plan without any numbering is judged on its text', () => {
    const report = check('某某社区值班制度\n社区实行值班安排，每日一人。\n交接班时当面交接。\n值班日志逐日填写。\n信息报告：10分钟内报告。\n请假须批准。\n遵守值班纪律。\n联系电话见后。');
    expect(byRule(report.findings, 'missing-element')).toEqual([]);
  });

  test('2013 headings in a 综合 plan are outdated', () => {
    const report = check('某某公司生产安全事故综合应急预案\n1 总则\n2 预警及信息报告\n3 应急预案管理');
    expect(byRule(report.findings, 'outdated-heading').map((f) => f.message)).toEqual([
      '出现了2013年版导则的章节标题“预警及信息报告”。',
      '出现了2013年版导则的章节标题“应急预案管理”。',
    ]);
  });
});

describe('legal bases', () => {
  test.each([
    ['依据《信访条例》制定本预案。', '《信访工作条例》（2022年）'],
    ['依据《突发事件应急预案管理办法》（国办发〔2013〕101号）制定。', '《突发事件应急预案管理办法》（国办发〔2024〕5号）'],
    ['按照GB/T 29639—2013《生产经营单位生产安全事故应急预案编制导则》编制。', 'GB/T 29639-2020《生产经营单位生产安全事故应急预案编制导则》'],
    ['依据《中华人民共和国突发事件应对法》（2007年）制定。', '《中华人民共和国突发事件应对法》（2024年修订）'],
    ['依据《国家突发公共事件总体应急预案》制定。', '《国家突发事件总体应急预案》'],
    ['依据《生产安全事故应急预案管理办法》（国家安全生产监督管理总局令第88号）制定。', '《生产安全事故应急预案管理办法》（国家安全生产监督管理总局令第88号，根据应急管理部令第2号修正）'],
  ])('%s → cite %s', (sentence, replacement) => {
    const found = byRule(check(`某某公司应急预案\n${sentence}`).findings, 'superseded-basis');
    expect(found).toHaveLength(1);
    expect(found[0]!.severity).toBe('error');
    expect(found[0]!.fix).toContain(replacement);
  });

  test('a document number alone is recognised', () => {
    expect(byRule(check('某某预案\n参照国办发〔2013〕101号文件执行。').findings, 'superseded-basis')).toHaveLength(1);
  });

  test('current bases, with or without edition, pass', () => {
    const text = '某某预案\n依据《中华人民共和国突发事件应对法》《信访工作条例》《生产安全事故应急预案管理办法》（国家安全生产监督管理总局令第88号，根据应急管理部令第2号修正）和GB/T 29639—2020制定。';
    expect(check(text).findings.filter((f) => f.rule.endsWith('basis'))).toEqual([]);
  });

  test('an unknown regulation in the basis is a note; a higher-level plan is not', () => {
    const found = byRule(check('某某预案\n依据《某某省安全生产条例》和《某某市突发事件总体应急预案》制定。').findings, 'unknown-basis');
    expect(found.map((f) => [f.severity, f.message])).toEqual([['info', '未能核对《某某省安全生产条例》是否现行有效。']]);
  });
});

describe('leftover blanks', () => {
  test.each(['【单位名称】', '×××', 'XX同志', '＿＿＿＿', '（略）', '○○单位', '此处待填写'])('%s', (blank) => {
    const found = byRule(check(`某某预案\n组长：${blank}`).findings, 'leftover-blank');
    expect(found).toHaveLength(1);
    expect(found[0]!.severity).toBe('error');
  });

  test('counted once for the whole plan, pointing at the first and listing every other paragraph once', () => {
    const found = byRule(check('某某预案\n组长：【姓名】\n副组长：×××\n成员：×××、×××').findings, 'leftover-blank');
    expect(found.map((f) => [f.message, f.at, f.alsoAt])).toEqual([['有4处没有填写的空白或占位符，如“【姓名】”。', 1, [2, 3]]]);
  });

  test('signature and date lines of a form are to be filled by hand, not leftovers', () => {
    expect(byRule(check('某某预案\n患方签收：＿＿＿＿　　日期：＿＿＿＿年＿＿月＿＿日').findings, 'leftover-blank')).toEqual([]);
    expect(byRule(check('某某预案\n值班电话：＿＿＿＿').findings, 'leftover-blank')).toHaveLength(1);
  });

  test('a format text to fill in at the time keeps its blanks; the rest of the plan is still checked', () => {
    const text = '某某预案\n一、总则\n组长：×××\n附件1 情况通报参考格式\n××月××日，网上出现有关××××的信息。';
    expect(byRule(check(text).findings, 'leftover-blank').map((f) => [f.message, f.at])).toEqual([['有1处没有填写的空白或占位符，如“×××”。', 2]]);
  });

  test('10kV, XXL and 二〇二六年 are not blanks', () => {
    expect(byRule(check('某某预案\n10kV配电室，XXL号防护服，二〇二六年').findings, 'leftover-blank')).toEqual([]);
  });
});

describe('report time limit', () => {
  test('信息报告 without a time is a warning at its heading', () => {
    const found = byRule(check(GOOD.replace('值班人员接报后15分钟内报告值班领导。', '发现情况及时报告。')).findings, 'no-report-limit');
    expect(found.map((f) => [f.severity, f.at])).toEqual([['warning', 7]]);
  });

  test.each(['30分钟内', '1小时内', '半小时内', '两个小时内', '5日内', '3个工作日'])('%s is a time limit', (limit) => {
    expect(byRule(check(GOOD.replace('15分钟内', limit)).findings, 'no-report-limit')).toEqual([]);
  });
});

describe('drill frequency', () => {
  test.each([
    ['每学期至少组织2次', 2.5],
    ['每月组织一次', 1],
    ['每半年至少1次', 6],
    ['至少每两年组织一次', 24],
    ['每年不少于2次', 6],
    ['一年一次', 12],
  ])('%s → every %d months', (clause, months) => {
    expect(drillInterval(clause)).toBe(months);
  });

  const drills = (title: string, sentence: string) => byRule(check(`${title}\n一、演练\n${sentence}`).findings, 'drill-frequency').map((f) => f.message);

  test('中小学: evacuation drills monthly', () => {
    expect(drills('某某县第一小学安全工作方案', '学校每学期组织一次应急疏散演练。')).toEqual(['中小学每月应当至少组织一次应急疏散演练，本句的频次低于这一要求。']);
    expect(drills('某某县第一小学安全工作方案', '学校每月至少组织一次应急疏散演练。')).toEqual([]);
    expect(drills('某某县第一小学安全工作方案', '学校每学期组织一次维稳演练。')).toEqual([]);
  });

  test('a school plan that also speaks of its kindergarten: each clause by its own rule', () => {
    expect(drills('某某县第一小学安全工作方案', '学校每月至少组织1次应急疏散演练（附设幼儿园的，幼儿园每季度至少组织1次）。')).toEqual([]);
    expect(drills('某某县第一小学安全工作方案', '学校每月至少组织1次应急疏散演练（附设幼儿园的，幼儿园每学期至少组织1次）。')).toHaveLength(1);
  });

  test('幼儿园: quarterly', () => {
    expect(drills('某某幼儿园安全工作方案', '每学期组织一次疏散演练。')).toHaveLength(1);
    expect(drills('某某幼儿园安全工作方案', '每季度组织一次疏散演练。')).toEqual([]);
  });

  test('消防安全重点单位: every half year', () => {
    expect(drills('某某商贸公司消防工作方案', '本公司是消防安全重点单位，每年组织一次灭火和应急疏散演练。')).toHaveLength(1);
  });

  test('production safety: 综合/专项 yearly, 现场处置方案 half-yearly, the frequency in the next clause', () => {
    expect(drills('某某公司生产安全事故综合应急预案', '综合应急预案演练，每两年组织一次。')).toEqual(['生产经营单位每年应当至少组织一次综合或者专项应急预案演练，本句的频次低于这一要求。']);
    expect(drills('某某公司生产安全事故综合应急预案', '综合应急预案每年演练一次，现场处置方案每年演练一次。')).toEqual(['现场处置方案应当每半年至少演练一次，本句的频次低于这一要求。']);
    expect(drills('某某公司配电室现场处置方案', '本方案每年演练一次。')).toHaveLength(1);
  });
});

describe('dates and periods', () => {
  test('the latest date older than three years', () => {
    const found = byRule(check('某某预案\n一、总则\n2019年3月10日').findings, 'stale-date');
    expect(found.map((f) => f.message)).toEqual(['文中最新的日期是2019年3月，距今已超过3年。']);
    expect(byRule(check('某某预案\n2019年3月10日制定，2025年5月修订。').findings, 'stale-date')).toEqual([]);
    expect(byRule(check('某某预案\n二〇二〇年五月').findings, 'stale-date')).toHaveLength(1);
  });

  test('a past year or school year in the title', () => {
    expect(byRule(check('某某局2019年度综治维稳工作方案').findings, 'past-period')).toHaveLength(1);
    expect(byRule(check('某某学校2024—2025学年维稳工作方案').findings, 'past-period')).toHaveLength(1);
    expect(byRule(check('某某学校2026—2027学年维稳工作方案').findings, 'past-period')).toEqual([]);
  });

  test('ended plan periods and slogans of past years', () => {
    const found = byRule(check('某某预案\n十二五以来，深入贯彻落实科学发展观，十五五期间继续推进。').findings, 'stale-wording');
    expect(found.map((f) => f.message)).toEqual([
      '“十二五”是已经结束的规划期（截至2015年），写在现行预案里显得过时。',
      '“深入贯彻落实科学发展观”是过去特定时期的提法，现在照抄会让预案显得陈旧。',
    ]);
  });
});

describe('petition wording pushes toward lawful handling', () => {
  test.each([
    ['安排专人到上级机关拦截上访人员。', 'error'],
    ['对重点人员落实稳控措施。', 'warning'],
    ['及时将上访人员劝返。', 'warning'],
    ['必要时强行带回。', 'error'],
  ])('%s', (sentence, severity) => {
    const found = byRule(check(`某某维稳应急预案\n${sentence}`).findings, 'petition-wording');
    expect(found.map((f) => f.severity)).toEqual([severity]);
    expect(found[0]!.fix).toMatch(/依法|诉求|自愿|解决/);
    expect(found[0]!.fix).not.toMatch(/限制|控制住|阻止上访/);
  });

  test('acts a regulation sanctions are lawful text', () => {
    const text = '某某信访工作制度\n有下列情形之一的，责令整改；情节严重的，依法追究责任：\n· 打击报复信访人的；\n· 拦截、阻碍群众反映诉求的。';
    expect(byRule(check(text).findings, 'petition-wording')).toEqual([]);
    // In a .docx the items have no bullet.
    expect(byRule(check(text.replace(/· /g, '')).findings, 'petition-wording')).toEqual([]);
  });

  test('a list of prohibited acts is lawful text', () => {
    const text = '某某维稳应急预案\n处置中不得有下列行为：\n1. 拦截群众；\n2. 对其施加压力、打击报复。\n对重点人员落实稳控措施。';
    expect(byRule(check(text).findings, 'petition-wording').map((f) => f.message)).toEqual(['“稳控”把处置写成了控制人，没有写解决问题。']);
  });

  test('lawful wording is left alone: negations and voluntary return', () => {
    const text = '某某维稳应急预案\n不得拦截、阻碍群众依法反映诉求。\n严禁以任何形式截访。\n不得对依法反映诉求的群众打击报复。\n群众自愿返回的，协助安排劝返返程。';
    expect(byRule(check(text).findings, 'petition-wording')).toEqual([]);
  });
});

describe('privacy', () => {
  test('real-looking mobile and ID numbers get a note; sample numbers do not', () => {
    // 13800138000 is the carrier's public service number; the ID is the sample printed in GB 11643.
    const found = byRule(check('某某预案\n联系人：王明，13800138000\n身份证号：11010519491231002X').findings, 'privacy');
    expect(found.map((f) => [f.severity, f.message])).toEqual([
      ['warning', '文中有1个看起来是居民身份证号码的号码。'],
      ['info', '文中有1个看起来是真实手机号码的号码。'],
    ]);
    expect(byRule(check('某某预案\n值班电话：138-0000-0001、010-0000-0000').findings, 'privacy')).toEqual([]);
  });
});

describe('skipping rules', () => {
  test('the form leaves out leftover blanks', () => {
    expect(byRule(checkPlan(readText('某某预案\n【单位名称】'), rules, { today: TODAY, skip: ['leftover-blank'] }).findings, 'leftover-blank')).toEqual([]);
  });
});
