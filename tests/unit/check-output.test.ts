import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkPlan } from '../../src/lib/check/check';
import { main } from '../../src/lib/check/cli';
import { loadRules } from '../../src/lib/check/load';
import { readText } from '../../src/lib/check/read/text';
import { reportToMarkdown } from '../../src/lib/check/show/markdown';
import { fill } from '../../src/lib/model/fill';
import { toPlainText } from '../../src/lib/render/text';
import { loadFile } from './content-files';

const TODAY = new Date('2026-11-29T00:00:00');
const rules = loadRules();
const CORPUS = 'tests/unit/fixtures/check-corpus';
const dir = mkdtempSync(join(tmpdir(), 'check-plan-'));
const clean = join(dir, 'clean.txt');
writeFileSync(clean, toPlainText(fill(loadFile('content/templates/07-community-stability-emergency-plan.mdx').template, 'example')));
const oldDoc = join(dir, '旧预案.doc');
writeFileSync(oldDoc, new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]));

async function run(...argv: string[]) {
  let out = '';
  let err = '';
  const code = await main(argv, { out: (t) => (out += t), err: (t) => (err += t) }, { today: TODAY, rules });
  return { code, out, err };
}

describe('npm run check-plan', () => {
  test('exit 0 when no file has errors, 1 when one has, 2 when one cannot be read', async () => {
    expect((await run(clean)).code).toBe(0);
    expect((await run(clean, `${CORPUS}/05-township-work-2019.docx`)).code).toBe(1);
    expect((await run(clean, `${CORPUS}/05-township-work-2019.txt`, oldDoc)).code).toBe(2);
    expect((await run(join(dir, 'missing.txt'))).code).toBe(2);
  });

  test('--json prints one array element per file, in the documented shape', async () => {
    const { out, code } = await run('--json', `${CORPUS}/06-substation-onsite.txt`, oldDoc);
    expect(code).toBe(2);
    const results = JSON.parse(out) as Record<string, unknown>[];
    expect(results).toHaveLength(2);
    // The documented keys come first; keys are only ever added after them.
    expect(Object.keys(results[0]!).slice(0, 3)).toEqual(['file', 'kind', 'findings']);
    expect(results[0]!['kind']).toBe('onsite');
    for (const finding of results[0]!['findings'] as Record<string, string>[]) {
      expect(Object.keys(finding).slice(0, 4)).toEqual(['rule', 'severity', 'message', 'fix']);
      expect(['error', 'warning', 'info']).toContain(finding['severity']);
    }
    expect(results[1]).toEqual({ file: oldDoc, error: expect.stringContaining('另存为') });
  });

  test('--kind overrides detection; an unknown kind or option is a usage error', async () => {
    const { out } = await run('--json', '--kind', 'special', `${CORPUS}/06-substation-onsite.txt`);
    expect((JSON.parse(out) as { kind: string }[])[0]!.kind).toBe('special');
    const unknown = await run('--kind', '方案', clean);
    expect([unknown.code, unknown.err]).toEqual([2, expect.stringContaining('不认识的预案类型：方案')]);
    expect((await run('--verbose', clean)).err).toContain('不认识的选项：--verbose');
    expect((await run()).err).toContain('请给出至少一个要检查的文件');
  });

  test('plain output is a readable report per file', async () => {
    const { out } = await run(`${CORPUS}/07-duty-articles.txt`);
    expect(out).toContain(`== ${CORPUS}/07-duty-articles.txt`);
    expect(out).toContain('预案类型：值班制度（根据标题识别）');
    expect(out).toContain('错误：缺少“交接班”：值班制度应当写明这部分内容。');
    expect(out).toContain('怎么改：');
  });
});

describe('the Markdown report', () => {
  test('summary, findings grouped by section in plan order, fixes and absolute template links', () => {
    const report = checkPlan(readText('某某社区维稳应急预案\n一、组织机构及职责\n成立领导小组。\n二、信息报告\n及时报告。\n三、处置程序\n对上访人员落实稳控措施。'), rules, { today: TODAY });
    const md = reportToMarkdown(report, { file: '社区预案.docx', site: 'https://example.org' });
    expect(md).toContain('- 文件：社区预案.docx');
    expect(md).toContain('- 预案类型：维稳应急预案（根据标题识别）');
    expect(md).toMatch(/- 错误 0 项，警告 \d+ 项，提示 \d+ 项；必备要素 \d+\/9 项。/);
    expect(md.indexOf('## 全文')).toBeLessThan(md.indexOf('## 二、信息报告'));
    expect(md.indexOf('## 二、信息报告')).toBeLessThan(md.indexOf('## 三、处置程序'));
    expect(md).toContain('  - 位置：“对上访人员落实稳控措施。”');
    expect(md).toContain('](https://example.org/templates/');
  });

  test('the user’s text cannot inject Markdown', () => {
    const report = checkPlan(readText('[链接](javascript:alert(1)) 预案\n一、总则'), rules, { today: TODAY });
    expect(reportToMarkdown(report)).toContain('\\[链接\\](javascript:alert(1)) 预案');
  });
});
