import type { Paragraph } from '../types';
import { pdfParagraphs, type TextRun } from './pdf-layout';

/** The part of pdf.js's API this reader uses; the browser and the command pass their own build. */
export interface PdfJs {
  getDocument: (source: Record<string, unknown>) => { promise: Promise<PdfDocument>; destroy: () => Promise<void> };
}
interface PdfDocument {
  numPages: number;
  getPage: (n: number) => Promise<{ getTextContent: () => Promise<{ items: unknown[] }> }>;
}
interface PdfTextItem {
  str: string;
  transform: number[];
  width: number;
  height: number;
}

const isTextItem = (item: unknown): item is PdfTextItem => typeof item === 'object' && item !== null && 'str' in item && 'transform' in item;

/** A text item → a run: the transform's translation is the baseline origin, its scale the font size. */
function toRun(item: PdfTextItem): TextRun {
  const [a = 0, b = 0, c = 0, d = 0, x = 0, y = 0] = item.transform;
  return { text: item.str, x, y, width: item.width, size: Math.hypot(c, d) || Math.hypot(a, b) || item.height };
}

/**
 * A PDF (its bytes) → paragraphs, with pdf.js doing the parsing: no scripts, no fonts loaded, no
 * request but for the character maps (`options` say where they are). [] when it has no text layer.
 */
export async function readPdfWith(pdfjs: PdfJs, bytes: Uint8Array, options: Record<string, unknown>): Promise<Paragraph[]> {
  // pdf.js takes ownership of the buffer it is given; the caller keeps its bytes.
  const task = pdfjs.getDocument({ data: bytes.slice(), isEvalSupported: false, disableFontFace: true, useSystemFonts: false, stopAtErrors: false, verbosity: 0, ...options });
  try {
    const document = await task.promise;
    const pages: TextRun[][] = [];
    for (let n = 1; n <= document.numPages; n++) {
      const content = await (await document.getPage(n)).getTextContent();
      pages.push(content.items.filter(isTextItem).map(toRun));
    }
    return pdfParagraphs(pages);
  } finally {
    await task.destroy();
  }
}
