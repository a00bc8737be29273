import { SEVERITY_LABELS, elementPlaces, everyPlace, groupBySection, kindLine, summaryLine } from '../lib/check/show/group';
import type { Finding, Report } from '../lib/check/types';
import { el } from './dom';

/** Id of a paragraph of the user's text, the target of a finding's link. */
export const paragraphId = (index: number): string => `p-${index + 1}`;

/** Where a finding is: every place, each a link to that paragraph of the user's text. */
function placesLine(report: Report, finding: Finding): HTMLParagraphElement | false {
  const places = everyPlace(report, finding);
  if (places.length === 0) return false;
  const links = places.flatMap((place, i) => [i > 0 && '、', el('a', { href: `#${paragraphId(place.at)}`, class: 'goto' }, `“${place.quote}”`)]);
  return el('p', { class: 'places' }, places.length > 1 ? `位置（${places.length}段）：` : '位置：', ...links);
}

function findingItem(report: Report, finding: Finding): HTMLLIElement {
  return el(
    'li',
    { class: `finding finding-${finding.severity}` },
    el('p', {}, el('span', { class: `severity severity-${finding.severity}` }, SEVERITY_LABELS[finding.severity]), finding.message),
    placesLine(report, finding),
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
