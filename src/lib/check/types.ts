/* ---------- Reading: a user's file becomes a list of paragraphs ---------- */

/** One paragraph of the user's document, or one table row with its cells joined by tabs. */
export interface Paragraph {
  text: string;
  /** Outline level from the file itself (a .docx heading style, a Markdown #), when it says so. */
  headingLevel?: number;
  /** Set on table rows: the text of each cell. */
  cells?: string[];
}

/* ---------- Structure: paragraphs with their place in the outline ---------- */

export type LineType = 'annex' | 'heading' | 'article' | 'date' | 'text';

export interface Line {
  /** Index into the document's paragraphs: findings point here, the page links to it. */
  index: number;
  text: string;
  type: LineType;
  /** For headings: the numbering style, e.g. 'cn' for 一、, 'decimal-2' for 1.1. */
  style?: string;
  /** For headings and annexes: the title without its number. */
  title?: string;
  /** Outline level (1 = top), set for headings and annexes. */
  level?: number;
  /** Index of the heading line whose section holds this line, or -1 before the first heading. */
  section: number;
  inTable: boolean;
}

export interface Outline {
  title: string;
  lines: Line[];
  /** Indexes of heading and annex lines, in order. */
  headings: number[];
}

/* ---------- Rules: content/check/*.yaml after validation ---------- */

export type Severity = 'error' | 'warning' | 'info';

export interface ExampleLink {
  /** Where the template shows how to write it: /templates/<slug>/#<section id>. */
  href: string;
  label: string;
}

export interface ElementRule {
  id: string;
  name: string;
  /** Words that, in a heading, show the element is there. */
  headings: string[];
  /** Words that, anywhere in the text, also show it (for plans without recognisable headings). */
  text: string[];
  severity: Severity;
  source: string;
  example?: ExampleLink | undefined;
}

export interface MessageRule {
  severity: Severity;
  message: string;
  fix: string;
  source?: string | undefined;
}

export interface KindRule {
  id: string;
  name: string;
  /** Groups of title words; every group needs one hit. */
  title: string[][];
  source: string;
  /** The element whose sections must give a report time limit. */
  reportElement?: string | undefined;
  outdatedHeadings: (MessageRule & { words: string[] })[];
  elements: ElementRule[];
}

export interface DrillRule extends MessageRule {
  id: string;
  titleWords: string[];
  textWords: string[];
  kinds: string[];
  clauseWords: string[];
  maxMonths: number;
}

export interface WordRule extends MessageRule {
  id: string;
  words: string[];
  unless: string[];
}

export interface StaleRule extends MessageRule {
  id: string;
  words: string[];
  periods: { words: string[]; end: number }[];
}

export interface LegalBasis {
  id: string;
  name: string;
  cite?: string | undefined;
  status: '现行' | '已修订' | '已废止';
  titles: string[];
  numbers: string[];
  marks: string[];
  default: boolean;
  replacedBy?: string | undefined;
  changed?: string | undefined;
  note?: string | undefined;
}

export interface Rules {
  kinds: KindRule[];
  reportLimit: MessageRule;
  drills: DrillRule[];
  /** notAfter: text before a blank that makes it a field to fill by hand (签名、日期), not a leftover. */
  blanks: MessageRule & { skipSections: string[]; patterns: { label: string; pattern: string; notAfter?: string | undefined }[] };
  stale: StaleRule[];
  pastPeriod: MessageRule & { yearsOld: number };
  staleDate: MessageRule & { years: number };
  petition: WordRule[];
  bases: LegalBasis[];
}

/* ---------- Judging: findings ---------- */

export interface Finding {
  /** Rule id, e.g. "missing-element", "superseded-basis". */
  rule: string;
  severity: Severity;
  message: string;
  fix: string;
  /** Paragraph the finding is about; absent for whole-document findings such as a missing element. */
  at?: number | undefined;
  /** Further paragraphs where the same finding occurs: one finding lists all its places. */
  alsoAt?: number[] | undefined;
  /** The legal or normative source of the rule. */
  source?: string | undefined;
  /** The template section or guide paragraph that shows how to write it. */
  link?: ExampleLink | undefined;
}

export interface Report {
  title: string;
  kind: string;
  kindName: string;
  /** How the kind was decided: given by the user, read from the title, or guessed from the structure. */
  kindBy: 'user' | 'title' | 'structure';
  findings: Finding[];
  counts: Record<Severity, number>;
  /** Required elements by name; `found` says where each present one was seen, so a reader can verify it. */
  elements: { present: string[]; missing: string[]; found: ElementPlace[] };
  outline: Outline;
}

export interface ElementPlace {
  element: string;
  /** A numbered or short title line, a table row or cell, or a sentence of the text. */
  how: 'heading' | 'table' | 'text';
  at: number;
}
