import type { Report } from '../types';
import { SEVERITY_LABELS, groupBySection, kindLine, quote, summaryLine } from './group';

/** The report as plain text for a terminal: one block per section, one line per finding. */
export function reportToPlainText(report: Report, file: string): string {
  const lines = [`== ${file}`, report.title ? `标题：${report.title}` : '', kindLine(report), summaryLine(report)].filter(Boolean);
  if (report.findings.length === 0) lines.push('没有发现问题。');
  for (const group of groupBySection(report)) {
    lines.push('', `【${group.heading}】`);
    for (const finding of group.findings) {
      const where = quote(report, finding);
      lines.push(`  ${SEVERITY_LABELS[finding.severity]}：${finding.message}${where ? `（位置：“${where}”）` : ''}`, `    怎么改：${finding.fix}`);
    }
  }
  return `${lines.join('\n')}\n`;
}
