/**
 * 发文字号 per GB/T 9704-2012 §7.2.5: 机关代字 + 年份 in hexagonal brackets 〔〕 + 序号 + 号,
 * e.g. 某中〔2026〕3号. The year is written in full and the serial has no leading zeros (不编虚位).
 */

/** Brackets people type for 〔〕: [], ［］, 【】, (), （）, 〈〉, 《》, ｛｝ and the like. */
const YEAR_BRACKETS = /[[［【(（〈《{｛〖]\s*(\d{4})\s*[\]］】)）〉》}｝〗]/;

const digitsOf = (text: string): string => text.replace(/[０-９]/g, (d) => String(d.charCodeAt(0) - 0xff10)).replace(/\D/g, '');

/** 3 from "003", "３", "第3号"; '' when there is no number. */
export function serialNumber(text: string): string {
  const digits = digitsOf(text);
  return digits ? String(Number(digits)) : '';
}

/** 某中〔2026〕3号; parts left empty are returned as undefined so the caller can mark them. */
export function formatDocNumber(code: string, year: string, serial: string): string {
  return `${code.trim()}〔${digitsOf(year)}〕${serialNumber(serial)}号`;
}

/**
 * A 发文字号 typed as free text, set with the right brackets and without leading zeros:
 * "某中[2026]003号" → "某中〔2026〕3号". Text without a recognisable year is returned trimmed.
 */
export function normalizeDocNumber(text: string): string {
  const trimmed = text.trim().replace(/[０-９]/g, (d) => String(d.charCodeAt(0) - 0xff10));
  const match = YEAR_BRACKETS.exec(trimmed);
  if (!match) return trimmed;
  const code = trimmed.slice(0, match.index).trim();
  const rest = trimmed.slice(match.index + match[0].length);
  const serial = serialNumber(rest);
  return serial ? formatDocNumber(code, match[1]!, serial) : `${code}〔${match[1]}〕${rest.trim()}`;
}
