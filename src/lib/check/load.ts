import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'astro/zod';
import { isDefaultCatalog, readCatalog } from '../../data/catalog';
import { fill, sectionsOf, textOf } from '../model/fill';
import { AuthorError, CHECK_DATA, checkDataError, type Problem } from '../parse/errors';
import { lineAt, parseYaml, validateYaml, type Fixes, type ParsedYaml } from '../parse/yaml-data';
import { templateUrl } from '../site/urls';
import { basesFileSchema, rulesFileSchema } from './data-schema';
import type { ExampleLink, LegalBasis, Rules } from './types';

export const RULES_FILE = 'content/check/rules.yaml';
export const BASES_FILE = 'content/check/legal-bases.yaml';

/** A template as the rules may point into it: its catalog name and its sections' titles and ids. */
export interface TemplateSections {
  slug: string;
  name: string;
  sections: { id: string; title: string }[];
}

const CHECK_FIXES: Fixes = { otherwise: 'correct the value as the comments at the top of the file describe.' };

function checkRegistry(file: string, parsed: ParsedYaml, bases: LegalBasis[]): Problem[] {
  const problems: Problem[] = [];
  const ids = new Set<string>();
  bases.forEach((basis, i) => {
    const at = (field: string) => ({ file, line: lineAt(parsed, [i, field]), field: `${i}.${field}` });
    if (ids.has(basis.id)) problems.push({ ...at('id'), message: `the id "${basis.id}" is used twice.`, fix: 'give each entry its own id.' });
    ids.add(basis.id);
    if (basis.status === '现行' && !basis.cite) problems.push({ ...at('status'), message: `the current entry "${basis.name}" has no cite.`, fix: 'add cite: the way templates should cite it, e.g. 《信访工作条例》（2022年）.' });
    if (basis.status !== '现行' && !basis.replacedBy) problems.push({ ...at('status'), message: `"${basis.name}" is ${basis.status} but names no replacement.`, fix: 'add replacedBy: the id of the entry that replaced it.' });
  });
  bases.forEach((basis, i) => {
    const target = basis.replacedBy ? bases.find((b) => b.id === basis.replacedBy) : undefined;
    if (basis.replacedBy && !target) problems.push({ file, line: lineAt(parsed, [i, 'replacedBy']), field: `${i}.replacedBy`, message: `no entry has the id "${basis.replacedBy}".`, fix: `use one of: ${[...ids].join(', ')}.` });
    else if (target && target.status !== '现行') problems.push({ file, line: lineAt(parsed, [i, 'replacedBy']), field: `${i}.replacedBy`, message: `"${basis.replacedBy}" is not current itself.`, fix: 'point replacedBy at the entry in force today.' });
  });
  return problems;
}

type RulesFile = z.infer<typeof rulesFileSchema>;

/** Checks what the schema cannot: links into templates, element and kind ids, patterns. */
function crossCheck(file: string, parsed: ParsedYaml, rules: RulesFile, templates: TemplateSections[], strictLinks: boolean): { problems: Problem[]; links: Map<string, ExampleLink> } {
  const problems: Problem[] = [];
  const links = new Map<string, ExampleLink>();
  const kindIds = rules.kinds.map((k) => k.id);
  rules.kinds.forEach((kind, k) => {
    if (kind.reportElement && !kind.elements.some((e) => e.id === kind.reportElement)) {
      problems.push({ file, line: lineAt(parsed, ['kinds', k, 'reportElement']), field: `kinds.${k}.reportElement`, message: `no element of "${kind.id}" has the id "${kind.reportElement}".`, fix: `use one of: ${kind.elements.map((e) => e.id).join(', ')}.` });
    }
    kind.elements.forEach((element, e) => {
      if (!element.example) return;
      const path = ['kinds', k, 'elements', e, 'example'];
      const template = templates.find((t) => t.slug === element.example!.template);
      if (!template && !strictLinks) return;
      if (!template) {
        problems.push({ file, line: lineAt(parsed, [...path, 'template']), field: `${path.join('.')}.template`, message: `no template has the slug "${element.example.template}".`, fix: `use one of: ${templates.map((t) => t.slug).join(', ')}.` });
        return;
      }
      // Annexes may be named without their number: "联系方式" finds "附件1 联系方式".
      const section = template.sections.find((s) => s.title === element.example!.section || s.title.replace(/^附件\s*\d*\s*/, '') === element.example!.section);
      if (!section) {
        problems.push({ file, line: lineAt(parsed, [...path, 'section']), field: `${path.join('.')}.section`, message: `template "${template.slug}" has no section titled "${element.example.section}".`, fix: `use one of: ${template.sections.map((s) => s.title).join('、')}.` });
        return;
      }
      links.set(`${kind.id}/${element.id}`, { href: `${templateUrl(template.slug)}#${section.id}`, label: `${template.name} · ${section.title}` });
    });
  });
  rules.drills.forEach((drill, d) => {
    const unknown = drill.kinds.filter((id) => !kindIds.includes(id));
    if (unknown.length) problems.push({ file, line: lineAt(parsed, ['drills', d, 'kinds']), field: `drills.${d}.kinds`, message: `unknown kind "${unknown.join('", "')}".`, fix: `use kind ids: ${kindIds.join(', ')}.` });
  });
  rules.blanks.patterns.forEach((pattern, p) => {
    try {
      new RegExp(pattern.pattern, 'u');
    } catch (error) {
      problems.push({ file, line: lineAt(parsed, ['blanks', 'patterns', p, 'pattern']), field: `blanks.patterns.${p}.pattern`, message: `not a valid regular expression (${(error as Error).message}).`, fix: 'write a JavaScript regular expression; in YAML double quotes, write a backslash as \\\\.' });
    }
  });
  return { problems, links };
}

/**
 * The checker's rules from the two YAML sources, validated; throws an AuthorError naming file, line,
 * field and fix. With `strictLinks` false (a build from another folder of templates), an example
 * in a template the catalog does not hold is left unlinked instead.
 */
export function buildRules(sources: { rules: string; bases: string }, templates: TemplateSections[], files = { rules: RULES_FILE, bases: BASES_FILE }, strictLinks = true): Rules {
  const parsedRules = parseYaml(CHECK_DATA, files.rules, sources.rules);
  const parsedBases = parseYaml(CHECK_DATA, files.bases, sources.bases);
  const raw = validateYaml(CHECK_DATA, parsedRules, rulesFileSchema, CHECK_FIXES);
  const bases = validateYaml(CHECK_DATA, parsedBases, basesFileSchema, CHECK_FIXES);
  const { problems, links } = crossCheck(files.rules, parsedRules, raw, templates, strictLinks);
  problems.push(...checkRegistry(files.bases, parsedBases, bases));
  if (problems.length > 0) throw checkDataError(problems);
  return {
    ...raw,
    kinds: raw.kinds.map((kind) => ({ ...kind, elements: kind.elements.map((element) => ({ ...element, example: links.get(`${kind.id}/${element.id}`) })) })),
    bases,
  };
}

/** Titles and ids of a template's sections, as its page renders them. */
export function templateSections(slug: string, name: string, template: Parameters<typeof fill>[0]): TemplateSections {
  return { slug, name, sections: [...sectionsOf(fill(template, 'blank').body)].map((section) => ({ id: section.id, title: textOf(section.title) })) };
}

/** The legal-basis registry for the catalog's check of templates, or nothing when it has problems of its own (buildRules reports them). */
function registryOf(source: string): LegalBasis[] | undefined {
  try {
    return validateYaml(CHECK_DATA, parseYaml(CHECK_DATA, BASES_FILE, source), basesFileSchema, CHECK_FIXES);
  } catch (error) {
    if (error instanceof AuthorError) return undefined;
    throw error;
  }
}

/**
 * Reads content/check/ from disk and takes the templates from the catalog, whose legal bases are
 * checked against the registry (the build and the command).
 */
export function loadRules(root = '.'): Rules {
  const sources = { rules: readFileSync(join(root, RULES_FILE), 'utf8'), bases: readFileSync(join(root, BASES_FILE), 'utf8') };
  const catalog = readCatalog({ root, bases: registryOf(sources.bases) });
  const templates = catalog.map(({ frontmatter, template }) => templateSections(frontmatter.slug, frontmatter.title, template));
  return buildRules(sources, templates, undefined, isDefaultCatalog());
}
