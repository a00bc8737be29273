import { textOf } from '../../../src/lib/model/fill';
import type { FilledBlock, FilledDoc, FilledSection } from '../../../src/lib/model/types';

/**
 * What every renderer must keep of a filled plan, as a flat list in reading order: the title,
 * headings with their level, paragraphs, list items, table rows, signature lines and flowcharts.
 */
export type Line =
  | { kind: 'title' | 'para' | 'sig'; text: string }
  /** A flowchart's title, each of its steps, and each branch of a step ("条件：去向" or a note). */
  | { kind: 'flow' | 'step' | 'branch'; text: string }
  | { kind: 'heading'; level: number; text: string }
  | { kind: 'item'; ordered: boolean; text: string }
  | { kind: 'row'; cells: string[] };

function block(node: FilledBlock): Line[] {
  switch (node.type) {
    case 'paragraph':
      return [{ kind: 'para', text: textOf(node.runs) }];
    case 'list':
      return node.items.map((item) => ({ kind: 'item', ordered: node.ordered, text: textOf(item) }));
    case 'table':
      return [node.head, ...node.rows].filter((row) => row.length > 0).map((row) => ({ kind: 'row', cells: row.map(textOf) }));
    case 'signature':
      return node.lines.map((line) => ({ kind: 'sig', text: textOf(line) }));
    case 'annexNote':
      return node.items.map((item, i) => ({ kind: 'para', text: `${i === 0 ? '附件：' : ''}${textOf(item)}` }));
    case 'flow':
      return [
        { kind: 'flow', text: node.title },
        ...node.steps.flatMap((step): Line[] => [
          { kind: 'step', text: textOf(step.content) },
          ...step.branches.map((branch): Line => ({ kind: 'branch', text: `${branch.condition ? `${textOf(branch.condition)}：` : ''}${textOf(branch.content)}` })),
        ]),
      ];
  }
}

function section(node: FilledSection): Line[] {
  return [{ kind: 'heading', level: node.level, text: `${node.number}${textOf(node.title)}` }, ...node.body.flatMap((child) => (child.type === 'section' ? section(child) : block(child)))];
}

/** The outline of the model itself: what the renderers are compared against. */
export function outlineOf(doc: FilledDoc): Line[] {
  return [{ kind: 'title', text: textOf(doc.title) }, ...doc.body.flatMap((child) => (child.type === 'section' ? section(child) : block(child)))];
}

/**
 * Markdown and plain text write a flowchart as its title on a line of its own and the steps as a
 * numbered list with "→": they read back as a paragraph and ordered items.
 */
export function flowAsList(lines: Line[]): Line[] {
  return lines.map((line): Line => (line.kind === 'flow' ? { kind: 'para', text: line.text } : line.kind === 'step' ? { kind: 'item', ordered: true, text: line.text } : line));
}
