import type { Report } from '../types';
import { SEVERITY_LABELS, elementPlaces, groupBySection, kindLine, morePlaces, quote, summaryLine } from './group';

/** The report as plain text for a terminal: one block per section, one line per finding. */
export function reportToPlainText(report: Report, file: string): string {
  const lines = [`== ${file}`, report.title ? `标题：${report.title}` : '', kindLine(report), summaryLine(report)].filter(Boolean);
  const places = elementPlaces(report);
  if (places.length) lines.push(`找到的要素：${places.join('；')}`);
  if (report.elements.missing.length) lines.push(`缺少的要素：${report.elements.missing.join('、')}`);
  if (report.findings.length === 0) lines.push('没有发现问题。');
  for (const group of groupBySection(report)) {
    lines.push('', `【${group.heading}】`);
    for (const finding of group.findings) {
      const where = quote(report, finding);
      const more = morePlaces(report, finding);
      lines.push(`  ${SEVERITY_LABELS[finding.severity]}：${finding.message}${where ? `（位置：“${where}”${more ? `；${more}` : ''}）` : ''}`, `    怎么改：${finding.fix}`);
    }
  }
  return `${lines.join('\n')}\n`;
}
