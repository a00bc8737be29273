import type { Paragraph } from '../types';
import type { DocxRead } from './docx';
import { decodeTextFile, type TextEncoding } from './encoding';
import { readText } from './text';

export const MAX_FILE_BYTES = 20 * 1024 * 1024;

/** Why a file cannot be checked, in words the user can act on, wherever they read it. */
export const READ_MESSAGES = {
  doc: '这是旧版 Word 文档（.doc），目前无法读取。请用 Word 或 WPS 打开它，选择“文件 → 另存为”，保存类型选“Word 文档（*.docx）”，再检查新保存的文件。',
  wps: '这是 WPS 文字的专用格式（.wps），目前无法读取。请在 WPS 中选择“文件 → 另存为”，文件类型选“Microsoft Word 文件（*.docx）”，再检查新保存的文件。',
  tooLarge: '文件超过 20 MB，不检查这么大的文件。预案正文通常只有几十 KB，文件过大多半是因为插入了图片：请另存一份不含图片的 .docx 再检查。',
  unsupported: '只能读取 .docx、.txt 和 .md 文件。PDF 等其他格式，请在原软件中另存为 Word 文档（.docx）再检查。',
  broken: '这个文件打不开，可能已经损坏，或者并不是 Word 文档。请先在 Word 或 WPS 中打开确认，另存为 .docx 后再检查。',
  empty: '文件里没有读到文字。如果这是扫描件或图片，无法检查文字；请提供可以编辑的 Word 文档或文字版。',
  garbled: '文件的文字编码无法识别，读出来是乱码，所以没有检查。请用记事本或 WPS 打开它，另存为“UTF-8”编码的 .txt，或者另存为 .docx 再检查。',
} as const;

/** Added on the web page, where the user can paste the text instead. */
export const PASTE_HINT = '也可以复制正文，粘贴到下面的文本框里检查。';

/** What the reader learned about the file besides its text; the checker turns it into findings. */
export interface ReadInfo {
  format: 'docx' | 'text' | 'markdown';
  encoding?: TextEncoding;
  /** Open tracked changes and comments of a .docx. */
  revisions?: number;
  comments?: number;
}

export type ReadResult = { ok: true; paragraphs: Paragraph[]; info: ReadInfo } | { ok: false; message: string };

/** Readers that load only when a file of their kind is opened (the page's first load stays small). */
export interface LazyReaders {
  docx: () => Promise<{ readDocxFile: (bytes: Uint8Array) => DocxRead }>;
}

const BROWSER_READERS: LazyReaders = { docx: () => import('./docx') };

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];
const ZIP_MAGIC = [0x50, 0x4b];
const startsWith = (bytes: Uint8Array, magic: number[]): boolean => magic.every((byte, i) => bytes[i] === byte);
const extensionOf = (name: string): string => /\.([^.\\/]+)$/.exec(name.toLowerCase())?.[1] ?? '';

/** A problem known from the name, size and first bytes alone, before anything is parsed. */
export function fileProblem(name: string, size: number, head: Uint8Array): string | undefined {
  const extension = extensionOf(name);
  if (size > MAX_FILE_BYTES) return READ_MESSAGES.tooLarge;
  if (extension === 'wps') return READ_MESSAGES.wps;
  if (extension === 'doc' || startsWith(head, OLE_MAGIC)) return READ_MESSAGES.doc;
  if (extension === 'docx' && !startsWith(head, ZIP_MAGIC)) return READ_MESSAGES.broken;
  if (!['docx', 'txt', 'md', 'markdown', 'text'].includes(extension)) return READ_MESSAGES.unsupported;
  return undefined;
}

/** Text bytes → text, whatever the encoding (see encoding.ts). */
export const decodeText = (bytes: Uint8Array): string => decodeTextFile(bytes).text;

/**
 * A user's file → paragraphs, or the reason it cannot be read. The page and the command share it;
 * the command passes its readers in, as its module runner cannot load modules later.
 */
export async function readPlanFile(name: string, bytes: Uint8Array, readers: LazyReaders = BROWSER_READERS): Promise<ReadResult> {
  const problem = fileProblem(name, bytes.length, bytes.subarray(0, 8));
  if (problem) return { ok: false, message: problem };
  let paragraphs: Paragraph[];
  let info: ReadInfo;
  if (extensionOf(name) === 'docx') {
    const { readDocxFile } = await readers.docx();
    try {
      const read = readDocxFile(bytes);
      paragraphs = read.paragraphs;
      info = { format: 'docx', revisions: read.revisions, comments: read.comments };
    } catch {
      return { ok: false, message: READ_MESSAGES.broken };
    }
  } else {
    const decoded = decodeTextFile(bytes);
    if (decoded.garbled) return { ok: false, message: READ_MESSAGES.garbled };
    const markdown = /\.(md|markdown)$/i.test(name);
    paragraphs = readText(decoded.text, markdown);
    info = { format: markdown ? 'markdown' : 'text', encoding: decoded.encoding };
  }
  if (!paragraphs.some((p) => p.text.trim() !== '')) return { ok: false, message: READ_MESSAGES.empty };
  return { ok: true, paragraphs, info };
}
