import type { List, ListItem, PhrasingContent, Root, RootContent, TableRow } from 'mdast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { Block, FlowStep, Inline, Section, TemplateDoc } from '../model/types';
import type { Problem } from './errors';

const PLACEHOLDER = /\[\[([^\]\n]*)\]\]/g;
const FIELD_KEY = /^[a-z][A-Za-z0-9]*$/;
const COMPONENTS = new Set(['Guide', 'Optional', 'Signature', 'Flow']);

type Node = Block | Section;
interface Context {
  when?: string;
}

/** Splits text into literal runs and `[[key]]` placeholders. */
export function parsePlaceholders(text: string, strong = false): Inline[] {
  const out: Inline[] = [];
  let last = 0;
  for (const match of text.matchAll(PLACEHOLDER)) {
    if (match.index > last) out.push({ type: 'text', value: text.slice(last, match.index), ...(strong ? { strong } : {}) });
    out.push({ type: 'field', key: match[1]!.trim(), ...(strong ? { strong } : {}) });
    last = match.index + match[0].length;
  }
  if (last < text.length) out.push({ type: 'text', value: text.slice(last), ...(strong ? { strong } : {}) });
  return out;
}

/** Turns one MDX body into the template document, collecting problems instead of stopping at the first. */
export class BodyParser {
  readonly problems: Problem[] = [];
  /** Fields placed in the body, with the line of first use, and how they were used. */
  readonly used = new Map<string, { line: number | undefined; inline: boolean }>();
  /** Fields named by <Optional field="…">, with the line of first use. */
  readonly optionalRefs = new Map<string, number | undefined>();
  private readonly root: Node[] = [];
  private readonly stack: Section[] = [];

  constructor(private readonly file: string) {}

  parse(markdown: string, title: Inline[]): TemplateDoc {
    const tree = unified().use(remarkParse).use(remarkMdx).use(remarkGfm).parse(markdown) as Root;
    for (const node of tree.children) this.flow(node, {});
    return { title, body: this.root };
  }

  private problem(line: number | undefined, message: string, fix: string, field?: string): void {
    this.problems.push({ file: this.file, line, field, message, fix });
  }

  private add(node: Node): void {
    const parent = this.stack.at(-1);
    (parent ? parent.body : this.root).push(node);
  }

  private flow(node: RootContent, ctx: Context): void {
    const line = node.position?.start.line;
    const when = ctx.when === undefined ? {} : { when: ctx.when };
    switch (node.type) {
      case 'heading':
        return this.heading(node.depth, this.inline(node.children, line), line, ctx);
      case 'paragraph':
        return this.add({ ...this.paragraph(node.children, line), ...when });
      case 'list':
        return this.add({ type: 'list', ordered: node.ordered === true, items: node.children.map((item) => this.listItem(item)), ...when });
      case 'table':
        return this.add({ type: 'table', head: this.row(node.children[0]), rows: node.children.slice(1).map((row) => this.row(row)), ...when });
      case 'mdxJsxFlowElement':
        return this.element(node, ctx);
      case 'mdxFlowExpression':
      case 'mdxjsEsm':
        return this.problem(line, 'MDX code (`{…}`, import or export) is not allowed in a template.', 'write plain text; use [[key]] for values. A literal brace needs to be written as a full-width ｛ ｝.');
      default:
        return this.problem(line, `Markdown "${node.type}" is not supported in a plan.`, 'use headings, paragraphs, lists, tables and **bold** only; a plan is printed.');
    }
  }

  private heading(depth: number, title: Inline[], line: number | undefined, ctx: Context): void {
    if (depth < 2 || depth > 5) {
      return this.problem(line, `heading level ${'#'.repeat(depth)} is not allowed.`, 'use ## to ##### (the title comes from documentTitle in the frontmatter).');
    }
    const level = depth - 1;
    while (this.stack.length > 0 && this.stack.at(-1)!.level >= level) this.stack.pop();
    const parentLevel = this.stack.at(-1)?.level ?? 0;
    if (level > parentLevel + 1) {
      this.problem(line, `heading level skips from ${parentLevel + 1 === 1 ? 'the top' : '#'.repeat(parentLevel + 1)} to ${'#'.repeat(depth)}.`, `use ${'#'.repeat(parentLevel + 2)} here.`);
    }
    const first = title[0];
    const annex = level === 1 && first?.type === 'text' && first.value.trimStart().startsWith('附件');
    const section: Section = { type: 'section', level, title, annex, guide: [], body: [], ...(ctx.when === undefined ? {} : { when: ctx.when }) };
    this.add(section);
    this.stack.push(section);
  }

  private element(node: MdxJsxFlowElement, ctx: Context): void {
    const line = node.position?.start.line;
    switch (node.name) {
      case 'Guide':
        return this.guide(node, line);
      case 'Optional':
        return this.optional(node, ctx, line);
      case 'Signature':
        return this.signature(node, ctx);
      case 'Flow':
        return this.flowChart(node, ctx, line);
      default:
        return this.problem(line, `unknown component <${node.name ?? ''}>.`, 'use <Guide>, <Optional field="key">, <Signature> or <Flow title="…"> only.');
    }
  }

  /** The signature block closes every open section: it belongs to the whole document. */
  private signature(node: MdxJsxFlowElement, ctx: Context): void {
    const lines = node.children.flatMap((child) => (child.type === 'paragraph' ? [this.inline(child.children, child.position?.start.line)] : []));
    this.stack.length = 0;
    this.add({ type: 'signature', lines, ...(ctx.when === undefined ? {} : { when: ctx.when }) });
  }

  private guide(node: MdxJsxFlowElement, line: number | undefined): void {
    const section = this.stack.at(-1);
    if (!section) return this.problem(line, '<Guide> appears before any heading.', 'put each <Guide> right under the heading of the section it explains.');
    const parser = new BodyParser(this.file);
    for (const child of node.children) parser.flow(child as RootContent, {});
    for (const key of parser.used.keys()) this.problem(line, `<Guide> contains the placeholder [[${key}]].`, 'writing guides are advice for the author, not part of the plan: write it without placeholders.', key);
    this.problems.push(...parser.problems);
    section.guide.push(...(parser.root.filter((n) => n.type !== 'section') as Block[]));
  }

  private optional(node: MdxJsxFlowElement, ctx: Context, line: number | undefined): void {
    const attribute = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'field');
    const key = typeof attribute?.value === 'string' ? attribute.value : '';
    if (!key) return this.problem(line, '<Optional> has no field.', 'write <Optional field="key"> where key is an optional field of the frontmatter.');
    if (ctx.when !== undefined) this.problem(line, '<Optional> is nested in another <Optional>.', 'close the outer one first; optional parts cannot nest.');
    if (!this.optionalRefs.has(key)) this.optionalRefs.set(key, line);
    for (const child of node.children) this.flow(child as RootContent, { when: key });
  }

  /** `<Flow title="…">` holding one ordered list: each item a step, its nested bullet list the step's branches. */
  private flowChart(node: MdxJsxFlowElement, ctx: Context, line: number | undefined): void {
    const title = this.flowTitle(node, line);
    const name = `<Flow title="${title}">`;
    if (this.stack.length === 0) {
      this.problem(line, `${name} stands outside any section (before the first heading, after <Signature>, or inside <Guide>).`, 'put the flow in the section it belongs to, after that section\'s heading.');
    }
    const [list, ...extra] = node.children;
    if (list?.type !== 'list' || !list.ordered || extra.length > 0) {
      const wrong = (list?.type === 'list' && list.ordered ? extra[0] : list) ?? node;
      const what = wrong === node ? 'nothing' : wrong.type === 'list' ? 'a bullet list' : `a ${wrong.type === 'mdxJsxFlowElement' ? `<${wrong.name ?? ''}>` : wrong.type}`;
      return this.problem(wrong.position?.start.line ?? line, `${name} must hold exactly one numbered list; found ${what}.`,
        'write the steps as "1. …", "2. …" with blank lines after <Flow …> and before </Flow>; put explanations in a paragraph outside the flow.');
    }
    const steps = list.children.map((item) => this.flowStep(item, name));
    this.add({ type: 'flow', title, steps, ...(ctx.when === undefined ? {} : { when: ctx.when }) });
  }

  private flowTitle(node: MdxJsxFlowElement, line: number | undefined): string {
    const attribute = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'title');
    const title = typeof attribute?.value === 'string' ? attribute.value.trim() : '';
    if (!title) this.problem(line, '<Flow> has no title.', 'write <Flow title="信息报告流程"> (plain text naming the chart).');
    else if (title.includes('[[')) this.problem(line, `the title of <Flow title="${title}"> holds a placeholder.`, 'write the title as plain text; placeholders go in the steps.');
    return title;
  }

  /** One step: a paragraph, then at most one bullet list of branches ("条件：去向", or a note without a colon). */
  private flowStep(item: ListItem, name: string): FlowStep<Inline[]> {
    const line = item.position?.start.line;
    const [text, branches, ...rest] = item.children;
    if (text?.type !== 'paragraph' || rest.length > 0 || (branches && (branches.type !== 'list' || branches.ordered))) {
      this.problem(line, `a step of ${name} holds more than its text and one bullet list of branches.`,
        'write each step as one line of text; put its branches under it as "   - 条件：去向" (one bullet list, indented to the step\'s text).');
    }
    const content = text?.type === 'paragraph' ? this.inline(text.children, line) : [];
    if (content.length === 0) this.problem(line, `a step of ${name} is empty.`, 'write what happens in this step, or remove the item.');
    return { content, branches: branches?.type === 'list' && !branches.ordered ? this.flowBranches(branches, name) : [] };
  }

  private flowBranches(list: List, name: string): FlowStep<Inline[]>['branches'] {
    return list.children.map((item) => {
      const line = item.position?.start.line;
      const [text, ...rest] = item.children;
      if (text?.type !== 'paragraph' || rest.length > 0) {
        this.problem(line, `a branch of ${name} holds a nested list or more than one paragraph.`, 'branches do not nest: write each branch as one line "条件：去向"; make a further step for what follows.');
      }
      const content = text?.type === 'paragraph' ? this.inline(text.children, line) : [];
      const split = splitAtColon(content);
      if (split && (split.condition.length === 0 || split.content.length === 0)) {
        this.problem(line, `a branch of ${name} has ${split.condition.length === 0 ? 'no condition before' : 'nothing after'} its colon "：".`, 'write a branch as "条件：去向", e.g. "情况较大：报告领导小组组长"; leave out the colon for a plain note.');
      }
      return split ?? { content };
    });
  }

  private use(key: string, line: number | undefined, inline: boolean): void {
    if (!FIELD_KEY.test(key)) {
      this.problem(line, `placeholder [[${key}]] is not a valid field key.`, 'keys start with a lowercase letter and use only ASCII letters and digits, e.g. [[orgName]].', key);
      return;
    }
    const seen = this.used.get(key);
    this.used.set(key, { line: seen?.line ?? line, inline: (seen?.inline ?? false) || inline });
  }

  private paragraph(children: PhrasingContent[], line: number | undefined): Block {
    const content = this.inline(children, line, false, false);
    const only = content.length === 1 ? content[0] : undefined;
    const block = only?.type === 'field' && !only.strong;
    for (const node of content) if (node.type === 'field') this.use(node.key, line, !block);
    return block ? { type: 'fieldBlock', key: only.key } : { type: 'paragraph', content };
  }

  private listItem(item: ListItem): Inline[] {
    const line = item.position?.start.line;
    const [first, ...rest] = item.children;
    if (rest.length > 0 || (first && first.type !== 'paragraph')) {
      this.problem(line, 'a list item holds more than one paragraph or a nested list.', 'keep each list item to one paragraph; make a sub-heading for deeper structure.');
    }
    return first?.type === 'paragraph' ? this.inline(first.children, line) : [];
  }

  private row(row: TableRow | undefined): Inline[][] {
    return (row?.children ?? []).map((cell) => this.inline(cell.children, cell.position?.start.line));
  }

  /** Inline content; `record` marks its placeholders as used inside a sentence. */
  private inline(children: PhrasingContent[], line: number | undefined, strong = false, record = true): Inline[] {
    const out: Inline[] = [];
    for (const child of children) {
      const at = child.position?.start.line ?? line;
      if (child.type === 'text') out.push(...this.text(child.value, at, strong, record));
      else if (child.type === 'strong') out.push(...this.inline(child.children, at, true, record));
      else if (child.type === 'break') out.push({ type: 'text', value: '\n' });
      else if (child.type === 'mdxJsxTextElement') this.problem(at, COMPONENTS.has(child.name ?? '') ? `<${child.name}> is inside a paragraph (on one line with text or with its content).` : `unknown component <${child.name ?? ''}> inside a paragraph.`, 'write plain text; <Guide>, <Optional>, <Signature> and <Flow> stand on their own lines with blank lines around them.');
      else if (child.type === 'mdxTextExpression') this.problem(at, 'a `{` starts MDX code here.', 'use [[key]] for values; write a literal brace as ｛ ｝.');
      else this.problem(at, `inline "${child.type}" is not supported in a plan.`, 'use plain text, **bold** and [[key]] placeholders only.');
    }
    return out;
  }

  private text(value: string, line: number | undefined, strong: boolean, record: boolean): Inline[] {
    const parts = parsePlaceholders(value, strong);
    if (record) for (const part of parts) if (part.type === 'field') this.use(part.key, line, true);
    for (const part of parts) {
      if (part.type === 'text' && /[【】]/.test(part.value)) {
        this.problem(line, 'the text contains 【 or 】.', 'the site marks unfilled values with 【】; use a field [[key]] for something the user fills, or other brackets.');
      }
    }
    return parts;
  }
}

/** Splits a branch at its first full-width colon, outside placeholders; undefined when it has none. */
function splitAtColon(content: Inline[]): { condition: Inline[]; content: Inline[] } | undefined {
  const at = content.findIndex((node) => node.type === 'text' && node.value.includes('：'));
  if (at < 0) return undefined;
  const node = content[at] as Extract<Inline, { type: 'text' }>;
  const cut = node.value.indexOf('：');
  const piece = (value: string): Inline[] => (value.trim() ? [{ ...node, value: value.trim() }] : []);
  const condition = [...content.slice(0, at), ...piece(node.value.slice(0, cut))];
  const rest = [...piece(node.value.slice(cut + 1)), ...content.slice(at + 1)];
  return { condition, content: rest };
}
