import { z } from 'astro/zod';

export const VOCABULARY_FILE = 'content/search/vocabulary.json';

const word = z.string().trim().min(1, 'must not be empty');
/** A word of an entry's `from` or `to`: the search page packs entries as "from|from>to" (packed.ts). */
const entryWord = word.regex(/^[^|>]+$/, 'must not hold | or > (the search page packs entries with them)');

const termSchema = z.object({
  /** What users type: everyday words, older names, the sample plans' terms. */
  from: z.array(entryWord).min(1, 'needs at least one word users type'),
  /** The plans' words to search instead, best first; searched as alternatives. */
  to: z.array(entryWord).min(1, 'needs at least one plan term'),
  kind: z.enum(['colloquial', 'outdated', 'source-sample']),
  /** Why the entry exists: what the plans say instead. */
  note: word,
});

/** Words of a question that ask for a kind of section (怎么救) → words of those sections' headings (救护, 救援). */
const actionSchema = z.object({
  from: z.array(entryWord).min(1, 'needs at least one word users type'),
  to: z.array(entryWord).min(1, 'needs at least one heading word'),
  note: word,
});

/** The search vocabulary (content/search/vocabulary.json): how people ask → the plans' words. */
export const vocabularySchema = z.object({
  terms: z.array(termSchema),
  /** Within the plan a question names, sections whose heading holds one of an action's words go first. */
  actions: z.array(actionSchema).default([]),
  /** Whole question words (怎么办, 如何) removed wherever they occur. */
  questionWords: z.array(word),
  /** One-character words (了, 的, 要) removed only where the segmenter finds them alone. */
  particles: z.array(word),
  /**
   * Offices and posts (维稳办, 安监局, 保卫科): who is asking or who acts, not what about. Left out
   * of a query that has other words (维稳办 值班 searches 值班); alone, searched through its term.
   */
  roleWords: z.array(word).default([]),
  /** Organisation type label → words that name it (厂 → 企业); they boost that type's plans. */
  orgWords: z.record(z.string(), z.array(word)),
  /** Template slug → other names users call it. Slugs of templates not in the catalog are ignored. */
  templates: z.record(z.string(), z.array(word)),
});

export type Vocabulary = z.infer<typeof vocabularySchema>;
export type VocabularyTerm = Vocabulary['terms'][number];

/** Reads the vocabulary file's JSON, or throws naming the file, the field and the fix. */
export function parseVocabulary(json: unknown): Vocabulary {
  const result = vocabularySchema.safeParse(json);
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => `${VOCABULARY_FILE} (field "${issue.path.join('.')}"): ${issue.message}`);
  throw new Error(`${lines.join('\n')}\n  Fix: correct the entry; see the $comment at the top of the file for its shape.`);
}

/**
 * Problems a reviewer must fix: a word mapped twice (the result would depend on order) and an
 * organisation label that is not one of the catalog's. Aliases of absent templates are not problems:
 * templates land on their own schedule.
 */
export function vocabularyProblems(vocabulary: Vocabulary, orgLabels: readonly string[]): string[] {
  const problems: string[] = [];
  const seen = new Map<string, string>();
  for (const term of vocabulary.terms) {
    for (const from of term.from) {
      const other = seen.get(from);
      if (other !== undefined) problems.push(`"${from}" is mapped twice (to ${other} and to ${term.to.join('/')}); keep one entry.`);
      seen.set(from, term.to.join('/'));
    }
  }
  for (const label of Object.keys(vocabulary.orgWords)) {
    if (!orgLabels.includes(label)) problems.push(`orgWords key "${label}" is not an organisation type; use one of ${orgLabels.join('、')}.`);
  }
  return problems;
}
