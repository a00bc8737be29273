import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { main } from '../../src/lib/check/cli';
import { loadRules } from '../../src/lib/check/load';
import { readDocx } from '../../src/lib/check/read/docx';
import { fill } from '../../src/lib/model/fill';
import { toPlainText } from '../../src/lib/render/text';
import { loadFile } from './content-files';

const TODAY = new Date('2026-11-29T00:00:00');
const rules = loadRules();
const CORPUS = 'tests/unit/fixtures/check-corpus';
const dir = mkdtempSync(join(tmpdir(), 'check-plan-batch-'));
mkdirSync(join(dir, '甲单位', '子目录'), { recursive: true });
writeFileSync(join(dir, '甲单位', '综合.txt'), toPlainText(fill(loadFile('content/templates/12-production-safety-comprehensive-plan.mdx').template, 'example')));
writeFileSync(join(dir, '甲单位', '子目录', '06.txt'), readFileSync(`${CORPUS}/06-substation-onsite.txt`));
writeFileSync(join(dir, '甲单位', '~$锁定.docx'), 'lock');
writeFileSync(join(dir, '甲单位', '说明.png'), 'not a plan');
writeFileSync(join(dir, '旧预案.doc'), new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]));

async function run(...argv: string[]) {
  let out = '';
  let err = '';
  const written: { path: string; data: string | Uint8Array }[] = [];
  const code = await main(argv, { out: (t) => (out += t), err: (t) => (err += t) }, { today: TODAY, rules, write: (file) => written.push(file) });
  return { code, out, err, written };
}

describe('npm run check-plan on a batch', () => {
  test('a folder is read recursively; lock files and non-plans are skipped; unreadable files are listed', async () => {
    const { out, code } = await run('--format', 'table', dir);
    const lines = out.trim().split('\n');
    expect(lines[0]).toBe('结论\t错误\t警告\t提示\t预案日期\t预案类型\t单位\t文件');
    expect(lines).toHaveLength(5);
    expect(out).toContain('可以送审\t0\t');
    expect(out).toMatch(/无法读取.*旧预案\.doc/);
    expect(out).not.toContain('~$');
    expect(out).not.toContain('说明.png');
    expect(out).toContain('共 3 份：可以送审 1 份，需修改 1 份，无法读取 1 份。');
    expect(code).toBe(2);
  });

  test('--format csv and md', async () => {
    const csv = (await run('--format=csv', dir)).out;
    expect(csv.startsWith('\uFEFF文件,单位,')).toBe(true);
    expect(csv.trimEnd().split('\r\n')).toHaveLength(4);
    const md = (await run('--format', 'md', dir)).out;
    expect(md.match(/^## /gm)).toHaveLength(3);
  });

  test('--json stays compatible and adds verdict, unit and date', async () => {
    const results = JSON.parse((await run('--json', join(dir, '甲单位'))).out) as Record<string, unknown>[];
    expect(Object.keys(results[0]!).slice(0, 3)).toEqual(['file', 'kind', 'findings']);
    expect(results.find((r) => String(r['file']).endsWith('综合.txt'))).toMatchObject({ verdict: '可以送审', unit: expect.stringContaining('公司') });
  });

  test('--out writes a report per file, the summary, 评审意见 per unit, and with --review-form the 评审表', async () => {
    const out = join(dir, 'out');
    const { written, err } = await run('--out', out, '--review-form', join(dir, '甲单位'));
    const names = written.map((f) => f.path.slice(out.length + 1));
    expect(names.filter((n) => n.endsWith('-体检报告.md'))).toHaveLength(2);
    expect(names).toContain('汇总.csv');
    expect(names).toContain('汇总.md');
    expect(names.filter((n) => n.endsWith('-评审意见.docx')).length).toBeGreaterThanOrEqual(1);
    const forms = written.filter((f) => f.path.endsWith('-评审表.docx'));
    expect(forms).toHaveLength(2);
    const formText = forms.map((form) => readDocx(form.data as Uint8Array).map((p) => p.text).join('\n')).join('\n');
    expect(formText).toContain('综合应急预案评审表');
    expect(formText).toContain('需人工判断');
    expect(err).toContain(`已写入 ${out}：${written.length} 个文件。`);
  });

  test('--review-form needs --out; a wrong --format is refused', async () => {
    expect((await run('--review-form', dir)).err).toContain('--review-form 要与 --out 一起使用');
    expect((await run('--format', 'xlsx', dir)).err).toContain('--format 只能是');
  });

  test('--out on disk', async () => {
    const out = join(dir, 'disk');
    let err = '';
    await main(['--out', out, join(dir, '甲单位')], { out: () => undefined, err: (t) => (err += t) }, { today: TODAY, rules });
    expect(readdirSync(out)).toContain('汇总.csv');
    expect(err).toContain('已写入');
  });
});
