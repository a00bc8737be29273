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
        // A flowchart's step ends in "→" and holds its branches as a nested list of "├ …" items.
        return node.children.flatMap((item): Line[] => {
          const [first, ...nested] = item.children;
          const branches = nested.flatMap((list) => (list.type === 'list' ? list.children.map((b): Line => ({ kind: 'branch', text: textOf(b).replace(/^├ /, '') })) : []));
          const text = (nested.length ? textOf(first!) : textOf(item)).replace(/ →$/, '');
          return [{ kind: 'item', ordered: node.ordered === true, text }, ...branches];
        });
      case 'table':
        return node.children.map((row) => ({ kind: 'row', cells: row.children.map((cell) => textOf(cell)) }));
      default:
        throw new Error(`unexpected ${node.type} in the .md export`);
    }
  });
}
