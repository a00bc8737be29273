// What a plan page hands out: files in every export format, and the plan or one section copied.
// The editor decides when; these decide what, from the filled model only.
import { exportFileName } from '../../lib/export/filename';
import type { ExportFormat } from '../../lib/export/formats';
import { sectionsOf } from '../../lib/model/fill';
import { cleanText } from '../../lib/model/text';
import type { FilledDoc, FillMode, Template, Values } from '../../lib/model/types';
import { unreachable } from '../../lib/model/unreachable';
import type { FilledNotice } from '../../lib/notice/types';
import { toHtml } from '../../lib/render/hnode';
import { renderDocument, renderSection } from '../../lib/render/html';
import { toMarkdown } from '../../lib/render/markdown';
import { sectionToPlainText, toPlainText } from '../../lib/render/text';
import { announce } from '../dom';
import { copyPlain, copyRich } from '../clipboard';

/** The plan as a file of `format`; the 印发通知 goes only into the .docx. */
export async function exportFile(doc: FilledDoc, format: ExportFormat, notice: FilledNotice | undefined): Promise<Blob> {
  switch (format) {
    case 'md':
      return new Blob([toMarkdown(doc)], { type: 'text/markdown;charset=utf-8' });
    case 'txt':
      return new Blob([toPlainText(doc)], { type: 'text/plain;charset=utf-8' });
    case 'docx': {
      announce('正在生成 Word 文档…');
      // The .docx writer is the heaviest code on the site: it loads only when asked for.
      const { toDocxBlob } = await import('../../lib/render/docx');
      return toDocxBlob(doc, { notice });
    }
    default:
      return unreachable(format);
  }
}

/** The plan's 应急处置卡 as an A5 .docx, one card per page; the writer loads only when asked for. */
export async function exportCards(doc: FilledDoc): Promise<Blob> {
  announce('正在生成应急处置卡…');
  const { cardsDocxBlob } = await import('../../lib/render/docx-cards');
  return cardsDocxBlob(doc);
}

/** The file's name: the organisation as typed (or the example's), then the plan's name. */
export function exportName(template: Template, mode: FillMode, values: Values, extension: string): string {
  const org = mode === 'example' ? template.fields.find((f) => f.key === 'orgName')?.example : values['orgName'];
  return exportFileName(typeof org === 'string' ? cleanText(org) : '', template.name, extension);
}

/** Copies the whole plan, with its formatting for Word and WPS or as plain text; false when the browser refused. */
export function copyDocument(doc: FilledDoc, rich: boolean): Promise<boolean> {
  return rich ? copyRich(toHtml(renderDocument(doc, { standalone: true })), toPlainText(doc)) : copyPlain(toPlainText(doc));
}

/** Copies one section with its formatting; undefined when the plan has no section `id`. */
export async function copySection(doc: FilledDoc, id: string | undefined): Promise<boolean | undefined> {
  const section = [...sectionsOf(doc.body)].find((s) => s.id === id);
  if (!section) return undefined;
  return copyRich(toHtml(renderSection(section, { standalone: true })), sectionToPlainText(section));
}
