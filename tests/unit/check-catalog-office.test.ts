import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkPlan } from '../../src/lib/check/check';
import { loadRules } from '../../src/lib/check/load';
import { readPlanFile } from '../../src/lib/check/read/file';
import { NODE_READERS } from '../../src/lib/check/read/node';
import { fill } from '../../src/lib/model/fill';
import { toDocxBytes } from '../../src/lib/render/docx';
import { loadFile, templateFiles } from './content-files';

/**
 * Every worked example as a reviewer may receive it: our .docx saved by LibreOffice as Word 97–2003
 * (.doc) and printed to PDF (Noto CJK fonts, "— N —" page numbers in the footer). The .doc and PDF
 * readers must give a text the checker finds nothing wrong with, and no page number as a paragraph.
 */
const rules = loadRules();
const TODAY = new Date('2026-11-29T00:00:00');
const files = templateFiles();
const dir = mkdtempSync(join(tmpdir(), 'catalog-office-'));

/** One LibreOffice run per format for all examples (a private profile, so a running LibreOffice cannot take the job). */
async function convertAll(format: 'doc' | 'pdf'): Promise<void> {
  const inputs = await Promise.all(
    files.map(async (file, i) => {
      const path = join(dir, `${i}.docx`);
      writeFileSync(path, await toDocxBytes(fill(loadFile(file).template, 'example')));
      return path;
    }),
  );
  const result = spawnSync('soffice', [`-env:UserInstallation=file://${join(dir, `profile-${format}`)}`, '--headless', '--convert-to', format, '--outdir', dir, ...inputs], { encoding: 'utf8', timeout: 600_000 });
  if (result.status !== 0) throw new Error(`soffice: ${result.stderr}`);
}

describe.each(['doc', 'pdf'] as const)('worked examples as .%s', (format) => {
  test('read, with no error-severity finding and no page number left in the text', { timeout: 900_000 }, async () => {
    await convertAll(format);
    const problems: string[] = [];
    for (const [i, file] of files.entries()) {
      const read = await readPlanFile(`${i}.${format}`, new Uint8Array(readFileSync(join(dir, `${i}.${format}`))), NODE_READERS);
      if (!read.ok) {
        problems.push(`${file}: ${read.message}`);
        continue;
      }
      for (const p of read.paragraphs) if (/^[—-]\s*\d+\s*[—-]$/.test(p.text)) problems.push(`${file}: page number "${p.text}" read as text`);
      for (const f of checkPlan(read.paragraphs, rules, { today: TODAY, read: read.info }).findings) if (f.severity === 'error') problems.push(`${file}: ${f.rule} ${f.message}`);
    }
    expect(problems).toEqual([]);
  });
});
