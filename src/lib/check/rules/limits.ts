import type { Finding, KindRule, Outline, Rules } from '../types';
import { bodyLines, firstWord, format, sentences } from './text';

/** 5, ５, 十五, 六十, 三十, 一百二十 → the number; undefined when it is not one. */
export function parseCount(text: string): number | undefined {
  const ascii = text.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
  if (/^\d+$/.test(ascii)) return Number(ascii);
  const digits: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
  let total = 0;
  let current = 0;
  for (const char of text) {
    if (char in digits) current = digits[char]!;
    else if (char === '十') [total, current] = [total + (current || 1) * 10, 0];
    else if (char === '百') [total, current] = [total + (current || 1) * 100, 0];
    else return undefined;
  }
  return total + current;
}

const NUMBER = '[0-9０-９]+|[零〇一二两三四五六七八九十百]+';
const DURATION = new RegExp(`(${NUMBER}|半)\\s*(?:个)?\\s*(小时|分钟)`, 'g');

const REPORT_VERB = /报告|上报|报送/;
/** Clauses end at commas, semicolons, full stops and table-cell boundaries. */
const CLAUSE_BREAK = /[，,。；;！？!?\t]/;
/** "24小时值班", "停电超过24小时": a duty period or a threshold, not the time allowed for a report. */
const NOT_A_LIMIT_BEFORE = /(?:超过|超出|持续|连续|累计|不足|满)\s*$/;

/**
 * The clause of a sentence around a duration, when the duration is the time allowed for a report:
 * "N小时内/以内/之内 … 报告" or "N小时向 … 报告", with the report verb later in the same clause.
 * "安全部24小时值班电话" and "停电超过24小时的，立即报告" are not report limits.
 */
export function reportLimitClause(sentence: string, at: number, length: number): string | undefined {
  const after = sentence.slice(at + length);
  if (NOT_A_LIMIT_BEFORE.test(sentence.slice(0, at))) return undefined;
  const end = after.search(CLAUSE_BREAK);
  const rest = end < 0 ? after : after.slice(0, end);
  if (!/^\s*(?:以内|之内|内|向|报)/.test(rest) || !REPORT_VERB.test(rest)) return undefined;
  const before = sentence.slice(0, at);
  const start = Math.max(...[...before.matchAll(new RegExp(CLAUSE_BREAK, 'g'))].map((m) => m.index + 1), 0);
  return `${before.slice(start)}${sentence.slice(at, at + length)}${rest}`.trim();
}

/** A report to the authorities later than the law allows, e.g. 2小时内向应急管理局报告 in a production plan. */
export function checkReportDeadlines(doc: Outline, kind: KindRule, title: string, rules: Rules['reportLimits']): Finding[] {
  const findings: Finding[] = [];
  const applicable = rules.filter((rule) => (rule.kinds.length === 0 || rule.kinds.includes(kind.id)) && (rule.titleWords.length === 0 || firstWord(title, rule.titleWords)));
  if (applicable.length === 0) return findings;
  for (const line of bodyLines(doc)) {
    if (!REPORT_VERB.test(line.text)) continue;
    for (const sentence of sentences(line.text)) {
      if (!REPORT_VERB.test(sentence)) continue;
      for (const match of sentence.matchAll(DURATION)) {
        const count = match[1] === '半' ? 0.5 : parseCount(match[1]!);
        if (count === undefined) continue;
        const clause = reportLimitClause(sentence, match.index, match[0].length);
        if (clause === undefined) continue;
        const minutes = match[2] === '小时' ? count * 60 : count;
        const rule = applicable.find((r) => minutes > r.maxMinutes && firstWord(clause, r.authorityWords));
        if (!rule) continue;
        findings.push({ rule: 'report-limit', severity: rule.severity, message: format(rule.message, { text: match[0], clause }), fix: rule.fix, at: line.index, source: rule.source });
      }
    }
  }
  return findings;
}

const COUNT_WITH_UNIT = new RegExp(`(${NUMBER})\\s*(?:个工作)?\\s*(日|天|人|名)`, 'g');
const WINDOW = 14;

/** 信访 time limits and headcounts: 15日 受理告知, 60日 办结, 延长 30日, 复查/复核 30日, at most 5 代表. */
export function checkPetitionLimits(doc: Outline, rules: Rules['petitionLimits']): Finding[] {
  const findings: Finding[] = [];
  if (rules.length === 0 || !doc.lines.some((line) => line.text.includes('信访'))) return findings;
  for (const line of bodyLines(doc)) {
    for (const clause of line.text.split(/[，,；;。]/)) {
      for (const match of clause.matchAll(COUNT_WITH_UNIT)) {
        const value = parseCount(match[1]!);
        if (value === undefined) continue;
        const unit = match[2] === '天' ? '日' : match[2] === '名' ? '人' : match[2]!;
        const before = clause.slice(Math.max(0, match.index - WINDOW), match.index);
        const after = clause.slice(match.index + match[0].length, match.index + match[0].length + WINDOW);
        const rule = rules.find(
          (r) =>
            r.unit === unit &&
            (r.before.length === 0 || firstWord(before, r.before)) &&
            (r.after.length === 0 || firstWord(after, r.after)) &&
            !firstWord(after, r.notAfter),
        );
        if (!rule || value <= rule.max) continue;
        findings.push({ rule: 'petition-limit', severity: rule.severity, message: format(rule.message, { text: match[0] }), fix: rule.fix, at: line.index, source: rule.source });
      }
    }
  }
  return findings;
}

/** Names of bodies that no longer exist, e.g. 安全生产监督管理局 (now 应急管理局). */
export function checkOldNames(doc: Outline, rules: Rules['oldNames']): Finding[] {
  const findings: Finding[] = [];
  for (const line of doc.lines) {
    for (const rule of rules) {
      for (const word of rule.words) {
        const at = line.text.indexOf(word);
        if (at < 0 || firstWord(line.text.slice(at + word.length, at + word.length + 2), rule.notAfter) || line.text[at - 1] === '原') continue;
        findings.push({ rule: 'old-agency', severity: rule.severity, message: format(rule.message, { word }), fix: rule.fix, at: line.index, source: rule.source });
        break;
      }
    }
  }
  return findings;
}

const LEVELS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, '1': 1, '2': 2, '3': 3, '4': 4, Ⅰ: 1, Ⅱ: 2, Ⅲ: 3, Ⅳ: 4, I: 1, II: 2, III: 3, IV: 4 };
const COLOURS: Record<string, number> = { 红: 1, 橙: 2, 黄: 3, 蓝: 4 };
/**
 * A level and the colour right after it. The gap may hold no other 级 and no colon, so in
 * "分为四级：一级（红色）" the count of levels (四级) is not paired with the first level's colour.
 */
const LEVEL_THEN_COLOUR = /(一|二|三|四|[1-4]|Ⅰ|Ⅱ|Ⅲ|Ⅳ|IV|III|II|I)\s*级[^。；;，,、：:级]{0,6}?(红|橙|黄|蓝)色/g;
const COLOUR_THEN_LEVEL = /(红|橙|黄|蓝)色[^。；;，,、]{0,4}?[（(]\s*(一|二|三|四|[1-4]|Ⅰ|Ⅱ|Ⅲ|Ⅳ|IV|III|II|I)\s*级/g;

/** Warning levels and colours must pair as 一级红、二级橙、三级黄、四级蓝 (突发事件应对法). */
export function checkWarningColours(doc: Outline, rule: Rules['warningColours']): Finding[] {
  if (!rule) return [];
  const findings: Finding[] = [];
  for (const line of doc.lines) {
    const pairs = [...line.text.matchAll(LEVEL_THEN_COLOUR)].map((m) => ({ text: m[0], level: LEVELS[m[1]!], colour: COLOURS[m[2]!] }));
    pairs.push(...[...line.text.matchAll(COLOUR_THEN_LEVEL)].map((m) => ({ text: m[0], level: LEVELS[m[2]!], colour: COLOURS[m[1]!] })));
    const wrong = pairs.find((pair) => pair.level !== pair.colour);
    if (wrong) findings.push({ rule: 'warning-colours', severity: rule.severity, message: format(rule.message, { text: wrong.text }), fix: rule.fix, at: line.index, source: rule.source });
  }
  return findings;
}

/** 迎接建国70周年 in a plan for a later year: an anniversary that has passed. */
export function checkAnniversaries(doc: Outline, rules: Rules['anniversaries'], year: number): Finding[] {
  const findings: Finding[] = [];
  for (const line of doc.lines) {
    for (const rule of rules) {
      for (const word of rule.words) {
        const match = new RegExp(`${word}\\s*(${NUMBER})\\s*周年`).exec(line.text);
        const count = match ? parseCount(match[1]!) : undefined;
        if (!match || count === undefined || rule.from + count >= year) continue;
        findings.push({ rule: 'stale-wording', severity: rule.severity, message: format(rule.message, { text: match[0], year: rule.from + count }), fix: rule.fix, at: line.index, source: rule.source });
        break;
      }
    }
  }
  return findings;
}

const EVENT_GRADES = ['特别重大', '重大', '较大', '一般'];

/** Response levels copied from the four grades of events instead of set by the unit's own capacity. */
export function checkCopiedLevels(doc: Outline, rule: Rules['copiedLevels']): Finding[] {
  if (!rule) return [];
  for (const line of bodyLines(doc)) {
    if (!EVENT_GRADES.every((grade) => line.text.includes(grade))) continue;
    const heading = line.section >= 0 ? (doc.lines[line.section]!.title ?? '') : '';
    if (!line.text.includes('响应') && !heading.includes('响应')) continue;
    return [{ rule: 'response-levels', severity: rule.severity, message: rule.message, fix: rule.fix, at: line.index, source: rule.source }];
  }
  return [];
}
