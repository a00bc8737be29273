/** The batch as files a reviewer's office opens: the table as .csv (Excel reads it in Chinese), all reports as one .md. */
import { SEVERITY_LABELS } from '../check/show/group';
import { firstProblems, verdictOf, type BatchEntry } from './batch';

const CSV_HEAD = ['文件', '单位', '预案类型', '预案日期', '错误', '警告', '提示', '结论', '主要问题'];

/** A CSV cell: quoted when it holds a quote, comma or line break; a leading =+-@ cannot start a formula in Excel. */
export function csvCell(value: string | number): string {
  let text = String(value);
  if (/^[=+\-@]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** UTF-8 with a BOM and CRLF line ends, which is how Excel on Windows expects a CSV. */
export function batchToCsv(entries: BatchEntry[]): string {
  const rows = entries.map((entry) => [
    entry.file,
    entry.unit,
    entry.ok ? entry.report.kindName : '',
    entry.date,
    entry.ok ? entry.report.counts.error : '',
    entry.ok ? entry.report.counts.warning : '',
    entry.ok ? entry.report.counts.info : '',
    verdictOf(entry),
    firstProblems(entry).join('；'),
  ]);
  return `\uFEFF${[CSV_HEAD, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

const escapeMd = (text: string): string => text.replace(/([\\`*_[\]<>#|])/g, '\\$1');

/** One file's report in Markdown, at heading level 2 so many fit in one document. */
export function entryToMarkdown(entry: BatchEntry, site = ''): string {
  const lines = [`## ${escapeMd(entry.file)}`, ''];
  if (!entry.ok) return [...lines, `- 结论：无法读取`, `- 原因：${escapeMd(entry.error)}`, ''].join('\n');
  const { report } = entry;
  lines.push(`- 单位：${escapeMd(entry.unit || '未识别')}`, `- 标题：${escapeMd(report.title)}`, `- 预案类型：${report.kindName}`);
  if (entry.date) lines.push(`- 预案日期：${entry.date}`);
  lines.push(`- 错误 ${report.counts.error} 项，警告 ${report.counts.warning} 项，提示 ${report.counts.info} 项`, `- 结论：${verdictOf(entry)}`);
  if (report.elements.missing.length) lines.push(`- 缺少的要素：${report.elements.missing.join('、')}`);
  lines.push('');
  let section = '';
  for (const finding of report.findings) {
    if (finding.section !== section) {
      section = finding.section;
      lines.push(`### ${escapeMd(section)}`, '');
    }
    lines.push(`- **${SEVERITY_LABELS[finding.severity]}**：${escapeMd(finding.message)}`);
    for (const where of finding.where) lines.push(`  - 位置：“${escapeMd(where)}”`);
    lines.push(`  - 怎么改：${escapeMd(finding.fix)}`);
    if (finding.link) lines.push(`  - 参考：[${escapeMd(finding.link.label)}](${site}${finding.link.href})`);
  }
  if (report.findings.length === 0) lines.push('没有发现问题。');
  lines.push('');
  return lines.join('\n');
}

export function batchToMarkdown(entries: BatchEntry[], site = ''): string {
  const verdicts = entries.map(verdictOf);
  const count = (verdict: string) => verdicts.filter((v) => v === verdict).length;
  return [
    '# 预案批量体检报告',
    '',
    `共 ${entries.length} 份：可以送审 ${count('可以送审')} 份，需修改 ${count('需修改')} 份，无法读取 ${count('无法读取')} 份。`,
    '',
    ...entries.map((entry) => entryToMarkdown(entry, site)),
    '---',
    '',
    '本报告由预案模板库“预案体检”生成，检查在浏览器或本机完成，文件内容没有上传。检查结果仅供参考。',
    '',
  ].join('\n');
}

/** The summary table for a terminal: one line per file. */
export function batchToTable(entries: BatchEntry[]): string {
  const head = '结论\t错误\t警告\t提示\t预案日期\t预案类型\t单位\t文件';
  const lines = entries.map((entry) =>
    [
      verdictOf(entry),
      entry.ok ? entry.report.counts.error : '-',
      entry.ok ? entry.report.counts.warning : '-',
      entry.ok ? entry.report.counts.info : '-',
      entry.date || '-',
      entry.ok ? entry.report.kindName : '-',
      entry.unit || '未识别',
      entry.file,
    ].join('\t'),
  );
  const verdicts = entries.map(verdictOf);
  const count = (verdict: string) => verdicts.filter((v) => v === verdict).length;
  return `${[head, ...lines].join('\n')}\n共 ${entries.length} 份：可以送审 ${count('可以送审')} 份，需修改 ${count('需修改')} 份，无法读取 ${count('无法读取')} 份。\n`;
}
