/**
 * The catalog: the one place the template files are read and parsed. Pages, search data, the
 * checker's rule links and the legal-basis check all take their models from here, so a build from
 * another folder (PLAN_TEMPLATES_DIR: the build tests, scripts/bench-scale.mjs) is one catalog
 * throughout. Node only (build, tests, the check-plan command); never bundled for the browser.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { resolveCitation } from '../lib/check/rules/bases';
import type { LegalBasis } from '../lib/check/types';
import { TEMPLATE_CONTENT, type Problem } from '../lib/parse/errors';
import { splitFrontmatter } from '../lib/parse/frontmatter';
import { loadTemplate, loadTemplates, type LoadedTemplate } from '../lib/parse/parse-template';
import { parseYaml, problemAt } from '../lib/parse/yaml-data';

/** Where the templates are, relative to the project: content/templates unless PLAN_TEMPLATES_DIR says otherwise. */
export const templatesDir = (): string => process.env['PLAN_TEMPLATES_DIR'] ?? 'content/templates';

/** Whether the catalog is the site's own (not a fixture or benchmark folder). */
export const isDefaultCatalog = (): boolean => process.env['PLAN_TEMPLATES_DIR'] === undefined;

/** How a file is named in messages: relative to the project when inside it, so authors can click it. */
function displayName(root: string, path: string): string {
  const rel = relative(root, path);
  return rel.startsWith('..') || isAbsolute(rel) ? path : rel;
}

export interface TemplateSource {
  /** The file as messages name it. */
  file: string;
  code: string;
}

/** The template files' text, in file-name order. */
export function templateSources(root = '.'): TemplateSource[] {
  const dir = resolve(root, templatesDir());
  return readdirSync(dir)
    .filter((name) => name.endsWith('.mdx'))
    .sort()
    .map((name) => ({ file: displayName(resolve(root), join(dir, name)), code: readFileSync(join(dir, name), 'utf8') }));
}

/**
 * A template's 编制依据 (legalBasis:) resolved in the registry the checker uses, so a page can never
 * cite what the checker calls superseded; a basis the registry does not list as 现行 is a problem.
 */
export function resolveBases(bases: LegalBasis[], legalBasis: string[]): ({ basis: LegalBasis } | { problem: Pick<Problem, 'message' | 'fix'> })[] {
  return legalBasis.map((text) => {
    const title = /《([^》]+)》/.exec(text)?.[1] ?? text;
    const basis = resolveCitation(bases, title, text);
    if (basis?.status === '现行') return { basis };
    return {
      problem: basis
        ? { message: `"${text}" is ${basis.status} in content/check/legal-bases.yaml.`, fix: `cite ${bases.find((b) => b.id === basis.replacedBy)?.cite ?? 'the current version'} instead.` }
        : { message: `"${text}" is not in the legal-basis registry.`, fix: 'cite it as an entry of content/check/legal-bases.yaml writes it (cite:), or add an entry there.' },
    };
  });
}

/** The legal-basis problems of one template, each at its line of the frontmatter. */
function basisProblems(source: TemplateSource, loaded: LoadedTemplate, bases: LegalBasis[]): Problem[] {
  const resolved = resolveBases(bases, loaded.frontmatter.legalBasis);
  if (resolved.every((r) => 'basis' in r)) return [];
  // Parsed again only for its line numbers, and only when something is wrong.
  const yaml = parseYaml(TEMPLATE_CONTENT, source.file, splitFrontmatter(source.file, source.code).yaml);
  return resolved.flatMap((r, i) => ('problem' in r ? [problemAt(yaml, ['legalBasis', i], r.problem.message, r.problem.fix)] : []));
}

/** Parsed catalogs by folder, with the digest of their files and registry, so a build parses each file once. */
const parsed = new Map<string, { digest: string; templates: LoadedTemplate[] }>();

/** Each file's model by its name and text: a file parses once however often the catalog is read. */
const models = new Map<string, ReturnType<typeof loadTemplate>>();

/**
 * The parsed template copied into memory of its own. The parser's strings are slices of the file's
 * text, which V8 keeps whole while any slice lives, and its arrays keep the spare room they grew with;
 * the catalog lives for the whole build, and the copy holds half the memory (about 50 MB less at
 * 1000 templates). A structured clone keeps the data as it is: shared objects, undefined values.
 */
const compact = <T>(loaded: T): T => structuredClone(loaded);

function loadOnce(file: string, code: string): ReturnType<typeof loadTemplate> {
  const key = `${file}\0${createHash('sha256').update(code).digest('hex')}`;
  const cached = models.get(key);
  if (cached) return cached;
  const loaded = compact(loadTemplate(file, code));
  models.set(key, loaded);
  return loaded;
}

function digestOf(sources: TemplateSource[], bases: LegalBasis[] | undefined): string {
  const hash = createHash('sha256');
  for (const { file, code } of sources) hash.update(file).update('\0').update(code).update('\0');
  return hash.update(JSON.stringify(bases ?? null)).digest('hex');
}

/**
 * Every template of the catalog in file-name order, parsed and checked, once while its files stay
 * the same (`astro dev` sees edits). With `bases` (the legal-basis registry), each template's
 * legalBasis: is checked against it too. Throws one AuthorError listing every problem of every file.
 */
export function readCatalog(options: { root?: string; bases?: LegalBasis[] | undefined } = {}): LoadedTemplate[] {
  const root = options.root ?? '.';
  const { bases } = options;
  const sources = templateSources(root);
  const key = resolve(root, templatesDir());
  const digest = digestOf(sources, bases);
  const cached = parsed.get(key);
  if (cached?.digest === digest) return cached.templates;
  const templates = loadTemplates(sources, bases ? (source, loaded) => basisProblems(source, loaded, bases) : undefined, loadOnce);
  parsed.set(key, { digest, templates });
  return templates;
}
