/**
 * .docx export laid out as an official document per GB/T 9704-2012. This file assembles the
 * document (page setup, footers, sections); `docx-blocks.ts` lays out the body, `docx-flow.ts` the
 * flowcharts, `docx-styles.ts` the fonts and styles, `docx-notice.ts` the 印发通知.
 *
 * Loaded lazily in the browser with dynamic import(), so it must not import anything from node:.
 * Every run carries its own font and size (as WPS-made documents do), so the layout survives
 * copy-paste between documents; the style defaults repeat them for text the user types later.
 */
import { AlignmentType, Document, DocumentGridType, Footer, LineRuleType, PageNumber, Packer, Paragraph, SectionType, TextRun, type ISectionOptions } from 'docx';
import { textOf } from '../model/fill';
import type { FilledDoc } from '../model/types';
import type { FilledNotice } from '../notice/types';
import { FONT, LINE_PITCH, MARGIN, PAGE, SIZE, mm } from './docx-base';
import { nodes, titleParagraphs } from './docx-blocks';
import { noticeParagraphs, recordParagraphs } from './docx-notice';
import { patchDocx } from './docx-patch';
import { OVERRIDES, styles } from './docx-styles';

/** The page number sits about 7 mm below the text block (GB/T 9704 §7.5). */
const FOOTER_DISTANCE = mm(25);
const HEADER_DISTANCE = mm(15);

/* ---------- Footers: "— N —", odd pages right, even pages left (GB/T 9704 §7.5) ---------- */

function pageNumberFooter(side: 'odd' | 'even'): Footer {
  return new Footer({
    children: [
      new Paragraph({
        alignment: side === 'odd' ? AlignmentType.RIGHT : AlignmentType.LEFT,
        // One 4号 character (14 pt) in from the edge of the text block.
        indent: side === 'odd' ? { right: SIZE.footer * 10 } : { left: SIZE.footer * 10 },
        spacing: { line: 240, lineRule: LineRuleType.AUTO },
        children: [
          new TextRun({
            children: ['\u2014 ', PageNumber.CURRENT, ' \u2014'],
            font: FONT.song,
            size: SIZE.footer,
            color: '000000',
            characterSpacing: 0,
          }),
        ],
      }),
    ],
  });
}

/* ---------- Document ---------- */

export interface DocxOptions {
  /** The 印发通知 to put before the plan, with its 版记 on the last even page. */
  notice?: FilledNotice | undefined;
}

const PAGE_PROPERTIES = {
  page: {
    size: PAGE,
    margin: { ...MARGIN, header: HEADER_DISTANCE, footer: FOOTER_DISTANCE, gutter: 0 },
  },
  // The line grid makes Word's page setup read "22 lines"; the exact line spacing keeps it. No
  // character grid: see TRACKING.
  grid: { type: DocumentGridType.LINES, linePitch: LINE_PITCH },
};

/** The 版记 section: starts on the next even page (GB/T 9704 §7.4 puts it on the last, even, page), no page number. */
function recordSection(notice: FilledNotice): ISectionOptions {
  const none = new Footer({ children: [] });
  return {
    properties: { ...PAGE_PROPERTIES, type: SectionType.EVEN_PAGE },
    footers: { default: none, even: none },
    children: recordParagraphs(notice),
  };
}

export function buildDocument(doc: FilledDoc, options: DocxOptions = {}): Document {
  const { notice } = options;
  return new Document({
    title: textOf(doc.title),
    creator: '预案模板库',
    lastModifiedBy: '预案模板库',
    evenAndOddHeaderAndFooters: true,
    styles: styles(),
    sections: [
      {
        properties: PAGE_PROPERTIES,
        footers: { default: pageNumberFooter('odd'), even: pageNumberFooter('even') },
        children: [...(notice ? noticeParagraphs(notice) : []), ...titleParagraphs(doc.title, Boolean(notice)), ...nodes(doc.body)],
      },
      ...(notice ? [recordSection(notice)] : []),
    ],
  });
}

async function pack(doc: FilledDoc, options: DocxOptions): Promise<Uint8Array> {
  return patchDocx(await Packer.pack(buildDocument(doc, options), 'uint8array', false, OVERRIDES));
}

const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** For the browser's download link. */
export async function toDocxBlob(doc: FilledDoc, options: DocxOptions = {}): Promise<Blob> {
  return new Blob([(await pack(doc, options)) as Uint8Array<ArrayBuffer>], { type: DOCX_TYPE });
}

/** For Node (tests, scripts). */
export async function toDocxBytes(doc: FilledDoc, options: DocxOptions = {}): Promise<Uint8Array> {
  return pack(doc, options);
}
