import { dropChars } from './text';
import type { FilledBlock, FilledSection, Inline, Run, Section, Template } from './types';

type FilledNode = FilledBlock | FilledSection;

/** 附件 + optional number at the start of an annex title, e.g. "附件1 应急联系方式". */
export const ANNEX_LABEL = /^(附件(?:\s*([0-9０-９]+))?)[\s：:]*/;
/** A reference to a numbered annex in running text: 见附件2, 附件1至附件3. */
const ANNEX_REFERENCE = /附件([0-9０-９]+)/g;

const toAscii = (digits: string): string => digits.replace(/[０-９]/g, (d) => String(d.charCodeAt(0) - 0xff10));

export interface AnnexEntry {
  /** The label as printed: 附件 (the only one) or 附件N. */
  label: string;
  /** The annex's title without its label, for 附件说明. */
  title: Run[];
}

/** An annex of the template as written: its number and the optional field that can leave it out. */
interface WrittenAnnex {
  number: string;
  when: string | undefined;
}

const inlineText = (content: Inline[]): string => content.map((node) => (node.type === 'text' ? node.value : '')).join('');

function writtenAnnexes(template: Template): WrittenAnnex[] {
  const sections = template.doc.body.filter((node): node is Section => node.type === 'section' && node.annex);
  return sections.map((section) => ({ number: toAscii(ANNEX_LABEL.exec(inlineText(section.title))?.[2] ?? ''), when: section.when }));
}

export interface AnnexResult {
  annexes: AnnexEntry[];
  /** References in the text to annexes the user left out, as missing values to point at. */
  missing: { key: string; label: string }[];
}

/**
 * Numbers the annexes that are included — 附件 alone when there is one (GB/T 9704 §7.3.6), 附件1…N
 * otherwise — and rewrites the template's references to them (见附件2 → 见附件1). A reference to an
 * annex the user left out is marked as unfilled, so it is seen and fixed before printing.
 */
export function numberAnnexes(template: Template, body: FilledNode[]): AnnexResult {
  const written = writtenAnnexes(template);
  const included = body.filter((node): node is FilledSection => node.type === 'section' && node.annex);
  const labels = new Map<string, string>();
  const annexes = included.map((section, i) => {
    const text = section.title.map((run) => run.text).join('');
    const match = ANNEX_LABEL.exec(text);
    const label = included.length === 1 ? '附件' : `附件${i + 1}`;
    if (match?.[2]) labels.set(toAscii(match[2]), label);
    const title = match ? dropChars(section.title, match[0].length) : section.title;
    section.title = [{ text: title.length > 0 ? `${label} ` : label }, ...title];
    return { label, title };
  });
  const dropped = new Map(written.filter((annex) => annex.number && !labels.has(annex.number)).map((annex) => [annex.number, annex.when ?? '']));
  const missing = new Map<string, string>();
  const rewrite = (runs: Run[]): Run[] =>
    runs.flatMap((run) => (run.field || run.missing ? [run] : rewriteRun(run, labels, dropped, missing)));
  for (const node of body) {
    // An annex's own label was set above; its body may still refer to other annexes.
    if (node.type === 'section' && node.annex) for (const child of node.body) rewriteNode(child, rewrite);
    else rewriteNode(node, rewrite);
  }
  return { annexes, missing: [...missing].map(([key, label]) => ({ key, label })) };
}

function rewriteRun(run: Run, labels: Map<string, string>, dropped: Map<string, string>, missing: Map<string, string>): Run[] {
  const out: Run[] = [];
  let at = 0;
  for (const match of run.text.matchAll(ANNEX_REFERENCE)) {
    const number = toAscii(match[1]!);
    const label = labels.get(number);
    if (label === undefined && !dropped.has(number)) continue;
    const before = run.text.slice(at, match.index);
    if (before) out.push({ ...run, text: before });
    if (label !== undefined) out.push({ ...run, text: label });
    else {
      const key = dropped.get(number)!;
      missing.set(key, `附件${number}已略去，正文仍引用它`);
      out.push({ ...run, text: `【附件${number}已略去】`, missing: true, ...(key ? { field: key } : {}) });
    }
    at = match.index + match[0].length;
  }
  if (at === 0) return [run];
  if (at < run.text.length) out.push({ ...run, text: run.text.slice(at) });
  return mergeText(out);
}

/** Joins neighbouring plain runs again, so a rewritten sentence stays one run. */
function mergeText(runs: Run[]): Run[] {
  const out: Run[] = [];
  for (const run of runs) {
    const last = out.at(-1);
    if (last && !last.missing && !run.missing && !last.field && !run.field && last.strong === run.strong) last.text += run.text;
    else out.push({ ...run });
  }
  return out;
}

function rewriteNode(node: FilledNode, rewrite: (runs: Run[]) => Run[]): void {
  switch (node.type) {
    case 'section':
      node.title = rewrite(node.title);
      for (const child of node.body) rewriteNode(child, rewrite);
      return;
    case 'paragraph':
      node.runs = rewrite(node.runs);
      return;
    case 'list':
      node.items = node.items.map(rewrite);
      return;
    case 'table':
      node.head = node.head.map(rewrite);
      node.rows = node.rows.map((row) => row.map(rewrite));
      return;
    case 'signature':
    case 'annexNote':
      return;
  }
}

/** GB/T 9704 §7.3.6: 附件说明 under the body, before the signature, from the annexes included. */
export function annexNote(annexes: AnnexEntry[]): FilledBlock | undefined {
  if (annexes.length === 0) return undefined;
  const name = (annex: AnnexEntry): Run[] => (annex.title.length > 0 ? annex.title : [{ text: annex.label }]);
  if (annexes.length === 1) return { type: 'annexNote', items: [name(annexes[0]!)] };
  return { type: 'annexNote', items: annexes.map((annex, i) => [{ text: `${i + 1}．` }, ...name(annex)]) };
}

/** Puts 附件说明 before the signature, or before the first annex when the plan has no signature. */
export function insertAnnexNote(body: FilledNode[], note: FilledBlock | undefined): void {
  if (!note) return;
  let at = body.findIndex((node) => node.type === 'signature');
  if (at < 0) at = body.findIndex((node) => node.type === 'section' && node.annex);
  body.splice(at < 0 ? body.length : at, 0, note);
}
