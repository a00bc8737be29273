import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { describe, expect, test } from 'vitest';
import { checkBudgets, formatBudgets } from '../../scripts/gates/budgets.mjs';
import { checkBase } from '../../scripts/gates/base.mjs';
import { checkLinks } from '../../scripts/gates/links.mjs';

const SITE = 'tests/unit/fixtures/broken-site';

describe('each quality gate fails on a deliberately broken site', () => {
  test('links: missing files, missing fragments and other origins are reported', async () => {
    expect(await checkLinks(SITE)).toEqual([
      { page: 'index.html', link: '/docs/#missing', reason: 'no element with id "missing"' },
      { page: 'index.html', link: '/nowhere/', reason: 'no such file' },
      { page: 'index.html', link: 'https://cdn.example.com/x.js', reason: 'points to another origin' },
    ]);
  });

  test('base: root-absolute URLs that ignore the base path are reported, in pages, styles and scripts', async () => {
    expect(await checkBase('tests/unit/fixtures/base-site', '/yuan/')).toEqual([
      { file: 'index.html', url: '/favicon.svg' },
      { file: 'index.html', url: '/guide/' },
      { file: '_astro/page.js', url: '/check/rules.json' },
      { file: '_astro/site.css', url: '/_astro/bg.svg' },
    ]);
    expect(await checkBase('tests/unit/fixtures/base-site', '/')).toEqual([]);
  });

  test('links: on a site built for a base path, a link outside it is reported', async () => {
    expect(await checkLinks('tests/unit/fixtures/base-site', '/yuan/')).toEqual([
      { page: 'index.html', link: '/favicon.svg', reason: 'outside the base /yuan/' },
      { page: 'index.html', link: '/guide/', reason: 'outside the base /yuan/' },
    ]);
  });

  test('budgets: a page over budget fails, and its static imports count', async () => {
    const rows = await checkBudgets(SITE, [{ type: 'home', pages: /^index\.html$/, html: 10_000, css: 10_000, js: 1_000 }]);
    const js = rows.find((row) => row.asset === 'js')!;
    expect(js.ok).toBe(false);
    expect(js.bytes).toBeGreaterThan(2_000);
    expect(rows.filter((row) => row.asset !== 'js').every((row) => row.ok)).toBe(true);
    expect(formatBudgets(rows)).toMatch(/✗ home\s+js/);
  });

  test('budgets: a JSON data block counts as HTML, not as JavaScript; an inline script counts as JavaScript', async () => {
    const rows = await checkBudgets('tests/unit/fixtures/data-block-site', [{ type: 'search', pages: /^index\.html$/, html: 100_000, css: 1, js: 100_000 }]);
    const bytes = (asset: string) => rows.find((row) => row.asset === asset)!.bytes;
    expect(bytes('html')).toBeGreaterThan(1_000);
    expect(bytes('js')).toBeGreaterThan(0);
    expect(bytes('js')).toBeLessThan(100);
  });

  test('budgets: an inline <style> block counts as the page CSS, not as its HTML', async () => {
    const rows = await checkBudgets('tests/unit/fixtures/style-block-site', [{ type: 'home', pages: /^index\.html$/, html: 100_000, css: 100_000, js: 100_000 }]);
    const bytes = (asset: string) => rows.find((row) => row.asset === asset)!.bytes;
    expect(bytes('css')).toBeGreaterThan(1_000);
    expect(bytes('html')).toBeLessThan(200);
  });

  test('budgets: a page type with no pages fails', async () => {
    const rows = await checkBudgets(SITE, [{ type: 'search', pages: /^search\//, html: 1, css: 1, js: 1 }]);
    expect(rows.some((row) => !row.ok)).toBe(true);
  });

  test('html-validate with the project config rejects broken markup', async () => {
    const report = await new HtmlValidate(new FileSystemConfigLoader()).validateFile(`${SITE}/index.html`);
    expect(report.valid).toBe(false);
    expect(report.results[0]!.messages.map((m) => m.ruleId)).toContain('close-order');
  });
});
