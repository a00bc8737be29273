import { textOf } from '../model/fill';
import type { FilledBlock, FilledDoc, FilledSection } from '../model/types';
import { unreachable } from '../model/unreachable';

type FilledNode = FilledBlock | FilledSection;

/** A flowchart: its title, then one line per step ("1. … →"), branches indented as "   ├ 条件：去向". */
function flow(node: Extract<FilledBlock, { type: 'flow' }>): string[] {
  return [
    node.title,
    ...node.steps.flatMap((step, i) => [
      `${i + 1}. ${textOf(step.content)}${i < node.steps.length - 1 ? ' →' : ''}`,
      ...step.branches.map((b) => `   ├ ${b.condition ? `${textOf(b.condition)}：` : ''}${textOf(b.content)}`),
    ]),
  ];
}

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
      return node.items.map((item, i) => `${i === 0 ? '附件：' : ''}${textOf(item)}`);
    case 'flow':
      return flow(node);
    default:
      return unreachable(node);
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
