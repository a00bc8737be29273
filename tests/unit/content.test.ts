import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { describe, expect, test } from 'vitest';
import { fill, sectionsOf, textOf } from '../../src/lib/model/fill';
import type { FilledDoc } from '../../src/lib/model/types';
import { toPlainText } from '../../src/lib/render/text';
import { loadFile, templateFiles } from './content-files';

/** Headings each plan kind must have (GB/T 29639-2020 §6–§8 for the safety plans). */
const REQUIRED_SECTIONS: Record<string, RegExp[]> = {
  综合应急预案: [/^总则$/, /^适用范围$/, /^响应分级$/, /^应急组织机构及职责$/, /^应急响应$/, /^信息报告$/, /^预警$/, /^响应启动$/, /^应急处置$/, /^应急支援$/, /^响应终止$/, /^后期处置$/, /^应急保障$/],
  专项应急预案: [/组织|领导小组/, /报告/, /处置/],
  现场处置方案: [/^事故风险描述$/, /^应急工作职责$/, /^应急处置$/, /^注意事项$/],
  工作方案: [/组织|领导小组/, /报告/, /要求/],
  工作制度: [/值班/, /交接/, /报告/],
};
/** GB/T 29639-2020 §7 for the special plan written to that standard. */
const GB_SPECIAL: RegExp[] = [/^适用范围$/, /^应急组织机构及职责$/, /^响应启动$/, /^处置措施$/, /^应急保障$/];

/** Markers of outdated plans: 十二五-era periods, GB/T 29639-2013, the 2013 plan measures (国办发〔2013〕101号), the repealed 《信访条例》, the 2007 law, anniversaries. */
const OUTDATED = [
  /十[一二三四]五/,
  /GB\/T\s*29639-2013/,
  /国办发〔2013〕101号/,
  /《信访条例》/,
  /2007年/,
  /周年/,
];
/** Headings of the 2013 edition of GB/T 29639, which the 2020 edition replaced. */
const OUTDATED_HEADINGS = [/预警及信息报告/, /^保障措施$/, /^应急预案管理$/];

const docText = (doc: FilledDoc): string => toPlainText(doc);
const titles = (doc: FilledDoc): string[] => [...sectionsOf(doc.body)].map((section) => textOf(section.title));

describe.each(templateFiles())('%s', (file) => {
  const { frontmatter, template } = loadFile(file);
  const blank = fill(template, 'blank');
  const example = fill(template, 'example');

  test('every bold run closes: no ** left in the plan as text', () => {
    expect(docText(example)).not.toContain('**');
    expect(docText(blank)).not.toContain('**');
  });

  test('no half-width space after a bold lead-in (Chinese text runs on)', () => {
    const source = readFileSync(file, 'utf8');
    const offenders = source.split('\n').map((line, i) => ({ line, n: i + 1 })).filter(({ line }) => /\*\*[^*]+\*\* +\S/.test(line));
    expect(offenders.map(({ n }) => `${file}:${n}`)).toEqual([]);
  });

  test('file name ends with its slug', () => {
    expect(basename(file, '.mdx')).toMatch(new RegExp(`^\\d\\d-${frontmatter.slug}$`));
  });

  test('has the sections its plan kind requires', () => {
    const required = frontmatter.slug === 'fire-special-emergency-plan' ? GB_SPECIAL : REQUIRED_SECTIONS[frontmatter.planKind]!;
    const present = titles(blank);
    for (const pattern of required) expect(present.some((title) => pattern.test(title)), `${pattern}`).toBe(true);
  });

  test('every first-level section has a writing guide', () => {
    const topLevel = [...sectionsOf(blank.body)].filter((s) => s.level === 1 && !s.annex);
    expect(topLevel.length).toBeGreaterThanOrEqual(4);
    for (const section of topLevel) expect(section.guide.length, textOf(section.title)).toBeGreaterThan(0);
  });

  test('writing guides do not repeat the 写作要点 label the page already shows', () => {
    for (const section of sectionsOf(blank.body)) {
      const first = section.guide[0];
      if (first?.type === 'paragraph') expect(textOf(first.runs), textOf(section.title)).not.toMatch(/^写作要点/);
    }
  });

  test('the worked example has no unfilled placeholder', () => {
    expect(example.missing).toEqual([]);
    expect(docText(example)).not.toMatch(/【[^】]*】/);
  });

  test('the blank template marks every required field', () => {
    const required = template.fields.filter((f) => f.required && f.kind !== 'optional' && f.kind !== 'groupList');
    const marked = new Set(blank.missing.map((m) => m.key));
    for (const field of required) expect(marked.has(field.key), field.key).toBe(true);
  });

  test('has at least one optional part', () => {
    expect(template.fields.some((f) => f.kind === 'optional')).toBe(true);
  });

  test('cites nothing outdated', () => {
    const text = [docText(blank), frontmatter.legalBasis.join('\n'), frontmatter.summary].join('\n');
    for (const pattern of OUTDATED) expect(text, `${pattern}`).not.toMatch(pattern);
    for (const title of titles(blank)) for (const pattern of OUTDATED_HEADINGS) expect(title, `${pattern}`).not.toMatch(pattern);
  });

  test('phone numbers in the example are obviously fictional', () => {
    // Mobiles (138-0000-0001) and landlines with an area code (010-0000-0001); 110/120 stay as they are.
    const numbers = docText(example).match(/(?<![\d-])(?:1\d{2}-?\d{4}-?\d{4}|0\d{2,3}-\d{3,4}-?\d{4})(?![\d-])/g) ?? [];
    expect(numbers.length).toBeGreaterThan(0);
    for (const number of numbers) expect(number, number).toMatch(/0000/);
  });
});

test('the catalog holds the templates of SPEC.md, issue #11 and issue #21, each slug once', () => {
  const slugs = templateFiles().map((file) => loadFile(file).frontmatter.slug);
  expect(new Set(slugs).size).toBe(slugs.length);
  expect(slugs).toHaveLength(29);
});
