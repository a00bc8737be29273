import { readFile } from 'node:fs/promises';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { expect, test } from 'vitest';
import { BUDGETS } from '../../scripts/gates/budgets.config.mjs';
import { checkBudgets, formatBudgets } from '../../scripts/gates/budgets.mjs';
import { filesIn } from '../../scripts/gates/files.mjs';
import { checkLinks } from '../../scripts/gates/links.mjs';

test('every internal link and #fragment in dist/ resolves', async () => {
  expect(await checkLinks('dist')).toEqual([]);
});

test('every page in dist/ carries the strict Content-Security-Policy', async () => {
  const weak: string[] = [];
  for (const page of await filesIn('dist', '.html')) {
    const html = await readFile(`dist/${page}`, 'utf8');
    const policy = /<meta http-equiv="content-security-policy" content="([^"]+)"/i.exec(html)?.[1] ?? '';
    const scripts = /script-src ([^;]*)/.exec(policy)?.[1] ?? '';
    if (!policy.includes("default-src 'self'") || !scripts.includes("'self'") || /unsafe-inline|\*/.test(scripts)) weak.push(`${page}: ${policy || 'no policy'}`);
  }
  expect(weak).toEqual([]);
});

test('every page in dist/ passes html-validate (.htmlvalidate.mjs)', async () => {
  const validator = new HtmlValidate(new FileSystemConfigLoader());
  const failures: string[] = [];
  for (const page of await filesIn('dist', '.html')) {
    const report = await validator.validateFile(`dist/${page}`);
    for (const message of report.results.flatMap((r) => r.messages)) failures.push(`${page}:${message.line}:${message.column} ${message.ruleId} ${message.message}`);
  }
  expect(failures).toEqual([]);
});

test('page weight per page type is within budget', async () => {
  const rows = await checkBudgets('dist', BUDGETS);
  console.log(formatBudgets(rows));
  expect(rows.filter((row) => !row.ok)).toEqual([]);
});
