import type { ProfileKey } from './profile-fields';
import type { SignaturePlacement } from './signature';

/* ---------- Fields, as the frontmatter declares them (src/lib/parse/schema.ts validates and must agree) ---------- */

export interface Person {
  /** 姓名 */
  name: string;
  /** 职务, shown in brackets after the name: 王明（校长）. */
  title: string;
  /** 联系电话; when any person of a list has one, the list's table gets a phone column. */
  phone?: string | undefined;
}

export interface Group {
  /** The working group's name, e.g. 后勤保障组. */
  name: string;
  leader: Person;
  deputy?: Person | undefined;
  members: Person[];
  /** 职责: one paragraph per line. */
  duties: string;
}

interface FieldBase {
  /** Used in placeholders: `[[key]]`. */
  key: string;
  /** Chinese label shown in the form and in unfilled placeholders as 【label】. */
  label: string;
  /** One sentence telling the user what to enter. */
  help: string;
  /** Whether the form counts the field as something left to fill. */
  required: boolean;
}

/** A field by kind, with its worked example's value. */
export type FieldSpec = FieldBase &
  (
    | { kind: 'text'; example: string }
    | { kind: 'longtext'; example: string }
    | { kind: 'date'; example: string }
    | { kind: 'phone'; example: string }
    | { kind: 'number'; example: string }
    | { kind: 'choice'; options: string[]; example: string }
    | { kind: 'person'; example: Person }
    | { kind: 'personList'; example: Person[] }
    | { kind: 'groupList'; example: Group[] }
    | { kind: 'table'; columns: string[]; example: string[][] }
    | { kind: 'optional'; example: boolean }
  );

export type FieldKind = FieldSpec['kind'];

/** A template's field → unit-profile detail mapping (frontmatter `profile:`). */
export type ProfileMap = Record<string, ProfileKey>;

/* ---------- The template: what the build parses out of an MDX body ---------- */

/** Inline content: literal text, bold text, or a placeholder `[[key]]`. */
export type Inline =
  | { type: 'text'; value: string; strong?: boolean }
  | { type: 'field'; key: string; strong?: boolean };

/**
 * One step of a flowchart. `branches` are the step's ways out: `condition` → `content`
 * ("情况较大：报告组长"), or a plain note when `condition` is absent.
 */
export interface FlowStep<T> {
  content: T;
  branches: { condition?: T; content: T }[];
}

/** `when` names an `optional` field: the node is dropped when the user leaves that field off. */
interface Conditional {
  when?: string;
}

export type Block = Conditional &
  (
    | { type: 'paragraph'; content: Inline[] }
    | { type: 'list'; ordered: boolean; items: Inline[][] }
    | { type: 'table'; head: Inline[][]; rows: Inline[][][] }
    /** A paragraph holding only `[[key]]`: longtext, personList, groupList or table fields. */
    | { type: 'fieldBlock'; key: string }
    | { type: 'signature'; lines: Inline[][] }
    /** `<Flow title="…">`: a flowchart of steps in order, arrows between them. */
    | { type: 'flow'; title: string; steps: FlowStep<Inline[]>[] }
  );

export interface Section extends Conditional {
  type: 'section';
  /** 1 = 一、 2 = （一） 3 = 1. 4 = （1）. */
  level: number;
  title: Inline[];
  /** 附件 sections are not numbered and start a new page. */
  annex: boolean;
  /** 写作要点 shown on the page, never in the plan. Plain text blocks without placeholders. */
  guide: Block[];
  body: (Block | Section)[];
}

export interface TemplateDoc {
  title: Inline[];
  /** Blocks before the first heading (a preamble). */
  body: (Block | Section)[];
}

/** One 应急处置卡 as the author declared it: what feeds it (see schema.ts `cards`). */
export interface CardSpec {
  post: Inline[];
  /** Title of the body's <Flow> whose steps the card carries. */
  flow: string;
  risks: Inline[][];
  /** Fields (table, personList or phone) whose phone numbers the card lists. */
  phones: string[];
  /** Lines of their own, or the list items of the body section with this title. */
  notes: { lines: Inline[][] } | { section: string };
}

export interface Template {
  slug: string;
  /** Catalog title. */
  name: string;
  fields: FieldSpec[];
  doc: TemplateDoc;
  /** 预案类型 (planKind), which decides whether the 印发通知 is on by default. */
  kind?: string;
  /** Which fields hold the unit's details (单位信息), by meaning: field key → profile key. */
  profile?: ProfileMap;
  /** 应急处置卡, one per post, in the author's order. */
  cards?: CardSpec[];
}

/* ---------- Values the user (or the example) supplies ---------- */

export type FieldValue = string | boolean | Person | Person[] | Group[] | string[][];
export type Values = Record<string, FieldValue | undefined>;

/** blank: every value unfilled; example: the fields' example values; user: the given values. */
export type FillMode = 'blank' | 'example' | 'user';

export interface FillOptions {
  /** Whether the document will carry the unit's seal, which moves 署名 and 成文日期 (GB/T 9704 §7.3.5). Default true. */
  sealed?: boolean;
}

/* ---------- The filled document every renderer takes ---------- */

/** A run of text. `missing` runs are unfilled placeholders, shown as 【label】. */
export interface Run {
  text: string;
  strong?: boolean;
  missing?: boolean;
  /** The field the run came from, so the preview can link an unfilled run to its input. */
  field?: string;
}

export type FilledBlock =
  | { type: 'paragraph'; runs: Run[] }
  | { type: 'list'; ordered: boolean; items: Run[][] }
  | { type: 'table'; head: Run[][]; rows: Run[][][] }
  /** The last line is the date; `place` sets both per GB/T 9704 §7.3.5. */
  | { type: 'signature'; lines: Run[][]; place: SignaturePlacement }
  /** 附件说明 (GB/T 9704 §7.3.6): one item per included annex, numbered 1．… when there are several. */
  | { type: 'annexNote'; items: Run[][] }
  | { type: 'flow'; title: string; steps: FlowStep<Run[]>[] };

export interface FilledSection {
  type: 'section';
  /** Stable anchor id, unique in the document. */
  id: string;
  level: number;
  /** Heading number as printed: 一、 （一） 1. （1）, or '' for annexes. */
  number: string;
  title: Run[];
  annex: boolean;
  guide: FilledBlock[];
  body: (FilledBlock | FilledSection)[];
}

/** A filled 应急处置卡: what one post does, in order, and whom to call. */
export interface FilledCard {
  post: Run[];
  risks: Run[][];
  steps: FlowStep<Run[]>[];
  /** One line per number: who, then the number. */
  phones: Run[][];
  notes: Run[][];
}

export interface FilledDoc {
  title: Run[];
  body: (FilledBlock | FilledSection)[];
  /** Fields still unfilled, in document order, each once. */
  missing: { key: string; label: string }[];
  /** 应急处置卡 of a template that declares them; a card whose flow is left out is left out too. */
  cards?: FilledCard[];
}
