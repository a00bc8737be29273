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
  ['blind-rescue', ONSITE, '监护人员立即下井将晕倒人员拖出井外，其他在场人员随后下井协助。', '经通风、检测合格，救援人员佩戴正压式空气呼吸器、系好安全绳后下井施救。'],
  ['control-leaders', PETITION, '发生群体性上访时，由派出所控制带头人员。', '对现场违法行为，由公安机关依法处置。'],
  ['pressure-targets', PETITION, '对发生越级上访的村，实行“一票否决”。', '安全生产实行一票否决。'],
  ['pressure-targets', PETITION, '确保“零上访”目标实现。', '信访事项按期办结率达到100%。'],
  ['pressure-targets', PETITION, '以“不发生赴省进京上访、不发生群体性事件”为目标。', '引导群众通过法定渠道反映诉求。'],
  ['stability-overrides', PETITION, '坚持稳定压倒一切。', '坚持依法按政策解决群众合理诉求。'],
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
    ['厂部负责人接报后，在2小时以内报告区应急管理局。', 1],
    ['公司负责人接到报告后，应在1小时内向某某区应急管理局报告。', 0],
    ['值班人员在2小时内报告公司负责人。', 0],
    // A duty line and a threshold are not report limits.
    ['公司负责人1小时内向某某区应急管理局报告；公司应急值守电话0000-0000003（安全部24小时）。', 0],
    ['安全部24小时值班电话：0000-0000003，事故信息报告区应急管理局。', 0],
    ['停电超过24小时的，立即报告区应急管理局。', 0],
    ['公司实行24小时值班制度并及时向区应急管理局报告事故信息。', 0],
  ])('production accidents: %s', (sentence, count) => {
    expect(rule('某某公司生产安全事故综合应急预案', sentence, 'report-limit')).toHaveLength(count);
  });

  test('a report limit in a table cell quotes its clause, not the whole cell', () => {
    const cell = '步骤\t1\t发现有人触电，大声呼救\t2\t公司主要负责人在2小时内向某某区应急管理局报告\t3\t安全部24小时值班';
    const messages = rule('某某公司配电室触电事故现场处置方案', cell, 'report-limit');
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(/^“公司主要负责人在2小时内向某某区应急管理局报告”/);
  });

  test.each([
    ['教师接报后立即报告校长，校长立即向镇政府和县教育局报告。', '某某小学预防学生溺水应急预案', 0],
    ['社区在事发后第一时间向街道办事处报告。', '某某社区燃气安全应急预案', 0],
    ['教师发现后及时报告校长。', '某某小学预防学生溺水应急预案', 1],
    ['现场人员立即向公司负责人报告，公司负责人及时向应急管理局报告。', '某某公司生产安全事故综合应急预案', 1],
  ])('"立即报告" is a report time limit outside production plans: %s', (sentence, title, count) => {
    const report = checkPlan(readText(`${title}\n一、信息报告\n${sentence}\n二、处置措施\n组织救援。`), rules, { today: TODAY });
    expect(report.findings.filter((f) => f.rule === 'no-report-limit')).toHaveLength(count);
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
    expect(rule('某某镇防汛防台风应急预案', '预警分为四级：一级（蓝色）、二级（橙色）、三级（黄色）、四级（红色）。', 'warning-colours')).toHaveLength(1);
    expect(rule('某某镇防汛防台风应急预案', '预警级别按一级（红色）、二级（橙色）、三级（黄色）、四级（蓝色）执行。', 'warning-colours')).toEqual([]);
  });

  test.each([
    '森林火险预警分为四级：一级（红色）、二级（橙色）、三级（黄色）、四级（蓝色），一级为最高级别。',
    '预警级别分为四级：Ⅰ级（红色）、Ⅱ级（橙色）、Ⅲ级（黄色）、Ⅳ级（蓝色）。',
    '预警分为四级，分别为一级红色预警、二级橙色预警、三级黄色预警、四级蓝色预警。',
    '红色预警（一级）为最高级别，蓝色预警（四级）为最低级别。',
  ])('warning colours, correct shapes: %s', (sentence) => {
    expect(rule('某某镇防汛防台风应急预案', sentence, 'warning-colours')).toEqual([]);
  });

  test('old agency names, but not inside the name of an order', () => {
    expect(rule('某某镇防汛应急预案', '事故报告县安全生产监督管理局。', 'old-agency')).toHaveLength(1);
    expect(rule('某某镇防汛应急预案', '镇安监局负责排查。', 'old-agency')).toHaveLength(1);
    expect(rule('某某镇防汛应急预案', '依据《生产安全事故应急预案管理办法》（国家安全生产监督管理总局令第88号）。', 'old-agency')).toEqual([]);
  });

  test('an article only the 2007 law has under that number is a quotation of the 2007 law', () => {
    expect(rule('某某公司生产安全事故综合应急预案', '《中华人民共和国突发事件应对法》第十七条规定，国家建立健全突发事件应急预案体系。', 'superseded-basis')).toEqual([expect.stringContaining('2007年')]);
    expect(rule('某某公司生产安全事故综合应急预案', '依据《中华人民共和国突发事件应对法》制定本预案。', 'superseded-basis')).toEqual([]);
    expect(rule('某某公司生产安全事故综合应急预案', '第十七条 公司建立健全应急预案体系。', 'superseded-basis')).toEqual([]);
  });

  test('the 2013 heading 保障措施 is outdated in a 综合 plan; 应急保障措施 is not', () => {
    const headings = (title: string) =>
      checkPlan(readText(`某某公司生产安全事故综合应急预案\n1 总则\n1.1 适用范围\n本预案适用于本公司。\n7 ${title}\n7.1 物资装备\n配备应急物资。`), rules, { today: TODAY }).findings.filter((f) => f.rule === 'outdated-heading');
    expect(headings('保障措施')).toHaveLength(1);
    expect(headings('应急保障措施')).toEqual([]);
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

describe('small units, article-style scope, crowded places and school plans', () => {
  const plan = (title: string, body: string) => checkPlan(readText(`${title}\n${body}`), rules, { today: TODAY });
  const BODY = '一、组织机构\n成立应急工作小组，组长由主任担任。\n二、信息报告\n发现情况立即报告组长。\n三、处置措施\n组织人员疏散，拨打119。';

  test.each([
    ['某某社区独居老人燃气安全应急预案', 'warning'],
    ['某某颐养院突发事件应急预案', 'warning'],
    ['某某县教育局突发事件应急预案', 'error'],
  ])('a missing 响应分级 in %s is a(n) %s', (title, severity) => {
    const missing = plan(title, BODY).findings.filter((f) => f.rule === 'missing-element' && f.message.includes('响应分级'));
    expect(missing.map((f) => f.severity)).toEqual([severity]);
    if (severity === 'warning') expect(missing[0]!.message).toContain('可以简化');
  });

  test('a missing 响应分级 stays an error in a production 综合 plan', () => {
    const missing = plan('某某公司生产安全事故综合应急预案', BODY).findings.filter((f) => f.rule === 'missing-element' && f.message.includes('响应分级'));
    expect(missing.map((f) => f.severity)).toEqual(['error']);
  });

  test('第二条 本预案适用于…… is the scope of a 第一章/第一条 plan', () => {
    const chapters = (second: string) =>
      plan('某某购物广场火灾事故应急预案', `第一章 总则\n第一条 为及时处置火灾，制定本预案。\n${second}\n第二章 组织机构及职责\n第三条 成立指挥部。\n第三章 应急处置\n第四条 立即拨打119。`).findings.filter(
        (f) => f.rule === 'missing-element' && f.message.includes('适用范围'),
      );
    expect(chapters('第二条 本预案适用于本商场营业区、仓库发生的火灾事故。')).toEqual([]);
    expect(chapters('第二条 商场成立义务消防队。')).toHaveLength(1);
  });

  test('a 商场 fire plan drilling once a year asks whether it is a 消防安全重点单位', () => {
    const drills = (title: string, sentence: string) => plan(title, `${BODY}\n四、演练\n${sentence}`).findings.filter((f) => f.rule === 'drill-frequency');
    expect(drills('某某购物广场火灾事故应急预案', '本商场每年组织一次灭火和应急疏散演练。').map((f) => f.fix)).toEqual([expect.stringContaining('消防安全重点单位')]);
    expect(drills('某某购物广场火灾事故应急预案', '本商场每半年组织一次灭火和应急疏散演练。')).toEqual([]);
    expect(drills('某某社区燃气安全应急预案', '社区每年组织一次燃气泄漏疏散演练。')).toEqual([]);
  });

  test.each(['某某中心小学预防学生溺水工作方案', '某某中学预防和处置校园欺凌工作方案'])('%s is a school 专项 emergency plan', (title) => {
    expect(plan(title, BODY).kind).toBe('emergency-special');
  });

  test('a 信访 work plan is still a 维稳（综治）工作方案', () => {
    expect(plan('某某镇信访维稳工作方案', BODY).kind).toBe('stability-work');
  });
});
