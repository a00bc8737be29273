import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { readCatalog, templateSources } from '../../src/data/catalog';
import { AuthorError } from '../../src/lib/parse/errors';
import { loadTemplate } from '../../src/lib/parse/parse-template';
import { catalog } from './content-files';

/** Parsing the whole catalog took 38 s at a load average of 20 on 2 cores (3 s idle). */
const CATALOG_TIMEOUT = 180_000;

/** Source files of the site and its scripts. */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.(ts|mts|mjs|js|astro)$/.test(name))
    .map((name) => join(dir, name));
}

test('nothing but the catalog module reads content/templates', () => {
  const readers = [...sourceFiles('src'), ...sourceFiles('scripts'), 'astro.config.mjs'].filter((file) => {
    const code = readFileSync(file, 'utf8');
    return /content\/templates|PLAN_TEMPLATES_DIR'?\]?\s*\?\?|getCollection\(\s*['"]templates['"]/.test(code);
  });
  expect(readers).toEqual(['src/data/catalog.ts']);
});

test('the catalog holds every template file, parsed as the tests load them', () => {
  const loaded = readCatalog();
  expect(loaded.map((entry) => entry.file)).toEqual(templateSources().map((source) => source.file));
  expect(loaded.map((entry) => entry.frontmatter.slug)).toEqual(catalog().map((entry) => entry.frontmatter.slug));
  // Parsed once while the files stay the same.
  expect(readCatalog()).toBe(loaded);
}, CATALOG_TIMEOUT);

test('the catalog keeps each model exactly as the parser made it (it holds a compact copy)', () => {
  const sources = templateSources();
  readCatalog().forEach((entry, i) => {
    const parsed = loadTemplate(sources[i]!.file, sources[i]!.code);
    // The same data, undefined values included, and fields: still one object in both places.
    expect({ frontmatter: entry.frontmatter, template: entry.template }).toStrictEqual(parsed);
    expect(entry.template.fields).toBe(entry.frontmatter.fields);
  });
}, CATALOG_TIMEOUT);

test('a template citing a superseded basis is an author error at its line', () => {
  const [first] = readCatalog();
  const bases = [
    { id: 'old', name: '旧条例', status: '已废止' as const, titles: [first!.frontmatter.legalBasis[0]!.replace(/^《|》.*$/g, '')], marks: [], replacedBy: 'new' },
    { id: 'new', name: '新条例', cite: '《新条例》', status: '现行' as const, titles: ['新条例'], marks: [] },
  ];
  let error: unknown;
  try {
    readCatalog({ bases: bases as never });
  } catch (thrown) {
    error = thrown;
  }
  expect(error).toBeInstanceOf(AuthorError);
  const problems = (error as AuthorError).problems.filter((p) => p.file === first!.file);
  expect(problems[0]).toMatchObject({ field: 'legalBasis.0', fix: 'cite 《新条例》 instead.' });
  expect(problems[0]!.line).toBeGreaterThan(1);
}, CATALOG_TIMEOUT);
