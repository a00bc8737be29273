import { h, type HElement } from './hnode';

/** The "#" link beside a heading: the same on template pages (HTML renderer) and the guide (rehype). */
export function anchorLink(id: string, label: string): HElement {
  return h('a', { class: 'anchor', href: `#${id}`, 'aria-label': `本节链接：${label}`, 'data-pagefind-ignore': true }, '#');
}
