import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { fill } from '../../src/lib/model/fill';
import type { FillMode } from '../../src/lib/model/types';
import { loadTemplate } from '../../src/lib/parse/parse-template';
import { toDocxBytes } from '../../src/lib/render/docx';
import { toHtml } from '../../src/lib/render/hnode';
import { renderDocument } from '../../src/lib/render/html';
import { toMarkdown } from '../../src/lib/render/markdown';
import { toPlainText } from '../../src/lib/render/text';
import { asDocx, readDocx } from './roundtrip/read-docx';
import { readHtml } from './roundtrip/read-html';
import { readMarkdown } from './roundtrip/read-markdown';
import { flowAsList, outlineOf, type Line } from './roundtrip/outline';
import { asPlainText, readText } from './roundtrip/read-text';

// One fixture with every field kind and every body element, through every renderer and back.
const FIXTURE = 'tests/unit/fixtures/every-element.mdx';
const { template } = loadTemplate(FIXTURE, readFileSync(FIXTURE, 'utf8'));
const kinds = (lines: Line[]) => new Set(lines.map((line) => line.kind));

describe.each<FillMode>(['example', 'blank'])('%s fill of the all-kinds fixture', (mode) => {
  const doc = fill(template, mode);
  const outline = outlineOf(doc);

  test('the fixture exercises every kind of line', () => {
    expect([...kinds(outline)].sort()).toEqual(['branch', 'flow', 'heading', 'item', 'para', 'row', 'sig', 'step', 'title']);
    expect(outline.filter((line) => line.kind === 'item').map((line) => line.kind === 'item' && line.ordered)).toEqual(expect.arrayContaining([true, false]));
  });

  test('HTML reads back as the model', () => {
    expect(readHtml(toHtml(renderDocument(doc)))).toEqual(outline);
  });

  test('.md reads back as the model (a flowchart as a numbered list)', () => {
    expect(readMarkdown(toMarkdown(doc))).toEqual(flowAsList(outline));
  });

  test('.txt reads back as the model, as far as plain text can tell', () => {
    expect(readText(toPlainText(doc))).toEqual(asPlainText(outline));
  });

  test('.docx reads back as the model, from its XML', async () => {
    expect(readDocx(await toDocxBytes(doc))).toEqual(asDocx(outline));
  });
});
