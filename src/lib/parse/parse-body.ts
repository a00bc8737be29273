import type { ListItem, PhrasingContent, Root, RootContent, TableRow } from 'mdast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { Block, Inline, Section, TemplateDoc } from '../model/types';
import type { Problem } from './errors';

const PLACEHOLDER = /\[\[([^\]\n]*)\]\]/g;
const FIELD_KEY = /^[a-z][A-Za-z0-9]*$/;

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
      default:
        return this.problem(line, `unknown component <${node.name ?? ''}>.`, 'use <Guide>, <Optional field="key"> or <Signature> only.');
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
      else if (child.type === 'mdxJsxTextElement') this.problem(at, `unknown component <${child.name ?? ''}> inside a paragraph.`, 'write plain text; <Guide>, <Optional> and <Signature> stand on their own lines with blank lines around them.');
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
