/**
 * Queries written the way office staff ask — whole questions, everyday and outdated words, the
 * sample plans' terms, one-character typos, organisation words mixed in — each with the places it
 * must reach in the top five (any one of `expect`): "slug#heading-id" for a section, "slug" for the
 * template card, "guide#id" / "guide" for the guide. Kinds: question, colloquial, source (the sample
 * plans' vocabulary, issue #11 item 10), typo, org (organisation word + topic), template (names a plan).
 */
import { ep, se, iw, sw, ss, dr, cs, el, cd, jd, tw, pc, fs, os, sp, op, ds, ho, fp } from './slugs';

export interface EverydayQuery {
  q: string;
  kind: 'question' | 'colloquial' | 'source' | 'typo' | 'org' | 'template';
  expect: string[];
}

const logistics = [se, ep, cs, jd, tw, pc, fs].map((s) => `${s}#后勤保障组`);

export const EVERYDAY: EverydayQuery[] = [
  { q: '学校闹事怎么处理', kind: 'question', expect: [`${se}#校外人员强行进入校园或者滋扰师生`, `${se}#家长或者其他人员集体到校反映诉求`, `${se}#应急处置措施`, `${se}#先期处置`] },
  { q: '家长来学校闹事怎么办', kind: 'question', expect: [`${se}#家长或者其他人员集体到校反映诉求`, `${se}#校外人员强行进入校园或者滋扰师生`] },
  { q: '工人讨薪堵门', kind: 'colloquial', expect: [`${el}#欠薪纠纷的处置`, `${el}#现场秩序与安全`, `${el}#到场与先期处置`] },
  { q: '村里出事镇上怎么处理', kind: 'question', expect: [`${tw}#村社区联动`, `${tw}#应急处置措施`, `${tw}#先期处置`, `${tw}#信息报告`, `${tw}#报告程序和时限`] },
  { q: '厂里着火了', kind: 'colloquial', expect: [`${fs}#初期火灾扑救`, `${fs}#处置措施`, `${fs}#响应启动`, `${os}#消防`] },
  { q: '交班要交代什么', kind: 'question', expect: [`${dr}#交接班`, `${cd}#交接班`] },
  { q: '值班表怎么排', kind: 'question', expect: [`${dr}#值班安排`, `${cd}#值班力量和值班安排`, `${dr}#附件1-值班安排表`, `${cd}#附件1-社区值班表`] },
  { q: '晚上谁值班', kind: 'question', expect: [`${se}#夜间值班`, `${cd}#夜间值班`, `${cd}#日常值班和夜间值班`] },
  { q: '员工集体上访怎么办', kind: 'question', expect: [`${ep}#突发性集体上访处置程序`, `${ep}#事前掌握的集体上访处置程序`, ep] },
  { q: '非正常上访', kind: 'source', expect: [`${ep}#职工到党政机关反映诉求的配合处置`, `${ep}#适用范围`, `${ep}#突发性集体上访处置程序`, `${ep}#事前掌握的集体上访处置程序`] },
  { q: '越级上访怎么处置', kind: 'source', expect: [`${ep}#职工到党政机关反映诉求的配合处置`, `${ep}#适用范围`] },
  { q: '接访劝返', kind: 'source', expect: [`${iw}#下访接访及时化解矛盾`, `${tw}#配合县级以上机关接待`] },
  { q: '劝返', kind: 'source', expect: [`${tw}#配合县级以上机关接待`, `${ep}#职工到党政机关反映诉求的配合处置`, `${iw}#下访接访及时化解矛盾`] },
  { q: '已掌握信息源', kind: 'source', expect: [`${ep}#事前掌握的集体上访处置程序`] },
  { q: '未掌握信息源', kind: 'source', expect: [`${ep}#突发性集体上访处置程序`] },
  { q: '谁包片、谁负责', kind: 'source', expect: [`${iw}#包片责任制`, `${iw}#附件1-包片责任表`] },
  { q: '上访的人太多怎么选代表', kind: 'question', expect: [`${ep}#引导推选代表`, 'guide#推选代表不超过5人'] },
  { q: '发生火灾怎么疏散', kind: 'question', expect: [`${fs}#人员疏散`, `${fs}#疏散引导组`] },
  { q: '着火了先干什么', kind: 'question', expect: [`${fs}#初期火灾扑救`, `${os}#应急处置程序`, `${fs}#响应启动`, `${fs}#处置措施`] },
  { q: '灭火器放在哪', kind: 'question', expect: [`${fs}#附件1-消防器材和应急物资清单`, `${fs}#消防设施和应急物资`] },
  { q: '出了事故多久要上报', kind: 'question', expect: [`${pc}#信息报告`, `${pc}#信息接报`, `${dr}#报告时限`, `${dr}#信息报告时限`] },
  { q: '学校报告流程', kind: 'org', expect: [`${se}#报告流程`] },
  { q: '学生打架怎么处理', kind: 'question', expect: [`${se}#校内矛盾激化或者发生冲突`] },
  { q: '学生心理辅导', kind: 'colloquial', expect: [`${se}#学生保护和心理疏导`, `${ss}#心理健康`] },
  { q: '食堂食物中毒', kind: 'colloquial', expect: [`${ss}#食品安全`, `${ss}#食品安全组`, fp, `${fp}#处置措施`, `${fp}#日常预防`, `${fp}#控制可疑食品和现场`] },
  { q: '学校门卫职责', kind: 'org', expect: [`${ss}#门卫值守`, `${ss}#门卫与巡逻`, `${sw}#门卫和巡查`, `${ss}#门卫巡逻组`] },
  { q: '演习多久搞一次', kind: 'question', expect: [`${ss}#应急演练`, `${se}#应急演练`, 'guide#按频次组织演练', `${fs}#培训和演练`] },
  { q: '社区值班制度', kind: 'template', expect: [cd] },
  { q: '社区居民吵架调解', kind: 'colloquial', expect: [`${cs}#矛盾纠纷调解`, `${cs}#调解程序`, `${cs}#调解组织`] },
  { q: '网格员负责什么', kind: 'question', expect: [`${cs}#网格员职责`] },
  { q: '居民来社区反映问题怎么接待', kind: 'question', expect: [`${cs}#居民集中反映诉求的接待`, `${cd}#居民求助受理`] },
  { q: '困难群众帮扶', kind: 'colloquial', expect: [`${iw}#帮扶困难群众`, `${cs}#关爱困难群体`] },
  { q: '欠工资的工人围堵厂门', kind: 'colloquial', expect: [`${el}#欠薪纠纷的处置`, `${el}#现场秩序与安全`] },
  { q: '工厂停工了怎么办', kind: 'question', expect: [`${el}#停工事件的处置`] },
  { q: '劳资纠纷报告给谁', kind: 'question', expect: [`${el}#向属地和人社部门报告`, `${el}#信息报告`, `${el}#内部报告`] },
  { q: '工会该做什么', kind: 'question', expect: [`${el}#工会的职责`] },
  { q: '工资发不出来', kind: 'colloquial', expect: [`${el}#保障工资支付`, `${el}#欠薪纠纷的处置`] },
  { q: '村里有人闹事', kind: 'colloquial', expect: [`${tw}#群众集中反映诉求的处置`, `${tw}#先期处置`, `${tw}#应急处置措施`] },
  { q: '乡镇应急响应怎么分级', kind: 'question', expect: [`${tw}#响应分级`, `${tw}#预警和应急响应`] },
  { q: '街道 信息报告 时限', kind: 'org', expect: [`${tw}#报告程序和时限`, `${tw}#信息报告`] },
  { q: '联防单位怎么互相支援', kind: 'question', expect: [`${jd}#相互支援`] },
  { q: '联防巡逻', kind: 'colloquial', expect: [`${jd}#联合巡逻`, `${jd}#联合巡逻组`] },
  { q: '现场人员怎么自救', kind: 'question', expect: [`${os}#人员防护和自救互救`] },
  { q: '岗位处置卡', kind: 'colloquial', expect: [`${os}#附件2-岗位应急处置卡`, os] },
  { q: '事故响应怎么分级', kind: 'question', expect: [`${pc}#响应分级`] },
  { q: '应急物资有哪些', kind: 'question', expect: [`${pc}#附件2-应急物资装备清单`, `${pc}#物资装备保障`, `${fs}#消防设施和应急物资`] },
  { q: '应急预案怎么写', kind: 'question', expect: ['guide', 'guide#怎么写每一部分', 'guide#编制步骤'] },
  { q: '预案多久修订一次', kind: 'question', expect: ['guide#什么时候必须修订', 'guide#管理与修订'] },
  { q: '预案常见问题', kind: 'colloquial', expect: ['guide#常见问题自查清单'] },
  { q: '敏感期间24小时值班', kind: 'colloquial', expect: [`${dr}#敏感时期24小时值班`, `${cd}#敏感时期和突发情况值守`] },
  { q: '值班请假找谁批', kind: 'question', expect: [`${dr}#请销假`, `${cd}#请假和替班`] },
  { q: '值班日记怎么记', kind: 'question', expect: [`${dr}#值班日志`, `${cd}#值班日志`, `${dr}#附件3-值班日志参考格式`] },
  { q: '群众来电来访怎么接待', kind: 'question', expect: [`${dr}#群众来电来访的接待`] },
  { q: '学校维稳预案', kind: 'template', expect: [se] },
  { q: '火灾预案', kind: 'template', expect: [fs] },
  { q: '后勤组负责什么', kind: 'question', expect: logistics },
  { q: '学校护校队怎么组建', kind: 'question', expect: [`${se}#护校队`] },
  { q: '报警电话打哪个', kind: 'question', expect: [`${os}#报警与联系`, `${fs}#附件2-火灾应急联系方式`] },
  { q: '学校 安全检查', kind: 'org', expect: [`${ss}#校园安全检查`, `${ss}#安全检查组`, `${sw}#安全检查和隐患整改`] },
  { q: '上下学路上安全', kind: 'colloquial', expect: [`${sw}#周边环境和上下学安全`, `${ss}#交通安全`] },
  { q: '寒暑假维稳', kind: 'colloquial', expect: [`${sw}#寒暑假期间`] },
  { q: '企业 应急联系人', kind: 'org', expect: [`${ep}#附件1-应急联系人及联系方式`, `${el}#附件1-应急联系人及联系方式`] },
  { q: '信息发布怎么写', kind: 'question', expect: [`${se}#信息发布和回应关切`, `${tw}#信息发布`, `${fs}#信息公开`, `${sw}#依法发布信息`, `${sp}#信息发布和回应关切`, `${ho}#信息发布`, `${op}#发布信息`, `${op}#信息发布组`, `${ho}#信息发布组`] },
  { q: '报告流成', kind: 'typo', expect: [`${se}#报告流程`] },
  { q: '交接斑', kind: 'typo', expect: [`${dr}#交接班`, `${cd}#交接班`] },
  { q: '值班日至', kind: 'typo', expect: [`${dr}#值班日志`, `${cd}#值班日志`] },
  { q: '后勤保障足', kind: 'typo', expect: logistics },
  { q: '包片责任质', kind: 'typo', expect: [`${iw}#包片责任制`] },
  { q: '疏散安置', kind: 'colloquial', expect: [`${tw}#疏散安置组`, `${tw}#人员疏散转移`] },
  // Not about one plan: any plan's 后期处置 (or the guide's) answers it.
  { q: '出事以后怎么善后', kind: 'question', expect: [`${se}#应急结束和善后`, 'guide#后期处置', ...[tw, cs, pc, el, ho].map((s) => `${s}#后期处置`), `${op}#响应结束和后期处置`] },
  { q: '厂里怎么恢复生产', kind: 'question', expect: [`${el}#恢复生产`] },
  { q: '调解不成怎么办', kind: 'question', expect: [`${el}#调解协议的履行和调解不成的处理`] },
  { q: '隐患排查', kind: 'colloquial', expect: [`${sw}#安全检查和隐患整改`, `${tw}#风险隐患监测`, `${ss}#校园安全检查`] },
  { q: '过节期间安保怎么安排', kind: 'question', expect: [sp, `${sp}#安全防范`, `${sp}#节日活动安全`, `${sp}#值班安排`] },
  { q: '病人家属在医院闹事', kind: 'colloquial', expect: [`${ho}#聚集滞留和扰乱医疗秩序的处置`, `${ho}#接待和沟通`, `${ho}#先期处置`] },
  { q: '网上有人发帖说我们单位', kind: 'question', expect: [op, `${op}#关切收集和研判`, `${op}#了解关切的渠道`, `${op}#回应关切`, `${op}#核实情况`] },
  { q: '矛盾纠纷登记表', kind: 'colloquial', expect: [`${ds}#附件1-矛盾纠纷排查登记表`, `${ds}#登记`] },
  { q: '舆情应对预案', kind: 'template', expect: [op] },
  { q: '学校和家长怎么沟通', kind: 'question', expect: [`${ss}#家校沟通`, `${se}#家校联系准备`, `${sw}#家长诉求渠道`] },
  // Issue #21: five questions per new template.
  { q: '学生吃了食堂的饭拉肚子怎么办', kind: 'colloquial', expect: [fp, `${fp}#救治患病师生`, `${fp}#处置措施`, `${fp}#监测和预警`, `${fp}#排查和学生管理`] },
  { q: '食物中毒多久要报告', kind: 'question', expect: [`${fp}#报告程序和时限`, `${fp}#信息报告`] },
  { q: '食物中毒要封存哪些东西', kind: 'question', expect: [`${fp}#控制可疑食品和现场`] },
  { q: '学校食堂留样和陪餐', kind: 'org', expect: [`${fp}#日常预防`] },
  { q: '学校食物中毒应急预案', kind: 'template', expect: [fp] },
];
