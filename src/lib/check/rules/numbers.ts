import type { DrillRule, Finding, KindRule, Outline, Rules } from '../types';
import { bodyLines, firstWord, format, sentences, smallNumber } from './text';

/* ---------- Report time limits ---------- */

/** 15分钟, 1小时, 半个小时, 5日内, 3个工作日, and a blank template's 【报告时限】分钟 (the form counts the blank itself). */
const TIME_LIMIT = /[0-9０-９]+\s*(?:个)?\s*(?:分钟|小时|min|h\b)|[一二两三四五六七八九十半]+\s*个?\s*(?:分钟|小时)|】\s*(?:分钟|小时|日内|天内|个工作日)|[0-9０-９一二三四五六七八九十]+\s*(?:个)?\s*(?:工作日|日内|天内|日以内)/i;

/** "立即报告", "第一时间向……报告": the strictest limit, enough outside production-accident plans. */
const IMMEDIATE = /(?:立即|立刻|马上|即时|第一时间)[^，,。；;]{0,20}?(?:报告|上报|报送)|(?:即时|立即)报告制度/;

/** The sections of the plan's 信息报告 element must say within how long a report is made. */
export function checkReportLimit(doc: Outline, kind: KindRule, headings: number[], rule: Rules['reportLimit']): Finding[] {
  const element = kind.elements.find((e) => e.id === kind.reportElement);
  const limit = rule.strictKinds.includes(kind.id) ? TIME_LIMIT : new RegExp(`${TIME_LIMIT.source}|${IMMEDIATE.source}`, 'i');
  if (doc.headings.length === 0) return unstructuredReportLimit(doc, element?.name ?? '信息报告', rule, limit);
  if (headings.length === 0) return [];
  for (const heading of headings) {
    const start = doc.lines[heading]!;
    if (limit.test(start.text)) return [];
    for (let i = heading + 1; i < doc.lines.length; i++) {
      const line = doc.lines[i]!;
      if ((line.type === 'heading' || line.type === 'annex') && (line.level ?? 1) <= (start.level ?? 1)) break;
      if (limit.test(line.text)) return [];
    }
  }
  const name = element?.name ?? doc.lines[headings[0]!]!.title ?? '信息报告';
  return [{ rule: 'no-report-limit', severity: rule.severity, message: format(rule.message, { element: name }), fix: rule.fix, at: headings[0], source: rule.source, link: element?.example }];
}

/** A plan without headings: every sentence about reporting is read for a time limit. */
function unstructuredReportLimit(doc: Outline, name: string, rule: Rules['reportLimit'], limit: RegExp): Finding[] {
  const reporting = bodyLines(doc).filter((line) => line.text.includes('报告'));
  if (reporting.length === 0 || reporting.some((line) => limit.test(line.text))) return [];
  return [{ rule: 'no-report-limit', severity: rule.severity, message: format(rule.message, { element: name }), fix: rule.fix, at: reporting[0]!.index, source: rule.source }];
}

/* ---------- Drill frequencies ---------- */

const PERIOD_MONTHS: Record<string, number> = { 周: 0.25, 月: 1, 个月: 1, 季: 3, 季度: 3, 学期: 5, 半年: 6, 年: 12, 年度: 12, 学年: 12 };
const FREQUENCY = /每\s*(两|二|三|2|3)?\s*(个月|学年|年度|半年|学期|季度|季|周|月|年)[^，。；]*?([0-9０-９]+|[一二两三四五六七八九十])\s*(?:次|轮)/;
const ONCE_PER = /(?<![0-9一二两三四五六七八九十])(一|1)\s*(学年|学期|季度|年|月)\s*([0-9]+|[一二两三四])\s*次/;

/** Months between two drills as a clause states it, e.g. 每学期至少组织2次 → 2.5. */
export function drillInterval(clause: string): number | undefined {
  const every = FREQUENCY.exec(clause);
  if (every) {
    const times = smallNumber(every[3]!) ?? 1;
    const multiple = every[1] ? (smallNumber(every[1]) ?? 1) : 1;
    return (PERIOD_MONTHS[every[2]!]! * multiple) / Math.max(times, 1);
  }
  const once = ONCE_PER.exec(clause);
  if (once) return PERIOD_MONTHS[once[2]!]! / Math.max(smallNumber(once[3]!) ?? 1, 1);
  return undefined;
}

function applies(rule: DrillRule, context: { title: string; textMatches: boolean; kind: string; clause: string }): boolean {
  return (
    (rule.titleWords.length === 0 || firstWord(context.title, rule.titleWords) !== undefined) &&
    context.textMatches &&
    (rule.kinds.length === 0 || rule.kinds.includes(context.kind)) &&
    (rule.clauseWords.length === 0 || firstWord(context.clause, rule.clauseWords) !== undefined)
  );
}

/**
 * Every clause that states how often drills happen, against the first drill rule that applies to it
 * (content/check/rules.yaml lists the most specific first). The clause before a frequency counts
 * too, for "组织疏散演练，每月至少一次".
 */
export function checkDrills(doc: Outline, kind: KindRule, title: string, rules: DrillRule[]): Finding[] {
  const text = doc.lines.map((line) => line.text).join('\n');
  // Whether each rule's whole-text words occur, decided once (the text may be megabytes long).
  const textMatches = new Map(rules.map((rule) => [rule, rule.textWords.length === 0 || firstWord(text, rule.textWords) !== undefined]));
  const findings: Finding[] = [];
  for (const line of bodyLines(doc)) {
    for (const sentence of sentences(line.text)) {
      if (!sentence.includes('演练')) continue;
      const clauses = sentence.split(/[，,]/);
      clauses.forEach((clause, i) => {
        const interval = drillInterval(clause);
        if (interval === undefined) return;
        const context = clause.includes('演练') ? clause : `${clauses[i - 1] ?? ''}${clause}`;
        if (!context.includes('演练')) return;
        const rule = rules.find((r) => applies(r, { title, textMatches: textMatches.get(r)!, kind: kind.id, clause: context }));
        if (!rule || interval <= rule.maxMonths) return;
        findings.push({ rule: 'drill-frequency', severity: rule.severity, message: rule.message, fix: rule.fix, at: line.index, source: rule.source });
      });
    }
  }
  return findings;
}

/* ---------- Dates ---------- */

const CN_YEAR_DIGITS: Record<string, string> = { 〇: '0', 零: '0', 一: '1', 二: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9' };
const DATE = /(\d{4}|[〇零一二三四五六七八九]{4})\s*年\s*(\d{1,2}|[一二三四五六七八九十]{1,3})\s*月/g;
const ISO_DATE = /(?<!\d)(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)/g;

function monthNumber(text: string): number {
  if (/^\d+$/.test(text)) return Number(text);
  if (text.startsWith('十')) return 10 + (smallNumber(text.slice(1)) ?? 0);
  return smallNumber(text) ?? 0;
}

/** Year and month of every date in a line, as a month count (year × 12 + month − 1). */
export function* datesIn(text: string): Generator<number> {
  for (const match of text.matchAll(DATE)) {
    const year = Number(match[1]!.replace(/./g, (c) => CN_YEAR_DIGITS[c] ?? c));
    const month = monthNumber(match[2]!);
    if (year >= 1949 && month >= 1 && month <= 12) yield year * 12 + month - 1;
  }
  for (const match of text.matchAll(ISO_DATE)) {
    const month = Number(match[2]);
    if (month >= 1 && month <= 12) yield Number(match[1]) * 12 + month - 1;
  }
}

/** When the latest date in the plan is older than the rule's years, the plan is due for review. */
export function checkStaleDate(doc: Outline, rule: Rules['staleDate'], today: Date): Finding[] {
  let latest: { months: number; at: number } | undefined;
  for (const line of doc.lines) {
    for (const months of datesIn(line.text)) if (!latest || months > latest.months) latest = { months, at: line.index };
  }
  const now = today.getFullYear() * 12 + today.getMonth();
  if (!latest || now - latest.months <= rule.years * 12) return [];
  const date = `${Math.floor(latest.months / 12)}年${(latest.months % 12) + 1}月`;
  return [{ rule: 'stale-date', severity: rule.severity, message: format(rule.message, { date, years: rule.years }), fix: rule.fix, at: latest.at, source: rule.source }];
}

const PERIOD_IN_TITLE = /(\d{4})\s*(?:[-—–~至到]\s*(\d{4})\s*)?(年度|学年|年)/;

/** A title that names a past year or school year as the plan's own period. */
export function checkPastPeriod(title: string, titleAt: number, rule: Rules['pastPeriod'], today: Date): Finding[] {
  const match = PERIOD_IN_TITLE.exec(title);
  if (!match) return [];
  const last = Number(match[2] ?? match[1]);
  if (last > today.getFullYear() - rule.yearsOld) return [];
  return [{ rule: 'past-period', severity: rule.severity, message: format(rule.message, { text: match[0] }), fix: rule.fix, at: titleAt, source: rule.source }];
}
