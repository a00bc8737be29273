import type { Element, Root } from 'hast';

const HEADING = /^h[2-6]$/;

/** Adds a "#" link to every h2–h6 that has an id, as the template pages do. */
export function rehypeHeadingAnchors() {
  return (tree: Root) => {
    const visit = (node: Root | Element) => {
      for (const child of node.children) {
        if (child.type !== 'element') continue;
        const id = child.properties['id'];
        if (HEADING.test(child.tagName) && typeof id === 'string') {
          child.children.push({
            type: 'element',
            tagName: 'a',
            properties: { className: ['anchor'], href: `#${id}`, ariaLabel: '本节链接', dataPagefindIgnore: '' },
            children: [{ type: 'text', value: '#' }],
          });
        } else {
          visit(child);
        }
      }
    };
    visit(tree);
  };
}
