/**
 * The reviewer's desk: one checked file → a small entry the batch keeps (findings with their
 * quotes, never the whole text), its verdict, unit and date, and how rows sort. Pure; the batch
 * page and the command share it.
 */
import { groupBySection, quote } from '../check/show/group';
import type { Finding, Report, Severity } from '../check/types';
import { extractFacts, type PlanFacts } from './facts';
import type { ReviewForm } from './review-form';

export type Verdict = '可以送审' | '需修改' | '无法读取';

export interface KeptFinding {
  rule: string;
  severity: Severity;
  message: string;
  fix: string;
  /** Every place of the finding, quoted (empty for whole-plan findings). */
  where: string[];
  /** The section heading it is in, or 全文 / 标题和开头. */
  section: string;
  link?: { href: string; label: string } | undefined;
}

export interface KeptReport {
  title: string;
  kind: string;
  kindName: string;
  kindBy: Report['kindBy'];
  counts: Record<Severity, number>;
  elements: { present: string[]; missing: string[] };
  findings: KeptFinding[];
}

export type BatchEntry =
  | { file: string; ok: true; unit: string; date: string; report: KeptReport; facts: PlanFacts; form?: ReviewForm | undefined }
  | { file: string; ok: false; error: string; unit: string; date: string };

/** Every place of a finding: its paragraph and the others where it repeats. */
const placesOf = (finding: Finding): number[] => (finding.at === undefined ? [] : [finding.at, ...(finding.alsoAt ?? [])]);

/** The report without the plan's text: what a batch of 200 files can keep in memory. */
export function keepReport(report: Report): KeptReport {
  const findings: KeptFinding[] = [];
  for (const group of groupBySection(report)) {
    for (const finding of group.findings) {
      const where = placesOf(finding).map((at) => quote(report, { ...finding, at }) ?? '');
      findings.push({ rule: finding.rule, severity: finding.severity, message: finding.message, fix: finding.fix, where, section: group.heading, link: finding.link });
    }
  }
  return {
    title: report.title,
    kind: report.kind,
    kindName: report.kindName,
    kindBy: report.kindBy,
    counts: { ...report.counts },
    elements: { present: [...report.elements.present], missing: [...report.elements.missing] },
    findings,
  };
}

/** Words an organisation's name ends with, longest first where one contains another. */
const ORG_END =
  '(?:有限责任公司|股份有限公司|有限公司|集团公司|公司|集团|分公司|厂|矿|中心小学|小学|中学|学校|大学|学院|幼儿园|医院|卫生院|社区居民委员会|居民委员会|村民委员会|社区|街道办事处|人民政府|办事处|委员会|管理局|局|中心|站|所|院)';
const ORG_NAME = new RegExp(`^(.{2,30}?${ORG_END})`);
const SIGNED_ORG = new RegExp(`^[^，。；：:]{2,30}${ORG_END}(?:（[^）]{1,12}）)?$`);
const DATE = /(\d{4}|[〇○零一二三四五六七八九]{4})\s*年\s*(\d{1,2}|[一二三四五六七八九十]{1,3})\s*月\s*(\d{1,2}|[一二三四五六七八九十]{1,3})\s*日/;

const CN_DIGIT: Record<string, number> = { '〇': 0, '○': 0, 零: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
function cnNumber(text: string): number {
  if (/^\d+$/.test(text)) return Number(text);
  if (text.length === 4) return Number(Array.from(text, (ch) => CN_DIGIT[ch] ?? 0).join(''));
  const [tens, ones] = text.split('十');
  if (ones === undefined) return CN_DIGIT[text] ?? 0;
  return (tens ? (CN_DIGIT[tens] ?? 0) : 1) * 10 + (ones ? (CN_DIGIT[ones] ?? 0) : 0);
}

/** 2026年6月29日 or 二〇二六年六月二十九日 → 2026-06-29, or '' when the text holds no date. */
export function isoDate(text: string): string {
  const match = DATE.exec(text);
  if (!match) return '';
  const [year, month, day] = [cnNumber(match[1]!), cnNumber(match[2]!), cnNumber(match[3]!)];
  if (year < 1980 || month < 1 || month > 12 || day < 1 || day > 31) return '';
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * The plan's unit: the signature's name line (the line above the last date), else the start of the
 * title up to an organisation word (某某市第一中学校园欺凌… → 某某市第一中学).
 */
export function detectUnit(lines: string[], title: string): string {
  const last = Math.min(lines.length, 400);
  for (let i = lines.length - 1; i >= lines.length - last && i > 0; i--) {
    if (!isoDate(lines[i]!) || lines[i]!.trim().length > 20) continue;
    const above = lines[i - 1]!.trim();
    if (SIGNED_ORG.test(above)) return above;
    break;
  }
  return ORG_NAME.exec(title.trim())?.[1] ?? '';
}

/** The plan's date: the signature's date, else the last date in the final lines. */
export function detectDate(lines: string[]): string {
  for (let i = lines.length - 1; i >= Math.max(0, lines.length - 60); i--) {
    const text = lines[i]!.trim();
    if (text.length <= 20 && isoDate(text)) return isoDate(text);
  }
  return '';
}

/** A checked file → its entry. */
export function entryOf(file: string, report: Report): BatchEntry {
  // The signature closes the body: annexes come after it (附件： lists them above it).
  const annex = report.outline.lines.findIndex((line) => line.type === 'annex' && !/^附件[：:]/.test(line.text.trim()));
  const lines = report.outline.lines.slice(0, annex < 0 ? undefined : annex).map((line) => line.text);
  return { file, ok: true, unit: detectUnit(lines, report.title), date: detectDate(lines), report: keepReport(report), facts: extractFacts(report) };
}

export const failedEntry = (file: string, error: string): BatchEntry => ({ file, ok: false, error, unit: '', date: '' });

export function verdictOf(entry: BatchEntry): Verdict {
  if (!entry.ok) return '无法读取';
  return entry.report.counts.error > 0 ? '需修改' : '可以送审';
}

/** The first problems, worst first, as one line each. */
export function firstProblems(entry: BatchEntry, count = 3): string[] {
  if (!entry.ok) return [entry.error];
  const order: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
  return entry.report.findings
    .map((finding, i) => ({ finding, i }))
    .sort((a, b) => order[a.finding.severity] - order[b.finding.severity] || a.i - b.i)
    .slice(0, count)
    .map(({ finding }) => finding.message);
}

/* ---------- The table ---------- */

export type SortKey = 'file' | 'unit' | 'kind' | 'date' | 'error' | 'warning' | 'info' | 'verdict';

const VERDICT_ORDER: Record<Verdict, number> = { 无法读取: 0, 需修改: 1, 可以送审: 2 };

const collator = new Intl.Collator('zh-CN', { numeric: true });

function sortValue(entry: BatchEntry, key: SortKey): string | number {
  switch (key) {
    case 'file':
      return entry.file;
    case 'unit':
      return entry.unit;
    case 'kind':
      return entry.ok ? entry.report.kindName : '';
    case 'date':
      return entry.date;
    case 'verdict':
      return VERDICT_ORDER[verdictOf(entry)];
    default:
      return entry.ok ? entry.report.counts[key] : -1;
  }
}

/** Indexes of the entries in the table's order; ties keep the order files were checked in. */
export function sortEntries(entries: BatchEntry[], key: SortKey, ascending: boolean): number[] {
  const sign = ascending ? 1 : -1;
  return entries
    .map((entry, index) => ({ value: sortValue(entry, key), index }))
    .sort((a, b) => {
      const order = typeof a.value === 'number' && typeof b.value === 'number' ? a.value - b.value : collator.compare(String(a.value), String(b.value));
      return order * sign || a.index - b.index;
    })
    .map(({ index }) => index);
}

export interface BatchTotals {
  files: number;
  verdicts: Record<Verdict, number>;
}

export function totals(entries: BatchEntry[]): BatchTotals {
  const verdicts: Record<Verdict, number> = { 可以送审: 0, 需修改: 0, 无法读取: 0 };
  for (const entry of entries) verdicts[verdictOf(entry)]++;
  return { files: entries.length, verdicts };
}
