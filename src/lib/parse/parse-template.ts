import type { FieldSpec, Inline, Template, TemplateDoc } from '../model/types';
import type { TemplateFrontmatter } from './schema';
import { profileMappingProblems } from '../storage/profile';
import { AuthorError, templateError, type Problem } from './errors';
import { readFrontmatter, splitFrontmatter } from './frontmatter';
import { BodyParser, parsePlaceholders } from './parse-body';
import { parseCards } from './parse-cards';

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

/** The MDX reader stops at the first syntax error (an unclosed tag, a stray `<` or `{`); that error becomes our problem. */
function parseOrExplain(file: string, parser: BodyParser, body: string, title: Inline[]): TemplateDoc {
  try {
    return parser.parse(body, title);
  } catch (error) {
    if (!isSyntaxMessage(error)) throw error;
    // An unclosed tag has no place of its own; its reason names where the opening tag stands.
    const line = error.line ?? Number(/\((\d+):\d+-\d+:\d+\)/.exec(error.reason)?.[1] ?? NaN);
    throw templateError([{ file, line: Number.isNaN(line) ? undefined : line, message: `MDX cannot read the body here: ${error.reason}.`, fix: MDX_SYNTAX_FIX }]);
  }
}

/** micromark reports syntax errors as a VFileMessage: a reason and the place it stopped. */
function isSyntaxMessage(error: unknown): error is { reason: string; line?: number | null } {
  return error instanceof Error && typeof (error as { reason?: unknown }).reason === 'string' && 'place' in error;
}

const MDX_SYNTAX_FIX = 'close every <Guide>, <Optional> and <Signature> with its closing tag, each tag on its own line with blank lines around it; write a literal < or { as full-width ＜ or ｛.';

/** Parses one template's body against its (validated) frontmatter. Throws an AuthorError listing every problem. */
export function parseTemplate(file: string, frontmatter: TemplateFrontmatter, body: string): Template {
  const parser = new BodyParser(file);
  const title = parsePlaceholders(frontmatter.documentTitle);
  for (const node of title) if (node.type === 'field') parser.used.set(node.key, { line: undefined, inline: true });
  const doc = parseOrExplain(file, parser, body, title);
  const profileProblems = profileMappingProblems(frontmatter.profile ?? {}, frontmatter.fields).map((problem) => ({ file, ...problem }));
  const cards = parseCards(file, frontmatter.cards ?? [], frontmatter.fields, doc);
  const problems = [...parser.problems, ...checkFields(file, frontmatter.fields, parser), ...profileProblems, ...cards.problems];
  if (problems.length > 0) throw templateError(problems);
  const profile = frontmatter.profile ? { profile: frontmatter.profile } : {};
  const withCards = frontmatter.cards ? { cards: cards.cards } : {};
  return { slug: frontmatter.slug, name: frontmatter.title, fields: frontmatter.fields, doc, kind: frontmatter.planKind, ...profile, ...withCards };
}

/** A template file's text → its validated frontmatter and model. Body line numbers match the file's. */
export function loadTemplate(file: string, code: string): { frontmatter: TemplateFrontmatter; template: Template } {
  const split = splitFrontmatter(file, code);
  const frontmatter = readFrontmatter(file, split);
  return { frontmatter, template: parseTemplate(file, frontmatter, split.body) };
}

/** Two templates with one slug would overwrite each other's pages: the build stops instead. */
export function checkUniqueSlugs(templates: { slug: string; file: string; line?: number | undefined }[]): void {
  const seen = new Map<string, string>();
  const problems: Problem[] = [];
  for (const { slug, file, line } of templates) {
    const first = seen.get(slug);
    if (first) problems.push({ file, line, field: 'slug', message: `the slug "${slug}" is already used by ${first}.`, fix: 'give each template its own slug.' });
    else seen.set(slug, line === undefined ? file : `${file}:${line}`);
  }
  if (problems.length > 0) throw templateError(problems);
}

/** The line of the frontmatter's `slug:`, so a duplicate slug can be pointed at. */
function slugLine(code: string): number | undefined {
  const at = code.split('\n').findIndex((line) => /^slug\s*:/.test(line));
  return at < 0 ? undefined : at + 1;
}

export interface LoadedTemplate {
  file: string;
  frontmatter: TemplateFrontmatter;
  template: Template;
}

/** A further check of a parsed template (the catalog's legal bases), reported with the parser's problems. */
export type TemplateCheck = (source: { file: string; code: string }, loaded: LoadedTemplate) => Problem[];

/** Every template file of the catalog → its model. Problems of all files are reported together, then duplicate slugs. */
export function loadTemplates(files: { file: string; code: string }[], check?: TemplateCheck, load = loadTemplate): LoadedTemplate[] {
  const loaded: LoadedTemplate[] = [];
  const problems: Problem[] = [];
  for (const source of files) {
    const { file, code } = source;
    try {
      const template = { file, ...load(file, code) };
      loaded.push(template);
      if (check) problems.push(...check(source, template));
    } catch (error) {
      if (!(error instanceof AuthorError)) throw error;
      problems.push(...error.problems);
    }
  }
  if (problems.length > 0) throw templateError(problems);
  checkUniqueSlugs(loaded.map(({ frontmatter, file }, i) => ({ slug: frontmatter.slug, file, line: slugLine(files[i]!.code) })));
  return loaded;
}
