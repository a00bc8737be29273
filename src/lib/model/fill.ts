import GithubSlugger from 'github-slugger';
import { annexNote, insertAnnexNote, numberAnnexes } from './annexes';
import { fillCards } from './cards';
import { placeSignature } from './signature';
import { headingNumber } from './numbering';
import { formatDate, formatPerson, formatPersons, namedPersons, paragraphsOf } from './text';
import { unreachable } from './unreachable';
import { valueFor } from './values';
import type {
  Block,
  FieldSpec,
  FieldValue,
  FillMode,
  FillOptions,
  FilledBlock,
  FilledDoc,
  FilledSection,
  FlowStep,
  Group,
  Inline,
  Person,
  Run,
  Section,
  Template,
  Values,
} from './types';

type Node = Block | Section;
type FilledNode = FilledBlock | FilledSection;

/**
 * The text inside 【】: a number's unit follows the placeholder in the sentence (【报告时限】分钟), so a
 * unit in its label, 报告时限（分钟）, is left out there. The form still shows the whole label.
 */
const placeholderLabel = (field: FieldSpec): string => (field.kind === 'number' ? field.label.replace(/（[^（）]*）$/, '') : field.label);

/** Everything one fill needs, built once per call. */
class Filler {
  private readonly fields: Map<string, FieldSpec>;
  private readonly resolved = new Map<string, FieldValue | undefined>();
  readonly missing = new Map<string, string>();
  private readonly slugger = new GithubSlugger();

  constructor(
    template: Template,
    private readonly mode: FillMode,
    private readonly values: Values,
    private readonly sealed: boolean,
  ) {
    this.fields = new Map(template.fields.map((field) => [field.key, field]));
  }

  private field(key: string): FieldSpec {
    const field = this.fields.get(key);
    if (!field) throw new Error(`Placeholder [[${key}]] has no field; the parser should have caught this.`);
    return field;
  }

  private value(field: FieldSpec): FieldValue | undefined {
    if (!this.resolved.has(field.key)) this.resolved.set(field.key, valueFor(field, this.mode, this.values));
    return this.resolved.get(field.key);
  }

  /** A run standing for an unfilled value; optional fields left empty in user mode print nothing. */
  private missingRun(field: FieldSpec, label = placeholderLabel(field), strong?: boolean): Run {
    if (this.mode === 'user' && !field.required) return { text: '', field: field.key };
    this.missing.set(field.key, field.label);
    return { text: `【${label}】`, missing: true, field: field.key, ...(strong ? { strong } : {}) };
  }

  private included(node: { when?: string }): boolean {
    return node.when === undefined || this.value(this.field(node.when)) !== false;
  }

  /** The text a field shows inside a sentence, or '' when it is unfilled. */
  private inlineText(field: FieldSpec, value: FieldValue | undefined): string {
    if (value === undefined) return '';
    switch (field.kind) {
      case 'date':
        return typeof value === 'string' ? formatDate(value) : '';
      case 'person':
        return formatPerson(value as Person).trim();
      case 'personList':
        return formatPersons(value as Person[]);
      case 'longtext':
        return paragraphsOf(value as string).join('');
      case 'optional':
      case 'groupList':
      case 'table':
        return '';
      case 'text':
      case 'phone':
      case 'number':
      case 'choice':
        return (value as string).trim();
      default:
        return unreachable(field);
    }
  }

  runs(content: Inline[]): Run[] {
    return content.map((node) => {
      const strong = node.strong ? { strong: true } : {};
      if (node.type === 'text') return { text: node.value, ...strong };
      const field = this.field(node.key);
      const text = this.inlineText(field, this.value(field));
      return text ? { text, field: field.key, ...strong } : this.missingRun(field, placeholderLabel(field), node.strong);
    });
  }

  /** Heading text for ids: placeholders read as their labels, so ids do not change with values. */
  private idText(content: Inline[]): string {
    return content.map((node) => (node.type === 'text' ? node.value : this.field(node.key).label)).join('');
  }

  nodes(nodes: Node[], level: number): FilledNode[] {
    const out: FilledNode[] = [];
    for (const node of nodes) {
      if (!this.included(node)) continue;
      if (node.type === 'section') out.push(this.section(node));
      else out.push(...this.block(node, level));
    }
    return out;
  }

  private section(section: Section): FilledSection {
    return {
      type: 'section',
      id: this.slugger.slug(this.idText(section.title)),
      level: section.level,
      number: '',
      title: this.runs(section.title),
      annex: section.annex,
      guide: section.guide.flatMap((block) => this.block(block, section.level) as FilledBlock[]),
      body: this.nodes(section.body, section.level),
    };
  }

  private block(block: Block, level: number): FilledNode[] {
    switch (block.type) {
      case 'paragraph':
        return [{ type: 'paragraph', runs: this.runs(block.content) }];
      case 'list':
        return [{ type: 'list', ordered: block.ordered, items: block.items.map((item) => this.runs(item)) }];
      case 'table':
        return [{ type: 'table', head: block.head.map((cell) => this.runs(cell)), rows: block.rows.map((row) => row.map((cell) => this.runs(cell))) }];
      case 'signature': {
        const lines = block.lines.map((line) => this.runs(line));
        const texts = lines.map(textOf);
        const place = placeSignature(texts.slice(0, -1), texts.at(-1) ?? '', this.sealed);
        return [{ type: 'signature', lines, place }];
      }
      case 'flow':
        return [{ type: 'flow', title: block.title, steps: block.steps.map((step) => this.flowStep(step)) }];
      case 'fieldBlock':
        return this.fieldBlock(this.field(block.key), level);
    }
  }

  private flowStep(step: FlowStep<Inline[]>): FlowStep<Run[]> {
    const branches = step.branches.map(({ condition, content }) => ({ ...(condition ? { condition: this.runs(condition) } : {}), content: this.runs(content) }));
    return { content: this.runs(step.content), branches };
  }

  private fieldBlock(field: FieldSpec, level: number): FilledNode[] {
    const value = this.value(field);
    switch (field.kind) {
      case 'longtext': {
        const paragraphs = paragraphsOf(typeof value === 'string' ? value : '');
        if (paragraphs.length === 0) return [{ type: 'paragraph', runs: [this.missingRun(field)] }];
        return paragraphs.map((text) => ({ type: 'paragraph', runs: [{ text, field: field.key }] }));
      }
      case 'personList':
        return [this.personTable(field, namedPersons((value as Person[] | undefined) ?? []))];
      case 'table':
        return [this.valueTable(field, (value as string[][] | undefined) ?? [])];
      case 'groupList':
        return this.groups(field, (value as Group[] | undefined) ?? [], level + 1);
      case 'text':
      case 'date':
      case 'phone':
      case 'number':
      case 'choice':
      case 'person':
      case 'optional':
        return [{ type: 'paragraph', runs: this.runs([{ type: 'field', key: field.key }]) }];
      default:
        return unreachable(field);
    }
  }

  private personTable(field: FieldSpec, persons: Person[]): FilledBlock {
    const withPhone = persons.some((person) => person.phone?.trim());
    const head = ['姓名', '职务', ...(withPhone ? ['联系电话'] : [])].map((text) => [{ text }]);
    if (persons.length === 0) return { type: 'table', head, rows: [[[this.missingRun(field)], [{ text: '' }]]] };
    const cell = (text: string): Run[] => [{ text, field: field.key }];
    const rows = persons.map((p) => [cell(p.name.trim()), cell(p.title.trim()), ...(withPhone ? [cell(p.phone?.trim() ?? '')] : [])]);
    return { type: 'table', head, rows };
  }

  /** A card's phone lines from a table (first column：电话 column), a person list or a phone field. */
  phoneLines(key: string): Run[][] {
    const field = this.field(key);
    const value = this.value(field);
    const line = (who: string, phone: string): Run[] => [{ text: `${who}：`, field: key }, { text: phone, field: key }];
    let lines: Run[][] = [];
    if (field.kind === 'table') {
      const at = field.columns.findIndex((column) => column.includes('电话'));
      lines = ((value as string[][] | undefined) ?? []).filter((row) => row[at]?.trim()).map((row) => line(row[0]?.trim() ?? '', row[at]!.trim()));
    } else if (field.kind === 'personList') {
      lines = namedPersons((value as Person[] | undefined) ?? []).filter((p) => p.phone?.trim()).map((p) => line(formatPerson(p), p.phone!.trim()));
    } else if (typeof value === 'string' && value.trim()) lines = [line(field.label.replace(/电话$/, ''), value.trim())];
    return lines.length > 0 ? lines : [[this.missingRun(field)]];
  }

  private valueTable(field: FieldSpec, rows: string[][]): FilledBlock {
    const columns = field.kind === 'table' ? field.columns : [];
    const head = columns.map((text) => [{ text }]);
    const filled = rows.filter((row) => row.some((cell) => cell.trim() !== ''));
    if (filled.length === 0) {
      return { type: 'table', head, rows: [columns.map((_, i) => (i === 0 ? [this.missingRun(field)] : [{ text: '' }]))] };
    }
    return { type: 'table', head, rows: filled.map((row) => row.map((text) => [{ text: text.trim(), field: field.key }])) };
  }

  private groups(field: FieldSpec, groups: Group[], level: number): FilledNode[] {
    // A group the user has started on shows even before it has a name (the name is marked unfilled).
    const started = groups.filter((group) => !isEmptyGroup(group));
    if (started.length === 0) return [{ type: 'paragraph', runs: [this.missingRun(field)] }];
    return started.map((group) => this.group(field, group, level));
  }

  private group(field: FieldSpec, group: Group, level: number): FilledSection {
    const person = (label: string, p: Person | undefined): Run =>
      p && p.name.trim() ? { text: formatPerson(p), field: field.key } : this.missingRun(field, label);
    const members = namedPersons(group.members);
    const line = (label: string, run: Run): FilledBlock => ({ type: 'paragraph', runs: [{ text: `${label}：` }, run] });
    const body: FilledBlock[] = [line('组长', person('组长', group.leader))];
    if (group.deputy) body.push(line('副组长', person('副组长', group.deputy)));
    body.push(line('成员', members.length ? { text: formatPersons(members), field: field.key } : this.missingRun(field, '成员')));
    const duties = paragraphsOf(group.duties);
    duties.forEach((text, i) => body.push({ type: 'paragraph', runs: i === 0 ? [{ text: '职责：' }, { text }] : [{ text }] }));
    const name = group.name.trim();
    const title = name ? [{ text: name }] : [this.missingRun(field, '工作组名称')];
    return { type: 'section', id: this.slugger.slug(name || '工作组'), level, number: '', title, annex: false, guide: [], body };
  }
}

const blankPerson = (person: Person | undefined): boolean => !person || (!person.name.trim() && !person.title.trim());

/** A group with nothing typed into it: a row just added, not yet part of the plan. */
function isEmptyGroup(group: Group): boolean {
  return !group.name.trim() && !group.duties.trim() && blankPerson(group.leader) && blankPerson(group.deputy) && group.members.every(blankPerson);
}

/** Numbers headings after optional parts are dropped, so the numbering never has gaps. */
function numberSections(nodes: FilledNode[]): void {
  let index = 0;
  for (const node of nodes) {
    if (node.type !== 'section') continue;
    if (!node.annex) node.number = headingNumber(node.level, ++index);
    numberSections(node.body);
  }
}

/** Template + values → the filled document that every renderer takes. */
export function fill(template: Template, mode: FillMode, values: Values = {}, options: FillOptions = {}): FilledDoc {
  const filler = new Filler(template, mode, values, options.sealed ?? true);
  const title = filler.runs(template.doc.title);
  const body = filler.nodes(template.doc.body, 0);
  numberSections(body);
  const { annexes, missing } = numberAnnexes(template, body);
  insertAnnexNote(body, annexNote(annexes));
  const cards = template.cards ? { cards: fillCards(template.cards, body, filler) } : {};
  return { title, body, missing: [...[...filler.missing].map(([key, label]) => ({ key, label })), ...missing], ...cards };
}

/** Plain text of runs, placeholders included as 【label】. */
export const textOf = (runs: Run[]): string => runs.map((run) => run.text).join('');

/** Every section of a document, depth first. */
export function* sectionsOf(nodes: FilledNode[]): Generator<FilledSection> {
  for (const node of nodes) {
    if (node.type !== 'section') continue;
    yield node;
    yield* sectionsOf(node.body);
  }
}
