import { describe, expect, test } from 'vitest';
import { currentDraft, deleteDraft, draftSetKey, loadDraftSet, renameDraft, saveAs, selectDraft, startNew, storeDraftSet, updateCurrent, type DraftSet } from '../../src/lib/storage/draft-set';
import { draftKey, type DraftStorage } from '../../src/lib/storage/drafts';

class MemoryStorage implements DraftStorage {
  items = new Map<string, string>();
  getItem = (key: string) => this.items.get(key) ?? null;
  setItem = (key: string, value: string) => void this.items.set(key, value);
  removeItem = (key: string) => void this.items.delete(key);
}

const NOW = '2026-11-29T10:00:00.000Z';
const empty: DraftSet = { current: undefined, drafts: [] };

describe('named drafts', () => {
  test('typing into no draft creates 草稿; later typing updates it', () => {
    let set = updateCurrent(empty, { values: { orgName: 'A' } }, NOW, 'd1');
    expect(set).toEqual({ current: 'd1', drafts: [{ id: 'd1', name: '草稿', updated: NOW, values: { orgName: 'A' } }] });
    set = updateCurrent(set, { values: { orgName: 'B' } }, NOW, 'unused');
    expect(set.drafts).toHaveLength(1);
    expect(currentDraft(set)?.values).toEqual({ orgName: 'B' });
  });

  test('另存为 keeps the old draft as it was and switches to the new one', () => {
    let set = updateCurrent(empty, { values: { orgName: '本部' } }, NOW, 'd1');
    set = saveAs(set, '分校区', { values: { orgName: '分校区' } }, NOW, 'd2');
    set = updateCurrent(set, { values: { orgName: '分校区（改）' } }, NOW);
    expect(set.current).toBe('d2');
    expect(set.drafts.map((d) => [d.name, d.values['orgName']])).toEqual([['草稿', '本部'], ['分校区', '分校区（改）']]);
    expect(currentDraft(selectDraft(set, 'd1'))?.values['orgName']).toBe('本部');
    expect(selectDraft(set, 'nope').current).toBe('d2');
  });

  test('a draft kept by 另存为 does not change when the form goes on changing its values in place', () => {
    const values: Record<string, unknown> = { orgName: '本部', leader: { name: '王明', title: '校长' } };
    let set = updateCurrent(empty, { values }, NOW, 'd1');
    set = saveAs(set, '分校区', { values }, NOW, 'd2');
    values['orgName'] = '分校区';
    (values['leader'] as { name: string }).name = '李华';
    set = updateCurrent(set, { values }, NOW);
    expect(set.drafts[0]!.values).toEqual({ orgName: '本部', leader: { name: '王明', title: '校长' } });
    expect(set.drafts[1]!.values).toEqual({ orgName: '分校区', leader: { name: '李华', title: '校长' } });
  });

  test('names stay unique: 另存为 and 重命名 add （2）', () => {
    let set = saveAs(empty, '2026年修订', { values: {} }, NOW, 'a');
    set = saveAs(set, '2026年修订', { values: {} }, NOW, 'b');
    expect(set.drafts.map((d) => d.name)).toEqual(['2026年修订', '2026年修订（2）']);
    expect(renameDraft(set, 'b', '  ').drafts[1]!.name).toBe('草稿');
    expect(renameDraft(set, 'a', '2026年修订').drafts[0]!.name).toBe('2026年修订');
    expect(renameDraft(set, 'a', '2026年修订（2）').drafts[0]!.name).toBe('2026年修订（2）（2）');
  });

  test('删除 the current draft makes the first remaining one current; 开始新的 adds an empty one', () => {
    let set = saveAs(saveAs(empty, '甲', { values: { x: 1 } }, NOW, 'a'), '乙', { values: { x: 2 } }, NOW, 'b');
    set = deleteDraft(set, 'b');
    expect(set).toEqual({ current: 'a', drafts: [expect.objectContaining({ id: 'a' })] });
    set = startNew(set, { values: {} }, NOW, 'c');
    expect(set.current).toBe('c');
    expect(currentDraft(set)?.name).toBe('草稿2');
    expect(deleteDraft(deleteDraft(set, 'a'), 'c')).toEqual(empty);
  });
});

describe('storage', () => {
  test('a set survives storing and loading; an empty set removes the key', () => {
    const storage = new MemoryStorage();
    const set = saveAs(empty, '分校区', { values: { orgName: '某某' }, notice: { enabled: true } }, NOW, 'a');
    expect(storeDraftSet(storage, 'school', set)).toEqual({ ok: true });
    expect(loadDraftSet(storage, 'school')).toEqual(set);
    storeDraftSet(storage, 'school', empty);
    expect(storage.items.has(draftSetKey('school'))).toBe(false);
  });

  test('a draft saved by the earlier version (one per template) becomes 草稿 and the old key goes on the next save', () => {
    const storage = new MemoryStorage();
    storage.setItem(draftKey('school'), JSON.stringify({ v: 1, values: { orgName: '旧草稿' } }));
    const set = loadDraftSet(storage, 'school');
    expect(set).toEqual({ current: 'legacy', drafts: [{ id: 'legacy', name: '草稿', updated: '', values: { orgName: '旧草稿' } }] });
    storeDraftSet(storage, 'school', set);
    expect(storage.items.has(draftKey('school'))).toBe(false);
    expect(loadDraftSet(storage, 'school')).toEqual(set);
  });

  test('corrupt or odd stored data gives what can be read, never an exception', () => {
    const storage = new MemoryStorage();
    storage.setItem(draftSetKey('a'), '{not json');
    expect(loadDraftSet(storage, 'a')).toEqual(empty);
    storage.setItem(draftSetKey('b'), JSON.stringify({ v: 2, current: 'gone', drafts: [{ id: 'x', name: '甲', values: {} }, { id: 1 }, null, 'str'] }));
    expect(loadDraftSet(storage, 'b')).toEqual({ current: 'x', drafts: [{ id: 'x', name: '甲', updated: '', values: {} }] });
    const throwing: DraftStorage = { getItem: () => { throw new DOMException('no', 'SecurityError'); }, setItem: () => { throw new DOMException('full', 'QuotaExceededError'); }, removeItem: () => undefined };
    expect(loadDraftSet(throwing, 'a')).toEqual(empty);
    expect(storeDraftSet(throwing, 'a', saveAs(empty, 'x', { values: {} }, NOW))).toEqual({ ok: false, reason: 'full' });
    expect(storeDraftSet(undefined, 'a', empty)).toEqual({ ok: false, reason: 'unavailable' });
  });
});
