import { describe, expect, test } from 'vitest';
import { CHOOSER, USE_WHEN, chooserSteps, chooserUrl, pruneChooser } from '../../src/lib/site/chooser';
import { loadFile, templateFiles } from './content-files';

const slugs = templateFiles().map((file) => loadFile(file).frontmatter.slug);

describe('选哪种预案', () => {
  const steps = chooserSteps();
  const results = steps.filter((step) => Array.isArray(step.node));

  test('at most three questions before a result', () => {
    for (const step of results) expect(step.path.length, chooserUrl(step.path)).toBeLessThanOrEqual(3);
  });

  test('every result names one or two existing templates, each with a sentence on why', () => {
    for (const step of results) {
      const picks = step.node as { slug: string; why: string }[];
      expect(picks.length, chooserUrl(step.path)).toBeGreaterThanOrEqual(1);
      expect(picks.length, chooserUrl(step.path)).toBeLessThanOrEqual(2);
      for (const pick of picks) {
        expect(slugs, chooserUrl(step.path)).toContain(pick.slug);
        expect(pick.why).toMatch(/。$/);
      }
    }
  });

  test('every template can be reached, and each has its one-line difference', () => {
    const reached = new Set(results.flatMap((step) => (step.node as { slug: string }[]).map((pick) => pick.slug)));
    expect([...reached].sort()).toEqual([...slugs].sort());
    expect(Object.keys(USE_WHEN).sort()).toEqual([...slugs].sort());
  });

  test('pruned to the catalog, the real catalog loses nothing and a small one keeps only its paths', () => {
    expect(pruneChooser(CHOOSER, new Set(slugs))).toEqual(CHOOSER);
    const small = chooserSteps(pruneChooser(CHOOSER, new Set(['community-duty-rules'])));
    expect(small.map((step) => chooserUrl(step.path))).toEqual(['/choose/', '/choose/community/', '/choose/community/duty/']);
    expect(chooserSteps(pruneChooser(CHOOSER, new Set()))).toHaveLength(1);
  });

  test('pages and URLs', () => {
    expect(chooserUrl([])).toBe('/choose/');
    expect(chooserUrl(['school', 'incident'])).toBe('/choose/school/incident/');
    expect(new Set(steps.map((step) => chooserUrl(step.path))).size).toBe(steps.length);
    expect(CHOOSER.options.length).toBeGreaterThan(3);
  });
});
