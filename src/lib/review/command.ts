/** The command's side of the reviewer's desk: folders → files, and the files --out writes. Node only. */
import { mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { basename, extname, join, relative } from 'node:path';
import { exportFileName } from '../export/filename';
import { toDocxBytes } from '../render/docx';
import type { Report, Rules } from '../check/types';
import type { BatchEntry } from './batch';
import { batchToCsv, batchToMarkdown } from './export';
import { byUnit, unitOpinion } from './opinion';
import { loadReviewForm } from './load-form';
import { fillReviewForm, reviewFormDoc } from './review-form';

/** Files the checker reads (a scanned PDF or an old .wps gets its message); others in a folder are skipped. */
const PLAN_FILE = /\.(docx|doc|wps|txt|md|markdown|pdf|odt)$/i;

/** Paths as given; a folder becomes its plan files, recursively, in name order. Hidden and ~$ lock files are skipped. */
export function expandPaths(paths: string[]): string[] {
  const out: string[] = [];
  const visit = (path: string, given: boolean): void => {
    let isDir = false;
    try {
      isDir = statSync(path).isDirectory();
    } catch {
      // A missing path is passed on, so the report says it cannot be read.
    }
    if (!isDir) {
      if (given || (PLAN_FILE.test(path) && !/^(\.|~\$)/.test(basename(path)))) out.push(path);
      return;
    }
    const names = readdirSync(path).filter((name) => !name.startsWith('.')).sort((a, b) => a.localeCompare(b, 'zh-CN', { numeric: true }));
    for (const name of names) visit(join(path, name), false);
  };
  for (const path of paths) visit(path, true);
  return out;
}

export interface OutputFile {
  path: string;
  data: string | Uint8Array;
}

interface Written {
  entry: BatchEntry;
  markdown: string;
  report?: Report;
}

/** A file name from a checked file's path, unique in the output folder. */
function reportName(file: string, used: Set<string>, suffix: string, extension: string): string {
  const base = relative('.', file).replace(extname(file), '').replace(/[\\/]/g, '_') || basename(file);
  let name = exportFileName(base, suffix, extension);
  for (let n = 2; used.has(name); n++) name = exportFileName(`${base}_${n}`, suffix, extension);
  used.add(name);
  return name;
}

/**
 * --out: one report (.md) per file, the summary (汇总.csv, 汇总.md), one 评审意见 (.docx) per unit,
 * and with --review-form one 评审表 (.docx) per plan that has a form. Returns how many files were written.
 */
export async function writeOutputs(dir: string, results: Written[], options: { reviewForm: boolean; rules: Rules; root?: string | undefined; write?: ((file: OutputFile) => void) | undefined }): Promise<number> {
  const write =
    options.write ??
    ((file: OutputFile) => {
      mkdirSync(dir, { recursive: true });
      writeFileSync(file.path, file.data);
    });
  const used = new Set<string>(['汇总.csv', '汇总.md']);
  const files: OutputFile[] = [];
  const entries = results.map((r) => r.entry);
  for (const result of results) files.push({ path: join(dir, reportName(result.entry.file, used, '体检报告', 'md')), data: result.markdown });
  files.push({ path: join(dir, '汇总.csv'), data: batchToCsv(entries) }, { path: join(dir, '汇总.md'), data: batchToMarkdown(entries) });
  for (const group of byUnit(entries)) {
    files.push({ path: join(dir, reportName(group.unit.replace(/^（未识别单位）/, '未识别单位-'), used, '评审意见', 'docx')), data: await toDocxBytes(unitOpinion(group.unit, group.entries)) });
  }
  if (options.reviewForm) {
    const data = loadReviewForm(options.rules, options.root);
    for (const result of results) {
      if (!result.report || !result.entry.ok) continue;
      const form = fillReviewForm(result.report, options.rules, data, result.entry);
      if (form) files.push({ path: join(dir, reportName(result.entry.file, used, '评审表', 'docx')), data: await toDocxBytes(reviewFormDoc(form, { ...result.entry, title: result.report.title })) });
    }
  }
  for (const file of files) write(file);
  return files.length;
}
