import { describe, expect, test } from 'vitest';
import { clearDraft, draftKey, loadDraft, saveDraft, type DraftStorage } from '../../src/lib/drafts';
import type { FieldSpec } from '../../src/lib/model/types';
import { migrateDraft } from '../../src/lib/model/values';

const fields = [
  { key: 'orgName', kind: 'text', label: '单位名称', help: '', required: true, example: '某某单位' },
  { key: 'leader', kind: 'person', label: '组长', help: '', required: true, example: { name: '王明', title: '校长' } },
  { key: 'groups', kind: 'groupList', label: '工作组', help: '', required: true, example: [{ name: '综合组', leader: { name: '李华', title: '' }, members: [], duties: '协调。' }] },
  { key: 'annexOn', kind: 'optional', label: '附件', help: '', required: false, example: true },
] satisfies FieldSpec[];

class MemoryStorage implements DraftStorage {
  items = new Map<string, string>();
  getItem = (key: string) => this.items.get(key) ?? null;
  setItem = (key: string, value: string) => void this.items.set(key, value);
  removeItem = (key: string) => void this.items.delete(key);
}

const throwing = (name: string): DraftStorage => ({
  getItem: () => {
    throw new DOMException('no', name);
  },
  setItem: () => {
    throw new DOMException('no', name);
  },
  removeItem: () => {
    throw new DOMException('no', name);
  },
});

describe('drafts', () => {
  test('a saved draft is restored', () => {
    const storage = new MemoryStorage();
    expect(saveDraft(storage, 's', { orgName: '某某社区' })).toEqual({ ok: true });
    const { values, restored } = loadDraft(storage, 's', fields);
    expect(restored).toBe(true);
    expect(values['orgName']).toBe('某某社区');
  });

  test('a new form starts with the template groups, people empty', () => {
    const { values, restored } = loadDraft(new MemoryStorage(), 's', fields);
    expect(restored).toBe(false);
    expect(values['groups']).toEqual([{ name: '综合组', duties: '协调。', leader: { name: '', title: '' }, members: [] }]);
  });

  test('corrupt JSON gives a fresh form', () => {
    const storage = new MemoryStorage();
    storage.setItem(draftKey('s'), '{"values": {"orgName": ');
    const { values, restored } = loadDraft(storage, 's', fields);
    expect(restored).toBe(false);
    expect(values['orgName']).toBeUndefined();
    expect(values['annexOn']).toBe(true);
  });

  test('storage that refuses access or is full is reported, never thrown', () => {
    expect(loadDraft(throwing('SecurityError'), 's', fields).restored).toBe(false);
    expect(saveDraft(throwing('SecurityError'), 's', {})).toEqual({ ok: false, reason: 'unavailable' });
    expect(saveDraft(throwing('QuotaExceededError'), 's', {})).toEqual({ ok: false, reason: 'full' });
    expect(clearDraft(undefined, 's')).toEqual({ ok: false, reason: 'unavailable' });
  });

  test('clearing removes the draft', () => {
    const storage = new MemoryStorage();
    saveDraft(storage, 's', { orgName: 'x' });
    clearDraft(storage, 's');
    expect(storage.items.size).toBe(0);
  });
});

describe('draft migration when the template changes', () => {
  test('unknown keys are dropped, new fields start empty, changed kinds are coerced', () => {
    const values = migrateDraft(fields, {
      removedField: 'old',
      orgName: 42,
      leader: '王明',
      groups: [{ name: '新组', leader: { name: '赵丽' }, members: 'not a list', duties: 7 }],
      annexOn: 'yes',
    });
    expect(values).toEqual({
      orgName: '42',
      leader: { name: '', title: '' },
      groups: [{ name: '新组', leader: { name: '赵丽', title: '' }, members: [], duties: '' }],
      annexOn: true,
    });
  });

  test('values are cleaned of control characters and lone surrogates', () => {
    expect(migrateDraft(fields, { orgName: 'a\u0000b\uD800' })['orgName']).toBe('ab\uFFFD');
  });

  test('anything that is not an object gives the initial values', () => {
    for (const raw of [null, 3, 'x', [1, 2]]) expect(migrateDraft(fields, raw)['orgName']).toBeUndefined();
  });
});

describe('what is not a draft', () => {
  test.each(['null', '3', '"x"', '{}', '{"values":null}'])('%s under the draft key restores nothing', (raw) => {
    const storage = new MemoryStorage();
    storage.setItem(draftKey('s'), raw);
    expect(loadDraft(storage, 's', fields).restored).toBe(false);
  });
});
