import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { checkPlan } from '../../src/lib/check/check';
import { loadRules } from '../../src/lib/check/load';
import { readText } from '../../src/lib/check/read/text';
import { fill } from '../../src/lib/model/fill';
import { toPlainText } from '../../src/lib/render/text';
import { detectDate, detectUnit, entryOf, failedEntry, firstProblems, isoDate, sortEntries, verdictOf, type BatchEntry } from '../../src/lib/review/batch';
import { batchToCsv, batchToMarkdown, csvCell } from '../../src/lib/review/export';
import { allOpinions, byUnit, unitOpinion } from '../../src/lib/review/opinion';
import { loadFile } from './content-files';

const rules = loadRules();
const TODAY = new Date('2026-11-29T00:00:00');
const CORPUS = 'tests/unit/fixtures/check-corpus';
const checkText = (file: string, text: string): BatchEntry => entryOf(file, checkPlan(readText(text), rules, { today: TODAY }));
const corpus = (name: string) => checkText(`${name}.txt`, readFileSync(`${CORPUS}/${name}.txt`, 'utf8'));
const example = (file: string) => checkText(file, toPlainText(fill(loadFile(`content/templates/${file}`).template, 'example')));

describe('one file → its batch entry', () => {
  test('a worked example is 可以送审, with its unit from the signature and its date', () => {
    const entry = example('12-production-safety-comprehensive-plan.mdx');
    expect(verdictOf(entry)).toBe('可以送审');
    expect(entry.unit).toMatch(/^某某市.+公司$/);
    expect(entry.date).toMatch(/^20\d\d-\d\d-\d\d$/);
    expect(entry.ok && entry.report.kind).toBe('comprehensive');
  });

  test('an old plan with errors is 需修改, and its first problems are errors', () => {
    const entry = corpus('01-chemical-comprehensive-2016');
    expect(verdictOf(entry)).toBe('需修改');
    const problems = firstProblems(entry);
    expect(problems).toHaveLength(3);
    const errors = entry.ok ? entry.report.findings.filter((f) => f.severity === 'error').map((f) => f.message) : [];
    for (const problem of problems) expect(errors).toContain(problem);
  });

  test('an unreadable file is 无法读取 and its problem is the reason', () => {
    const entry = failedEntry('旧.doc', '这是旧版 Word 文档（.doc）');
    expect(verdictOf(entry)).toBe('无法读取');
    expect(firstProblems(entry)).toEqual(['这是旧版 Word 文档（.doc）']);
  });

  test('the kept report holds findings with quoted places, not the text', () => {
    const text = toPlainText(fill(loadFile('content/templates/13-fire-special-emergency-plan.mdx').template, 'example'));
    expect(JSON.stringify(checkText('13.txt', text)).length).toBeLessThan(text.length / 2);
    const entry = corpus('02-primary-school-2018');
    expect(entry.ok).toBe(true);
    if (!entry.ok) return;
    expect('outline' in entry.report).toBe(false);
    expect(entry.report.findings.some((f) => f.where.some((w) => w.includes('每学期组织一次应急疏散演练')))).toBe(true);
  });
});

describe('unit and date', () => {
  test('dates in figures and in Chinese numerals', () => {
    expect(isoDate('2026年6月29日')).toBe('2026-06-29');
    expect(isoDate('二〇二六年六月二十九日')).toBe('2026-06-29');
    expect(isoDate('2026年13月1日')).toBe('');
    expect(detectDate(['正文', '某某市第一中学', '2025年3月1日'])).toBe('2025-03-01');
  });

  test('the unit from the signature, else from the title', () => {
    expect(detectUnit(['某某市第一中学校园欺凌防治工作方案', '正文。', '某某市第一中学', '2025年3月1日'], '某某市第一中学校园欺凌防治工作方案')).toBe('某某市第一中学');
    expect(detectUnit(['某某食品有限公司配电室现场处置方案', '正文。'], '某某食品有限公司配电室现场处置方案')).toBe('某某食品有限公司');
    expect(detectUnit(['应急预案'], '应急预案')).toBe('');
  });
});

describe('the table', () => {
  const entries = [corpus('01-chemical-comprehensive-2016'), failedEntry('b.doc', '旧版'), example('14-onsite-response-plan.mdx'), corpus('06-substation-onsite')];

  test('sorting by errors, both ways, with unreadable files below every count ascending… and by verdict', () => {
    const errors = (order: number[]) => order.map((i) => (entries[i]!.ok ? (entries[i] as Extract<BatchEntry, { ok: true }>).report.counts.error : -1));
    const up = errors(sortEntries(entries, 'error', true));
    expect(up).toEqual([...up].sort((a, b) => a - b));
    const down = errors(sortEntries(entries, 'error', false));
    expect(down).toEqual([...down].sort((a, b) => b - a));
    expect(sortEntries(entries, 'verdict', true).map((i) => verdictOf(entries[i]!))[0]).toBe('无法读取');
    expect(sortEntries(entries, 'file', true).map((i) => entries[i]!.file)).toEqual([...entries.map((e) => e.file)].sort((a, b) => a.localeCompare(b, 'zh-CN', { numeric: true })));
  });

  test('CSV: BOM, header, one row per file, cells quoted when needed, no formula injection', () => {
    const csv = batchToCsv(entries);
    expect(csv.startsWith('\uFEFF文件,单位,预案类型,预案日期,错误,警告,提示,结论,主要问题\r\n')).toBe(true);
    expect(csv.trimEnd().split('\r\n')).toHaveLength(entries.length + 1);
    expect(csvCell('a,"b"')).toBe('"a,""b"""');
    expect(csvCell('=1+1')).toBe("'=1+1");
    expect(csv).toContain('b.doc,,,,,,,无法读取,旧版');
  });

  test('all reports as one Markdown, every file a section', () => {
    const md = batchToMarkdown(entries, 'https://example.org');
    for (const entry of entries) expect(md).toContain(`## ${entry.file.replace(/([_])/g, '\\$1')}`);
    expect(md).toContain('共 4 份：可以送审');
  });
});

describe('评审意见', () => {
  const entries = [corpus('01-chemical-comprehensive-2016'), corpus('06-substation-onsite'), failedEntry('b.doc', '旧版。')];

  test('per unit: unit, plans, 必须修改 holds the errors, 建议修改 the rest, blanks for the reviewer', () => {
    const groups = byUnit(entries);
    const group = groups.find((g) => g.unit.includes('食品'))!;
    const doc = unitOpinion(group.unit, group.entries);
    const text = toPlainText(doc);
    expect(text).toContain(`${group.unit}应急预案评审意见`);
    expect(text).toContain('报送单位：某某食品有限公司');
    expect(text).toMatch(/必须修改[\s\S]*GB\/T 29639-2013[\s\S]*建议修改/);
    expect(text).toContain('评审人（签名）');
    expect(text).toContain('日期：＿＿＿＿年');
  });

  test('one file for all units: every unit and every file is there, unreadable ones say so', () => {
    const text = toPlainText(allOpinions(entries));
    expect(text).toContain('本批共 3 份预案');
    expect(text).toContain('文件无法读取：旧版。');
    for (const group of byUnit(entries)) expect(text).toContain(group.unit);
  });
});
