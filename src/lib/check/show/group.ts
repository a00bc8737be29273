import type { ElementPlace, Finding, Report, Severity } from '../types';

export const SEVERITY_LABELS: Record<Severity, string> = { error: '错误', warning: '警告', info: '提示' };

export interface FindingGroup {
  /** Heading line index of the section, or -1 for findings about the whole plan. */
  section: number;
  heading: string;
  findings: Finding[];
}

/** Findings grouped by the section of the plan they are in, in plan order; whole-plan findings first. */
export function groupBySection(report: Report): FindingGroup[] {
  const groups = new Map<number, FindingGroup>();
  for (const finding of report.findings) {
    const line = finding.at === undefined ? undefined : report.outline.lines[finding.at];
    const section = line === undefined ? -1 : line.type === 'heading' || line.type === 'annex' ? line.index : line.section;
    let group = groups.get(section);
    if (!group) {
      const heading = section === -1 ? (line ? '标题和开头' : '全文') : report.outline.lines[section]!.text.trim();
      group = { section, heading, findings: [] };
      groups.set(section, group);
    }
    group.findings.push(finding);
  }
  // Whole-plan findings (no place) before those at the top of the plan.
  return [...groups.values()].sort((a, b) => a.section - b.section || (a.heading === '全文' ? -1 : 1));
}

export function summaryLine(report: Report): string {
  const { error, warning, info } = report.counts;
  const required = report.elements.present.length + report.elements.missing.length;
  return `错误 ${error} 项，警告 ${warning} 项，提示 ${info} 项；必备要素 ${report.elements.present.length}/${required} 项。`;
}

export function kindLine(report: Report): string {
  const by = { user: '按您的选择', title: '根据标题识别', structure: '根据正文结构推断' }[report.kindBy];
  return `预案类型：${report.kindName}（${by}）`;
}

const HOW: Record<ElementPlace['how'], string> = { heading: '标题', table: '表格', text: '正文' };

/** Where each required element was found, e.g. 适用范围（标题“1.2 适用范围”）: the evidence behind the verdict. */
export function elementPlaces(report: Report): string[] {
  return report.elements.found.map((place) => `${place.element}（${HOW[place.how]}“${quoteLine(report, place.at, 20)}”）`);
}

/** A short quote of the place a finding points to, so a reader can find it in their own file. */
export function quote(report: Report, finding: Finding): string | undefined {
  if (finding.at === undefined) return undefined;
  return quoteLine(report, finding.at);
}

/** The further places of a finding that occurs more than once, every one of them: "另有3处：“…”、“…”、“…”". */
export function morePlaces(report: Report, finding: Finding): string | undefined {
  const more = finding.alsoAt ?? [];
  if (more.length === 0) return undefined;
  return `另有${more.length}处：${more.map((at) => `“${quoteLine(report, at, 20)}”`).join('、')}`;
}

/** Every place of a finding in the order the checker found them (first, then repeats), each with a short quote. */
export function everyPlace(report: Report, finding: Finding): { at: number; quote: string }[] {
  if (finding.at === undefined) return [];
  const [first, ...rest] = [finding.at, ...(finding.alsoAt ?? [])];
  return [{ at: first!, quote: quoteLine(report, first!) }, ...rest.map((at) => ({ at, quote: quoteLine(report, at, 20) }))];
}

function quoteLine(report: Report, at: number, max = 40): string {
  const text = report.outline.lines[at]?.text.replace(/\t/g, ' ').trim() ?? '';
  return Array.from(text).length > max ? `${Array.from(text).slice(0, max).join('')}…` : text;
}
