import type { Finding, Outline, Rules } from '../types';
import { sectionLines } from '../outline';
import { bodyLines, firstWord, format, sentences } from './text';

/** A word right after one of these is being ruled out, as in 不得拦截 or 严禁截访. */
const NEGATION = /(不得|严禁|禁止|不准|不能|不要|不许|防止|杜绝|避免|反对|纠正|不搞|不采取|不以)[^。；，]{0,16}$/;

/** "不得有下列行为：", and a regulation's "有下列情形之一的，……追究责任：" (acts it sanctions). */
const PROHIBITION_INTRO = /(?:(?:不得|严禁|禁止|不准|杜绝)|下列(?:情形|行为))[^。]*[：:]$/;
const INLINE_PROHIBITION = /下列(?:行为|情形)(?:之一)?[^。：:]{0,10}[：:]/;
const LIST_ITEM = /^(?:[（(]?[0-9０-９一二三四五六七八九十]+[）)、.．]|[·•-])/;
/** Items without a bullet (a .docx list) still end as list items do: "……的；" or "……；". */
const LIST_ITEM_END = /(?:[；;]|的[。；;]?)$/;

/** Wording that conflicts with lawful petition handling, each with the lawful alternative. */
export function checkPetitionWording(doc: Outline, rules: Rules['petition']): Finding[] {
  const findings: Finding[] = [];
  let prohibitedList = false;
  for (const line of doc.lines) {
    if (line.type === 'date') continue;
    // The items under "不得有下列行为：" are what must not be done: they are lawful text.
    if (prohibitedList && line.type === 'text' && (LIST_ITEM.test(line.text) || LIST_ITEM_END.test(line.text))) continue;
    prohibitedList = PROHIBITION_INTRO.test(line.text);
    const seen = new Set<string>();
    // "不得有下列行为：……；……" in one paragraph quotes the acts a regulation prohibits.
    const inline = INLINE_PROHIBITION.exec(line.text);
    const judged = inline ? line.text.slice(0, inline.index + inline[0].length) : line.text;
    for (const sentence of sentences(judged)) {
      for (const rule of rules) {
        if (rule.unless.some((word) => sentence.includes(word))) continue;
        if (rule.with.length > 0 && !firstWord(sentence, rule.with)) continue;
        // Each different word is its own finding (暂停其工作岗位 and 施加压力 are two acts); overlapping words (盯死看牢, 盯死) count once.
        const words = rule.words.filter((w) => {
          const at = sentence.indexOf(w);
          return at >= 0 && !NEGATION.test(sentence.slice(0, at)) && !seen.has(`${rule.id}:${w}`);
        });
        for (const word of words.filter((w) => !words.some((other) => other !== w && other.includes(w)))) {
          seen.add(`${rule.id}:${word}`);
          findings.push({
            rule: rule.rule ?? 'petition-wording',
            severity: rule.severity,
            message: format(rule.message, { word }),
            fix: rule.fix,
            at: line.index,
            source: rule.source ?? '《信访工作条例》（2022年）',
          });
        }
      }
    }
  }
  return findings;
}

/** Past plan periods and slogans of past years, once per word. */
export function checkStaleWording(doc: Outline, rules: Rules['stale'], year: number): Finding[] {
  const findings: Finding[] = [];
  const seen = new Set<string>();
  const words = rules.flatMap((rule) => [...rule.periods.filter((p) => p.end < year).flatMap((p) => p.words.map((word) => ({ rule, word, end: p.end }))), ...rule.words.map((word) => ({ rule, word, end: 0 }))]);
  for (const line of doc.lines) {
    for (const { rule, word, end } of words) {
      if (seen.has(word) || !line.text.includes(word)) continue;
      if (rule.unless.length > 0 && sentences(line.text).every((sentence) => !sentence.includes(word) || firstWord(sentence, rule.unless))) continue;
      seen.add(word);
      findings.push({
        rule: 'stale-wording',
        severity: rule.severity,
        message: format(rule.message, { word, end }),
        fix: rule.fix,
        at: line.index,
        source: rule.source,
      });
    }
  }
  return findings;
}

/** Lines of sections that are format texts to fill in at the time (情况通报参考格式): their blanks are meant. */
function formatSections(doc: Outline, words: string[]): Set<number> {
  const lines = new Set<number>();
  for (const index of doc.headings) {
    const heading = doc.lines[index]!;
    if (!firstWord(heading.title ?? heading.text, words)) continue;
    for (const line of sectionLines(doc, index)) lines.add(line.index);
  }
  return lines;
}

/** Unfilled blanks and placeholders, reported once with their count, the first place and every other paragraph that holds one. */
export function checkBlanks(doc: Outline, rule: Rules['blanks']): Finding[] {
  const patterns = rule.patterns.map((p) => ({
    pattern: new RegExp(p.pattern, 'gu'),
    notAfter: p.notAfter ? new RegExp(p.notAfter, 'u') : undefined,
  }));
  let count = 0;
  let first: { at: number; sample: string } | undefined;
  const places = new Set<number>();
  const formats = formatSections(doc, rule.skipSections);
  for (const line of doc.lines) {
    if (formats.has(line.index)) continue;
    for (const { pattern, notAfter } of patterns) {
      for (const match of line.text.matchAll(pattern)) {
        if (notAfter?.test(line.text.slice(0, match.index))) continue;
        count++;
        first ??= { at: line.index, sample: match[0] };
        places.add(line.index);
      }
    }
  }
  if (!first) return [];
  return [
    {
      rule: 'leftover-blank',
      severity: rule.severity,
      message: format(rule.message, { count, sample: first.sample }),
      fix: rule.fix,
      at: first.at,
      ...(places.size > 1 ? { alsoAt: [...places].slice(1) } : {}),
      source: rule.source,
    },
  ];
}

const MOBILE = /(?<![\d０-９])1[3-9]\d(?:[-\s]?\d{4}){2}(?![\d０-９])/g;
const ID_NUMBER = /(?<![\dA-Za-z])\d{6}(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}[\dXx](?![\dA-Za-z])/g;

/** Numbers written as samples (138-0000-0000, 13912345678) are not someone's real number. */
function looksReal(digits: string): boolean {
  const tail = digits.slice(3);
  return !/0000|(\d)\1{4}/.test(tail) && !'0123456789'.includes(tail.slice(0, 6)) && !'9876543210'.includes(tail.slice(0, 6));
}

/** Real-looking mobile and ID numbers: a note to remove or restrict them before the plan is shared. */
export function checkPrivacy(doc: Outline): Finding[] {
  let mobiles = 0;
  let ids = 0;
  let at: number | undefined;
  for (const line of bodyLines(doc)) {
    const lineMobiles = [...line.text.matchAll(MOBILE)].filter((m) => looksReal(m[0].replace(/\D/g, ''))).length;
    const lineIds = [...line.text.matchAll(ID_NUMBER)].length;
    mobiles += lineMobiles;
    ids += lineIds;
    if (lineMobiles + lineIds > 0) at ??= line.index;
  }
  const findings: Finding[] = [];
  if (mobiles > 0) {
    findings.push({
      rule: 'privacy',
      severity: 'info',
      message: `文中有${mobiles}个看起来是真实手机号码的号码。`,
      fix: '预案对外印发、上传或者交流前，确认这些号码的本人同意公开；只在内部使用的联系方式，可以放在单独的附件中按范围分发。',
      at,
    });
  }
  if (ids > 0) {
    findings.push({
      rule: 'privacy',
      severity: 'warning',
      message: `文中有${ids}个看起来是居民身份证号码的号码。`,
      fix: '预案中不需要身份证号码，请删去；确需登记的，放在单独的内部台账中，按《中华人民共和国个人信息保护法》的要求保管。',
      at,
    });
  }
  return findings;
}
