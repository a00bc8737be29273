import { parseFrontmatter } from '@astrojs/markdown-remark';
import type { Template } from '../model/types';
import type { FieldSpec, TemplateFrontmatter } from '../schema';
import { templateSchema } from '../schema';
import { TemplateError, type Problem } from './errors';
import { BodyParser, parsePlaceholders } from './parse-body';

/** Kinds that render as blocks and so must stand alone in their paragraph. */
const BLOCK_ONLY = new Set(['groupList', 'table']);

function checkFields(file: string, fields: FieldSpec[], used: BodyParser['used']): Problem[] {
  const problems: Problem[] = [];
  const declared = new Map(fields.map((field) => [field.key, field]));
  const seen = new Set<string>();
  for (const field of fields) {
    if (seen.has(field.key)) problems.push({ file, field: field.key, message: `the key "${field.key}" is declared twice.`, fix: 'give each field its own key.' });
    seen.add(field.key);
    const use = used.get(field.key);
    if (!use) {
      problems.push({ file, field: field.key, message: 'the field is declared but never used in the body.', fix: field.kind === 'optional' ? `wrap the part it controls in <Optional field="${field.key}">, or remove the field.` : `place [[${field.key}]] where its value belongs, or remove the field.` });
    } else if (use.inline && BLOCK_ONLY.has(field.kind)) {
      problems.push({ file, line: use.line, field: field.key, message: `a ${field.kind} field is used inside a sentence.`, fix: `put [[${field.key}]] alone in its own paragraph.` });
    } else if (use.inline && field.kind === 'optional') {
      problems.push({ file, line: use.line, field: field.key, message: 'an optional field is used as a placeholder.', fix: `use <Optional field="${field.key}"> around the part it controls instead.` });
    }
    if (field.kind === 'choice' && !field.options.includes(field.example)) {
      problems.push({ file, field: field.key, message: `the example "${field.example}" is not one of the options.`, fix: `use one of: ${field.options.join('、')}.` });
    }
  }
  for (const [key, use] of used) {
    if (declared.has(key)) continue;
    const known = [...declared.keys()].join(', ');
    problems.push({ file, line: use.line, field: key, message: `the placeholder [[${key}]] has no field.`, fix: `declare a field with key: ${key} under fields:, or correct the spelling (declared: ${known}).` });
  }
  return problems;
}

/** Parses one template's body against its (validated) frontmatter. Throws TemplateError listing every problem. */
export function parseTemplate(file: string, frontmatter: TemplateFrontmatter, body: string): Template {
  const parser = new BodyParser(file);
  const title = parsePlaceholders(frontmatter.documentTitle);
  for (const node of title) if (node.type === 'field') parser.used.set(node.key, { line: undefined, inline: true });
  const doc = parser.parse(body, title);
  const problems = [...parser.problems, ...checkFields(file, frontmatter.fields, parser.used)];
  if (problems.length > 0) throw new TemplateError(problems);
  return { slug: frontmatter.slug, name: frontmatter.title, fields: frontmatter.fields, doc };
}

/** Validates raw frontmatter the way the content collection does, with the file named in each problem. */
export function validateFrontmatter(file: string, data: unknown): TemplateFrontmatter {
  const result = templateSchema.safeParse(data);
  if (result.success) return result.data;
  throw new TemplateError(
    result.error.issues.map((issue) => ({
      file,
      field: issue.path.join('.') || undefined,
      message: issue.message,
      fix: issue.code === 'invalid_type' ? 'add the field with a value of the right type (see README, "Adding a template").' : 'see README, "Adding a template".',
    })),
  );
}

/** A template file's text → its validated frontmatter and model. Body line numbers match the file's. */
export function loadTemplate(file: string, code: string): { frontmatter: TemplateFrontmatter; template: Template } {
  let parsed: ReturnType<typeof parseFrontmatter>;
  try {
    parsed = parseFrontmatter(code, { frontmatter: 'empty-with-lines' });
  } catch (error) {
    throw new TemplateError([{ file, message: `the frontmatter is not valid YAML (${(error as Error).message.split('\n')[0]}).`, fix: 'check indentation and quote values that contain a colon or start with [ or {.' }]);
  }
  const frontmatter = validateFrontmatter(file, parsed.frontmatter);
  return { frontmatter, template: parseTemplate(file, frontmatter, parsed.content) };
}
