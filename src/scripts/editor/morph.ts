import { toDom, type HElement, type HNode } from '../../lib/render/hnode';

/**
 * Makes the children of `parent` match `children`, touching only what differs: a keystroke changes a
 * few text nodes of the plan, not its hundreds of elements. Form controls keep focus and caret; their
 * live value is set only when it differs from the tree's.
 */
export function morph(parent: Element, children: HNode[]): void {
  const doc = parent.ownerDocument;
  let node = parent.firstChild;
  for (const want of mergeText(children)) {
    if (!node) {
      parent.append(toDom(want, doc));
      continue;
    }
    const next = node.nextSibling;
    if (typeof want === 'string') {
      if (node.nodeType === Node.TEXT_NODE) {
        if ((node as Text).data !== want) (node as Text).data = want;
      } else parent.replaceChild(doc.createTextNode(want), node);
    } else if (node.nodeType === Node.ELEMENT_NODE && (node as Element).localName === want.tag) {
      patchElement(node as HTMLElement, want);
    } else {
      parent.replaceChild(toDom(want, doc), node);
    }
    node = next;
  }
  while (node) {
    const next = node.nextSibling;
    node.remove();
    node = next;
  }
}

/** Adjacent strings become one text node when HTML is parsed: compare them as one. */
function mergeText(children: HNode[]): HNode[] {
  if (children.length < 2) return children;
  const out: HNode[] = [];
  for (const child of children) {
    const last = out.length - 1;
    if (typeof child === 'string' && typeof out[last] === 'string') out[last] += child;
    else out.push(child);
  }
  return out;
}

/** Makes one element match `want` (same tag), children included. */
export function patchElement(element: HTMLElement, want: HElement): void {
  // Open or closed is the user's: a redraw never folds a <details> someone is typing in.
  const live = (name: string) => name === 'open' && element instanceof HTMLDetailsElement;
  const attrs = element.attributes;
  for (let i = attrs.length - 1; i >= 0; i--) {
    const name = attrs[i]!.name;
    if (!Object.hasOwn(want.attrs, name) && !live(name)) element.removeAttribute(name);
  }
  for (const [name, value] of Object.entries(want.attrs)) {
    if (live(name)) continue;
    const text = value === true ? '' : value;
    if (element.getAttribute(name) !== text) element.setAttribute(name, text);
  }
  if (element instanceof HTMLInputElement) {
    if (element.type === 'checkbox') element.checked = Object.hasOwn(want.attrs, 'checked');
    else if (element.value !== (want.attrs['value'] ?? '')) element.value = String(want.attrs['value'] ?? '');
    return;
  }
  if (element instanceof HTMLTextAreaElement) {
    const text = want.children.join('');
    if (element.value !== text) element.value = text;
    return;
  }
  morph(element, want.children);
  if (element instanceof HTMLSelectElement) {
    const selected = want.children.find((option) => typeof option !== 'string' && Object.hasOwn(option.attrs, 'selected')) as HElement | undefined;
    const value = String(selected?.attrs['value'] ?? '');
    if (element.value !== value) element.value = value;
  }
}
