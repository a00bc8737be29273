import { describe, expect, test } from 'vitest';
import {
  BACKUP_MAX_BYTES,
  loadLocalData,
  mergeImport,
  parseBackup,
  planImport,
  serializeBackup,
  storeLocalData,
  type Backup,
  type ListableStorage,
  type LocalData,
} from '../../src/lib/storage/backup';
import { draftSetKey, PROFILE_KEY } from '../../src/lib/storage/draft-set';
import { draftKey } from '../../src/lib/storage/drafts';

class MemoryStorage implements ListableStorage {
  items = new Map<string, string>();
  get length() {
    return this.items.size;
  }
  key = (i: number) => [...this.items.keys()][i] ?? null;
  getItem = (key: string) => this.items.get(key) ?? null;
  setItem = (key: string, value: string) => void this.items.set(key, value);
  removeItem = (key: string) => void this.items.delete(key);
}

const NOW = '2026-11-29T10:00:00.000Z';
const draft = (id: string, name: string, values: Record<string, unknown> = { orgName: name }) => ({ id, name, updated: NOW, values });
const local: LocalData = {
  profile: { orgName: '某某市第一中学', principal: { name: '王明', title: '校长' } },
  drafts: { 'school-stability-emergency-plan': { current: 'a', drafts: [draft('a', '2026年修订'), draft('b', '分校区')] } },
};
const good = JSON.parse(serializeBackup(local, NOW)) as Record<string, unknown>;
const withDraft = (patch: Record<string, unknown>) => JSON.stringify({ ...good, drafts: { school: { current: 'a', drafts: [{ ...draft('a', '甲'), ...patch }] } } });

/**
 * Every way a file can be wrong that we thought of: [case, file text, what the message must say].
 * Each must be refused with a Chinese message, and none may throw.
 */
const MALFORMED: [string, string, RegExp][] = [
  ['empty file', '', /文件是空的/],
  ['only whitespace', ' \n\t ', /文件是空的/],
  ['a Word document (zip)', 'PK\u0003\u0004word/document.xml', /Word 文档或压缩包/],
  ['a binary file', '\u0000\u0001\u0002abc', /不是文本文件/],
  ['truncated JSON', serializeBackup(local, NOW).slice(0, 120), /文件已损坏.*内容不完整/],
  ['plain text', '单位名称：某某市第一中学', /文件已损坏.*内容不完整/],
  ['a JSON array', '[1,2,3]', /不是本站导出的数据文件/],
  ['JSON null', 'null', /不是本站导出的数据文件/],
  ['a JSON number', '42', /不是本站导出的数据文件/],
  ['a JSON string', '"plan-templates-backup"', /不是本站导出的数据文件/],
  ['another program\'s JSON', JSON.stringify({ name: 'plan-templates', version: '0.1.0', dependencies: {} }), /不是本站导出的数据文件/],
  ['a wrong format marker', JSON.stringify({ ...good, format: 'plan-templates-backup-x' }), /不是本站导出的数据文件/],
  ['no version', JSON.stringify({ ...good, version: undefined }), /版本号无效/],
  ['a fractional version', JSON.stringify({ ...good, version: 1.5 }), /版本号无效/],
  ['a version as text', JSON.stringify({ ...good, version: '1' }), /版本号无效/],
  ['version 0', JSON.stringify({ ...good, version: 0 }), /版本号无效/],
  ['a newer version', JSON.stringify({ ...good, version: 2 }), /更新版本的网站导出（第 2 版）/],
  ['no drafts', JSON.stringify({ ...good, drafts: undefined }), /缺少草稿数据/],
  ['drafts as a list', JSON.stringify({ ...good, drafts: [] }), /缺少草稿数据/],
  ['a template name with a path', JSON.stringify({ ...good, drafts: { '../etc': { drafts: [] } } }), /模板名“\.\.\/etc”无效/],
  ['a template\'s drafts not an object', JSON.stringify({ ...good, drafts: { school: 'x' } }), /模板“school”的草稿不是有效的数据/],
  ['a template\'s drafts not a list', JSON.stringify({ ...good, drafts: { school: { drafts: {} } } }), /模板“school”的草稿不是有效的数据/],
  ['a draft not an object', JSON.stringify({ ...good, drafts: { school: { drafts: [7] } } }), /第 1 份）不是有效的数据/],
  ['a draft without id', withDraft({ id: undefined }), /第 1 份）缺少编号/],
  ['a draft with an empty name', withDraft({ name: ' ' }), /缺少名称或名称过长/],
  ['a draft with a 101-character name', withDraft({ name: '名'.repeat(101) }), /缺少名称或名称过长/],
  ['a draft without values', withDraft({ values: undefined }), /缺少填写内容/],
  ['a draft with values as a list', withDraft({ values: ['a'] }), /缺少填写内容/],
  ['a draft whose notice is not an object', withDraft({ notice: 'on' }), /印发通知不是有效的数据/],
  ['two drafts with one id', JSON.stringify({ ...good, drafts: { school: { drafts: [draft('a', '甲'), draft('a', '乙')] } } }), /两份编号相同/],
  ['a current draft that does not exist', JSON.stringify({ ...good, drafts: { school: { current: 'z', drafts: [draft('a', '甲')] } } }), /“当前草稿”不存在/],
  ['a profile that is a list', JSON.stringify({ ...good, profile: ['某某'] }), /“本单位信息”不是有效的数据/],
  ['a person detail given as text', JSON.stringify({ ...good, profile: { principal: '王明' } }), /“本单位信息”中的“主要负责人”/],
  ['a text detail given as a number', JSON.stringify({ ...good, profile: { dutyPhone: 1234 } }), /“本单位信息”中的“值班电话”/],
];

describe('import refuses wrong and damaged files with a clear message', () => {
  test.each(MALFORMED)('%s', (_name, text, message) => {
    const result = parseBackup(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(message);
  });

  test('a file far too large is refused before it is read', () => {
    const result = parseBackup('{}', BACKUP_MAX_BYTES + 1);
    expect(result).toEqual({ ok: false, message: expect.stringMatching(/文件太大（10\.0 MB）/) });
  });

  test('a good file is read back as it was written, with or without a byte-order mark', () => {
    const text = serializeBackup(local, NOW);
    const expected: Backup = { ...local, exported: NOW };
    expect(parseBackup(text)).toEqual({ ok: true, backup: expected });
    expect(parseBackup(`\uFEFF${text}`)).toEqual({ ok: true, backup: expected });
  });

  test('drafts of templates this site no longer has are kept; a missing profile reads as empty', () => {
    const result = parseBackup(JSON.stringify({ ...good, profile: null, drafts: { 'old-template': { drafts: [draft('x', '旧')] } } }));
    expect(result.ok && result.backup.drafts['old-template']?.drafts[0]?.name).toBe('旧');
    expect(result.ok && result.backup.profile).toEqual({});
  });
});

describe('import never replaces without asking', () => {
  const incoming = (drafts: ReturnType<typeof draft>[], profile = local.profile): Backup => ({
    exported: NOW,
    profile,
    drafts: { 'school-stability-emergency-plan': { current: drafts[0]?.id, drafts } },
  });

  test('the plan counts new, identical and conflicting drafts, and a differing profile', () => {
    const plan = planImport(local, incoming([draft('x', '新的'), draft('y', '2026年修订'), draft('z', '分校区', { orgName: '改过' })], { orgName: '别的单位' }));
    expect(plan).toEqual({ added: 1, same: 1, conflicts: [{ slug: 'school-stability-emergency-plan', name: '分校区' }], profileConflict: true });
  });

  test('without a yes, both versions of a conflicting draft are kept and the profile stays', () => {
    const merged = mergeImport(local, incoming([draft('b', '分校区', { orgName: '改过' })], { orgName: '别的单位' }), false, () => 'new-id');
    const drafts = merged.drafts['school-stability-emergency-plan']!.drafts;
    expect(drafts.map((d) => [d.id, d.name, d.values['orgName']])).toEqual([
      ['a', '2026年修订', '2026年修订'],
      ['b', '分校区', '分校区'],
      ['new-id', '分校区（导入）', '改过'],
    ]);
    expect(merged.profile).toEqual(local.profile);
  });

  test('with a yes, the draft of that name and the profile are replaced', () => {
    const merged = mergeImport(local, incoming([draft('q', '分校区', { orgName: '改过' })], { orgName: '别的单位' }), true, () => 'unused');
    expect(merged.drafts['school-stability-emergency-plan']!.drafts.map((d) => [d.id, d.values['orgName']])).toEqual([['a', '2026年修订'], ['b', '改过']]);
    expect(merged.profile).toEqual({ orgName: '别的单位' });
  });

  test('into an empty browser everything is taken as it is', () => {
    const backup = { ...local, exported: NOW };
    expect(mergeImport({ profile: {}, drafts: {} }, backup, false, () => 'x')).toEqual(local);
  });
});

describe('export → clear → import through storage', () => {
  test('restores the profile, every draft and the current choice', () => {
    const storage = new MemoryStorage();
    storeLocalData(storage, local);
    storage.setItem(draftKey('community-duty-rules'), JSON.stringify({ v: 1, values: { orgName: '旧版草稿' } }));
    const exported = serializeBackup(loadLocalData(storage), NOW);
    const before = loadLocalData(storage);
    storage.items.clear();
    const parsed = parseBackup(exported);
    if (!parsed.ok) throw new Error(parsed.message);
    storeLocalData(storage, mergeImport(loadLocalData(storage), parsed.backup, false, () => 'x'));
    expect(loadLocalData(storage)).toEqual(before);
    expect(before.drafts['community-duty-rules']?.drafts[0]?.values).toEqual({ orgName: '旧版草稿' });
    expect(storage.items.has(PROFILE_KEY)).toBe(true);
    expect(storage.items.has(draftSetKey('school-stability-emergency-plan'))).toBe(true);
  });
});
