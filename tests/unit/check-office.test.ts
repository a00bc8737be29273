import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { checkPlan } from '../../src/lib/check/check';
import { loadRules } from '../../src/lib/check/load';
import { readPlanFile } from '../../src/lib/check/read/file';

/**
 * Saved by LibreOffice, not by the docx library (scripts/make-office-fixtures.mjs): headings
 * numbered through numbering.xml in Chinese counting (w:numFmt taiwaneseCountingThousand), outline
 * levels, a numbered list, and tab stops (<w:tabs><w:tab …/>) in paragraph properties.
 */
const FILE = 'tests/unit/fixtures/check-office/lo-duty-rules.docx';

async function paragraphs() {
  const read = await readPlanFile('lo-duty-rules.docx', readFileSync(FILE));
  if (!read.ok) throw new Error(read.message);
  return read.paragraphs;
}

test('a LibreOffice .docx: headings numbered 一、（一） as Word shows them, at their outline levels', async () => {
  const headings = (await paragraphs()).filter((p) => p.headingLevel !== undefined).map((p) => [p.headingLevel, p.text]);
  expect(headings).toEqual([
    [1, '一、总则'],
    [1, '二、值班安排'],
    [2, '（一）值班时间'],
    [2, '（二）值班人员'],
    [1, '三、交接班'],
    [1, '四、信息报告'],
    [1, '五、联系电话'],
  ]);
});

test('a LibreOffice .docx: list items keep their numbers; tab-stop definitions add no tabs, typed tabs stay', async () => {
  const texts = (await paragraphs()).map((p) => p.text);
  expect(texts).toContain('1．交班人当面移交值班记录和未办结事项。');
  expect(texts).toContain('带班领导\t王明\t010-0000-0000');
  // Headings carry a tab stop in their style: no tab reaches their text.
  expect(texts.filter((text) => text.includes('\t'))).toEqual(['带班领导\t王明\t010-0000-0000', '值班员\t李华\t010-0000-0001', '街道办事处值班室\t010-0000-0002']);
});

test('a LibreOffice .docx is checked as the 值班制度 it is', async () => {
  const report = checkPlan(await paragraphs(), loadRules(), { today: new Date('2026-11-29T00:00:00') });
  expect(report.kind).toBe('duty-rules');
  // It has 交接班, 信息报告 with a time limit and 联系电话; it lacks 请假和替班 and 值班纪律.
  expect(report.findings.map((f) => `${f.severity} ${f.rule} ${f.message}`)).toEqual([
    expect.stringMatching(/^warning missing-element .*请假和替班/),
    expect.stringMatching(/^warning missing-element .*值班纪律/),
  ]);
  // The rules parse the whole catalog: 35 s at a load average of 20 on 2 cores.
}, 180_000);
