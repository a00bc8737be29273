/**
 * Realistic queries and the sections they must find (any one of `expect`, as "slug#heading-id";
 * "guide#id" is the guide page). Kinds: title = a section title verbatim; synonym = the words users
 * type instead; short = two-character words; multi = several words.
 */
import { ep, se, iw, sw, ss, dr, cs, el, cd, jd, tw, pc, fs, os } from './slugs';

export interface Query {
  q: string;
  kind: 'title' | 'synonym' | 'short' | 'multi';
  expect: string[];
}

export const QUERIES: Query[] = [
  { q: '报告流程', kind: 'title', expect: [`${se}#报告流程`] },
  { q: '后勤保障组职责', kind: 'synonym', expect: [se, ep, cs, jd, tw, pc, fs].map((s) => `${s}#后勤保障组`) },
  { q: '值班交接', kind: 'synonym', expect: [`${dr}#交接班`, `${cd}#交接班`] },
  { q: '推选代表', kind: 'synonym', expect: [`${ep}#引导推选代表`, 'guide#推选代表不超过5人'] },
  { q: '集体上访', kind: 'synonym', expect: [`${ep}#事前掌握的集体上访处置程序`, `${ep}#突发性集体上访处置程序`] },
  { q: '交接班', kind: 'title', expect: [`${dr}#交接班`, `${cd}#交接班`] },
  { q: '值班日志', kind: 'title', expect: [`${dr}#值班日志`, `${cd}#值班日志`] },
  { q: '请销假', kind: 'title', expect: [`${dr}#请销假`] },
  { q: '请假', kind: 'short', expect: [`${dr}#请销假`, `${cd}#请假和替班`] },
  { q: '包案责任制', kind: 'title', expect: [`${ep}#包案责任制`] },
  { q: '包片责任制', kind: 'title', expect: [`${iw}#包片责任制`, `${iw}#附件1-包片责任表`] },
  { q: '护校队', kind: 'title', expect: [`${se}#护校队`] },
  { q: '夜间值班', kind: 'title', expect: [`${se}#夜间值班`, `${cd}#夜间值班`] },
  { q: '心理疏导', kind: 'synonym', expect: [`${se}#学生保护和心理疏导`, `${ss}#心理健康`] },
  { q: '家校沟通', kind: 'title', expect: [`${ss}#家校沟通`] },
  { q: '食品安全', kind: 'title', expect: [`${ss}#食品安全`] },
  { q: '门卫', kind: 'short', expect: [`${ss}#门卫值守`, `${ss}#门卫与巡逻`, `${sw}#门卫和巡查`] },
  { q: '网格员职责', kind: 'title', expect: [`${cs}#网格员职责`] },
  { q: '人民调解', kind: 'synonym', expect: [`${cs}#矛盾纠纷调解`, `${cs}#调解组织`, `${cs}#调解程序`] },
  { q: '劳动争议调解', kind: 'title', expect: [`${el}#劳动争议调解`, `${el}#调解程序`] },
  { q: '欠薪', kind: 'short', expect: [`${el}#欠薪纠纷的处置`, `${el}#保障工资支付`] },
  { q: '停工', kind: 'short', expect: [`${el}#停工事件的处置`] },
  { q: '工会职责', kind: 'synonym', expect: [`${el}#工会的职责`] },
  { q: '联合巡逻', kind: 'title', expect: [`${jd}#联合巡逻`, `${jd}#联合巡逻组`] },
  { q: '信息共享', kind: 'title', expect: [`${jd}#信息共享`] },
  { q: '相互支援', kind: 'title', expect: [`${jd}#相互支援`] },
  { q: '人员疏散转移', kind: 'title', expect: [`${tw}#人员疏散转移`] },
  { q: '关爱困难群体', kind: 'title', expect: [`${cs}#关爱困难群体`] },
  { q: '帮扶困难群众', kind: 'title', expect: [`${iw}#帮扶困难群众`] },
  { q: '下访接访', kind: 'synonym', expect: [`${iw}#下访接访及时化解矛盾`] },
  { q: '群众工作手册', kind: 'synonym', expect: [`${iw}#值班和信息报告`, `${iw}#附件2-群众工作手册和工作日记记载要点`] },
  { q: '信息接报', kind: 'title', expect: [`${pc}#信息接报`] },
  { q: '应急支援', kind: 'title', expect: [`${pc}#应急支援`] },
  { q: '应急物资装备清单', kind: 'title', expect: [`${pc}#附件2-应急物资装备清单`] },
  { q: '初期火灾扑救', kind: 'title', expect: [`${fs}#初期火灾扑救`] },
  { q: '灭火', kind: 'short', expect: [`${fs}#初期火灾扑救`, `${fs}#灭火行动组`] },
  { q: '事故风险描述', kind: 'title', expect: [`${os}#事故风险描述`] },
  { q: '自救互救', kind: 'synonym', expect: [`${os}#人员防护和自救互救`] },
  { q: '报警电话', kind: 'synonym', expect: [`${os}#报警与联系`] },
  { q: '24小时值班', kind: 'synonym', expect: [`${dr}#敏感时期24小时值班`] },
  { q: '敏感时期值班', kind: 'synonym', expect: [`${dr}#敏感时期24小时值班`, `${cd}#敏感时期和突发情况值守`] },
  { q: '上报时限', kind: 'synonym', expect: [`${dr}#报告时限`, `${cd}#报告时限和方式`, `${cs}#报告时限`, `${tw}#报告程序和时限`] },
  { q: '交班', kind: 'short', expect: [`${dr}#交接班`, `${cd}#交接班`] },
  { q: '劳资纠纷', kind: 'synonym', expect: [`${el}#适用范围`, `${el}#现场处置`, `${el}#欠薪纠纷的处置`, `${el}#风险排查与预警`] },
  { q: '校园安全检查', kind: 'title', expect: [`${ss}#校园安全检查`] },
  { q: '网络安全教育', kind: 'synonym', expect: [`${sw}#网络安全教育和管理`] },
  { q: '自查清单', kind: 'synonym', expect: ['guide#常见问题自查清单'] },
  { q: '编制步骤', kind: 'title', expect: ['guide#编制步骤'] },
  { q: '学校 报告流程', kind: 'multi', expect: [`${se}#报告流程`] },
  { q: '社区 值班 交接班', kind: 'multi', expect: [`${cd}#交接班`] },
  { q: '企业 欠薪 处置', kind: 'multi', expect: [`${el}#欠薪纠纷的处置`] },
  { q: '火灾 人员疏散', kind: 'multi', expect: [`${fs}#人员疏散`] },
];
