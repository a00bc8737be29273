import { outline } from './outline';
import { checkBases } from './rules/bases';
import { elementPresence, missingElements, outdatedHeadings } from './rules/elements';
import { detectKind, planTitle } from './rules/kind';
import { checkAnniversaries, checkCopiedLevels, checkOldNames, checkPetitionLimits, checkReportDeadlines, checkWarningColours } from './rules/limits';
import { checkDrills, checkPastPeriod, checkReportLimit, checkStaleDate } from './rules/numbers';
import { checkBlanks, checkPetitionWording, checkPrivacy, checkStaleWording } from './rules/wording';
import type { ReadInfo } from './read/file';
import type { Finding, Paragraph, Report, Rules, Severity } from './types';

export interface CheckOptions {
  /** A kind id or name the user chose; otherwise it is detected. */
  kind?: string | undefined;
  /** "Today", for the date rules; tests pin it. */
  today?: Date;
  /** Rule ids to leave out, e.g. the form leaves out leftover blanks, which it counts itself. */
  skip?: string[];
  /** What the reader found besides the text (readPlanFile's `info`): open revisions and comments. */
  read?: ReadInfo | undefined;
}

/** Tracked changes and comments left in a file sent for review. */
function openRevisions(read: ReadInfo | undefined): Finding[] {
  const revisions = read?.revisions ?? 0;
  const comments = read?.comments ?? 0;
  if (revisions + comments === 0) return [];
  const parts = [revisions > 0 && `${revisions} 处未处理的修订`, comments > 0 && `${comments} 条批注`].filter(Boolean).join('、');
  return [
    {
      rule: 'open-revisions',
      severity: 'warning',
      message: `文件中有 ${parts}。检查按接受全部修订后的文字进行。`,
      fix: '送审前在 Word 或 WPS 的“审阅”中逐条接受或拒绝修订，处理后删除批注，再另存定稿。',
    },
  ];
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Findings in plan order (whole-document findings first), errors before warnings at one place. */
function sortFindings(findings: Finding[]): Finding[] {
  return findings
    .map((finding, i) => ({ finding, i }))
    .sort((a, b) => (a.finding.at ?? -1) - (b.finding.at ?? -1) || SEVERITY_ORDER[a.finding.severity] - SEVERITY_ORDER[b.finding.severity] || a.i - b.i)
    .map(({ finding }) => finding);
}

/** The same finding (rule, message and fix) at many places is one finding that lists its places. */
export function mergeRepeats(findings: Finding[]): Finding[] {
  const first = new Map<string, Finding>();
  const out: Finding[] = [];
  for (const finding of findings) {
    const key = `${finding.rule}\u0000${finding.message}\u0000${finding.fix}`;
    const seen = first.get(key);
    if (!seen) {
      const copy = { ...finding };
      first.set(key, copy);
      out.push(copy);
    } else if (finding.at !== undefined && finding.at !== seen.at) {
      (seen.alsoAt ??= []).push(finding.at);
    }
  }
  return out;
}

/**
 * A text pasted over and over (the same plan many times in one file): the number of paragraphs in
 * the block that repeats, when the whole text is that block at least `MIN_COPIES` times.
 */
const MIN_COPIES = 3;
export function repeatedBlock(paragraphs: Paragraph[]): number | undefined {
  const n = paragraphs.length;
  const first = paragraphs[0]?.text;
  let tries = 0;
  for (let period = 1; period * MIN_COPIES <= n && tries < 3; period++) {
    if (paragraphs[period]!.text !== first) continue;
    tries++;
    let j = period;
    while (j < n && paragraphs[j]!.text === paragraphs[j - period]!.text) j++;
    if (j === n) return period;
  }
  return undefined;
}

function repeatedText(copies: number): Finding {
  return {
    rule: 'repeated-text',
    severity: 'warning',
    message: `全文是同一份内容重复了 ${copies} 遍，文件因此过大；以下只检查了其中一遍。`,
    fix: '删去重复粘贴的部分，只保留一份预案正文后再送审。',
  };
}

/** The plan checker: paragraphs of a plan → the report. Pure; the page, the form and the command share it. */
export function checkPlan(paragraphs: Paragraph[], rules: Rules, options: CheckOptions = {}): Report {
  const today = options.today ?? new Date();
  const period = repeatedBlock(paragraphs);
  const copies = period ? Math.ceil(paragraphs.length / period) : 1;
  const doc = outline(period ? paragraphs.slice(0, period) : paragraphs);
  const { kind, by } = detectKind(doc, rules.kinds, options.kind);
  const title = planTitle(doc);
  const titleAt = doc.lines.find((line) => line.text.trim() === title)?.index ?? 0;
  const presence = elementPresence(doc, kind);
  const reportHeadings = presence.find((p) => p.element.id === kind.reportElement)?.headings ?? [];
  const all = [
    ...openRevisions(options.read),
    ...(copies > 1 ? [repeatedText(copies)] : []),
    ...missingElements(presence, kind, title),
    ...outdatedHeadings(doc, kind),
    ...checkBases(doc, rules.bases),
    ...checkBlanks(doc, rules.blanks),
    ...checkReportLimit(doc, kind, reportHeadings, rules.reportLimit),
    ...checkDrills(doc, kind, title, rules.drills),
    ...checkPastPeriod(title, titleAt, rules.pastPeriod, today),
    ...checkStaleDate(doc, rules.staleDate, today),
    ...checkStaleWording(doc, rules.stale, today.getFullYear()),
    ...checkPetitionWording(doc, rules.petition),
    ...checkReportDeadlines(doc, kind, title, rules.reportLimits),
    ...checkPetitionLimits(doc, rules.petitionLimits),
    ...checkOldNames(doc, rules.oldNames),
    ...checkWarningColours(doc, rules.warningColours),
    ...checkCopiedLevels(doc, rules.copiedLevels),
    ...checkAnniversaries(doc, rules.anniversaries, today.getFullYear()),
    ...checkPrivacy(doc),
  ];
  const skip = new Set(options.skip ?? []);
  const findings = mergeRepeats(sortFindings(all.filter((finding) => !skip.has(finding.rule))));
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const finding of findings) counts[finding.severity]++;
  return {
    title: doc.title,
    kind: kind.id,
    kindName: kind.name,
    kindBy: by,
    findings,
    counts,
    elements: {
      present: presence.filter((p) => p.present).map((p) => p.element.name),
      missing: presence.filter((p) => !p.present).map((p) => p.element.name),
      found: presence.flatMap((p) => (p.evidence[0] ? [{ element: p.element.name, how: p.evidence[0].how, at: p.evidence[0].at }] : [])),
    },
    outline: doc,
  };
}
