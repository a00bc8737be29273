import type { FilledBlock, FilledDoc, FilledSection, Run } from '../model/types';
import { unreachable } from '../model/unreachable';

type FilledNode = FilledBlock | FilledSection;

/** Escapes what GFM would read as markup, so user text stays text. */
function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_[\]<>|~]/g, (c) => `\\${c}`)
    .replace(/^(\s*)([#+=-]|\d+[.)])/gm, (_, space: string, mark: string) => `${space}${mark.replace(/^(\d+)?([#+=.)-])$/, (_m, digits: string | undefined, sign: string) => `${digits ?? ''}\\${sign}`)}`)
    .replace(/\n/g, ' ');
}

function runs(list: Run[]): string {
  return list
    .map((run) => {
      const text = escapeMarkdown(run.text);
      return run.strong && text.trim() ? `**${text}**` : text;
    })
    .join('');
}

function table(head: Run[][], rows: Run[][][]): string {
  const line = (cells: Run[][]) => `| ${cells.map((cell) => runs(cell) || ' ').join(' | ')} |`;
  return [line(head), `| ${head.map(() => '---').join(' | ')} |`, ...rows.map(line)].join('\n');
}

/**
 * A flowchart as a GFM numbered list: "→" ends every step that leads to another, and a step's
 * branches are a nested bullet list ("├ 条件：去向"), indented to the step's text.
 */
function flow(node: Extract<FilledBlock, { type: 'flow' }>): string {
  const steps = node.steps.map((step, i) => {
    const marker = `${i + 1}. `;
    const arrow = i < node.steps.length - 1 ? ' →' : '';
    const branches = step.branches.map((b) => `${' '.repeat(marker.length)}- ├ ${b.condition ? `${runs(b.condition)}：` : ''}${runs(b.content)}`);
    return [`${marker}${runs(step.content)}${arrow}`, ...branches].join('\n');
  });
  return [`**${escapeMarkdown(node.title)}**`, steps.join('\n')].join('\n\n');
}

function block(node: FilledBlock): string {
  switch (node.type) {
    case 'paragraph':
      return runs(node.runs);
    case 'list':
      return node.items.map((item, i) => `${node.ordered ? `${i + 1}.` : '-'} ${runs(item)}`).join('\n');
    case 'table':
      return table(node.head, node.rows);
    case 'signature':
      return node.lines.map(runs).join('  \n');
    case 'annexNote':
      return node.items.map((item, i) => `${i === 0 ? '附件：' : ''}${runs(item)}`).join('\n\n');
    case 'flow':
      return flow(node);
    default:
      return unreachable(node);
  }
}

function nodes(list: FilledNode[]): string[] {
  return list.flatMap((node) => (node.type === 'section' ? section(node) : [block(node)]));
}

function section(node: FilledSection): string[] {
  return [`${'#'.repeat(node.level + 1)} ${node.number}${runs(node.title)}`, ...nodes(node.body)];
}

/** GitHub-flavoured Markdown: the title as #, sections as ## to #####, numbers kept in headings. */
export function toMarkdown(doc: FilledDoc): string {
  return [`# ${runs(doc.title)}`, ...nodes(doc.body)].join('\n\n') + '\n';
}
