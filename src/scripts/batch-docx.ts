/** The 评审意见 .docx, loaded on first use with the site's .docx writer. */
import type { BatchEntry } from '../lib/review/batch';
import { allOpinions, unitOpinion } from '../lib/review/opinion';
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
