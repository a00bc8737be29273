import { fill, sectionsOf, textOf } from '../model/fill';
import type { FilledBlock, FilledSection, Template } from '../model/types';
import { unreachable } from '../model/unreachable';
import { exampleUrl, templateUrl } from '../site/urls';
import { compactId, type PlanEntry } from './catalog';
import { figureIndex } from './numbers';
import type { Vocabulary } from './vocabulary';

/** Characters of a section's opening kept as its lead: enough to show what it is about, few enough to keep the page light. */
export const LEAD_CHARS = 20;

const blockText = (block: FilledBlock): string => {
  switch (block.type) {
    case 'paragraph':
      return textOf(block.runs);
    case 'list':
      return block.items.map(textOf).join('；');
    case 'table':
      // A row reads as "列名：值" pairs, as a person reads a table aloud.
      return block.rows.map((row) => row.map((cell, i) => `${textOf(block.head[i] ?? [])}：${textOf(cell)}`).join('，')).join('；');
    case 'signature':
      return block.lines.map(textOf).join(' ');
    case 'annexNote':
      return `附件：${block.items.map(textOf).join('；')}`;
    case 'flow':
      return [block.title, ...block.steps.map((step) => textOf(step.content))].join('→');
    default:
      return unreachable(block);
  }
};

/** The opening words of a section: its own text, or its first subsection's when it has none. */
function leadOf(section: FilledSection): string {
  for (const node of section.body) {
    const text = node.type === 'section' ? leadOf(node) : blockText(node);
    if (text.trim()) return clip(text);
  }
  return '';
}

const clip = (text: string): string => {
  const chars = Array.from(text.replace(/\s+/g, ' ').trim());
  return chars.length > LEAD_CHARS ? `${chars.slice(0, LEAD_CHARS).join('')}…` : chars.join('');
};

/** What the search page needs of a template: title, aliases, filters and every section. */
export interface TemplateInfo {
  slug: string;
  title: string;
  orgType: string;
  planKind: string;
  template: Template;
}

/** A section's own text, without its subsections' (Pagefind lists each heading's text up to the next heading). */
const ownText = (section: FilledSection): string[] => [textOf(section.title), ...section.body.flatMap((node) => (node.type === 'section' ? [] : [blockText(node)]))];

/** The text of a section's subsections, at every depth. */
const nestedText = (section: FilledSection): string[] => section.body.flatMap((node) => (node.type === 'section' ? [...ownText(node), ...nestedText(node)] : []));

/**
 * The figures (60日内办结, 12345, 10kv配电室) each section states, by its position in the plan's
 * section list (PlanEntry.s). A figure counts half when only the worked example's field values state
 * it (a 12345 hotline row, a 10kV room: the template page shows blanks there) or only a subsection
 * does (1小时内 of 信息接报, for the chapter 信息报告). Sections without figures are left out.
 */
export function figuresBySection(template: Template): Record<number, string> {
  const sections = [...sectionsOf(fill(template, 'blank').body)];
  const example = new Map([...sectionsOf(fill(template, 'example').body)].map((section) => [section.id, section]));
  const figures: Record<number, string> = {};
  sections.forEach((section, i) => {
    const filled = example.get(section.id);
    const words = figureIndex(ownText(section), [...(filled ? ownText(filled) : []), ...nestedText(section)]);
    if (words) figures[i] = words;
  });
  return figures;
}

export function templateEntry(info: TemplateInfo, vocabulary: Pick<Vocabulary, 'templates'>): PlanEntry {
  const sections = [...sectionsOf(fill(info.template, 'blank').body)];
  return {
    u: templateUrl(info.slug),
    p: info.title,
    f: [info.orgType, info.planKind],
    slug: info.slug,
    e: exampleUrl(info.slug),
    a: vocabulary.templates[info.slug] ?? [],
    s: sections.map((section) => {
      const title = `${section.number}${textOf(section.title)}`;
      return [compactId(section.id, title), title, leadOf(section)];
    }),
  };
}

/** Markdown syntax that is not text: links keep their words, emphasis and table bars go. */
const plain = (line: string): string =>
  line
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`>|]/g, ' ')
    .replace(/^\s*(?:[-+]|\d+\.)\s+/, '')
    .replace(/^-{3,}$/, '')
    .trim();

/**
 * Leads of the guide's sections from its MDX source, keyed by heading text: the first line of text
 * under each heading (or under its first subheading).
 */
export function markdownLeads(body: string): Map<string, string> {
  const leads = new Map<string, string>();
  const waiting: string[] = [];
  for (const line of body.split('\n')) {
    const heading = /^#{2,6}\s+(.+)$/.exec(line);
    if (heading) {
      waiting.push(heading[1]!.trim());
      continue;
    }
    const text = plain(line);
    if (!text || waiting.length === 0) continue;
    for (const title of waiting) leads.set(title, clip(text));
    waiting.length = 0;
  }
  return leads;
}

/** Embeds data in a page as JSON that no HTML parser can end early. */
export const jsonForHtml = (data: unknown): string => JSON.stringify(data).replace(/</g, '\\u003c');
