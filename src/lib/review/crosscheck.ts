/**
 * One unit's plan set, cross-checked: where its 综合预案, 专项预案 and 现场处置方案 disagree on
 * response levels, the command body and its leader, the duty phone and contacts, the plans the set
 * names, and the higher-level plan they link to. Pure; works on the facts the batch kept.
 */
import { levelNumber, type PlanFacts } from './facts';

export interface Disagreement {
  topic: '响应分级' | '应急指挥机构' | '总指挥' | '值班电话' | '联系方式' | '预案体系' | '上级预案衔接';
  message: string;
  /** The files involved. */
  files: string[];
}

export interface SetMember {
  file: string;
  facts: PlanFacts;
}

const norm = (text: string): string => text.replace(/[\s《》“”"]/g, '');

/** Values that differ between members, each with the files that say it. */
function differing(members: SetMember[], value: (facts: PlanFacts) => string): Map<string, string[]> | undefined {
  const seen = new Map<string, string[]>();
  for (const member of members) {
    const v = value(member.facts);
    if (v) seen.set(v, [...(seen.get(v) ?? []), member.file]);
  }
  return seen.size > 1 ? seen : undefined;
}

const describeValues = (values: Map<string, string[]>): string => [...values].map(([v, files]) => `“${v}”（${files.join('、')}）`).join('，');

/** The core name of a plan title: what is left without the unit and the kind words. */
const core = (title: string): string => norm(title).replace(/^.*?(公司|学校|中学|小学|幼儿园|医院|社区|厂)/, '').replace(/(生产安全)?(事故)?(专项应急预案|现场处置方案|综合应急预案|应急预案|处置方案)$/, '');

export function crossCheck(members: SetMember[]): Disagreement[] {
  const out: Disagreement[] = [];
  const withLevels = members.filter((m) => m.facts.levels.length > 0 && m.facts.role !== 'onsite');
  const numbers = differing(withLevels, (f) => f.levels.map(levelNumber).sort().join('、'));
  if (numbers) out.push({ topic: '响应分级', message: `各预案的响应级别数量或级别不一致：${describeValues(new Map([...numbers].map(([v, files]) => [`${v.split('、').length}级`, files])))}。`, files: [...numbers.values()].flat() });
  const naming = differing(withLevels, (f) => (f.levels.some((l) => /[ⅠⅡⅢⅣIV]/.test(l)) ? '罗马数字（Ⅰ级）' : /[一二三四]/.test(f.levels.join('')) ? '汉字（一级）' : '阿拉伯数字（1级）'));
  if (naming) out.push({ topic: '响应分级', message: `各预案对响应级别的叫法不一致：${describeValues(naming)}。`, files: [...naming.values()].flat() });
  const command = differing(members, (f) => f.command);
  if (command) out.push({ topic: '应急指挥机构', message: `应急指挥机构的名称不一致：${describeValues(command)}。`, files: [...command.values()].flat() });
  const leader = differing(members, (f) => f.leader);
  if (leader) out.push({ topic: '总指挥', message: `应急指挥机构负责人（总指挥或组长）不一致：${describeValues(leader)}。`, files: [...leader.values()].flat() });
  const duty = differing(members, (f) => f.dutyPhone.replace(/-/g, ''));
  if (duty) out.push({ topic: '值班电话', message: `24小时值班电话不一致：${describeValues(duty)}。`, files: [...duty.values()].flat() });
  out.push(...contactDisagreements(members), ...missingPlans(members), ...linkProblems(members));
  return out;
}

/** The same contact (by label) with different numbers in different plans. */
function contactDisagreements(members: SetMember[]): Disagreement[] {
  const labels = new Set(members.flatMap((m) => Object.keys(m.facts.contacts)));
  const out: Disagreement[] = [];
  for (const label of labels) {
    const numbers = differing(members, (f) => (f.contacts[label] ?? '').replace(/-/g, ''));
    if (numbers) out.push({ topic: '联系方式', message: `“${label}”的电话不一致：${describeValues(numbers)}。`, files: [...numbers.values()].flat() });
  }
  return out;
}

/** Plans the 综合 plan names (专项, 现场处置) that the set does not hold. */
function missingPlans(members: SetMember[]): Disagreement[] {
  const titles = members.map((m) => core(m.facts.title)).filter(Boolean);
  const out: Disagreement[] = [];
  for (const member of members.filter((m) => m.facts.role === 'comprehensive')) {
    for (const named of member.facts.namedPlans) {
      if (!/专项应急预案|现场处置方案/.test(named)) continue;
      const want = core(named);
      if (!want || titles.some((t) => t.includes(want) || want.includes(t))) continue;
      out.push({ topic: '预案体系', message: `综合应急预案列出了“${named}”，但本批没有这份预案。`, files: [member.file] });
    }
  }
  return out;
}

/**
 * 专项 and 现场处置 plans link to their unit's 综合 plan; only the 综合 plan links to the
 * government's or the parent's plan. Citing a higher plan past one's own 综合 plan is 越级.
 */
function linkProblems(members: SetMember[]): Disagreement[] {
  const comprehensive = members.find((m) => m.facts.role === 'comprehensive');
  if (!comprehensive) return [];
  const own = norm(comprehensive.facts.title);
  const out: Disagreement[] = [];
  for (const member of members) {
    if (member === comprehensive || member.facts.linksTo.length === 0) continue;
    const outside = member.facts.linksTo.filter((link) => norm(link) !== own && !/专项应急预案|现场处置方案/.test(link));
    const linksOwn = member.facts.linksTo.some((link) => norm(link) === own || /综合应急预案/.test(link) && core(link) === core(own));
    if (outside.length && !linksOwn) out.push({ topic: '上级预案衔接', message: `越级衔接：直接衔接“${outside.join('”“')}”，没有衔接本单位的《${comprehensive.facts.title}》。`, files: [member.file] });
  }
  const higher = differing(
    members.filter((m) => m.facts.role === 'comprehensive' || m.facts.linksTo.some((l) => norm(l) !== own)),
    (f) => f.linksTo.filter((l) => norm(l) !== own && !/专项应急预案|现场处置方案/.test(l)).map(norm).sort().join('、'),
  );
  if (higher && higher.size > 1 && out.length === 0) out.push({ topic: '上级预案衔接', message: `各预案衔接的上级预案不一致：${describeValues(higher)}。`, files: [...higher.values()].flat() });
  return out;
}
