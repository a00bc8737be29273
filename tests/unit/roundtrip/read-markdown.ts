import type { Nodes, Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { Line } from './outline';

const textOf = (node: Nodes): string => ('value' in node ? node.value : 'children' in node ? (node.children as Nodes[]).map(textOf).join('') : '');

/** Reads the plan back from the .md export with the same GFM parser the build uses. */
export function readMarkdown(markdown: string): Line[] {
  const root = unified().use(remarkParse).use(remarkGfm).parse(markdown) as Root;
  return root.children.flatMap((node): Line[] => {
    switch (node.type) {
      case 'heading':
        return [node.depth === 1 ? { kind: 'title', text: textOf(node) } : { kind: 'heading', level: node.depth - 1, text: textOf(node) }];
      case 'paragraph': {
        // A signature is one paragraph of hard-broken lines; plain paragraphs never hold a break.
        if (!node.children.some((child) => child.type === 'break')) return [{ kind: 'para', text: textOf(node) }];
        const lines: string[] = [''];
        for (const child of node.children) {
          if (child.type === 'break') lines.push('');
          else lines[lines.length - 1] += textOf(child);
        }
        return lines.map((text) => ({ kind: 'sig', text }));
      }
      case 'list':
        return node.children.map((item) => ({ kind: 'item', ordered: node.ordered === true, text: textOf(item) }));
      case 'table':
        return node.children.map((row) => ({ kind: 'row', cells: row.children.map((cell) => textOf(cell)) }));
      default:
        throw new Error(`unexpected ${node.type} in the .md export`);
    }
  });
}
