import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { fill } from '../../src/lib/model/fill';
import { toPlainText } from '../../src/lib/render/text';
import { understand } from '../../src/lib/search/query';
import { packSearchData, unpackSearchData } from '../../src/lib/search/packed';
import { parseVocabulary, VOCABULARY_FILE, vocabularyProblems } from '../../src/lib/search/vocabulary';
import { ORG_TYPE_LABELS } from '../../src/lib/site/taxonomy';
import { guideSource, plans, templates, vocabulary } from './search-fixtures';

/** Everything a search can find: every template's text and headings, and the guide. */
const templateText = templates.map(({ template }) => toPlainText(fill(template, 'blank'))).join('\n');
const corpus = `${templateText}\n${guideSource}`;

describe('the search vocabulary (content/search/vocabulary.json)', () => {
  test('has no word mapped twice and names only real organisation types', () => {
    expect(vocabularyProblems(vocabulary, Object.values(ORG_TYPE_LABELS))).toEqual([]);
  });

  test('every entry leads somewhere: at least one of its plan terms occurs in the plans or the guide', () => {
    const dead = vocabulary.terms.filter((term) => !term.to.some((to) => corpus.includes(to))).map((term) => term.from[0]);
    expect(dead).toEqual([]);
  });

  test('the sample plans’ vocabulary stays findable: each term maps to wording the current templates use (issue #11, item 10)', () => {
    for (const source of ['非正常上访', '越级上访', '接访劝返', '已掌握信息源', '未掌握信息源', '谁包片、谁负责']) {
      const [slot] = understand(source, vocabulary).slots;
      expect(slot?.mapped, source).toBe(true);
      const inTemplates = slot!.alternatives.filter((to) => templateText.includes(to));
      expect(inTemplates.length, `${source} → ${slot!.alternatives.join('/')}`).toBeGreaterThan(0);
    }
  });

  test('a malformed file is reported with the file, the field and the fix', () => {
    expect(() => parseVocabulary({ ...vocabulary, terms: [{ from: [], to: ['x'], kind: 'colloquial', note: 'n' }] })).toThrowErrorMatchingInlineSnapshot(`
      [Error: content/search/vocabulary.json (field "terms.0.from"): needs at least one word users type
        Fix: correct the entry; see the $comment at the top of the file for its shape.]
    `);
  });
});

test('the search page gets the vocabulary packed and reads back every entry as written', () => {
  const data = { plans, vocabulary };
  const packed = packSearchData(data);
  expect(packed.vocabulary.terms[0]).toMatch(/^[^>]+>[^>]+$/);
  expect(unpackSearchData(JSON.parse(JSON.stringify(packed)) as typeof packed).vocabulary).toEqual({
    ...vocabulary,
    terms: vocabulary.terms.map(({ from, to }) => ({ from, to })),
    actions: (vocabulary.actions ?? []).map(({ from, to }) => ({ from, to })),
  });
});

test('a word holding the packing marks (| or >) is refused, naming the file and the field', () => {
  const json = JSON.parse(readFileSync(VOCABULARY_FILE, 'utf8')) as { terms: { from: string[] }[] };
  json.terms[0]!.from = ['打|人'];
  expect(() => parseVocabulary(json)).toThrow(/vocabulary\.json \(field "terms\.0\.from\.0"\): must not hold \| or >/);
});
