import { parseFrontmatter } from '@astrojs/markdown-remark';
import type { Template } from '../model/types';
import type { FieldSpec, TemplateFrontmatter } from '../schema';
import { templateSchema } from '../schema';
import { profileMappingProblems } from '../profile';
import { TemplateError, type Problem } from './errors';
import { BodyParser, parsePlaceholders } from './parse-body';

/** Kinds that render as blocks and so must stand alone in their paragraph. */
const BLOCK_ONLY = new Set(['groupList', 'table']);

function checkFields(file: string, fields: FieldSpec[], parser: BodyParser): Problem[] {
  const problems: Problem[] = [];
  const { used, optionalRefs } = parser;
  const declared = new Map(fields.map((field) => [field.key, field]));
  const seen = new Set<string>();
  for (const field of fields) {
    if (seen.has(field.key)) problems.push({ file, field: field.key, message: `the key "${field.key}" is declared twice.`, fix: 'give each field its own key.' });
    seen.add(field.key);
    problems.push(...checkUse(file, field, used.get(field.key), optionalRefs.has(field.key)));
    if (field.kind === 'choice' && !field.options.includes(field.example)) {
      problems.push({ file, field: field.key, message: `the example "${field.example}" is not one of the options.`, fix: `use one of: ${field.options.join('、')}.` });
    }
  }
  const known = [...declared.keys()].join(', ');
  for (const [key, use] of used) {
    if (!declared.has(key)) problems.push({ file, line: use.line, field: key, message: `the placeholder [[${key}]] has no field.`, fix: `declare a field with key: ${key} under fields:, or correct the spelling (declared: ${known}).` });
  }
  for (const [key, line] of optionalRefs) {
    if (declared.get(key)?.kind !== 'optional') problems.push({ file, line, field: key, message: `<Optional field="${key}"> names no optional field.`, fix: `declare a field with key: ${key} and kind: optional, or correct the spelling (declared: ${known}).` });
  }
  return problems;
}

/** How a declared field is used in the body, against what its kind allows. */
function checkUse(file: string, field: FieldSpec, use: { line: number | undefined; inline: boolean } | undefined, wrapsOptional: boolean): Problem[] {
  const at = { file, line: use?.line, field: field.key };
  if (field.kind === 'optional') {
    if (use) return [{ ...at, message: 'an optional field is used as a placeholder.', fix: `use <Optional field="${field.key}"> around the part it controls instead.` }];
    if (!wrapsOptional) return [{ ...at, message: 'the field is declared but never used in the body.', fix: `wrap the part it controls in <Optional field="${field.key}">, or remove the field.` }];
    return [];
  }
  if (!use) return [{ ...at, message: 'the field is declared but never used in the body.', fix: `place [[${field.key}]] where its value belongs, or remove the field.` }];
  if (use.inline && BLOCK_ONLY.has(field.kind)) return [{ ...at, message: `a ${field.kind} field is used inside a sentence.`, fix: `put [[${field.key}]] alone in its own paragraph.` }];
  return [];
}

/** Parses one template's body against its (validated) frontmatter. Throws TemplateError listing every problem. */
export function parseTemplate(file: string, frontmatter: TemplateFrontmatter, body: string): Template {
  const parser = new BodyParser(file);
  const title = parsePlaceholders(frontmatter.documentTitle);
  for (const node of title) if (node.type === 'field') parser.used.set(node.key, { line: undefined, inline: true });
  const doc = parser.parse(body, title);
  const profileProblems = profileMappingProblems(frontmatter.profile ?? {}, frontmatter.fields).map((problem) => ({ file, ...problem }));
  const problems = [...parser.problems, ...checkFields(file, frontmatter.fields, parser), ...profileProblems];
  if (problems.length > 0) throw new TemplateError(problems);
  const profile = frontmatter.profile ? { profile: frontmatter.profile } : {};
  return { slug: frontmatter.slug, name: frontmatter.title, fields: frontmatter.fields, doc, kind: frontmatter.planKind, ...profile };
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

/** Validates raw frontmatter the way the content collection does, with the file named in each problem. */
function validateFrontmatter(file: string, data: unknown): TemplateFrontmatter {
  const result = templateSchema.safeParse(data);
  if (result.success) return result.data;
  throw new TemplateError(
    result.error.issues.map((issue) => ({
      file,
      field: issue.path.join('.') || undefined,
      message: issue.message,
      fix: fixFor(issue.code),
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

/** Two templates with one slug would overwrite each other's pages: the build stops instead. */
export function checkUniqueSlugs(templates: { slug: string; file: string }[]): void {
  const seen = new Map<string, string>();
  const problems: Problem[] = [];
  for (const { slug, file } of templates) {
    const first = seen.get(slug);
    if (first) problems.push({ file, field: 'slug', message: `the slug "${slug}" is already used by ${first}.`, fix: 'give each template its own slug.' });
    else seen.set(slug, file);
  }
  if (problems.length > 0) throw new TemplateError(problems);
}
