import type { Report } from '../types';
import { SEVERITY_LABELS, elementPlaces, groupBySection, kindLine, morePlaces, quote, summaryLine } from './group';

/** Text the user typed, made safe to sit in Markdown: no markup characters take effect. */
const escapeMd = (text: string): string => text.replace(/([\\`*_[\]<>#|])/g, '\\$1');

/**
 * The report as Markdown, for download and for copying. `site` is the origin the template links
 * are made absolute with, so they work outside the site.
 */
export function reportToMarkdown(report: Report, options: { file?: string | undefined; site?: string | undefined } = {}): string {
  const lines = [`# 预案体检报告`, ''];
  if (options.file) lines.push(`- 文件：${escapeMd(options.file)}`);
  if (report.title) lines.push(`- 标题：${escapeMd(report.title)}`);
  lines.push(`- ${kindLine(report)}`, `- ${summaryLine(report)}`);
  if (report.elements.missing.length) lines.push(`- 缺少的要素：${report.elements.missing.join('、')}`);
  const places = elementPlaces(report);
  if (places.length) lines.push(`- 找到的要素：${escapeMd(places.join('；'))}`);
  lines.push('');
  if (report.findings.length === 0) lines.push('没有发现问题。送审前仍请结合本单位实际逐项核对。', '');
  for (const group of groupBySection(report)) {
    lines.push(`## ${escapeMd(group.heading)}`, '');
    for (const finding of group.findings) {
      const where = quote(report, finding);
      lines.push(`- **${SEVERITY_LABELS[finding.severity]}**：${escapeMd(finding.message)}`);
      if (where) lines.push(`  - 位置：“${escapeMd(where)}”`);
      const more = morePlaces(report, finding);
      if (more) lines.push(`  - ${escapeMd(more)}`);
      lines.push(`  - 怎么改：${escapeMd(finding.fix)}`);
      if (finding.link) lines.push(`  - 参考：[${escapeMd(finding.link.label)}](${options.site ?? ''}${finding.link.href})`);
    }
    lines.push('');
  }
  lines.push('---', '', '本报告由预案模板库“预案体检”生成，检查在浏览器或本机完成，文件内容没有上传。检查结果仅供参考。', '');
  return lines.join('\n');
}
