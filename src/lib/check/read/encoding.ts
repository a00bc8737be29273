/**
 * The encodings a plan's .txt arrives in: UTF-8 (with or without a BOM), UTF-16 from Notepad's
 * "Unicode" (little- or big-endian, with or without a BOM) and GB18030/GBK from older Chinese
 * software. When the result does not read as Chinese text, the caller says so instead of judging
 * garbled characters.
 */
export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

export interface DecodedText {
  text: string;
  encoding: TextEncoding;
  /** The decoded text does not look like Chinese or English prose: probably the wrong encoding. */
  garbled: boolean;
}

/** Bytes looked at to guess a BOM-less UTF-16. */
const SAMPLE_BYTES = 64 * 1024;

/**
 * UTF-16 without a BOM: every ASCII character (line breaks, digits, spaces) has a zero byte, on
 * the odd positions for little-endian and the even ones for big-endian. Text in UTF-8 or GB18030
 * never holds a zero byte.
 */
export function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const n = Math.min(bytes.length, SAMPLE_BYTES) & ~1;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  const pairs = n / 2;
  if (pairs === 0 || even + odd < Math.max(2, pairs * 0.01)) return undefined;
  if (odd >= even * 4) return 'utf-16le';
  if (even >= odd * 4) return 'utf-16be';
  return undefined;
}

export function guessEncoding(bytes: Uint8Array): { encoding: TextEncoding; bom: number } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', bom: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', bom: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', bom: 2 };
  const utf16 = utf16WithoutBom(bytes);
  if (utf16) return { encoding: utf16, bom: 0 };
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { encoding: 'utf-8', bom: 0 };
  } catch {
    return { encoding: 'gb18030', bom: 0 };
  }
}

/** Characters every page of Chinese prose uses; wrongly decoded text shows rare ideographs instead. */
const COMMON = /[的一是在不了有和人这中为上个以要时到作地于出就对会可发年动也能下过产种而方后多定行学法所得经等部度家理现加量都体制机当点业本应开合还因由其然前外政日事全表关各重新内数正心明进员位应急工作预案组织报告处置]/g;
const CJK = /[\u4e00-\u9fff]/g;
// eslint-disable-next-line no-control-regex -- control characters are what garbling leaves behind
const BROKEN = /[\ufffd\u0000-\u0008\u000b\u000c\u000e-\u001f\ue000-\uf8ff\uac00-\ud7af]/g;

/** Whether decoded text reads as text: few replacement or control characters, and common characters among its ideographs. */
export function looksGarbled(text: string): boolean {
  const sample = text.slice(0, 200_000);
  const visible = sample.replace(/\s/g, '').length;
  if (visible === 0) return false;
  const broken = sample.match(BROKEN)?.length ?? 0;
  if (broken > Math.max(3, visible * 0.01)) return true;
  const cjk = sample.match(CJK)?.length ?? 0;
  if (cjk < 50) return false;
  const common = sample.match(COMMON)?.length ?? 0;
  return common < cjk * 0.1;
}

export function decodeTextFile(bytes: Uint8Array): DecodedText {
  const { encoding, bom } = guessEncoding(bytes);
  const text = new TextDecoder(encoding).decode(bytes.subarray(bom));
  return { text, encoding, garbled: looksGarbled(text) };
}
