import type { Paragraph } from '../types';
import { readText } from './text';

export const MAX_FILE_BYTES = 20 * 1024 * 1024;

/** Why a file cannot be checked, in words the user can act on. */
export const READ_MESSAGES = {
  doc: '这是旧版 Word 文档（.doc），本页无法读取。请用 Word 或 WPS 打开它，选择“文件 → 另存为”，保存类型选“Word 文档（*.docx）”，再打开新保存的文件；也可以全选正文，复制后粘贴到文本框里。',
  wps: '这是 WPS 文字的专用格式（.wps），本页无法读取。请在 WPS 中选择“文件 → 另存为”，文件类型选“Microsoft Word 文件（*.docx）”，再打开新保存的文件；也可以复制正文粘贴到文本框里。',
  tooLarge: '文件超过 20 MB，本页不读取这么大的文件。预案正文通常只有几十 KB，文件过大多半是因为插入了图片：请另存一份不含图片的 .docx，或者复制正文粘贴到文本框里。',
  unsupported: '本页只能读取 .docx、.txt 和 .md 文件。PDF 等其他格式，请在原软件中另存为 Word 文档（.docx），或者复制文字粘贴到文本框里。',
  broken: '这个文件打不开，可能已经损坏，或者并不是 Word 文档。请先在 Word 或 WPS 中打开确认，另存为 .docx 后再试，或者复制正文粘贴到文本框里。',
  empty: '文件里没有读到文字。如果这是扫描件或图片，本页无法检查；请使用可以编辑的 Word 文档，或者把文字粘贴到文本框里。',
} as const;

export type ReadResult = { ok: true; paragraphs: Paragraph[] } | { ok: false; message: string };

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

/** Text files from Chinese offices are often GB18030 (GBK); UTF-8 is tried first. */
export function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}

type DocxReader = () => Promise<{ readDocx: (bytes: Uint8Array) => Paragraph[] }>;

/**
 * A user's file → paragraphs, or the reason it cannot be read. In the browser the .docx reader
 * loads only when a .docx is opened; the command passes it in, as its module runner is closed by then.
 */
export async function readPlanFile(name: string, bytes: Uint8Array, loadDocx: DocxReader = () => import('./docx')): Promise<ReadResult> {
  const problem = fileProblem(name, bytes.length, bytes.subarray(0, 8));
  if (problem) return { ok: false, message: problem };
  let paragraphs: Paragraph[];
  if (extensionOf(name) === 'docx') {
    const { readDocx } = await loadDocx();
    try {
      paragraphs = readDocx(bytes);
    } catch {
      return { ok: false, message: READ_MESSAGES.broken };
    }
  } else {
    paragraphs = readText(decodeText(bytes), /\.(md|markdown)$/i.test(name));
  }
  if (!paragraphs.some((p) => p.text.trim() !== '')) return { ok: false, message: READ_MESSAGES.empty };
  return { ok: true, paragraphs };
}
