import { z } from 'astro/zod';
import { PROFILE_KEYS } from '../model/profile-fields';
import type { FieldSpec, Group, Person, ProfileMap } from '../model/types';
import { ORG_TYPE_LABELS, PLAN_KIND_LABELS } from '../site/taxonomy';

/** Field keys are ASCII so authors can type `[[key]]` in MDX without an input method. */
const fieldKey = z
  .string()
  .regex(/^[a-z][A-Za-z0-9]*$/, 'must start with a lowercase letter and contain only letters and digits, e.g. "orgName"');

const nonEmpty = z.string().trim().min(1, 'must not be empty');

/** A calendar day written YYYY-MM-DD; 2026-02-30 or 2026-13-45 is refused, not rolled over to another day. */
export function isCalendarDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const day = new Date(`${text}T00:00:00Z`);
  // Date rolls an impossible day over to a later one; only a real day reads back as written.
  return !Number.isNaN(day.getTime()) && day.toISOString().slice(0, 10) === text;
}

/** The frontmatter is read as YAML 1.2, so a date arrives as the text the author wrote. */
const isoDate = z.string().trim().refine(isCalendarDate, {
  message: 'must be a real date written as YYYY-MM-DD, e.g. 2026-06-29',
});

/**
 * A date in frontmatter that Astro reads (the guide): its YAML 1.1 reader turns an unquoted
 * 2026-02-30 into 2 March before any schema sees it, so the date is written in quotes and checked
 * as text, as templates' dates are.
 */
export const quotedCalendarDate = z.unknown().pipe(
  z.string({ error: 'must be a date in quotes, e.g. "2026-06-29" (unquoted, Astro reads 2026-02-30 as 2 March)' }).trim().refine(isCalendarDate, {
    message: 'must be a real date written as "YYYY-MM-DD", e.g. "2026-06-29"',
  }),
);

const personSchema = z.object({
  /** 姓名 */
  name: nonEmpty,
  /** 职务, shown in brackets after the name: 王明（校长）. */
  title: z.string().default(''),
  /** 联系电话; when any person of a list has one, the list's table gets a phone column. */
  phone: z.string().optional(),
});

const groupSchema = z.object({
  /** The working group's name, e.g. 后勤保障组. */
  name: nonEmpty,
  leader: personSchema,
  deputy: personSchema.optional(),
  members: z.array(personSchema).default([]),
  /** 职责: one paragraph per line. The blank template shows these, so they are real content. */
  duties: nonEmpty,
});

/** Shared by every field kind. */
const fieldBase = {
  /** Used in placeholders: `[[key]]`. */
  key: fieldKey,
  /** Chinese label shown in the form and in unfilled placeholders as 【label】. */
  label: nonEmpty,
  /** One sentence telling the user what to enter. */
  help: nonEmpty,
  /** Whether the form counts the field as something left to fill. */
  required: z.boolean().default(true),
};

export const fieldSchema = z.discriminatedUnion('kind', [
  z.object({ ...fieldBase, kind: z.literal('text'), example: nonEmpty }),
  z.object({ ...fieldBase, kind: z.literal('longtext'), example: nonEmpty }),
  z.object({ ...fieldBase, kind: z.literal('date'), example: isoDate }),
  z.object({ ...fieldBase, kind: z.literal('phone'), example: nonEmpty }),
  z.object({
    ...fieldBase,
    kind: z.literal('number'),
    example: z.union([z.number(), z.string()]).transform(String),
  }),
  z.object({
    ...fieldBase,
    kind: z.literal('choice'),
    options: z.array(nonEmpty).min(2, 'a choice needs at least two options'),
    example: nonEmpty,
  }),
  z.object({ ...fieldBase, kind: z.literal('person'), example: personSchema }),
  z.object({ ...fieldBase, kind: z.literal('personList'), example: z.array(personSchema).min(1) }),
  z.object({ ...fieldBase, kind: z.literal('groupList'), example: z.array(groupSchema).min(1) }),
  z.object({
    ...fieldBase,
    kind: z.literal('table'),
    /** Column headings of the table, e.g. [名称, 型号, 数量, 存放地点, 管理责任人, 联系电话]. */
    columns: z.array(nonEmpty).min(1),
    example: z.array(z.array(z.string())).min(1),
  }),
  z.object({
    ...fieldBase,
    kind: z.literal('optional'),
    required: z.boolean().default(false),
    /** Whether the worked example includes the section. */
    example: z.boolean(),
  }),
]);

/**
 * One 应急处置卡 (emergency response card) for one post: the author names what feeds it, the
 * renderers only lay it out. Card text may hold [[key]] placeholders.
 */
const cardSchema = z.object({
  /** 岗位: who carries the card, e.g. "[[postName]]当班值班电工". */
  post: nonEmpty,
  /** The title of a <Flow> in the body: its steps, in order, are the card's steps. */
  flow: nonEmpty,
  /** 主要风险: a few short lines. */
  risks: z.array(nonEmpty).min(1),
  /** Keys of the fields giving the numbers to call: a table with a 电话 column, a person list with phones, or a phone field. */
  phones: z.array(fieldKey).min(1),
  /** 注意事项: a few short lines, or the title of a body section whose list items are the notes. */
  notes: z.union([nonEmpty, z.array(nonEmpty).min(1)]),
});

const ORG_TYPES = Object.values(ORG_TYPE_LABELS) as [string, ...string[]];
const PLAN_KINDS = Object.values(PLAN_KIND_LABELS) as [string, ...string[]];

export const templateSchema = z.object({
  /** Catalog title, e.g. 企业维稳应急预案（群体性上访事件）. */
  title: nonEmpty,
  /** URL segment: /templates/<slug>/. Lowercase ASCII words joined by hyphens. */
  slug: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lowercase letters, digits and hyphens, e.g. "school-stability-plan"'),
  /** 单位类型, one of the catalog's organisation types. */
  orgType: z.enum(ORG_TYPES),
  /** 预案类型, one of the catalog's plan kinds. */
  planKind: z.enum(PLAN_KINDS),
  /** One or two sentences for the catalog and search results. */
  summary: nonEmpty,
  /** The document's own title, with placeholders, e.g. "[[orgName]]群体性上访事件应急预案". */
  documentTitle: nonEmpty,
  /** Laws, regulations and standards in force that the plan rests on. */
  legalBasis: z.array(nonEmpty).min(1),
  /** When the template's content was last reviewed. */
  updated: isoDate,
  /** The worked example's one-line description of the fictional organisation. */
  exampleNote: z.string().optional(),
  fields: z.array(fieldSchema).min(1),
  /**
   * Optional. Which fields hold the unit's details (单位信息), so a profile entered on one template
   * fills them on every other: `fieldKey: profileKey`, e.g. `leader: principal`. Profile keys are
   * listed in src/lib/model/profile-fields.ts (PROFILE_FIELDS); the build checks that each field exists and can
   * take the detail (a person field for a person, text or phone for text).
   */
  profile: z.record(fieldKey, z.enum(PROFILE_KEYS)).optional(),
  /** Optional. 应急处置卡, one per post (生产安全事故应急预案管理办法): printed as A5 cards. */
  cards: z.array(cardSchema).optional(),
});

export type TemplateFrontmatter = z.infer<typeof templateSchema>;

/** True only when A and B are the same type. */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
/**
 * The model declares its types (src/lib/model/types.ts); the schemas that check what authors wrote
 * must produce exactly them. A schema that drifts from the model fails `astro check` here.
 */
export const SCHEMAS_MATCH_MODEL: [Same<z.infer<typeof fieldSchema>, FieldSpec>, Same<z.infer<typeof personSchema>, Person>, Same<z.infer<typeof groupSchema>, Group>, Same<NonNullable<TemplateFrontmatter['profile']>, ProfileMap>] = [true, true, true, true];
export type CardFrontmatter = z.infer<typeof cardSchema>;
