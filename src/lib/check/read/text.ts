import type { Paragraph } from '../types';

const MD_HEADING = /^(#{1,6})\s+(.*?)\s*#*\s*$/;
const MD_TABLE_RULE = /^\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?$/;

/** Markdown marks a reader would not see in print: emphasis, list bullets, quote marks, escapes. */
function plainMarkdown(line: string): string {
  return line
    .replace(/^\s*>\s?/, '')
    .replace(/^\s*[-*+]\s+/, '')
    .replace(/\*\*(.+?)\*\*|__(.+?)__/g, '$1$2')
    .replace(/\\([\\`*_{}[\]()#+\-.!|])/g, '$1');
}

function tableRow(line: string): Paragraph {
  const cells = line.trim().replace(/^\|/, '').replace(/\|$/, '').split('|').map((cell) => cell.trim());
  return { text: cells.join('\t'), cells };
}

/**
 * Plain text or Markdown → paragraphs: one per non-empty line. Markdown headings keep their level,
 * tables become rows; tab-separated lines (a table pasted from Word) are rows too.
 */
export function readText(source: string, markdown = false): Paragraph[] {
  const out: Paragraph[] = [];
  for (const raw of source.replace(/^\uFEFF/, '').split(/\r\n|\r|\n|\u2028|\u2029/)) {
    // Control characters (other than tab) come from copying out of old word processors.
    // eslint-disable-next-line no-control-regex -- removing control characters is the point
    const line = raw.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '').trimEnd();
    if (line.trim() === '') continue;
    if (markdown) {
      const heading = MD_HEADING.exec(line.trim());
      if (heading) {
        out.push({ text: plainMarkdown(heading[2]!), headingLevel: heading[1]!.length });
        continue;
      }
      if (MD_TABLE_RULE.test(line.trim())) continue;
      if (line.trim().startsWith('|')) {
        out.push(tableRow(plainMarkdown(line)));
        continue;
      }
      out.push({ text: plainMarkdown(line).trim() });
      continue;
    }
    out.push(line.includes('\t') ? { text: line.trim(), cells: line.trim().split('\t').map((cell) => cell.trim()) } : { text: line.trim() });
  }
  return out;
}
