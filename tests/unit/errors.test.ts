import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { checkUniqueSlugs, loadTemplate } from '../../src/lib/parse/parse-template';

const FIXTURES = 'tests/unit/fixtures';

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
    "Template content has 8 problems:
    tests/unit/fixtures/bad-frontmatter.mdx (field "title"): must not be empty
      Fix: add at least one value.
    tests/unit/fixtures/bad-frontmatter.mdx (field "slug"): must be lowercase letters, digits and hyphens, e.g. "school-stability-plan"
      Fix: correct the value as the message says (README, "Adding a template").
    tests/unit/fixtures/bad-frontmatter.mdx (field "orgType"): Invalid option: expected one of "企业"|"学校"|"机关事业单位"|"社区"|"乡镇（街道）"|"多单位联防"|"生产经营单位"|"医院"|"通用"
      Fix: use one of the values listed.
    tests/unit/fixtures/bad-frontmatter.mdx (field "legalBasis"): Too small: expected array to have >=1 items
      Fix: add at least one value.
    tests/unit/fixtures/bad-frontmatter.mdx (field "fields.0.key"): must start with a lowercase letter and contain only letters and digits, e.g. "orgName"
      Fix: correct the value as the message says (README, "Adding a template").
    tests/unit/fixtures/bad-frontmatter.mdx (field "fields.0.example"): Invalid input: expected string, received undefined
      Fix: add the field with a value of the type shown (README, "Adding a template", lists each field).
    tests/unit/fixtures/bad-frontmatter.mdx (field "fields.1.options"): a choice needs at least two options
      Fix: add at least one value.
    tests/unit/fixtures/bad-frontmatter.mdx (field "fields.2.kind"): Invalid discriminator value. Expected 'text' | 'longtext' | 'date' | 'phone' | 'number' | 'choice' | 'person' | 'personList' | 'groupList' | 'table' | 'optional'
      Fix: use one of the values listed."
  `);
});

test('a file without closing frontmatter is reported as such', () => {
  expect(() => loadTemplate('x.mdx', '---\ntitle: [unclosed\n---\n')).toThrow(/x\.mdx: the frontmatter is not valid YAML/);
});

test('two templates with one slug stop the build, naming both files', () => {
  expect(() => checkUniqueSlugs([{ slug: 'a', file: 'content/templates/01-a.mdx' }, { slug: 'b', file: 'content/templates/02-b.mdx' }, { slug: 'a', file: 'content/templates/03-a.mdx' }])).toThrow(
    'content/templates/03-a.mdx (field "slug"): the slug "a" is already used by content/templates/01-a.mdx.\n  Fix: give each template its own slug.',
  );
});
