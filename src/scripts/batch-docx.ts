/** The 评审意见 and 体检报告 .docx, loaded on first use with the site's .docx writer. */
import type { Report } from '../lib/check/types';
import { entryOf, type BatchEntry } from '../lib/review/batch';
import { allOpinions, checkReportDoc, unitOpinion } from '../lib/review/opinion';
import { reviewFormDoc } from '../lib/review/review-form';
import { exportFileName } from '../lib/export/filename';
import { toDocxBlob } from '../lib/render/docx';

export async function opinionDocx(entries: BatchEntry[], group?: { unit: string; entries: BatchEntry[] }): Promise<{ blob: Blob; name: string }> {
  if (group) return { blob: await toDocxBlob(unitOpinion(group.unit, group.entries)), name: exportFileName(group.unit.replace(/^（未识别单位）/, ''), '评审意见', 'docx') };
  return { blob: await toDocxBlob(allOpinions(entries)), name: '应急预案评审意见（全部单位）.docx' };
}

export async function formDocx(entry: Extract<BatchEntry, { ok: true }>): Promise<{ blob: Blob; name: string }> {
  const doc = reviewFormDoc(entry.form!, { ...entry, title: entry.report.title });
  return { blob: await toDocxBlob(doc), name: exportFileName(entry.file.replace(/\.[^.]+$/, '').replace(/[\\/]/g, '_'), '评审表', 'docx') };
}

/** One plan's 体检报告 from the check page, laid out as the desk's 评审意见 are. */
export async function checkReportDocx(file: string, report: Report, checked: string): Promise<Blob> {
  return toDocxBlob(checkReportDoc(entryOf(file, report), checked));
}
