/**
 * YAML written by content authors (template frontmatter, the checker's rules and legal-basis
 * registry): parsed as YAML 1.2 with line numbers, validated by a zod schema, every problem turned
 * into an AuthorError naming file, line, field and fix. The one place YAML locations are worked out.
 */
import type { z } from 'astro/zod';
import { LineCounter, parseDocument, type Document } from 'yaml';
import { AuthorError, type Problem } from './errors';

export interface ParsedYaml {
  doc: Document;
  lines: LineCounter;
  /** The file named in problems. */
  file: string;
}

/**
 * Parses YAML 1.2 (the `yaml` library's core schema keeps dates as text, so an impossible date such
 * as 2026-02-30 reaches the schema as written instead of being rolled over to March as YAML 1.1
 * timestamps are). Throws an AuthorError of `subject` for YAML syntax errors.
 */
export function parseYaml(subject: string, file: string, source: string, what = 'the file'): ParsedYaml {
  const lines = new LineCounter();
  const doc = parseDocument(source, { lineCounter: lines, prettyErrors: false });
  if (doc.errors.length > 0) {
    throw new AuthorError(
      subject,
      doc.errors.map((error) => ({
        file,
        line: lines.linePos(error.pos[0]).line,
        message: `${what} is not valid YAML (${error.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '')}).`,
        fix: 'check indentation and quote values that contain a colon or start with [ or {.',
      })),
    );
  }
  return { doc, lines, file };
}

/** The file line of the YAML node at `path`, or of its nearest parent that exists. */
export function lineAt(parsed: Pick<ParsedYaml, 'doc' | 'lines'>, path: readonly PropertyKey[]): number | undefined {
  for (let depth = path.length; depth >= 0; depth -= 1) {
    const node = parsed.doc.getIn(path.slice(0, depth), true) as { range?: [number, number, number] } | undefined;
    if (node?.range) return parsed.lines.linePos(node.range[0]).line;
  }
  return undefined;
}

/** Advice per kind of schema issue; `otherwise` for a value the issue's message itself explains. */
export type Fixes = Partial<Record<string, string>> & { otherwise: string };

const CHOOSE = 'use one of the values listed.';
const fixFor = (code: string, fixes: Fixes): string => fixes[code] ?? (code === 'invalid_value' || code === 'invalid_union' ? CHOOSE : fixes.otherwise);

/** A problem at a path of a parsed YAML document. */
export const problemAt = (parsed: ParsedYaml, path: readonly PropertyKey[], message: string, fix: string): Problem => ({
  file: parsed.file,
  line: lineAt(parsed, path),
  field: path.map(String).join('.') || undefined,
  message,
  fix,
});

/**
 * The document's data checked by `schema`; throws an AuthorError of `subject` listing every issue.
 * `fixes` says where the file's rules are written.
 */
export function validateYaml<T extends z.ZodType>(subject: string, parsed: ParsedYaml, schema: T, fixes: Fixes): z.infer<T> {
  const result = schema.safeParse(parsed.doc.toJS());
  if (result.success) return result.data;
  throw new AuthorError(
    subject,
    result.error.issues.map((issue) => {
      const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
      return problemAt(parsed, path, issue.message, fixFor(issue.code, fixes));
    }),
  );
}
