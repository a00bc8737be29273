/**
 * What one plan says that the other plans of its unit must agree with: response levels, the
 * command body and its leader, the duty phone and contacts, the plans it names and the
 * higher-level plan it links to. Kept per file instead of the text, for the cross-check.
 */
import type { Report } from '../check/types';

export interface PlanFacts {
  /** 综合 / 专项 / 现场处置 / other, from the detected kind and the title. */
  role: 'comprehensive' | 'special' | 'onsite' | 'other';
  title: string;
  /** Response levels as written, in order of first mention, e.g. ["Ⅰ级", "Ⅱ级"]. */
  levels: string[];
  /** The 应急指挥机构 as named, e.g. 应急救援指挥部. */
  command: string;
  /** Who leads it: 总指挥 / 组长, as written (name or post). */
  leader: string;
  /** The 24-hour duty phone. */
  dutyPhone: string;
  /** Contact label → phone, from table rows and "label：phone" lines. */
  contacts: Record<string, string>;
  /** Titles of other plans this one names (《…专项应急预案》, …现场处置方案). */
  namedPlans: string[];
  /** Plans it links to as higher-level (衔接, 上级). */
  linksTo: string[];
}

const LEVEL = /([ⅠⅡⅢⅣIV一二三四1-4]{1,3})\s*级(?:应急)?响应/g;
const COMMAND = /(应急(?:救援)?指挥部|应急(?:工作)?领导小组|应急指挥中心|安全生产委员会)/;
const LEADER = /(?:总指挥|组\s*长)\s*(?:[:：]|由)\s*([^，。；、\s（(：:]{2,12}?)(?:同志|担任|兼任|[（(，。；、\s]|$)/;
const PHONE = /(?:0\d{2,3}-?)?\d{4}-?\d{4}|1[3-9]\d{9}/;
const DUTY = /(?:24\s*小时)?(?:应急)?值班(?:室)?电话/;
const PLAN_NAME = /《([^》]{2,60}?(?:应急预案|处置方案|工作方案))》|([\u4e00-\u9fa5]{2,20}(?:专项应急预案|现场处置方案))/g;
const LINK_WORDS = /衔接|上级|报.{0,4}备案|纳入/;

function roleOf(report: Report): PlanFacts['role'] {
  const text = `${report.kindName}${report.title}`;
  if (/综合/.test(text)) return 'comprehensive';
  if (/现场处置|处置方案|处置卡/.test(text)) return 'onsite';
  if (/专项/.test(text) || report.kind === 'special') return 'special';
  return 'other';
}

const LEVEL_DIGIT: Record<string, string> = { 一: '1', 二: '2', 三: '3', 四: '4', 'Ⅰ': '1', 'Ⅱ': '2', 'Ⅲ': '3', 'Ⅳ': '4', I: '1', II: '2', III: '3', IV: '4' };
/** 一级 / Ⅰ级 / I级 / 1级 → 1, so naming styles compare apart from numbers. */
export const levelNumber = (level: string): string => LEVEL_DIGIT[level.replace(/级$/, '')] ?? level.replace(/级$/, '');

const clean = (text: string): string => text.replace(/\s+/g, '').trim();

export function extractFacts(report: Report): PlanFacts {
  const facts: PlanFacts = { role: roleOf(report), title: report.title, levels: [], command: '', leader: '', dutyPhone: '', contacts: {}, namedPlans: [], linksTo: [] };
  const named = new Set<string>();
  const links = new Set<string>();
  for (const line of report.outline.lines) {
    const text = line.text;
    for (const match of text.matchAll(LEVEL)) if (!facts.levels.includes(`${match[1]}级`)) facts.levels.push(`${match[1]}级`);
    if (!facts.command) facts.command = COMMAND.exec(text)?.[1] ?? '';
    if (!facts.leader && /总指挥|组\s*长/.test(text)) facts.leader = clean(LEADER.exec(text)?.[1] ?? '');
    if (!facts.dutyPhone && DUTY.test(text)) facts.dutyPhone = PHONE.exec(text.slice(DUTY.exec(text)!.index))?.[0] ?? '';
    addContacts(text, facts.contacts);
    for (const match of text.matchAll(PLAN_NAME)) {
      const name = clean(match[1] ?? match[2] ?? '');
      if (!name || name === clean(report.title)) continue;
      if (LINK_WORDS.test(text)) links.add(name);
      else named.add(name);
    }
  }
  facts.namedPlans = [...named];
  facts.linksTo = [...links];
  return facts;
}

/** "值班室\t010-0000-0000" rows and "安全部：010-0000-0000" lines. */
function addContacts(text: string, contacts: Record<string, string>): void {
  const cells = text.split('\t').map((cell) => cell.trim());
  if (cells.length > 1) {
    const phone = cells.find((cell) => PHONE.test(cell) && /^[\d\s()（）-]+$/.test(cell));
    const label = cells.find((cell) => cell && !PHONE.test(cell));
    if (phone && label) contacts[clean(label)] = PHONE.exec(phone)![0];
    return;
  }
  for (const match of text.matchAll(/([\u4e00-\u9fa5]{2,10})(?:电话)?[:：]\s*((?:0\d{2,3}-?)?\d{4}-?\d{4}|1[3-9]\d{9})/g)) contacts[match[1]!] = match[2]!;
}
