#!/usr/bin/env node
/**
 * Opens a .docx in a real office suite: LibreOffice converts it to PDF, then pdftotext prints the
 * pages' text (layout kept, pages separated by form feeds shown as a rule).
 *
 *   node scripts/check-docx-office.mjs <file.docx> [--png]
 *
 * --png also renders pages 1–2 at 60 dpi next to the PDF, to look at the layout.
 * A sample comes from `npx vitest run tests/unit/docx.test.ts` ($TMPDIR/plan-templates-sample.docx).
 * Exits non-zero when the file is missing or soffice, pdftotext or pdftoppm fails.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, extname, join, resolve } from 'node:path';

function fail(message) {
  console.error(`check-docx-office: ${message}`);
  process.exit(1);
}

/** Runs a command, returns its stdout, and stops the script if it fails. */
function run(command, args, options = {}) {
  const result = spawnSync(command, args, { encoding: 'utf8', timeout: 180_000, ...options });
  if (result.error) fail(`${command} could not run: ${result.error.message}`);
  if (result.status !== 0) fail(`${command} exited with ${result.status ?? result.signal}\n${result.stderr ?? ''}`);
  return result.stdout;
}

const args = process.argv.slice(2);
const png = args.includes('--png');
const file = args.find((arg) => !arg.startsWith('--'));
if (!file) fail('usage: node scripts/check-docx-office.mjs <file.docx> [--png]');
const input = resolve(file);
if (!existsSync(input)) fail(`no such file: ${input}`);

const out = mkdtempSync(join(tmpdir(), 'docx-office-'));
// A private profile: a LibreOffice already running for the user cannot swallow the conversion,
// and the first-run dialogs never block the headless process.
const profile = `file://${join(out, 'profile')}`;
run('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', out, input]);

const pdf = join(out, `${basename(input, extname(input))}.pdf`);
// soffice exits 0 even when it could not load the file; the missing PDF tells.
if (!existsSync(pdf)) fail(`soffice wrote no PDF (files in ${out}: ${readdirSync(out).join(', ')})`);

const text = run('pdftotext', ['-layout', pdf, '-']);
const pages = text.split('\f').filter((page, i, all) => i < all.length - 1 || page.trim() !== '');
pages.forEach((page, i) => {
  console.log(`──────── page ${i + 1} ────────`);
  console.log(page.replace(/\s+$/, ''));
});
console.log(`\n${pages.length} pages; PDF: ${pdf}`);

if (png) {
  run('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '2', pdf, join(out, 'page')]);
  console.log(`PNG: ${readdirSync(out).filter((name) => name.endsWith('.png')).map((name) => join(out, name)).join(' ')}`);
}
