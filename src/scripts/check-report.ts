import { SEVERITY_LABELS, elementPlaces, groupBySection, kindLine, morePlaces, quote, summaryLine } from '../lib/check/show/group';
import type { Finding, Report } from '../lib/check/types';
import { el } from './dom';

/** Id of a paragraph of the user's text, the target of a finding's link. */
export const paragraphId = (index: number): string => `p-${index + 1}`;

function findingItem(report: Report, finding: Finding): HTMLLIElement {
  const where = quote(report, finding);
  const more = morePlaces(report, finding);
  return el(
    'li',
    { class: `finding finding-${finding.severity}` },
    el('p', {}, el('span', { class: `severity severity-${finding.severity}` }, SEVERITY_LABELS[finding.severity]), finding.message),
    where !== undefined && finding.at !== undefined && el('p', {}, '位置：', el('a', { href: `#${paragraphId(finding.at)}`, class: 'goto' }, `“${where}”`)),
    more !== undefined && el('p', {}, more),
    el('p', {}, `怎么改：${finding.fix}`),
    finding.link && el('p', {}, '参考：', el('a', { href: finding.link.href }, finding.link.label)),
  );
}

/** The summary: counts, elements present against required, and the kind with how it was decided. */
export function renderSummary(report: Report): HTMLElement[] {
  const missing = report.elements.missing;
  const parts: (HTMLElement | false)[] = [
    el('p', { class: 'summary-counts' }, summaryLine(report)),
    el('p', {}, `${kindLine(report)}。类型不对？`, el('a', { href: '#check-kind' }, '改选预案类型'), '，报告会重新生成。'),
    missing.length > 0 ? el('p', {}, `缺少的要素：${missing.join('、')}。`) : el('p', {}, '必备要素齐全。'),
    report.elements.found.length > 0 && el('details', {}, el('summary', {}, '各要素在文中的位置'), el('p', {}, elementPlaces(report).join('；'))),
  ];
  return parts.filter((part): part is HTMLElement => part !== false);
}

/** Findings grouped by section in plan order; each group's heading links to that place in the text. */
export function renderFindings(report: Report, headingTag: 'h3' | 'h4' = 'h3'): HTMLElement[] {
  if (report.findings.length === 0) return [el('p', {}, '没有发现问题。送审前仍请结合本单位实际逐项核对。')];
  return groupBySection(report).map((group) =>
    el(
      'section',
      { class: 'finding-group' },
      el(headingTag, {}, group.section >= 0 ? el('a', { href: `#${paragraphId(group.section)}` }, group.heading) : group.heading),
      el('ul', {}, ...group.findings.map((finding) => findingItem(report, finding))),
    ),
  );
}

/** The user's own text, one element per paragraph, so findings can link into it. */
export function renderUserText(report: Report): HTMLElement[] {
  return report.outline.lines.map((line) =>
    el('p', { id: paragraphId(line.index), tabindex: '-1', class: line.type === 'heading' || line.type === 'annex' ? 'is-heading' : undefined }, line.text.replace(/\t/g, '　')),
  );
}
