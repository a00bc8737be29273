import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { splitFrontmatter } from '../../src/lib/parse/frontmatter';
import { checkUniqueSlugs, loadTemplate, loadTemplates, parseTemplate } from '../../src/lib/parse/parse-template';
import type { FieldSpec } from '../../src/lib/model/types';
import { isCalendarDate, quotedCalendarDate, type TemplateFrontmatter } from '../../src/lib/parse/schema';

const FIXTURES = 'tests/unit/fixtures';

function frontmatterWith(fields: FieldSpec[]): TemplateFrontmatter {
  return { title: '模板', slug: 'x', orgType: '通用', planKind: '工作制度', summary: '说明。', documentTitle: '制度', legalBasis: ['《信访工作条例》'], updated: '2026-06-29', fields };
}

/** The message a content author sees when the build stops on the fixture. */
function errorOf(name: string): string {
  const file = `${FIXTURES}/${name}`;
  try {
    loadTemplate(file, readFileSync(file, 'utf8'));
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error(`${file} was expected to fail`);
}

test('a placeholder no field declares names the file, line, key and the declared keys', () => {
  expect(errorOf('unknown-placeholder.mdx')).toMatchInlineSnapshot(`
    "Template content has 2 problems:
    tests/unit/fixtures/unknown-placeholder.mdx (field "dutyPhone"): the field is declared but never used in the body.
      Fix: place [[dutyPhone]] where its value belongs, or remove the field.
    tests/unit/fixtures/unknown-placeholder.mdx:17 (field "orgNmae"): the placeholder [[orgNmae]] has no field.
      Fix: declare a field with key: orgNmae under fields:, or correct the spelling (declared: orgName, dutyPhone)."
  `);
});

test('body mistakes are all reported at once, each with its line and fix', () => {
  expect(errorOf('bad-body.mdx')).toMatchInlineSnapshot(`
    "Template content has 7 problems:
    tests/unit/fixtures/bad-body.mdx:19: heading level # is not allowed.
      Fix: use ## to ##### (the title comes from documentTitle in the frontmatter).
    tests/unit/fixtures/bad-body.mdx:21: <Guide> appears before any heading.
      Fix: put each <Guide> right under the heading of the section it explains.
    tests/unit/fixtures/bad-body.mdx:29: a \`{\` starts MDX code here.
      Fix: use [[key]] for values; write a literal brace as ｛ ｝.
    tests/unit/fixtures/bad-body.mdx:31: heading level skips from ## to ####.
      Fix: use ### here.
    tests/unit/fixtures/bad-body.mdx:39: unknown component <Note> inside a paragraph.
      Fix: write plain text; <Guide>, <Optional>, <Signature> and <Flow> stand on their own lines with blank lines around them.
    tests/unit/fixtures/bad-body.mdx:29 (field "groups"): a groupList field is used inside a sentence.
      Fix: put [[groups]] alone in its own paragraph.
    tests/unit/fixtures/bad-body.mdx:35 (field "annexOn"): an optional field is used as a placeholder.
      Fix: use <Optional field="annexOn"> around the part it controls instead."
  `);
});

test('bad frontmatter names each field and how to fix it', () => {
  expect(errorOf('bad-frontmatter.mdx')).toMatchInlineSnapshot(`
    "Template content has 10 problems:
    tests/unit/fixtures/bad-frontmatter.mdx:2 (field "title"): must not be empty
      Fix: add at least one value.
    tests/unit/fixtures/bad-frontmatter.mdx:3 (field "slug"): must be lowercase letters, digits and hyphens, e.g. "school-stability-plan"
      Fix: correct the value as the message says (README, "Adding a template").
    tests/unit/fixtures/bad-frontmatter.mdx:4 (field "orgType"): Invalid option: expected one of "企业"|"学校"|"幼儿园"|"机关事业单位"|"社区"|"乡镇（街道）"|"多单位联防"|"生产经营单位"|"医院"|"通用"
      Fix: use one of the values listed.
    tests/unit/fixtures/bad-frontmatter.mdx:8 (field "legalBasis"): Too small: expected array to have >=1 items
      Fix: add at least one value.
    tests/unit/fixtures/bad-frontmatter.mdx:9 (field "updated"): must be a real date written as YYYY-MM-DD, e.g. 2026-06-29
      Fix: correct the value as the message says (README, "Adding a template").
    tests/unit/fixtures/bad-frontmatter.mdx:11 (field "fields.0.key"): must start with a lowercase letter and contain only letters and digits, e.g. "orgName"
      Fix: correct the value as the message says (README, "Adding a template").
    tests/unit/fixtures/bad-frontmatter.mdx:11 (field "fields.0.example"): Invalid input: expected string, received undefined
      Fix: add the field with a value of the type shown (README, "Adding a template", lists each field).
    tests/unit/fixtures/bad-frontmatter.mdx:12 (field "fields.1.options"): a choice needs at least two options
      Fix: add at least one value.
    tests/unit/fixtures/bad-frontmatter.mdx:13 (field "fields.2.kind"): Invalid discriminator value. Expected 'text' | 'longtext' | 'date' | 'phone' | 'number' | 'choice' | 'person' | 'personList' | 'groupList' | 'table' | 'optional'
      Fix: use one of the values listed.
    tests/unit/fixtures/bad-frontmatter.mdx:14 (field "fields.3.example"): must be a real date written as YYYY-MM-DD, e.g. 2026-06-29
      Fix: correct the value as the message says (README, "Adding a template")."
  `);
});

test('frontmatter that is not YAML is reported with its line', () => {
  expect(() => loadTemplate('x.mdx', '---\ntitle: [unclosed\n---\n')).toThrow(/^Template content has 1 problem:\nx\.mdx:3: the frontmatter is not valid YAML \(Flow sequence/);
});

test('a file without frontmatter is told how to begin', () => {
  expect(() => loadTemplate('x.mdx', '## 总则\n')).toThrow('x.mdx:1: the file does not start with frontmatter between two --- lines.');
});

test('an unclosed <Guide> is our message at the line of the opening tag, not an MDX compiler error', () => {
  const code = '---\nx: 1\n---\n\n## 总则\n\n<Guide>\n\n写作要点。\n';
  expect(() => parseTemplate('x.mdx', frontmatterWith([]), splitFrontmatter('x.mdx', code).body)).toThrow(/^Template content has 1 problem:\nx\.mdx:7: MDX cannot read the body here: Expected a closing tag for `<Guide>`/);
});

test.each([
  ['2026-06-29', true],
  ['2028-02-29', true],
  ['2026-02-29', false],
  ['2026-02-30', false],
  ['2026-13-45', false],
  ['2026-04-31', false],
  ['2026-6-29', false],
  ['29.06.2026', false],
])('%s is a calendar date: %s', (text, expected) => {
  expect(isCalendarDate(text)).toBe(expected);
});

test('problems of all files are reported together', () => {
  const bad = (slug: string, updated: string) => `---\ntitle: 模板\nslug: ${slug}\norgType: 通用\nplanKind: 工作制度\nsummary: 说明。\ndocumentTitle: 制度\nlegalBasis: [《信访工作条例》]\nupdated: ${updated}\nfields:\n  - { key: orgName, kind: text, label: 单位, help: 全称。, example: 某某 }\n---\n\n## 总则\n\n[[orgName]]\n`;
  expect(() => loadTemplates([{ file: 'a.mdx', code: bad('a', '2026-02-30') }, { file: 'b.mdx', code: bad('b', '2026-13-45') }, { file: 'c.mdx', code: bad('c', '2026-06-29') }])).toThrow(
    /^Template content has 2 problems:\na\.mdx:9 \(field "updated"\).*\n.*\nb\.mdx:9 \(field "updated"\)/,
  );
});

test('two templates with one slug stop the build, naming both files', () => {
  expect(() => checkUniqueSlugs([{ slug: 'a', file: 'content/templates/01-a.mdx' }, { slug: 'b', file: 'content/templates/02-b.mdx' }, { slug: 'a', file: 'content/templates/03-a.mdx' }])).toThrow(
    'content/templates/03-a.mdx (field "slug"): the slug "a" is already used by content/templates/01-a.mdx.\n  Fix: give each template its own slug.',
  );
});

test('a duplicate slug is pointed at by line, in both files', () => {
  const template = (slug: string) => `---\ntitle: 模板\nslug: ${slug}\norgType: 通用\nplanKind: 工作制度\nsummary: 说明。\ndocumentTitle: 制度\nlegalBasis: [《信访工作条例》]\nupdated: 2026-06-29\nfields:\n  - { key: orgName, kind: text, label: 单位, help: 全称。, example: 某某 }\n---\n\n## 总则\n\n[[orgName]]\n`;
  expect(() => loadTemplates([{ file: 'a.mdx', code: template('a') }, { file: 'b.mdx', code: template('a') }])).toThrow(
    'b.mdx:3 (field "slug"): the slug "a" is already used by a.mdx:3.',
  );
});

test('the guide\'s date is checked as text, so an impossible day is refused, not rolled over', () => {
  expect(quotedCalendarDate.safeParse('2026-11-29').success).toBe(true);
  expect(quotedCalendarDate.safeParse('2026-02-30').success).toBe(false);
  // What Astro's YAML 1.1 reader makes of an unquoted date: refused, with the fix in the message.
  const unquoted = quotedCalendarDate.safeParse(new Date('2026-03-02'));
  expect(unquoted.success).toBe(false);
  expect(unquoted.error?.issues[0]?.message).toMatch(/in quotes/);
});
