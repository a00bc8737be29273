import type { Line, Outline } from '../types';

/** `{name}` slots of a message filled with values. */
export const format = (template: string, values: Record<string, string | number>): string =>
  template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));

/** The first of `words` that occurs in `text`. */
export const firstWord = (text: string, words: readonly string[]): string | undefined => words.find((word) => text.includes(word));

/** Lines of running text (not headings, annex lines or dates). */
export const bodyLines = (doc: Outline): Line[] => doc.lines.filter((line) => line.type === 'text' || line.type === 'article');

/** Sentences of one line, split at full stops, semicolons and question or exclamation marks. */
export const sentences = (text: string): string[] => text.split(/(?<=[。；;！？!?])/).filter((s) => s.trim() !== '');

/** Chinese numerals and full-width digits a plan may use for small counts. */
const CN_DIGITS: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };
export function smallNumber(text: string): number | undefined {
  const ascii = text.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
  if (/^\d+$/.test(ascii)) return Number(ascii);
  return CN_DIGITS[text];
}

/** Dashes, spaces and full-width slashes unified, so "GB/T 29639—2013" reads as "GB/T29639-2013". */
export const normalizeCode = (text: string): string =>
  text
    .replace(/[\s\u3000]/g, '')
    .replace(/[—–－‐‑―]/g, '-')
    .replace(/／/g, '/')
    .replace(/[（]/g, '(')
    .replace(/[）]/g, ')')
    .toUpperCase();
