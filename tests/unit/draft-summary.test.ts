import { describe, expect, test } from 'vitest';
import { draftSummaries, editedAt, removeDrafts } from '../../src/lib/storage/draft-summary';
import { storeDraftSet, updateCurrent, saveAs } from '../../src/lib/storage/draft-set';
import { draftKey } from '../../src/lib/storage/drafts';

class MemoryStorage {
  items = new Map<string, string>();
  getItem = (key: string) => this.items.get(key) ?? null;
  setItem = (key: string, value: string) => void this.items.set(key, value);
  removeItem = (key: string) => void this.items.delete(key);
  key = (i: number) => [...this.items.keys()][i] ?? null;
  get length() {
    return this.items.size;
  }
}

const empty = { current: undefined, drafts: [] };

describe('我的草稿 (issue #24)', () => {
  test('lists every template with drafts, the most recently edited first, with how many and when', () => {
    const storage = new MemoryStorage();
    storeDraftSet(storage, 'school-plan', updateCurrent(empty, { values: { orgName: 'A' } }, '2026-11-01T08:00:00.000Z', 'a'));
    const two = saveAs(updateCurrent(empty, { values: {} }, '2026-11-02T08:00:00.000Z', 'b'), '分校区', { values: {} }, '2026-11-03T08:00:00.000Z', 'c');
    storeDraftSet(storage, 'duty-rules', two);
    storage.setItem(draftKey('old-plan'), JSON.stringify({ values: { orgName: 'B' } }));
    storage.setItem('plan-templates:profile', '{}');
    expect(draftSummaries(storage)).toEqual([
      { slug: 'duty-rules', count: 2, updated: '2026-11-03T08:00:00.000Z' },
      { slug: 'school-plan', count: 1, updated: '2026-11-01T08:00:00.000Z' },
      { slug: 'old-plan', count: 1, updated: '' },
    ]);
    removeDrafts(storage, 'duty-rules');
    removeDrafts(storage, 'old-plan');
    expect(draftSummaries(storage).map((s) => s.slug)).toEqual(['school-plan']);
  });

  test('the time reads as a date and a clock time; an unknown time is left out', () => {
    expect(editedAt(new Date(2026, 11, 4, 9, 5).toISOString())).toBe('2026年12月4日 09:05');
    expect(editedAt('')).toBe('');
    expect(editedAt('garbage')).toBe('');
  });
});
