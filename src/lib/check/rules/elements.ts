import type { ElementRule, Finding, KindRule, Outline } from '../types';
import { bodyLines, firstWord } from './text';

export interface Presence {
  element: ElementRule;
  present: boolean;
  /** Heading lines that carry the element. */
  headings: number[];
}

/**
 * Whether each required element of a kind is in the plan: a heading with one of its words, or
 * one of its text words anywhere. A plan without any recognisable heading is judged on its text
 * alone, heading words included.
 */
export function elementPresence(doc: Outline, kind: KindRule): Presence[] {
  const headingLines = doc.headings.map((i) => doc.lines[i]!);
  const text = bodyLines(doc).map((line) => line.text).join('\n');
  const unstructured = headingLines.length === 0;
  return kind.elements.map((element) => {
    const headings = headingLines.filter((line) => firstWord(line.title ?? line.text, element.headings)).map((line) => line.index);
    const inText = firstWord(text, element.text) ?? (unstructured ? firstWord(text, element.headings) : undefined);
    return { element, present: headings.length > 0 || inText !== undefined, headings };
  });
}

export function missingElements(presence: Presence[], kind: KindRule): Finding[] {
  return presence
    .filter((p) => !p.present)
    .map(({ element }) => ({
      rule: 'missing-element',
      severity: element.severity,
      message: `缺少“${element.name}”：${kind.name}应当写明这部分内容。`,
      fix: `补写“${element.name}”一节${element.example ? '，写法可参考模板中的示范' : ''}。依据：${element.source}。`,
      source: element.source,
      link: element.example,
    }));
}

export function outdatedHeadings(doc: Outline, kind: KindRule): Finding[] {
  const findings: Finding[] = [];
  for (const rule of kind.outdatedHeadings) {
    for (const index of doc.headings) {
      const line = doc.lines[index]!;
      const word = firstWord(line.title ?? line.text, rule.words);
      if (!word) continue;
      findings.push({ rule: 'outdated-heading', severity: rule.severity, message: rule.message.replace('{word}', word), fix: rule.fix, at: index, source: rule.source });
    }
  }
  return findings;
}
