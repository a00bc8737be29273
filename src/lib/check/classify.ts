import { MATCHERS, MAX_HEADING_CHARS, SENTENCE_END } from './matchers';
import type { LineType } from './types';

export interface Classified {
  type: LineType;
  /** Numbering style of a heading; styles are ranked into levels by the outline. */
  style?: string;
  title?: string;
}

const headingTitle = (title: string): boolean => title.length <= MAX_HEADING_CHARS && !SENTENCE_END.test(title);

/**
 * What one line of a plan is. The tests run in this order, and the order matters:
 * 1. 附件 first, so "附件：1.联系方式" is an annex, not a level-3 heading.
 * 2. A whole-line date next (a signature date is not text to judge as a heading).
 * 3. 第X章 / 第X节 before 一、, since both start with Chinese numerals; 第X条 is an article.
 * 4. 1.1 before 1. and before "1 总则", so "1.1 适用范围" keeps its depth.
 * 5. Numbered lines become headings only when short and not ending like a sentence:
 *    "1. 贯彻执行法律法规。" is a numbered paragraph, "1. 信息接报" a heading.
 * Anything else is text; a plan with no numbering is still checked on its text.
 */
export function classifyLine(raw: string): Classified {
  const line = raw.trim();
  if (line.length <= MAX_HEADING_CHARS + 10) {
    const annex = MATCHERS.annex.exec(line);
    if (annex) return { type: 'annex', title: annex[1]!.trim() || '附件' };
  }
  if (MATCHERS.date.test(line)) return { type: 'date' };
  const chapter = MATCHERS.chapter.exec(line);
  if (chapter && headingTitle(chapter[1]!)) return { type: 'heading', style: 'chapter', title: chapter[1]!.trim() };
  const part = MATCHERS.part.exec(line);
  if (part && headingTitle(part[1]!)) return { type: 'heading', style: 'part', title: part[1]!.trim() };
  if (MATCHERS.article.test(line)) return { type: 'article' };
  const numbered: [string, RegExpExecArray | null][] = [
    ['cn', MATCHERS.cn.exec(line)],
    ['cn-paren', MATCHERS.cnParen.exec(line)],
  ];
  const decimal = MATCHERS.decimal.exec(line);
  if (decimal) numbered.push([`decimal-${decimal[1]!.split(/[.．]/).length}`, [decimal[0], decimal[2]!] as unknown as RegExpExecArray]);
  else numbered.push(['decimal-1', MATCHERS.decimalTop.exec(line)], ['arabic', MATCHERS.arabic.exec(line)]);
  numbered.push(['arabic-paren', MATCHERS.arabicParen.exec(line)]);
  for (const [style, match] of numbered) {
    if (!match) continue;
    const title = match[1]!.trim();
    return headingTitle(title) ? { type: 'heading', style, title } : { type: 'text' };
  }
  return { type: 'text' };
}
