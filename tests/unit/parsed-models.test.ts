import { expect, test } from 'vitest';
import type { Template } from '../../src/lib/model/types';
import { modelOf, type ParsedModels } from '../../src/loaders/parsed-models';
import { loadFile, templateFiles } from './content-files';

const file = templateFiles()[0]!;
const { template } = loadFile(file);
const handedOver = { ...template, name: 'handed over by the loader' } satisfies Template;

test('a page takes the model the loader parsed from the same file', () => {
  const models: ParsedModels = new Map([[template.slug, { digest: 'd1', template: handedOver }]]);
  expect(modelOf(template.slug, 'd1', file, models)).toBe(handedOver);
});

test('a model parsed from an older version of the file is not used: the file is parsed again', () => {
  const models: ParsedModels = new Map([[template.slug, { digest: 'old', template: handedOver }]]);
  expect(modelOf(template.slug, 'new', file, models)).toEqual(template);
});

test('without a model from the loader (another process) the file is parsed', () => {
  expect(modelOf(template.slug, 'd1', file, new Map())).toEqual(template);
});
