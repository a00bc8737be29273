import type { ElementRule, Finding, KindRule, Line, Outline } from '../types';
import { SENTENCE_END } from '../matchers';
import { firstWord } from './text';

/** How an element was found: a heading, a table cell or row label, or words in the running text. */
export type EvidenceKind = 'heading' | 'table' | 'text';

export interface Evidence {
  how: EvidenceKind;
  /** Paragraph index of the place. */
  at: number;
  word: string;
}

export interface Presence {
  element: ElementRule;
  present: boolean;
  /** Heading lines that carry the element (their sections are searched for the report time limit). */
  headings: number[];
  /** Every place that shows the element, strongest first: headings, then table cells, then text. */
  evidence: Evidence[];
}

/** A line or cell short enough to be a title of its own ("组织机构及职责", a 处置卡's row label). */
const MAX_LABEL_CHARS = 24;
const isLabel = (text: string): boolean => {
  const trimmed = text.trim();
  return trimmed !== '' && trimmed.length <= MAX_LABEL_CHARS && !SENTENCE_END.test(trimmed);
};

/**
 * Heading words long enough to mean the element when they stand in a sentence too ("适用范围",
 * "后期处置"); two-character words such as 报告 or 保障 occur in any plan and only count in a
 * heading, a label or a table cell, unless the rule lists them under `text`.
 */
const MIN_TEXT_WORD_CHARS = 3;

function textWords(element: ElementRule, unstructured: boolean): string[] {
  const long = element.headings.filter((word) => unstructured || Array.from(word).length >= MIN_TEXT_WORD_CHARS);
  return [...new Set([...element.text, ...long])];
}

function evidenceIn(line: Line, element: ElementRule, words: string[]): Evidence | undefined {
  if (line.type === 'heading' || line.type === 'annex') {
    const word = firstWord(line.title ?? line.text, element.headings);
    return word ? { how: 'heading', at: line.index, word } : undefined;
  }
  if (line.type === 'date') return undefined;
  if (line.inTable) {
    const cells = line.text.split('\t');
    for (const cell of cells) {
      const word = isLabel(cell) ? firstWord(cell, element.headings) : undefined;
      if (word) return { how: 'table', at: line.index, word };
    }
    const word = firstWord(line.text, words);
    return word ? { how: 'table', at: line.index, word } : undefined;
  }
  // An unnumbered short line is a heading as a reader sees it (bold in Word, numbered by Word).
  const label = isLabel(line.text) ? firstWord(line.text, element.headings) : undefined;
  if (label) return { how: 'heading', at: line.index, word: label };
  const word = firstWord(line.text, words);
  return word ? { how: 'text', at: line.index, word } : undefined;
}

/** Places other than numbered headings listed per element (a long text repeats its words often). */
const MAX_OTHER_PLACES = 3;

const STRENGTH: Record<EvidenceKind, number> = { heading: 0, table: 1, text: 2 };

/**
 * Whether each required element of a kind is in the plan. Every element is searched on its own,
 * in headings of any numbering style, in table rows and cells, and in the running text: evidence
 * for one element never stops the search for another. An element is missing only when nothing in
 * the plan shows it.
 */
export function elementPresence(doc: Outline, kind: KindRule): Presence[] {
  const unstructured = doc.headings.length === 0;
  return kind.elements.map((element) => {
    const words = textWords(element, unstructured);
    const evidence: Evidence[] = [];
    let others = 0;
    for (const line of doc.lines) {
      // Every heading is kept (their sections are read for time limits); a few other places suffice.
      if (others >= MAX_OTHER_PLACES && line.type !== 'heading' && line.type !== 'annex') continue;
      const found = evidenceIn(line, element, words);
      if (!found) continue;
      evidence.push(found);
      if (found.how !== 'heading' || line.type === 'text') others++;
    }
    evidence.sort((a, b) => STRENGTH[a.how] - STRENGTH[b.how] || a.at - b.at);
    const headings = evidence.filter((e) => e.how === 'heading' && doc.lines[e.at]!.type !== 'text').map((e) => e.at);
    return { element, present: evidence.length > 0, headings, evidence };
  });
}

/** A missing element is reported at its own severity, or at the lighter one its rule allows units named in the title. */
export function missingElements(presence: Presence[], kind: KindRule, title = ''): Finding[] {
  return presence
    .filter((p) => !p.present)
    .map(({ element }) => ({ element, simpler: element.simpler && firstWord(title, element.simpler.titleWords) ? element.simpler : undefined }))
    .map(({ element, simpler }) => ({
      rule: 'missing-element',
      severity: simpler?.severity ?? element.severity,
      message: `缺少“${element.name}”：${kind.name}应当写明这部分内容。${simpler?.note ?? ''}`,
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
      const title = (line.title ?? line.text).trim();
      const word = firstWord(title, rule.words) ?? rule.exact.find((exact) => title === exact);
      if (!word) continue;
      findings.push({ rule: 'outdated-heading', severity: rule.severity, message: rule.message.replace('{word}', word), fix: rule.fix, at: index, source: rule.source });
    }
  }
  return findings;
}
