import { textOf } from '../model/fill';
import type { FilledBlock, FilledDoc, FilledSection } from '../model/types';

type FilledNode = FilledBlock | FilledSection;

function block(node: FilledBlock): string[] {
  switch (node.type) {
    case 'paragraph':
      return [textOf(node.runs)];
    case 'list':
      return node.items.map((item, i) => `${node.ordered ? `${i + 1}. ` : '· '}${textOf(item)}`);
    case 'table':
      return [node.head, ...node.rows].map((row) => row.map(textOf).join('\t'));
    case 'signature':
      return node.lines.map(textOf);
    case 'annexNote':
      // Later items line up under the first one's name, as in print (three full-width spaces = 附件：).
      return node.items.map((item, i) => `${i === 0 ? '附件：' : '\u3000\u3000\u3000'}${textOf(item)}`);
  }
}

function nodes(list: FilledNode[]): string[] {
  return list.flatMap((node) => (node.type === 'section' ? section(node) : block(node)));
}

function section(node: FilledSection): string[] {
  return [`${node.number}${textOf(node.title)}`, ...nodes(node.body)];
}

/** Plain text: one line per heading, paragraph, list item or table row; numbered headings kept. */
export function toPlainText(doc: FilledDoc): string {
  return [textOf(doc.title), '', ...nodes(doc.body)].join('\n') + '\n';
}

export function sectionToPlainText(node: FilledSection): string {
  return section(node).join('\n') + '\n';
}
