import { flowAsList, type Line } from './outline';

/** Numbered headings (一、 （一） 1. （1）) and annex labels; a list item's "1. " has a space, a heading's "1." none. */
const HEADING = /^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d+\.(?! )|（\d+）|附件)/;

/**
 * Reads the plan back from the .txt export. Plain text cannot tell a signature line or an unnumbered
 * group heading from a paragraph, nor heading levels apart: compare with `asPlainText`.
 */
export function readText(text: string): Line[] {
  const [title, blank, ...rest] = text.replace(/\n$/, '').split('\n');
  if (blank !== '') throw new Error('the title is not followed by a blank line');
  return [
    { kind: 'title', text: title! },
    ...rest.map((line): Line => {
      if (line.includes('\t')) return { kind: 'row', cells: line.split('\t') };
      if (line.startsWith('· ')) return { kind: 'item', ordered: false, text: line.slice(2) };
      if (line.startsWith('   ├ ')) return { kind: 'branch', text: line.slice(5) };
      const ordered = /^\d+\. (.*?)(?: →)?$/.exec(line);
      if (ordered) return { kind: 'item', ordered: true, text: ordered[1]! };
      return HEADING.test(line) ? { kind: 'heading', level: 0, text: line } : { kind: 'para', text: line };
    }),
  ];
}

/** What of the model's outline plain text can carry. */
export function asPlainText(lines: Line[]): Line[] {
  return flowAsList(lines).map((line): Line => {
    if (line.kind === 'sig') return { kind: 'para', text: line.text };
    // 附件说明 (附件：…) reads like an annex label.
    if (line.kind === 'para' && line.text.startsWith('附件：')) return { kind: 'heading', level: 0, text: line.text };
    if (line.kind === 'heading') return HEADING.test(line.text) ? { ...line, level: 0 } : { kind: 'para', text: line.text };
    return line;
  });
}
