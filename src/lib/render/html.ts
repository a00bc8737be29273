import { textOf } from '../model/fill';
import { looksLikePhone } from '../model/text';
import type { FilledBlock, FilledDoc, FilledSection, Run } from '../model/types';
import { unreachable } from '../model/unreachable';
import { anchorLink } from './anchor';
import { flowList, flowTable } from './flow-html';
import { h, type HElement, type HNode } from './hnode';

type FilledNode = FilledBlock | FilledSection;

export interface HtmlOptions {
  /** Show 写作要点 (page only; never in exports or on the clipboard). */
  guides?: boolean;
  /** Anchor links and per-section copy buttons (page chrome). */
  chrome?: boolean;
  /**
   * For the clipboard: Word and WPS ignore the site's stylesheet, so alignment and table borders
   * are written as HTML attributes (not style attributes, which the page's CSP would refuse when
   * Chromium sanitises the clipboard HTML), and the title becomes an <h1>.
   */
  standalone?: boolean;
}

function runs(list: Run[]): HNode[] {
  return list.map((run) => {
    const node: HNode = run.missing ? h('mark', { class: 'ph', 'data-field': run.field }, run.text) : run.text;
    return run.strong ? h('strong', {}, node) : node;
  });
}

/** A cell holding a phone number, which must not break at its hyphens. */
const phoneCell = (cell: Run[]): boolean => /\d/.test(textOf(cell)) && looksLikePhone(textOf(cell));

function block(node: FilledBlock, options: HtmlOptions): HElement {
  switch (node.type) {
    case 'paragraph':
      return h('p', {}, runs(node.runs));
    case 'list':
      return h(node.ordered ? 'ol' : 'ul', {}, node.items.map((item) => h('li', {}, runs(item))));
    case 'table':
      return h('div', { class: 'table-wrap' }, h('table', options.standalone ? { border: '1', cellpadding: '4', cellspacing: '0' } : {},
        h('thead', {}, h('tr', {}, node.head.map((cell) => h('th', { scope: 'col' }, runs(cell))))),
        h('tbody', {}, node.rows.map((row) => h('tr', {}, row.map((cell) => h('td', { class: phoneCell(cell) ? 'phone' : undefined }, runs(cell))))))));
    case 'signature':
      return signature(node, options);
    case 'annexNote':
      return h('div', { class: 'annex-note' }, node.items.map((item, i) => h('p', { class: i === 0 ? undefined : 'cont' }, i === 0 ? '附件：' : undefined, runs(item))));
    case 'flow':
      return options.standalone ? flowTable(node, runs) : flowList(node, runs);
    default:
      return unreachable(node);
  }
}

/** 署名 and 成文日期 placed per GB/T 9704 §7.3.5: `data-r` is the right indent in characters (styled in CSS). */
function signature(node: Extract<FilledBlock, { type: 'signature' }>, options: HtmlOptions): HElement {
  const last = node.lines.length - 1;
  const right = (i: number): string => String(i === last && last > 0 ? node.place.date : (node.place.names[i] ?? 2));
  return h('div', { class: 'signature', align: options.standalone ? 'right' : undefined, 'data-blank': String(node.place.blankLines) },
    node.lines.map((line, i) => h('p', { 'data-r': right(i) }, runs(line))));
}

function heading(node: FilledSection, options: HtmlOptions): HElement {
  const level = Math.min(6, node.level + 1);
  const title = h(`h${level}`, { id: node.id }, node.number ? h('span', { class: 'num' }, node.number) : undefined, runs(node.title));
  if (!options.chrome) return title;
  const label = `${node.number}${textOf(node.title)}`;
  title.children.push(anchorLink(node.id, label));
  const copy = h('button', { type: 'button', class: 'copy-section', 'data-section': node.id, 'aria-label': `复制本节：${label}`, 'data-pagefind-ignore': true, hidden: true }, '复制本节');
  return h('div', { class: 'sec-head' }, title, copy);
}

function guide(node: FilledSection): HElement {
  // A note, not a landmark: there is one per section.
  return h('div', { class: 'guide', role: 'note', 'data-pagefind-ignore': 'all' }, h('p', { class: 'guide-label' }, '写作要点'), node.guide.map((b) => block(b, {})));
}

function section(node: FilledSection, options: HtmlOptions): HElement {
  return h('section', { class: `sec level-${node.level}${node.annex ? ' annex' : ''}`, 'data-section': node.id },
    heading(node, options),
    options.guides && node.guide.length > 0 ? guide(node) : undefined,
    nodes(node.body, options));
}

function nodes(list: FilledNode[], options: HtmlOptions): HElement[] {
  return list.map((node) => (node.type === 'section' ? section(node, options) : block(node, options)));
}

/** The plan as an element tree: the page, the live preview and rich-text copy all use it. */
export function renderDocument(doc: FilledDoc, options: HtmlOptions = {}): HElement {
  const title = options.standalone ? h('h1', { align: 'center' }, runs(doc.title)) : h('p', { class: 'plan-title' }, runs(doc.title));
  return h('div', { class: 'plan' }, title, nodes(doc.body, options));
}

export function renderSection(node: FilledSection, options: HtmlOptions = {}): HElement {
  return section(node, options);
}
