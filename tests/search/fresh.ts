/**
 * Issue #19's own query set, written with its expected sections before it was ever run: 15 queries
 * in each of six groups, the way people type them. Expectations as in everyday.ts: "slug#id" for a
 * section, "slug" for a template card, "guide#id" / "guide" for the guide; any one in the top five.
 */
import { cd, cs, dr, ds, el, ep, fs, ho, iw, jd, op, os, pc, pw, ra, sb, se, sp, ss, sw, tw, vc } from './slugs';

export interface FreshQuery {
  q: string;
  kind: 'keyword' | 'question' | 'role' | 'outdated' | 'typo' | 'latin';
  expect: string[];
}

const logistics = [se, ep, cs, jd, tw, pc, fs, ho, vc].map((s) => `${s}#后勤保障组`);
const screening = [`${ds}#排查方式和频次`, `${ds}#排查范围和重点`, `${ds}#月度集中排查`, `${ds}#专项排查`, ds, `${cs}#网格化排查`, `${sw}#矛盾纠纷和风险排查`, `${ss}#矛盾纠纷排查化解`, `${se}#矛盾纠纷排查化解`, `${sp}#矛盾纠纷排查化解`, `${sp}#集中排查`, `${ep}#矛盾纠纷排查`];
const evacuation = [`${fs}#人员疏散`, `${tw}#人员疏散转移`, `${vc}#人员疏散转移`, `${fs}#疏散引导组`, `${pc}#警戒疏散组`];
const bullying = [sb, `${sb}#发现和报告`, `${sb}#当场制止`, `${sb}#调查和认定`, `${sb}#处置和教育矫治`, `${sb}#预防措施`];
const guide = ['guide', 'guide#怎么写每一部分', 'guide#编制步骤', 'guide#常见章节结构'];

export const FRESH: FreshQuery[] = [
  // Short keywords.
  { q: '值班纪律', kind: 'keyword', expect: [`${dr}#值班纪律`, `${cd}#值班纪律`] },
  { q: '应急物资', kind: 'keyword', expect: [`${fs}#附件1-消防器材和应急物资清单`, `${fs}#消防设施和应急物资`, `${pc}#物资装备保障`, `${vc}#物资和场所`, `${vc}#附件3-应急物资清单`, `${pc}#附件2-应急物资装备清单`, `${jd}#附件-联防应急物资装备清单`, `${tw}#应急资源调用`, `${tw}#附件2-应急资源清单`] },
  { q: '疏散', kind: 'keyword', expect: evacuation },
  { q: '信访登记', kind: 'keyword', expect: [`${pw}#登记`, `${pw}#登记和受理`, `${pw}#附件2-信访事项登记要素`] },
  { q: '欺凌', kind: 'keyword', expect: bullying },
  { q: '风险等级', kind: 'keyword', expect: [`${ra}#确定风险等级`, `${ra}#风险等级和决策建议`] },
  { q: '医疗纠纷', kind: 'keyword', expect: [ho, `${ho}#附件1-医疗纠纷解决途径告知书参考格式`, `${ho}#引导依法解决`, `${ho}#投诉接待`] },
  { q: '台账', kind: 'keyword', expect: [`${ds}#台账管理和跟踪回访`, `${ds}#附件2-矛盾纠纷化解台账`, `${sw}#台账管理和化解`, `${vc}#隐患台账和转移帮扶名册`] },
  { q: '新闻发言人', kind: 'keyword', expect: [`${op}#新闻发言人`] },
  { q: '避难场所', kind: 'keyword', expect: [`${vc}#附件2-避难场所和转移路线`, `${vc}#物资和场所`] },
  { q: '领导接访', kind: 'keyword', expect: [`${pw}#领导接访`, `${pw}#接访安排`, `${pw}#附件1-领导接访安排表`] },
  { q: '警戒', kind: 'keyword', expect: [`${fs}#警戒`, `${fs}#警戒保卫组`, `${pc}#警戒疏散组`] },
  { q: '司法确认', kind: 'keyword', expect: [`${ds}#司法确认`] },
  { q: '烟花爆竹', kind: 'keyword', expect: [`${sp}#烟花爆竹和火灾防范`] },
  { q: '病历封存', kind: 'keyword', expect: [`${ho}#病历资料和现场实物封存`] },

  // Whole everyday questions.
  { q: '发现学生被欺负该怎么报告', kind: 'question', expect: [`${sb}#发现和报告`, `${sb}#校内报告`, `${sb}#当场制止`] },
  { q: '网上有人发帖说我们单位坏话怎么办', kind: 'question', expect: [op, `${op}#核实情况`, `${op}#回应关切`, `${op}#依法澄清不实信息`, `${op}#处置措施`, `${op}#关切收集和研判`] },
  { q: '病人家属在医院门口聚集怎么处理', kind: 'question', expect: [`${ho}#聚集滞留和扰乱医疗秩序的处置`, `${ho}#先期处置`, `${ho}#接待和沟通`] },
  { q: '信访事项多长时间要办结', kind: 'question', expect: [`${pw}#办理期限`, `${pw}#办理和答复`, 'guide#办理时限'] },
  { q: '重大项目上马前要不要做风险评估', kind: 'question', expect: [ra, `${ra}#评估范围`, `${ra}#评估时机`, `${tw}#社会稳定风险评估`] },
  { q: '台风来了村里怎么转移群众', kind: 'question', expect: [`${vc}#人员疏散转移`, `${vc}#附件2-避难场所和转移路线`, `${tw}#人员疏散转移`, `${vc}#转移安置组`, `${vc}#附件4-转移帮扶结对安排`] },
  { q: '配电室着火了值班员第一步做什么', kind: 'question', expect: [`${os}#应急处置程序`, `${os}#现场应急处置措施`, `${os}#消防`, `${fs}#初期火灾扑救`, `${os}#附件2-岗位应急处置卡`] },
  { q: '过节期间要安排哪些人值班', kind: 'question', expect: [`${sp}#值班安排`, `${sp}#附件1-值班安排表`, `${sp}#值班值守和信息报告`, `${dr}#值班安排`, `${dr}#敏感时期24小时值班`, `${cd}#敏感时期和突发情况值守`] },
  { q: '调解不成功怎么办', kind: 'question', expect: [`${el}#调解协议的履行和调解不成的处理`, `${cs}#分流和衔接`, `${ds}#分流衔接`] },
  { q: '患者在医院去世了家属不肯走怎么办', kind: 'question', expect: [`${ho}#患者死亡时的处理`, `${ho}#聚集滞留和扰乱医疗秩序的处置`] },
  { q: '发生事故后多长时间内要报告', kind: 'question', expect: [`${pc}#信息报告`, `${pc}#信息接报`, `${dr}#信息报告时限`, `${dr}#报告时限`, 'guide#信息报告'] },
  { q: '应急预案多久修订一次', kind: 'question', expect: ['guide#什么时候必须修订', `${vc}#预案修订和附则`, 'guide#管理与修订'] },
  { q: '员工工资发不下来来闹怎么办', kind: 'question', expect: [`${el}#欠薪纠纷的处置`, `${el}#保障工资支付`, `${el}#现场秩序与安全`, `${el}#到场与先期处置`] },
  { q: '群众到市里上访乡镇要做什么', kind: 'question', expect: [`${tw}#配合县级以上机关接待`, `${sp}#群众到上级机关反映诉求`, `${ep}#职工到党政机关反映诉求的配合处置`] },
  { q: '值班时接到群众电话怎么处理', kind: 'question', expect: [`${dr}#群众来电来访的接待`, `${cd}#居民求助受理`] },

  // A role and what it needs.
  { q: '班主任 发现欺凌', kind: 'role', expect: [`${sb}#发现和报告`, `${sb}#岗位职责`, `${sb}#当场制止`] },
  { q: '网格员 排查矛盾', kind: 'role', expect: [`${cs}#网格员职责`, `${cs}#网格化排查`, `${ds}#网格和网格员`, `${cs}#排查频次和研判`, `${ds}#日常走访`] },
  { q: '保安 巡逻', kind: 'role', expect: [`${ss}#门卫与巡逻`, `${ss}#巡逻和值班`, `${se}#巡逻`, `${sw}#门卫和巡查`, `${ss}#门卫巡逻组`] },
  { q: '带班领导职责', kind: 'role', expect: [`${dr}#带班领导职责`] },
  { q: '值班员交接班要注意什么', kind: 'role', expect: [`${dr}#交接班`, `${cd}#交接班`] },
  { q: '工会主席要干什么', kind: 'role', expect: [`${el}#工会的职责`] },
  { q: '村支书 台风 转移', kind: 'role', expect: [`${vc}#人员疏散转移`, `${vc}#应急响应责任人`, `${vc}#转移安置组`, `${tw}#人员疏散转移`] },
  { q: '校长 向教育局报告', kind: 'role', expect: [`${se}#报告流程`, `${sb}#对外报告`, `${se}#预案启动与报告流程`, `${ss}#信息报告`, `${sw}#信息报告`] },
  { q: '新闻发言人怎么回应记者', kind: 'role', expect: [`${op}#新闻发言人`, `${op}#发布信息`, `${op}#回应关切`] },
  { q: '医院保卫科 暴力伤医', kind: 'role', expect: [`${ho}#暴力伤害等违法犯罪行为的处置`, `${ho}#安全保卫组`, `${ho}#安全防范`] },
  { q: '信访干部 接待群众', kind: 'role', expect: [`${pw}#接待值班`, `${pw}#接待要求`, `${pw}#信访渠道和接待场所`, `${cs}#居民集中反映诉求的接待`] },
  { q: '人事部门 劳动合同', kind: 'role', expect: [`${el}#规范劳动用工`] },
  { q: '安全员 应急演练', kind: 'role', expect: [`${fs}#培训和演练`, `${os}#培训和演练`, `${ss}#应急演练`, `${tw}#培训和演练`, 'guide#按频次组织演练', `${vc}#宣传培训和演练`, `${se}#应急演练`] },
  { q: '调解员 调解程序', kind: 'role', expect: [`${cs}#调解程序`, `${el}#调解程序`, `${ds}#人民调解`] },
  { q: '心理老师 学生心理', kind: 'role', expect: [`${ss}#心理健康`, `${se}#学生保护和心理疏导`, `${ss}#心理健康与家校沟通组`, `${sb}#对被欺凌学生的保护和援助`] },

  // Outdated, colloquial and regional words.
  { q: '医闹', kind: 'outdated', expect: [`${ho}#聚集滞留和扰乱医疗秩序的处置`, `${ho}#暴力伤害等违法犯罪行为的处置`, ho] },
  { q: '群访', kind: 'outdated', expect: [`${ep}#突发性集体上访处置程序`, `${ep}#事前掌握的集体上访处置程序`, `${tw}#群众集中反映诉求的处置`, `${sp}#群众集中反映诉求`] },
  { q: '缠访闹访', kind: 'outdated', expect: [`${pw}#信访秩序的维护`] },
  { q: '消防演习', kind: 'outdated', expect: [`${fs}#培训和演练`, `${ss}#应急演练`, `${os}#培训和演练`] },
  { q: '民工讨薪', kind: 'outdated', expect: [`${el}#欠薪纠纷的处置`, `${el}#保障工资支付`] },
  { q: '校园霸凌', kind: 'outdated', expect: bullying },
  { q: '过年值班', kind: 'outdated', expect: [`${sp}#值班安排`, `${sp}#附件1-值班安排表`, `${dr}#敏感时期24小时值班`, `${cd}#敏感时期和突发情况值守`, `${sp}#值班值守和信息报告`] },
  { q: '两会期间 安保', kind: 'outdated', expect: [sp, `${sp}#工作时段`, `${sp}#安全防范`, `${dr}#敏感时期24小时值班`] },
  { q: '居委会 调解', kind: 'outdated', expect: [`${cs}#矛盾纠纷调解`, `${cs}#调解组织`, `${ds}#人民调解委员会`, `${cs}#调解程序`] },
  { q: '村委会 出事 报告', kind: 'outdated', expect: [`${vc}#信息报告`, `${tw}#村社区联动`, `${tw}#信息报告`] },
  { q: '安全生产事故应急救援预案', kind: 'outdated', expect: [pc] },
  { q: '稳评', kind: 'outdated', expect: [ra, `${ra}#评估内容`, `${ra}#评估程序`] },
  { q: '打架斗殴 学校', kind: 'outdated', expect: [`${se}#校内矛盾激化或者发生冲突`] },
  { q: '辟谣', kind: 'outdated', expect: [`${op}#依法澄清不实信息`] },
  { q: '矛盾纠纷大排查', kind: 'outdated', expect: screening },

  // Typos and traditional characters.
  { q: '應急預案怎麼寫', kind: 'typo', expect: guide },
  { q: '值班製度', kind: 'typo', expect: [dr, cd] },
  { q: '報告流程', kind: 'typo', expect: [`${se}#报告流程`] },
  { q: '校園欺凌 處置', kind: 'typo', expect: bullying },
  { q: '請銷假', kind: 'typo', expect: [`${dr}#请销假`] },
  { q: '醫療糾紛', kind: 'typo', expect: [ho, `${ho}#附件1-医疗纠纷解决途径告知书参考格式`, `${ho}#引导依法解决`, `${ho}#投诉接待`] },
  { q: '網格員職責', kind: 'typo', expect: [`${cs}#网格员职责`] },
  { q: '交接斑', kind: 'typo', expect: [`${dr}#交接班`, `${cd}#交接班`] },
  { q: '值班日至', kind: 'typo', expect: [`${dr}#值班日志`, `${cd}#值班日志`] },
  { q: '信仿工作制度', kind: 'typo', expect: [pw] },
  { q: '应急遇案 编写', kind: 'typo', expect: guide },
  { q: '后勤保障租', kind: 'typo', expect: logistics },
  { q: '人员书散', kind: 'typo', expect: evacuation },
  { q: '輿情回應', kind: 'typo', expect: [`${op}#回应关切`, op] },
  { q: '矛盾纠份排查', kind: 'typo', expect: screening },

  // Numbers and Latin letters.
  { q: '拨打119', kind: 'latin', expect: [`${fs}#响应启动`, `${fs}#初期火灾扑救`, `${os}#报警与联系`, `${os}#应急处置程序`, `${fs}#信息上报`] },
  { q: '12345热线', kind: 'latin', expect: [`${dr}#附件2-值班联系电话表`, `${cd}#附件3-应急联系电话表`, `${el}#附件1-应急联系人及联系方式`] },
  { q: '10kV配电室', kind: 'latin', expect: [os, `${os}#事故风险描述`, `${os}#附件2-岗位应急处置卡`] },
  { q: 'GB/T 29639', kind: 'latin', expect: [pc, 'guide#引用现行依据', 'guide#先分清预案体系', `${pc}#适用范围`, 'guide#编制步骤'] },
  { q: '24小时值班', kind: 'latin', expect: [`${dr}#敏感时期24小时值班`, `${cd}#夜间值班`, `${cd}#日常值班和夜间值班`, `${tw}#值班值守`] },
  { q: '60日办结', kind: 'latin', expect: [`${pw}#办理期限`] },
  { q: '30分钟内到场', kind: 'latin', expect: [`${el}#到场与先期处置`, `${dr}#敏感时期24小时值班`] },
  { q: '代表不超过5人', kind: 'latin', expect: ['guide#推选代表不超过5人', `${ep}#引导推选代表`] },
  { q: '120急救', kind: 'latin', expect: [`${fs}#伤员救护`, `${os}#人员救护`, `${fs}#医疗救护组`] },
  { q: 'ＧＢ／Ｔ　２９６３９－２０２０', kind: 'latin', expect: [pc, 'guide#引用现行依据', 'guide#先分清预案体系', `${pc}#适用范围`, 'guide#编制步骤'] },
  { q: 'MFZ/ABC4 灭火器', kind: 'latin', expect: [`${fs}#附件1-消防器材和应急物资清单`, `${os}#附件1-现场应急器材清单`] },
  { q: '1小时内报告', kind: 'latin', expect: [`${pc}#信息接报`, `${pc}#信息报告`, `${el}#报告内容与续报`] },
  { q: '2小时内书面报告', kind: 'latin', expect: [`${iw}#值班和信息报告`] },
  { q: '5个工作日内答复', kind: 'latin', expect: [`${ss}#家校沟通`, `${iw}#包片责任制`] },
  { q: '15日内调解', kind: 'latin', expect: [`${el}#调解程序`] },
];
