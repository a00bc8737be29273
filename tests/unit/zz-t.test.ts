import { test } from 'vitest';
import { titleMatch, termWeights } from '../../src/lib/search/titles';
import { data } from './search-fixtures';
test('t', () => {
  const w = termWeights(data.plans);
  for (const q of (process.env.QS ?? '').split('|')) {
    const scores = data.plans.flatMap((p) => p.s.map((s) => [p.slug + '#' + s[1], titleMatch(q, s[1], p.p, w)] as const)).sort((a, b) => b[1] - a[1]).slice(0, 8);
    console.log(q, '→', scores.map(([k, v]) => k + ' ' + v.toFixed(2)).join(' | '));
  }
});
