import { describe, expect, test } from 'vitest';
import { loadDraftSet } from '../../src/lib/storage/draft-set';
import { draftKey, storageFailure, type DraftStorage } from '../../src/lib/storage/drafts';
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

describe('a refused write', () => {
  test.each([
    ['QuotaExceededError', 'full'],
    ['NS_ERROR_DOM_QUOTA_REACHED', 'full'],
    ['SecurityError', 'unavailable'],
  ])('%s is reported as %s', (name, reason) => {
    expect(storageFailure(new DOMException('no', name))).toEqual({ ok: false, reason });
  });

  test('an error that is not the browser\'s counts as no storage', () => {
    expect(storageFailure(new Error('x'))).toEqual({ ok: false, reason: 'unavailable' });
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

  test('no draft gives the template\'s groups with their people empty, and optional parts as the template sets them', () => {
    const values = migrateDraft(fields, {});
    expect(values['groups']).toEqual([{ name: '综合组', duties: '协调。', leader: { name: '', title: '' }, members: [] }]);
    expect(values['annexOn']).toBe(true);
  });

  test('anything that is not an object gives the initial values', () => {
    for (const raw of [null, 3, 'x', [1, 2]]) expect(migrateDraft(fields, raw)['orgName']).toBeUndefined();
  });
});

describe('what is not a draft', () => {
  test.each(['null', '3', '"x"', '{}', '{"values":null}', '{"values": ', '[1,2]'])('%s under the earlier version\'s draft key restores nothing', (raw) => {
    const storage = new MemoryStorage();
    storage.setItem(draftKey('s'), raw);
    expect(loadDraftSet(storage, 's').drafts).toEqual([]);
  });
});
