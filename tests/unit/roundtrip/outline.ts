import { textOf } from '../../../src/lib/model/fill';
import type { FilledBlock, FilledDoc, FilledSection } from '../../../src/lib/model/types';

/**
 * What every renderer must keep of a filled plan, as a flat list in reading order: the title,
 * headings with their level, paragraphs, list items, table rows and signature lines.
 */
export type Line =
  | { kind: 'title' | 'para' | 'sig'; text: string }
  /** A flowchart, by its title; its steps are checked in tests/unit/flow.test.ts (the fixture here has none). */
  | { kind: 'flow'; text: string }
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
    case 'flow':
      return [{ kind: 'flow', text: node.title }];
  }
}

function section(node: FilledSection): Line[] {
  return [{ kind: 'heading', level: node.level, text: `${node.number}${textOf(node.title)}` }, ...node.body.flatMap((child) => (child.type === 'section' ? section(child) : block(child)))];
}

/** The outline of the model itself: what the renderers are compared against. */
export function outlineOf(doc: FilledDoc): Line[] {
  return [{ kind: 'title', text: textOf(doc.title) }, ...doc.body.flatMap((child) => (child.type === 'section' ? section(child) : block(child)))];
}
