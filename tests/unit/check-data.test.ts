import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { buildRules, BASES_FILE, RULES_FILE, type TemplateSections } from '../../src/lib/check/load';
import { AuthorError } from '../../src/lib/parse/errors';

const RULES = readFileSync(RULES_FILE, 'utf8');
const BASES = readFileSync(BASES_FILE, 'utf8');
const TEMPLATES: TemplateSections[] = [
  { slug: 'enterprise-petition-emergency-plan', name: '企业维稳应急预案', sections: [{ id: 'x', title: '组织机构及职责' }] },
];

/** The message a content author sees when the data is wrong. */
function problemsOf(rules: string, bases = BASES, templates?: TemplateSections[]): string {
  try {
    buildRules({ rules, bases }, templates ?? [])
    return 'no error';
  } catch (error) {
    if (!(error instanceof AuthorError)) throw error;
    return error.message;
  }
}

describe('content/check data errors name the file, line, field and fix', () => {
  test('a severity that is not 错误/警告/提示', () => {
    const message = problemsOf(RULES.replace('severity: 错误', 'severity: 严重'), BASES, undefined);
    expect(message.split('\n').slice(0, 3).join('\n')).toMatchInlineSnapshot(`
      "Plan-check data has 1 problem:
      content/check/rules.yaml:26 (field "kinds.0.elements.0.severity"): Invalid option: expected one of "错误"|"警告"|"提示"
        Fix: use one of the values listed."
    `);
  });

  test('a link to a section the template does not have', () => {
    const minimal = `kinds:
  - id: stability-emergency
    name: 维稳应急预案
    title: [[维稳]]
    source: 某办法
    elements:
      - id: organisation
        name: 组织机构及职责
        headings: [组织机构]
        severity: 错误
        source: 某办法
        example: { template: enterprise-petition-emergency-plan, section: 组织机构 }
reportLimit: { severity: 警告, message: m, fix: f }
drills: []
blanks: { severity: 错误, message: m, fix: f, patterns: [{ label: x, pattern: "(" }] }
stale: []
pastPeriod: { yearsOld: 1, severity: 警告, message: m, fix: f }
staleDate: { years: 3, severity: 警告, message: m, fix: f }
petition: []
`;
    expect(problemsOf(minimal, BASES, TEMPLATES)).toMatchInlineSnapshot(`
      "Plan-check data has 2 problems:
      content/check/rules.yaml:12 (field "kinds.0.elements.0.example.section"): template "enterprise-petition-emergency-plan" has no section titled "组织机构".
        Fix: use one of: 组织机构及职责.
      content/check/rules.yaml:15 (field "blanks.patterns.0.pattern"): not a valid regular expression (Invalid regular expression: /(/u: Unterminated group).
        Fix: write a JavaScript regular expression; in YAML double quotes, write a backslash as \\\\."
    `);
  });

  test('a superseded entry without a replacement, and a replacement that does not exist', () => {
    const bases = `- id: old-law
  name: 旧法
  status: 已废止
  titles: [旧法]
- id: older-law
  name: 更旧的法
  status: 已废止
  titles: [更旧的法]
  replacedBy: new-law
`;
    const message = problemsOf(RULES, bases, undefined);
    expect(message).toContain('content/check/legal-bases.yaml:3 (field "0.status"): "旧法" is 已废止 but names no replacement.\n  Fix: add replacedBy: the id of the entry that replaced it.');
    expect(message).toContain('content/check/legal-bases.yaml:9 (field "1.replacedBy"): no entry has the id "new-law".');
  });

  test('YAML that does not parse', () => {
    expect(problemsOf('kinds: [\n', BASES)).toMatch(/^Plan-check data has 1 problem:\ncontent\/check\/rules.yaml:\d+: the file is not valid YAML/);
  });
});
