import { templateError, TEMPLATE_CONTENT } from './errors';
import { templateSchema, type TemplateFrontmatter } from './schema';
import { parseYaml, validateYaml, type Fixes } from './yaml-data';

/** `---` on its own line, the YAML, and a closing `---` line, at the very start of the file. */
const FRONTMATTER = /^\uFEFF?---[ \t]*(\r?\n[\s\S]*?\r?\n|\r?\n)---[ \t]*(?=\r?\n|$)/;

/** A template file split into its YAML and its body; the body keeps the file's line numbers. */
export interface SplitFile {
  /** Starts with the newline that ends the opening --- line, so its line numbers are the file's. */
  yaml: string;
  body: string;
}

const TEMPLATE_FIXES: Fixes = {
  invalid_type: 'add the field with a value of the type shown (README, "Adding a template", lists each field).',
  too_small: 'add at least one value.',
  otherwise: 'correct the value as the message says (README, "Adding a template").',
};

export function splitFrontmatter(file: string, code: string): SplitFile {
  const match = FRONTMATTER.exec(code);
  if (!match) {
    throw templateError([{ file, line: 1, message: 'the file does not start with frontmatter between two --- lines.', fix: 'begin the file with a --- line, the fields (README, "Adding a template"), and a closing --- line.' }]);
  }
  const yaml = match[1]!;
  // Blank lines in place of the frontmatter, as Astro's "empty-with-lines": body lines match the file's.
  return { yaml, body: yaml.replace(/[^\r\n]/g, '') + code.slice(match[0].length) };
}

/** Reads and validates the frontmatter (YAML 1.2: dates stay text, so 2026-02-30 is refused, not moved to March). */
export function readFrontmatter(file: string, split: SplitFile): TemplateFrontmatter {
  const parsed = parseYaml(TEMPLATE_CONTENT, file, split.yaml, 'the frontmatter');
  return validateYaml(TEMPLATE_CONTENT, parsed, templateSchema, TEMPLATE_FIXES);
}
