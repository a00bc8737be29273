import type { Paragraph } from '../types';
import type { DocxRead } from './docx';
import { decodeTextFile, type TextEncoding } from './encoding';
import { readText } from './text';

export const MAX_FILE_BYTES = 20 * 1024 * 1024;

/** Why a file cannot be checked, in words the user can act on, wherever they read it. */
export const READ_MESSAGES = {
  encrypted: '文件设置了打开密码，无法读取。请在 Word 或 WPS 中打开它，取消密码后另存一份，再检查新保存的文件。',
  oldWord: '这是 Word 95 或更早版本的文档，无法读取。请用 Word 或 WPS 打开它，选择“文件 → 另存为”，保存类型选“Word 文档（*.docx）”，再检查新保存的文件。',
  oldWps: '这个 .wps 文件是早期 WPS 文字的格式，或者已经损坏，无法读取。请在 WPS 中打开它，选择“文件 → 另存为”，文件类型选“Microsoft Word 文件（*.docx）”，再检查新保存的文件。',
  tooLarge: '文件超过 20 MB，不检查这么大的文件。预案正文通常只有几十 KB，文件过大多半是因为插入了图片：请另存一份不含图片的 .docx 再检查。',
  unsupported: '只能读取 Word 文档（.docx、.doc）、WPS 文字（.wps）、.odt、文字版 PDF、.txt 和 .md 文件。其他格式请在原软件中另存为 Word 文档（.docx）再检查。',
  brokenPdf: '这个 PDF 文件打不开，可能已经损坏或设置了密码。请提供 Word 文档，或者可以正常打开的文字版 PDF。',
  scanned: '扫描件无法读取文字，请提供 Word 或文字版。',
  broken: '这个文件打不开，可能已经损坏，或者并不是 Word 文档。请先在 Word 或 WPS 中打开确认，另存为 .docx 后再检查。',
  image: '这是图片文件，不是预案文档，无法检查文字。请提供预案的 Word 文档（.docx）或文字版。',
  sheet: '这是电子表格文件，不是预案文档。通讯录、物资清单等表格请作为预案的附件一并检查：把预案正文和附件保存为 .docx 再检查。',
  archive: '这是压缩包，不能直接检查。请先解压，再逐个检查其中的预案文件。',
  zeroBytes: '文件是空的（0 字节），没有可检查的内容。',
  empty: '文件里没有读到文字。如果这是扫描件或图片，无法检查文字；请提供可以编辑的 Word 文档或文字版。',
  garbled: '文件的文字编码无法识别，读出来是乱码，所以没有检查。请用记事本或 WPS 打开它，另存为“UTF-8”编码的 .txt，或者另存为 .docx 再检查。',
} as const;

/** What the reader learned about the file besides its text; the checker turns it into findings. */
export interface ReadInfo {
  format: 'docx' | 'odt' | 'doc' | 'pdf' | 'text' | 'markdown';
  encoding?: TextEncoding;
  /** Open tracked changes and comments of a .docx. */
  revisions?: number;
  comments?: number;
}

export type ReadResult = { ok: true; paragraphs: Paragraph[]; info: ReadInfo } | { ok: false; message: string };

/** Readers that load only when a file of their kind is opened (the page's first load stays small). */
export interface LazyReaders {
  docx: () => Promise<{ readDocxFile: (bytes: Uint8Array) => DocxRead }>;
  odt: () => Promise<{ readOdtFile: (bytes: Uint8Array) => DocxRead }>;
  doc: () => Promise<{ readDocFile: (bytes: Uint8Array) => DocxRead }>;
  pdf: () => Promise<{ readPdfFile: (bytes: Uint8Array) => Promise<Paragraph[]> }>;
}

const BROWSER_READERS: LazyReaders = { docx: () => import('./docx'), odt: () => import('./odt'), doc: () => import('./doc'), pdf: () => import('./pdf-browser') };

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];
const ZIP_MAGIC = [0x50, 0x4b];
const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46];
const startsWith = (bytes: Uint8Array, magic: number[]): boolean => magic.every((byte, i) => bytes[i] === byte);
const extensionOf = (name: string): string => /\.([^.\\/]+)$/.exec(name.toLowerCase())?.[1] ?? '';

const IMAGES = new Set(['png', 'jpg', 'jpeg', 'gif', 'bmp', 'tif', 'tiff', 'webp', 'heic']);
const SHEETS = new Set(['xlsx', 'xls', 'et', 'ods', 'csv']);
const ARCHIVES = new Set(['zip', 'rar', '7z', 'gz', 'tar']);
/** Word processors' names for a document: the first bytes say which format it really is. */
const WORD_FILES = new Set(['docx', 'doc', 'dot', 'wps', 'wpt']);
const TEXT_FILES = new Set(['txt', 'md', 'markdown', 'text']);

type Format = Exclude<ReadInfo['format'], 'text' | 'markdown'> | 'text';

/** The reader for a file, from its first bytes where they tell more than its name (a .doc saved as .docx); or why there is none. */
function formatOf(extension: string, head: Uint8Array): { format: Format } | { message: string } {
  if (WORD_FILES.has(extension)) {
    if (startsWith(head, OLE_MAGIC)) return { format: 'doc' };
    if (startsWith(head, ZIP_MAGIC)) return { format: 'docx' };
    return { message: extension === 'wps' ? READ_MESSAGES.oldWps : READ_MESSAGES.broken };
  }
  if (extension === 'odt') return startsWith(head, ZIP_MAGIC) ? { format: 'odt' } : { message: READ_MESSAGES.broken };
  if (extension === 'pdf') return startsWith(head, PDF_MAGIC) ? { format: 'pdf' } : { message: READ_MESSAGES.brokenPdf };
  return TEXT_FILES.has(extension) ? { format: 'text' } : { message: READ_MESSAGES.unsupported };
}

/** A problem known from the name, size and first bytes alone, before anything is parsed. */
export function fileProblem(name: string, size: number, head: Uint8Array): string | undefined {
  const extension = extensionOf(name);
  if (size > MAX_FILE_BYTES) return READ_MESSAGES.tooLarge;
  if (size === 0) return READ_MESSAGES.zeroBytes;
  if (IMAGES.has(extension)) return READ_MESSAGES.image;
  if (SHEETS.has(extension)) return READ_MESSAGES.sheet;
  if (ARCHIVES.has(extension)) return READ_MESSAGES.archive;
  const format = formatOf(extension, head);
  return 'message' in format ? format.message : undefined;
}

/** Why a Word binary file could not be read, in the user's words. */
function docMessage(problem: string, extension: string): string {
  if (problem === 'encrypted') return READ_MESSAGES.encrypted;
  if (problem === 'too-old') return READ_MESSAGES.oldWord;
  return extension === 'wps' ? READ_MESSAGES.oldWps : READ_MESSAGES.broken;
}

/** A word-processor file → what its reader gives, or the message for the user. */
async function readOffice(format: Format, extension: string, bytes: Uint8Array, readers: LazyReaders): Promise<ReadResult> {
  try {
    if (format === 'pdf') {
      const paragraphs = await (await readers.pdf()).readPdfFile(bytes);
      return paragraphs.length === 0 ? { ok: false, message: READ_MESSAGES.scanned } : { ok: true, paragraphs, info: { format } };
    }
    const read =
      format === 'doc' ? (await readers.doc()).readDocFile(bytes) : format === 'odt' ? (await readers.odt()).readOdtFile(bytes) : (await readers.docx()).readDocxFile(bytes);
    return { ok: true, paragraphs: read.paragraphs, info: { format, revisions: read.revisions, comments: read.comments } };
  } catch (error) {
    const problem = error instanceof Error && 'problem' in error ? String(error.problem) : '';
    if (format === 'pdf') return { ok: false, message: READ_MESSAGES.brokenPdf };
    return { ok: false, message: format === 'doc' ? docMessage(problem, extension) : READ_MESSAGES.broken };
  }
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
  const extension = extensionOf(name);
  const { format } = formatOf(extension, bytes.subarray(0, 8)) as { format: Format };
  let result: ReadResult;
  if (format !== 'text') result = await readOffice(format, extension, bytes, readers);
  else {
    const decoded = decodeTextFile(bytes);
    if (decoded.garbled) return { ok: false, message: READ_MESSAGES.garbled };
    const markdown = extension === 'md' || extension === 'markdown';
    result = { ok: true, paragraphs: readText(decoded.text, markdown), info: { format: markdown ? 'markdown' : 'text', encoding: decoded.encoding } };
  }
  if (result.ok && !result.paragraphs.some((p) => p.text.trim() !== '')) return { ok: false, message: READ_MESSAGES.empty };
  return result;
}
