/** A tiny element tree: built once by the HTML renderer, serialised to a string or to DOM nodes. */
export type HNode = string | HElement;

export interface HElement {
  tag: string;
  attrs: Record<string, string | true>;
  children: HNode[];
}

type Attrs = Record<string, string | boolean | undefined>;

export function h(tag: string, attrs: Attrs = {}, ...children: (HNode | HNode[] | false | undefined)[]): HElement {
  const clean: Record<string, string | true> = {};
  for (const [name, value] of Object.entries(attrs)) if (value !== undefined && value !== false) clean[name] = value;
  return { tag, attrs: clean, children: children.flat().filter((c): c is HNode => c !== false && c !== undefined) };
}

const VOID = new Set(['br', 'hr', 'img', 'input', 'meta', 'link']);

const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttr = (text: string) => escapeText(text).replace(/"/g, '&quot;');

/** Serialises to HTML; every text and attribute value is escaped. */
export function toHtml(node: HNode): string {
  if (typeof node === 'string') return escapeText(node);
  const attrs = Object.entries(node.attrs)
    .map(([name, value]) => (value === true ? ` ${name}` : ` ${name}="${escapeAttr(value)}"`))
    .join('');
  if (VOID.has(node.tag)) return `<${node.tag}${attrs}>`;
  return `<${node.tag}${attrs}>${node.children.map(toHtml).join('')}</${node.tag}>`;
}

/** Builds DOM nodes with createElement and text nodes only: user text is never parsed as HTML. */
export function toDom(node: HNode, doc: Document): Node {
  if (typeof node === 'string') return doc.createTextNode(node);
  const element = doc.createElement(node.tag);
  for (const [name, value] of Object.entries(node.attrs)) element.setAttribute(name, value === true ? '' : value);
  for (const child of node.children) element.append(toDom(child, doc));
  return element;
}
