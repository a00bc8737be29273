import type { Block, CardSpec, FieldSpec, Inline, Section, TemplateDoc } from '../model/types';
import type { CardFrontmatter } from './schema';
import type { Problem } from './errors';
import { parsePlaceholders } from './parse-body';

type Node = Block | Section;

/** Kinds of field a card can take phone numbers from. */
const PHONE_KINDS = new Set(['table', 'personList', 'phone']);

/** Plain text of a heading; a heading holding a placeholder cannot be named by a card. */
const plainTitle = (title: Inline[]): string | undefined => (title.every((node) => node.type === 'text') ? title.map((node) => (node.type === 'text' ? node.value : '')).join('') : undefined);

function collect(nodes: Node[], flows: Set<string>, sections: Set<string>): void {
  for (const node of nodes) {
    if (node.type === 'flow') flows.add(node.title);
    if (node.type !== 'section') continue;
    const title = plainTitle(node.title);
    if (title) sections.add(title);
    collect(node.body, flows, sections);
  }
}

const quoteAll = (names: Iterable<string>): string => [...names].map((name) => `"${name}"`).join('、') || '(none)';

/**
 * The frontmatter's `cards:` → the model's card specs, checked against the body and the fields:
 * each card's flow and notes section must exist, its phones must name fields that hold numbers,
 * and its placeholders must name declared fields. Problems name the file, the card field and the fix.
 */
export function parseCards(file: string, cards: CardFrontmatter[], fields: FieldSpec[], doc: TemplateDoc): { cards: CardSpec[]; problems: Problem[] } {
  const flows = new Set<string>();
  const sections = new Set<string>();
  collect(doc.body, flows, sections);
  const declared = new Map(fields.map((field) => [field.key, field]));
  const problems: Problem[] = [];
  const problem = (field: string, message: string, fix: string) => problems.push({ file, field, message, fix });

  const inline = (at: string, text: string): Inline[] => {
    const parsed = parsePlaceholders(text);
    for (const node of parsed) {
      if (node.type === 'field' && !declared.has(node.key)) problem(at, `the placeholder [[${node.key}]] has no field.`, `declare a field with key: ${node.key}, or correct the spelling.`);
    }
    return parsed;
  };

  const specs = cards.map((card, i): CardSpec => {
    const at = `cards[${i}]`;
    if (!flows.has(card.flow)) problem(`${at}.flow`, `no <Flow title="${card.flow}"> in the body.`, `write the title of one of the body's flows: ${quoteAll(flows)}.`);
    for (const key of card.phones) {
      const field = declared.get(key);
      if (!field) problem(`${at}.phones`, `"${key}" is not a field.`, `name a table, person list or phone field (declared: ${[...declared.keys()].join(', ')}).`);
      else if (!PHONE_KINDS.has(field.kind)) problem(`${at}.phones`, `"${key}" is a ${field.kind} field, which holds no phone numbers.`, 'name a table with a 电话 column, a person list with phones, or a phone field.');
      else if (field.kind === 'table' && !field.columns.some((column) => column.includes('电话'))) problem(`${at}.phones`, `the table "${key}" has no column whose heading holds 电话.`, `add a column such as 联系电话 to ${key}'s columns, or name another field.`);
    }
    let notes: CardSpec['notes'];
    if (typeof card.notes === 'string') {
      if (!sections.has(card.notes)) problem(`${at}.notes`, `no section titled "${card.notes}" in the body.`, 'write the exact title of a section (without placeholders) whose lists hold the notes, or give the notes as a list of lines.');
      notes = { section: card.notes };
    } else notes = { lines: card.notes.map((line) => inline(`${at}.notes`, line)) };
    return { post: inline(`${at}.post`, card.post), flow: card.flow, risks: card.risks.map((line) => inline(`${at}.risks`, line)), phones: card.phones, notes };
  });
  return { cards: specs, problems };
}
