import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { exportFileName } from '../../src/lib/export/filename';
import { fill } from '../../src/lib/model/fill';
import { loadTemplate } from '../../src/lib/parse/parse-template';
import { toHtml } from '../../src/lib/render/hnode';
import { renderDocument } from '../../src/lib/render/html';
import { toPlainText } from '../../src/lib/render/text';

const file = 'tests/unit/fixtures/all-kinds.mdx';
const { template } = loadTemplate(file, readFileSync(file, 'utf8'));
const HOSTILE = '<img src=x onerror=alert(1)></script>"&\'😀';

describe('file names', () => {
  test('<单位名称>-<模板名>.ext with refused characters replaced', () => {
    expect(exportFileName('某某/市:第一*中学?', '学校维稳工作应急预案', 'docx')).toBe('某某_市_第一_中学_-学校维稳工作应急预案.docx');
    expect(exportFileName('  ', '预案', 'md')).toBe('未命名单位-预案.md');
    expect(exportFileName('<a>|"b"\u0001', 'x', 'txt')).toBe('_a___b__-x.txt');
  });

  test('long names are cut to a length every file system accepts', () => {
    const name = exportFileName('中'.repeat(10_000), '预案', 'docx');
    expect(Array.from(name).length).toBeLessThanOrEqual(85);
    expect(name.endsWith('.docx')).toBe(true);
  });
});

describe('HTML renderer', () => {
  test('user text is escaped, never markup', () => {
    const html = toHtml(renderDocument(fill(template, 'user', { orgName: HOSTILE })));
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;&lt;/script&gt;"&amp;\'😀测试预案');
    expect(html).not.toContain('<img');
    expect(html).not.toContain('</script>');
  });

  test('unfilled placeholders are marked with their field', () => {
    expect(toHtml(renderDocument(fill(template, 'blank')))).toContain('<mark class="ph" data-field="orgName">【单位名称】</mark>');
  });

  test('guides and chrome appear only when asked for', () => {
    const doc = fill(template, 'blank');
    const page = toHtml(renderDocument(doc, { guides: true, chrome: true }));
    const clipboard = toHtml(renderDocument(doc, { standalone: true }));
    expect(page).toContain('写作要点正文');
    expect(page).toContain('class="copy-section"');
    expect(clipboard).not.toContain('写作要点');
    expect(clipboard).not.toContain('copy-section');
    expect(clipboard).toContain('<table border="1"');
    expect(clipboard).toContain('<h1 align="center">');
    expect(clipboard).not.toContain('style=');
  });

  test('10,000-character values pass through whole', () => {
    const long = '长'.repeat(10_000);
    expect(toPlainText(fill(template, 'user', { orgName: long }))).toContain(long);
  });
});
