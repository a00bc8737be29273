import { describe, expect, test } from 'vitest';
import { checkPlan } from '../../src/lib/check/check';
import { loadRules } from '../../src/lib/check/load';
import { readDocx } from '../../src/lib/check/read/docx';
import { readText } from '../../src/lib/check/read/text';
import { fill } from '../../src/lib/model/fill';
import { toDocxBytes } from '../../src/lib/render/docx';
import { toPlainText } from '../../src/lib/render/text';
import { loadFile, templateFiles } from './content-files';

const rules = loadRules();
const TODAY = new Date('2026-11-29T00:00:00');
const errorsOf = (report: ReturnType<typeof checkPlan>) => report.findings.filter((f) => f.severity === 'error').map((f) => `${f.rule}: ${f.message}`);

// Whatever templates exist: the catalog grows, and every new worked example must pass too.
describe.each(templateFiles())('%s', (file) => {
  const { template } = loadFile(file);

  test('the worked example, exported as .txt and as .docx, has no error-severity finding', async () => {
    const example = fill(template, 'example');
    expect(errorsOf(checkPlan(readText(toPlainText(example)), rules, { today: TODAY }))).toEqual([]);
    expect(errorsOf(checkPlan(readDocx(await toDocxBytes(example)), rules, { today: TODAY }))).toEqual([]);
  });

  test('the blank template gets the leftover-blank finding', () => {
    const report = checkPlan(readText(toPlainText(fill(template, 'blank'))), rules, { today: TODAY });
    expect(report.findings.filter((f) => f.rule === 'leftover-blank')).toHaveLength(1);
  });
});
