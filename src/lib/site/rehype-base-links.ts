import type { Element, Root } from 'hast';
import { withBase } from './urls';

/**
 * Puts the site's base before root-absolute links written in Markdown ([…](/templates/x/) in the
 * guide), so they work when the site is served under a sub-path.
 */
export function rehypeBaseLinks(options: { base: string }) {
  return (tree: Root) => {
    const visit = (node: Root | Element) => {
      for (const child of node.children) {
        if (child.type !== 'element') continue;
        const href = child.properties['href'];
        if (child.tagName === 'a' && typeof href === 'string') child.properties['href'] = withBase(href, options.base);
        visit(child);
      }
    };
    visit(tree);
  };
}
