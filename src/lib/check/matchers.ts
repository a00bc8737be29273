/**
 * One named pattern per kind of line a plan is made of. Numbering may use full- or half-width
 * brackets and stops (（一） (一), 1. 1． 1、), and a space or none before the title.
 */
const CN = '[一二三四五六七八九十百零〇]+';

export const MATCHERS = {
  /** 附件, 附件1 值班表, 附件：1.联系方式, 附件二、 … but not a sentence such as 附件中的表格…. */
  annex: /^附\s*件\s*(?:(?:[0-9０-９]+|[一二三四五六七八九十]+)\s*[：:、.．\s]?|[：:、.．\s]|$)\s*(.*)$/,
  /** 第一章 总则 */
  chapter: new RegExp(`^第${CN}章\\s*(.*)$`),
  /** 第一节 … */
  part: new RegExp(`^第${CN}节\\s*(.*)$`),
  /** 第一条 为了 (an article of a 章/条 document: text, not a heading) */
  article: new RegExp(`^第${CN}条[\\s\u3000]*(.*)$`),
  /** 一、总则 */
  cn: new RegExp(`^${CN}\\s*[、.．]\\s*(.+)$`),
  /** （一）领导小组 or (一) */
  cnParen: new RegExp(`^[（(]\\s*${CN}\\s*[）)]\\s*(.+)$`),
  /** 1.1 适用范围, 1.1.1 … (two or more numbers joined by dots) */
  decimal: /^(\d+(?:[.．]\d+)+)(?![.．\d])\s*(.+)$/,
  /** 1 总则 (a bare number followed by a space) */
  decimalTop: /^\d+[\s\u3000]+(\D.*)$/,
  /** 1. 信息接报, 1． or 1、 */
  arabic: /^\d+\s*[.．、]\s*(.+)$/,
  /** （1）… or (1) */
  arabicParen: /^[（(]\s*\d+\s*[）)]\s*(.+)$/,
  /** A whole line that is a date: 2026年6月29日, 二〇一九年三月十日, 2026-06-29. */
  date: /^(?:\d{4}|[〇零一二三四五六七八九]{4})\s*年\s*[\d一二三四五六七八九十]{1,3}\s*月\s*[\d一二三四五六七八九十]{1,3}\s*日$|^\d{4}[-/.]\d{1,2}[-/.]\d{1,2}$/,
} as const;

/** A heading is short and reads as a title, not as a sentence or a list item with a full stop. */
export const MAX_HEADING_CHARS = 40;
export const SENTENCE_END = /[。；;，,：:！？]$/;
