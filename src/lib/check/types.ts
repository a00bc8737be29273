import type { z } from 'astro/zod';
import type { basesFileSchema, rulesFileSchema } from './data-schema';

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

/* ---------- Rules: content/check/*.yaml after validation, as their schemas (data-schema.ts) give them ---------- */

type RulesFile = z.output<typeof rulesFileSchema>;
type KindFile = RulesFile['kinds'][number];

export type Severity = 'error' | 'warning' | 'info';

export interface ExampleLink {
  /** Where the template shows how to write it: /templates/<slug>/#<section id>. */
  href: string;
  label: string;
}

/** A required element; `example` is the link the build made from the rules' template and section. */
export type ElementRule = Omit<KindFile['elements'][number], 'example'> & { example?: ExampleLink | undefined };
export type KindRule = Omit<KindFile, 'elements'> & { elements: ElementRule[] };
export type MessageRule = RulesFile['reportLimit'];
export type DrillRule = RulesFile['drills'][number];
export type WordRule = RulesFile['petition'][number];
export type StaleRule = RulesFile['stale'][number];
/** A report to the authorities must be made within maxMinutes (production accidents: 60). */
export type ReportLimitRule = RulesFile['reportLimits'][number];
/** A petition time limit or headcount: the number near `before`/`after` words must not exceed max. */
export type PetitionLimitRule = RulesFile['petitionLimits'][number];
export type LegalBasis = z.output<typeof basesFileSchema>[number];
export type Rules = Omit<RulesFile, 'kinds'> & { kinds: KindRule[]; bases: LegalBasis[] };

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
