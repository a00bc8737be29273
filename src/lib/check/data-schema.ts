import { z } from 'astro/zod';
import { isCalendarDate } from '../parse/schema';

/* Schemas of content/check/rules.yaml and content/check/legal-bases.yaml, as authors write them. */

const text = z.string().trim().min(1, 'must not be empty');
const words = z.array(text).default([]);
const SEVERITIES = { 错误: 'error', 警告: 'warning', 提示: 'info' } as const;
/** Authors write 错误 / 警告 / 提示; the checker works with error / warning / info. */
const severity = z.enum(['错误', '警告', '提示']).transform((value) => SEVERITIES[value]);

const message = {
  severity,
  /** What is wrong, in plain Chinese; {word}-style slots are filled in. */
  message: text,
  /** How to fix it. */
  fix: text,
  /** The law, standard or practice the rule rests on. */
  source: text.optional(),
};

const element = z.object({
  id: text,
  name: text,
  /** Words that, in a heading, show the element is there. */
  headings: z.array(text).min(1, 'list at least one heading word'),
  /** Words that, anywhere in the text, also show it (for plans without recognisable headings). */
  text: words,
  severity,
  source: text,
  /** The template section that shows how to write it. */
  example: z.object({ template: text, section: text }).optional(),
  /**
   * A lighter severity when the title names a kind of unit that may simplify this element (e.g. a
   * 社区 or 养老院 plan under 国办发〔2024〕5号); `note` is added to the message to say why.
   */
  simpler: z.object({ titleWords: z.array(text).min(1), severity, note: text }).optional(),
});

const kind = z.object({
  id: z.string().regex(/^[a-z]+(?:-[a-z]+)*$/, 'must be lowercase words joined by hyphens, e.g. "duty-rules"'),
  name: text,
  /** Groups of title words; every group needs one hit. */
  title: z.array(z.array(text).min(1)).min(1, 'list at least one group of title words'),
  source: text,
  /** The element whose sections must give a report time limit. */
  reportElement: text.optional(),
  /** `words` count anywhere in a heading; `exact` only as the whole heading (保障措施, not 应急保障措施). */
  outdatedHeadings: z.array(z.object({ words: z.array(text).min(1), exact: words, ...message })).default([]),
  elements: z.array(element).min(1, 'list at least one required element'),
});

export const rulesFileSchema = z.object({
  kinds: z.array(kind).min(1),
  /** `strictKinds`: kinds where only a figure counts as a report time limit ("立即报告" counts for the others). */
  reportLimit: z.object({ strictKinds: words, ...message }),
  drills: z.array(
    z.object({
      id: text,
      titleWords: words,
      textWords: words,
      kinds: words,
      clauseWords: words,
      maxMonths: z.number().positive('must be a number of months greater than 0'),
      ...message,
    }),
  ),
  /** notAfter: text before a blank that makes it a field to fill by hand (签名、日期), not a leftover. */
  blanks: z.object({ ...message, skipSections: words, patterns: z.array(z.object({ label: text, pattern: text, notAfter: text.optional() })).min(1) }),
  stale: z.array(z.object({ id: text, words, unless: words, periods: z.array(z.object({ words: z.array(text).min(1), end: z.number().int() })).default([]), ...message })),
  anniversaries: z.array(z.object({ words: z.array(text).min(1), from: z.number().int(), ...message })).default([]),
  reportLimits: z
    .array(z.object({ id: text, kinds: words, titleWords: words, authorityWords: z.array(text).min(1), maxMinutes: z.number().positive(), ...message }))
    .default([]),
  petitionLimits: z
    .array(z.object({ id: text, before: words, after: words, notAfter: words, unit: z.enum(['日', '人']), max: z.number().int().positive(), ...message }))
    .default([]),
  oldNames: z.array(z.object({ id: text, words: z.array(text).min(1), notAfter: words, ...message })).default([]),
  warningColours: z.object(message).optional(),
  copiedLevels: z.object(message).optional(),
  pastPeriod: z.object({ yearsOld: z.number().int().min(0), ...message }),
  staleDate: z.object({ years: z.number().positive(), ...message }),
  /**
   * Wording families; `rule` names the finding (default petition-wording), `source` its basis;
   * `with`: the sentence must also hold one of these words (一票否决 only about 上访).
   */
  petition: z.array(z.object({ id: text, rule: text.optional(), words: z.array(text).min(1), unless: words, with: words, ...message })),
});

/** YAML 1.2 keeps dates as text; a day must exist (2026-02-30 is refused, as in templates). */
const isoDay = z
  .string()
  .regex(/^\d{4}(-\d{2}){0,2}$/, 'must be written as YYYY-MM-DD, YYYY-MM or YYYY')
  .refine((day) => (day.length === 10 ? isCalendarDate(day) : day.length === 4 || isCalendarDate(`${day}-01`)), 'must be a real date, e.g. 2024-01-31');

export const basesFileSchema = z.array(
  z.object({
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lowercase letters, digits and hyphens'),
    name: text,
    cite: text.optional(),
    status: z.enum(['现行', '已修订', '已废止']),
    titles: z.array(text).min(1, 'list the title as plans write it inside 《》'),
    numbers: words,
    marks: z.array(z.union([text, z.number().transform(String)])).default([]),
    default: z.boolean().default(false),
    replacedBy: text.optional(),
    changed: z.union([isoDay, z.number().transform(String)]).optional(),
    note: text.optional(),
    /**
     * Articles only this edition has under that number: "《突发事件应对法》第十七条规定，国家建立健全
     * 突发事件应急预案体系" quotes the 2007 law even when the citation names no year.
     */
    articles: z.array(z.object({ article: text, words: z.array(text).min(1) })).default([]),
  }),
);
