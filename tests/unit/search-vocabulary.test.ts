import { describe, expect, test } from 'vitest';
import { fill } from '../../src/lib/model/fill';
import { toPlainText } from '../../src/lib/render/text';
import { understand } from '../../src/lib/search/query';
import { parseVocabulary, vocabularyProblems } from '../../src/lib/search/vocabulary';
import { ORG_TYPE_LABELS } from '../../src/lib/site/taxonomy';
import { guideSource, templates, vocabulary } from './search-fixtures';

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
