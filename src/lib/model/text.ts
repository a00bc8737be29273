import type { Person } from './types';

/**
 * Makes any string safe to show and to write into XML: drops control characters other than tab
 * and newline (XML 1.0 forbids them), replaces lone surrogates (invalid UTF-16) with U+FFFD and
 * normalises line ends. Emoji and every other character are kept.
 */
export function cleanText(input: string): string {
  return input
    .replace(/\r\n?/g, '\n')
    // eslint-disable-next-line no-control-regex -- XML 1.0 forbids these, so they are removed.
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFE\uFFFF]/g, '')
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

/** 2026-06-29 → 2026年6月29日 (GB/T 9704: Arabic numerals, no leading zeros). Other text is kept. */
export function formatDate(iso: string): string {
  const match = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(iso.trim());
  if (!match) return iso;
  const [, year, month, day] = match;
  return `${year}年${Number(month)}月${Number(day)}日`;
}

/** 王明（校长）, or just 王明 when there is no title. */
export function formatPerson(person: Person): string {
  const name = person.name.trim();
  const title = person.title.trim();
  return title ? `${name}（${title}）` : name;
}

export const namedPersons = (persons: Person[]): Person[] => persons.filter((p) => p.name.trim() !== '');

export function formatPersons(persons: Person[]): string {
  return namedPersons(persons).map(formatPerson).join('、');
}

/** Splits long text into paragraphs: one per non-empty line. */
export function paragraphsOf(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

/** A loose check for the form's hint; never blocks anything. */
export function looksLikePhone(text: string): boolean {
  const digits = text.replace(/[\s\-－—()（）+转]/g, '');
  return /^\d{3,15}$/.test(digits);
}

/** Drops the first `count` characters of a list of text runs, keeping each run's other properties. */
export function dropChars<T extends { text: string }>(runs: readonly T[], count: number): T[] {
  let left = count;
  const out: T[] = [];
  for (const run of runs) {
    if (left >= run.text.length) {
      left -= run.text.length;
      continue;
    }
    out.push({ ...run, text: run.text.slice(left) });
    left = 0;
  }
  return out;
}
