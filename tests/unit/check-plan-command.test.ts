import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';

/**
 * `npm run check-plan` as a reviewer runs it: scripts/check-plan.mjs bundles the checker on first
 * use and keeps the rules; the bundle reads .doc, .wps and PDF files like the page does.
 */
const REAL = 'tests/fixtures/check-real/out';
const run = () =>
  spawnSync(process.execPath, ['scripts/check-plan.mjs', '--json', `${REAL}/C10_县人民医院网络舆情应对工作方案.doc`, `${REAL}/D10_蓝天幼儿园突发事件应急预案.wps`, `${REAL}/D14_幸福社区防汛应急预案.pdf`, `${REAL}/D15_某某中学值班制度（扫描件）.pdf`], { encoding: 'utf8', timeout: 600_000 });

test('the command checks .doc, .wps and PDF files, the same on a first run (bundling) and from its cache', { timeout: 900_000 }, () => {
  const first = run();
  expect(first.status, first.stderr).toBe(2);
  const cache = 'node_modules/.cache/check-plan';
  expect(readdirSync(cache).some((dir) => existsSync(join(cache, dir, 'cli.js')) && existsSync(join(cache, dir, 'rules.json')))).toBe(true);
  const second = run();
  expect(second.stdout).toBe(first.stdout);
  const results = JSON.parse(first.stdout) as { kind?: string; error?: string; verdict: string; findings?: { rule: string }[] }[];
  expect(results.map((r) => [r.kind ?? r.error, r.verdict])).toEqual([
    ['emergency-special', '可以送审'],
    ['emergency-special', '可以送审'],
    ['emergency-special', '需修改'],
    ['扫描件无法读取文字，请提供 Word 或文字版。', '无法读取'],
  ]);
  expect(results[1]!.findings!.map((f) => f.rule)).toContain('drill-frequency');
});
