/**
 * Queries of issue #19's kinds, written (with their expected sections) before the fixes they check
 * were run against them: each stands for a class of miss (an older office name, a whole question, a
 * role word, a number, a typo or traditional form) rather than for a query the fixes were tuned on.
 * Expectations as in everyday.ts; any one in the top five.
 */
import { cd, cs, dr, ds, fp, fs, ho, pw, se, ss, tw } from './slugs';

export interface GeneraliseQuery {
  q: string;
  kind: 'keyword' | 'question' | 'role' | 'outdated' | 'typo' | 'latin';
  expect: string[];
}

export const GENERALISE: GeneraliseQuery[] = [
  { q: '维稳中心 报告', kind: 'outdated', expect: [`${tw}#报告程序和时限`, `${cs}#报告程序`, `${dr}#信息报告时限`, `${dr}#报告时限`, `${cd}#信息报告`] },
  { q: '信访科 接访', kind: 'outdated', expect: [`${pw}#领导接访`, `${pw}#接访安排`, `${pw}#接访方式`] },
  { q: '信访办 登记', kind: 'outdated', expect: [`${pw}#登记`, `${pw}#登记和受理`, `${pw}#附件2-信访事项登记要素`] },
  { q: '十三五', kind: 'outdated', expect: ['guide#引用现行依据', 'guide#常见问题自查清单'] },
  { q: '小区里两家邻居为停车吵起来了谁来调解', kind: 'question', expect: [`${cs}#矛盾纠纷调解`, `${cs}#调解组织`, `${cs}#调解程序`, `${ds}#人民调解`, `${ds}#就地化解`] },
  { q: '学生吃了食堂的饭拉肚子学校要不要上报', kind: 'question', expect: [fp, `${fp}#报告程序和时限`, `${fp}#信息报告`, `${fp}#救治患病师生`] },
  { q: '信访人对答复不服怎么办', kind: 'question', expect: [`${pw}#复查和复核`] },
  { q: '保卫科 巡逻', kind: 'role', expect: [`${ss}#门卫与巡逻`, `${ss}#巡逻和值班`, `${se}#巡逻`, `${ss}#门卫巡逻组`, `${ho}#安全保卫组`] },
  { q: '24小时值班', kind: 'latin', expect: [`${dr}#敏感时期24小时值班`] },
  { q: '值班制渡', kind: 'typo', expect: [dr, cd] },
  { q: '請銷假', kind: 'typo', expect: [`${dr}#请销假`, `${cd}#请假和替班`] },
  { q: '消防应急救援预案', kind: 'outdated', expect: [fs] },
];
