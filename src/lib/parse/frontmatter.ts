import { LineCounter, parseDocument, type Document } from 'yaml';
import type { TemplateFrontmatter } from './schema';
import { templateSchema } from './schema';
import { TemplateError, type Problem } from './errors';

/** `---` on its own line, the YAML, and a closing `---` line, at the very start of the file. */
const FRONTMATTER = /^\uFEFF?---[ \t]*(\r?\n[\s\S]*?\r?\n|\r?\n)---[ \t]*(?=\r?\n|$)/;

/** A template file split into its YAML and its body; the body keeps the file's line numbers. */
export interface SplitFile {
  /** Starts with the newline that ends the opening --- line, so its line numbers are the file's. */
  yaml: string;
  body: string;
}

export function splitFrontmatter(file: string, code: string): SplitFile {
  const match = FRONTMATTER.exec(code);
  if (!match) {
    throw new TemplateError([{ file, line: 1, message: 'the file does not start with frontmatter between two --- lines.', fix: 'begin the file with a --- line, the fields (README, "Adding a template"), and a closing --- line.' }]);
  }
  const yaml = match[1]!;
  // Blank lines in place of the frontmatter, as Astro's "empty-with-lines": body lines match the file's.
  return { yaml, body: yaml.replace(/[^\r\n]/g, '') + code.slice(match[0].length) };
}

function fixFor(code: string): string {
  switch (code) {
    case 'invalid_type':
      return 'add the field with a value of the type shown (README, "Adding a template", lists each field).';
    case 'invalid_value':
    case 'invalid_union':
      return 'use one of the values listed.';
    case 'too_small':
      return 'add at least one value.';
    default:
      return 'correct the value as the message says (README, "Adding a template").';
  }
}

/** The file line of the YAML node at `path`, or of its nearest parent that exists. */
function lineOf(doc: Document, lines: LineCounter, path: PropertyKey[]): number | undefined {
  for (let depth = path.length; depth >= 0; depth -= 1) {
    const node = doc.getIn(path.slice(0, depth), true) as { range?: [number, number, number] } | undefined;
    if (node?.range) return lines.linePos(node.range[0]).line;
  }
  return undefined;
}

/**
 * Reads and validates the frontmatter. YAML 1.2 (the `yaml` library's core schema) keeps dates as
 * text, so an impossible date such as 2026-13-45 reaches the schema as written instead of being
 * rolled over to a real day the way YAML 1.1 timestamps are.
 */
export function readFrontmatter(file: string, split: SplitFile): TemplateFrontmatter {
  const lines = new LineCounter();
  const doc = parseDocument(split.yaml, { lineCounter: lines, prettyErrors: false });
  if (doc.errors.length > 0) {
    throw new TemplateError(
      doc.errors.map((error) => ({
        file,
        line: lines.linePos(error.pos[0]).line,
        message: `the frontmatter is not valid YAML (${error.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '')}).`,
        fix: 'check indentation and quote values that contain a colon or start with [ or {.',
      })),
    );
  }
  const result = templateSchema.safeParse(doc.toJS());
  if (result.success) return result.data;
  throw new TemplateError(
    result.error.issues.map(
      (issue): Problem => ({
        file,
        line: lineOf(doc, lines, issue.path),
        field: issue.path.join('.') || undefined,
        message: issue.message,
        fix: fixFor(issue.code),
      }),
    ),
  );
}
