import type { Element, ElementContent, Root } from 'hast';
import { anchorLink } from './anchor';
import type { HNode } from './hnode';

const HEADING = /^h[2-6]$/;

/** Our element tree as hast, so the guide's anchors come from the same function as the plans'. */
function toHast(node: HNode): ElementContent {
  if (typeof node === 'string') return { type: 'text', value: node };
  const properties = Object.fromEntries(Object.entries(node.attrs).map(([name, value]) => [name, value === true ? '' : value]));
  return { type: 'element', tagName: node.tag, properties, children: node.children.map(toHast) };
}

const textOf = (node: ElementContent): string => (node.type === 'text' ? node.value : 'children' in node ? node.children.map(textOf).join('') : '');

/** Adds a "#" link to every h2–h6 that has an id, as the template pages do. */
export function rehypeHeadingAnchors() {
  return (tree: Root) => {
    const visit = (node: Root | Element) => {
      for (const child of node.children) {
        if (child.type !== 'element') continue;
        const id = child.properties['id'];
        if (HEADING.test(child.tagName) && typeof id === 'string') child.children.push(toHast(anchorLink(id, child.children.map(textOf).join(''))));
        else visit(child);
      }
    };
    visit(tree);
  };
}
