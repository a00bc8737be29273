/**
 * 导出 / 导入 all of a user's data — the unit profile and every named draft — as one versioned JSON
 * file, to move to another computer or hand to a colleague. The validator refuses anything that is
 * not a whole, well-formed file of ours with a message saying what is wrong, and importing never
 * replaces a draft or the profile without the caller having asked the user.
 */
import { cleanDraftSet, draftSetKey, loadDraftSet, PROFILE_KEY, storeDraftSet, uniqueName, type DraftSet, type NamedDraft } from './draft-set';
import { storageFailure, type DraftResult, type DraftStorage } from './drafts';
import { cleanProfile, PROFILE_FIELDS, type Profile } from './profile';

export const BACKUP_FORMAT = 'plan-templates-backup';
export const BACKUP_VERSION = 1;
/** Far above any real backup (hundreds of kB), low enough that a wrong file is refused at once. */
export const BACKUP_MAX_BYTES = 10 * 1024 * 1024;

/** Everything a user keeps in this browser. */
export interface LocalData {
  profile: Profile;
  drafts: Record<string, DraftSet>;
}

export interface Backup extends LocalData {
  exported: string;
}

export type ParseResult = { ok: true; backup: Backup } | { ok: false; message: string };

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const NOT_OURS = '这不是本站导出的数据文件。请选择“导出我的数据”保存的 .json 文件。';
const DAMAGED = '文件已损坏，无法导入';

export function serializeBackup(data: LocalData, now: string): string {
  const drafts = Object.fromEntries(Object.entries(data.drafts).filter(([, set]) => set.drafts.length > 0));
  return JSON.stringify({ format: BACKUP_FORMAT, version: BACKUP_VERSION, exported: now, profile: data.profile, drafts }, null, 1);
}

class Refused extends Error {}
const refuse = (message: string): never => {
  throw new Refused(message);
};

/** Reads a backup file's text; never throws. */
export function parseBackup(text: string, bytes = new TextEncoder().encode(text).length): ParseResult {
  try {
    return { ok: true, backup: readBackup(text, bytes) };
  } catch (error) {
    if (error instanceof Refused) return { ok: false, message: error.message };
    throw error;
  }
}

function readBackup(text: string, bytes: number): Backup {
  if (bytes > BACKUP_MAX_BYTES) refuse(`文件太大（${(bytes / 1024 / 1024).toFixed(1)} MB），不像本站导出的数据文件。请确认选择的文件是否正确。`);
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') refuse('文件是空的。请重新导出数据后再导入。');
  if (body.startsWith('PK')) refuse(`这是一个 Word 文档或压缩包，不是数据文件。${NOT_OURS}`);
  // eslint-disable-next-line no-control-regex -- NUL and other control bytes mark a binary file.
  if (/[\u0000-\u0008\u000E-\u001F]/.test(body)) refuse(`文件不是文本文件。${NOT_OURS}`);
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch {
    refuse(`${DAMAGED}：内容不完整或格式错误（可能在下载、复制或编辑时被截断或改动）。请在原来的电脑上重新导出。`);
  }
  if (!isRecord(data)) refuse(NOT_OURS);
  const record = data as Record<string, unknown>;
  if (record['format'] !== BACKUP_FORMAT) refuse(NOT_OURS);
  const version = record['version'];
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) refuse(`${DAMAGED}：版本号无效。`);
  if ((version as number) > BACKUP_VERSION) refuse(`这个文件由更新版本的网站导出（第 ${String(version)} 版），本网站只能读取第 ${BACKUP_VERSION} 版。请更新页面后再导入。`);
  return {
    exported: typeof record['exported'] === 'string' ? record['exported'] : '',
    profile: readProfile(record['profile']),
    drafts: readDrafts(record['drafts']),
  };
}

function readProfile(raw: unknown): Profile {
  if (raw === undefined || raw === null) return {};
  if (!isRecord(raw)) refuse(`${DAMAGED}：“本单位信息”不是有效的数据。`);
  const record = raw as Record<string, unknown>;
  for (const field of PROFILE_FIELDS) {
    const value = record[field.key];
    if (value === undefined) continue;
    const ok = field.kind === 'person' ? isRecord(value) && typeof value['name'] === 'string' && typeof value['title'] === 'string' : typeof value === 'string';
    if (!ok) refuse(`${DAMAGED}：“本单位信息”中的“${field.label}”不是有效的数据。`);
  }
  return cleanProfile(record);
}

function readDrafts(raw: unknown): Record<string, DraftSet> {
  if (!isRecord(raw)) refuse(`${DAMAGED}：缺少草稿数据。`);
  const out: Record<string, DraftSet> = {};
  for (const [slug, set] of Object.entries(raw as Record<string, unknown>)) {
    if (!SLUG.test(slug)) refuse(`${DAMAGED}：其中的模板名“${slug.slice(0, 40)}”无效。`);
    out[slug] = readDraftSet(slug, set);
  }
  return out;
}

function readDraftSet(slug: string, raw: unknown): DraftSet {
  const where = `模板“${slug}”的草稿`;
  if (!isRecord(raw) || !Array.isArray(raw['drafts'])) return refuse(`${DAMAGED}：${where}不是有效的数据。`);
  const ids = new Set<string>();
  raw['drafts'].forEach((draft: unknown, i: number) => {
    const at = `${where}（第 ${i + 1} 份）`;
    if (!isRecord(draft)) refuse(`${DAMAGED}：${at}不是有效的数据。`);
    const d = draft as Record<string, unknown>;
    if (typeof d['id'] !== 'string' || d['id'] === '') refuse(`${DAMAGED}：${at}缺少编号。`);
    if (typeof d['name'] !== 'string' || d['name'].trim() === '' || d['name'].length > 100) refuse(`${DAMAGED}：${at}缺少名称或名称过长。`);
    if (!isRecord(d['values'])) refuse(`${DAMAGED}：${at}缺少填写内容。`);
    if (d['notice'] !== undefined && !isRecord(d['notice'])) refuse(`${DAMAGED}：${at}的印发通知不是有效的数据。`);
    if (ids.has(d['id'] as string)) refuse(`${DAMAGED}：${where}中有两份编号相同。`);
    ids.add(d['id'] as string);
  });
  if (raw['current'] !== undefined && (typeof raw['current'] !== 'string' || !ids.has(raw['current']))) refuse(`${DAMAGED}：${where}的“当前草稿”不存在。`);
  return cleanDraftSet(raw);
}

/* ---------- Merging an import into what the browser holds ---------- */

export interface ImportPlan {
  /** Drafts the file adds (new names). */
  added: number;
  /** Drafts already here with the same content. */
  same: number;
  /** Drafts with a name used here for different content: replacing them needs the user's yes. */
  conflicts: { slug: string; name: string }[];
  /** The file's profile differs from a non-empty one here. */
  profileConflict: boolean;
}

const sameContent = (a: NamedDraft, b: NamedDraft): boolean =>
  JSON.stringify(a.values) === JSON.stringify(b.values) && JSON.stringify(a.notice ?? null) === JSON.stringify(b.notice ?? null);
const isEmptyProfile = (profile: Profile): boolean => Object.keys(profile).length === 0;

export function planImport(local: LocalData, incoming: Backup): ImportPlan {
  const plan: ImportPlan = { added: 0, same: 0, conflicts: [], profileConflict: false };
  for (const [slug, set] of Object.entries(incoming.drafts)) {
    for (const draft of set.drafts) {
      const here = local.drafts[slug]?.drafts.find((d) => d.name === draft.name);
      if (!here) plan.added++;
      else if (sameContent(here, draft)) plan.same++;
      else plan.conflicts.push({ slug, name: draft.name });
    }
  }
  plan.profileConflict = !isEmptyProfile(local.profile) && !isEmptyProfile(incoming.profile) && JSON.stringify(local.profile) !== JSON.stringify(incoming.profile);
  return plan;
}

/**
 * The data after an import. New drafts are added; identical ones skipped. A draft whose name is used
 * here for other content replaces it only with `replace`; otherwise both are kept, the imported one
 * renamed "…（导入）". The profile is taken when there is none here, or with `replace`.
 */
export function mergeImport(local: LocalData, incoming: Backup, replace: boolean, idOf: () => string): LocalData {
  const drafts: Record<string, DraftSet> = { ...local.drafts };
  for (const [slug, set] of Object.entries(incoming.drafts)) {
    let merged: DraftSet = drafts[slug] ?? { current: undefined, drafts: [] };
    for (const draft of set.drafts) {
      const here = merged.drafts.find((d) => d.name === draft.name);
      if (here && sameContent(here, draft)) continue;
      if (here && replace) {
        merged = { ...merged, drafts: merged.drafts.map((d) => (d.id === here.id ? { ...draft, id: here.id } : d)) };
        continue;
      }
      const name = here ? uniqueName(merged, `${draft.name}（导入）`) : draft.name;
      const id = merged.drafts.some((d) => d.id === draft.id) ? idOf() : draft.id;
      merged = { current: merged.current ?? id, drafts: [...merged.drafts, { ...draft, id, name }] };
    }
    drafts[slug] = merged;
  }
  const takeProfile = isEmptyProfile(local.profile) || replace;
  return { profile: takeProfile && !isEmptyProfile(incoming.profile) ? incoming.profile : local.profile, drafts };
}

/* ---------- Reading and writing the browser's storage ---------- */

export type ListableStorage = DraftStorage & Pick<Storage, 'key' | 'length'>;

const LEGACY_PREFIX = 'plan-templates:draft:';
const SET_PREFIX = draftSetKey('');

/** Every template that has drafts here, including single drafts of the earlier version. */
export function storedSlugs(storage: ListableStorage): string[] {
  const slugs = new Set<string>();
  for (let i = 0; i < storage.length; i++) {
    const key = storage.key(i) ?? '';
    if (key.startsWith(SET_PREFIX)) slugs.add(key.slice(SET_PREFIX.length));
    else if (key.startsWith(LEGACY_PREFIX)) slugs.add(key.slice(LEGACY_PREFIX.length));
  }
  return [...slugs].filter((slug) => SLUG.test(slug)).sort();
}

export function loadProfile(storage: DraftStorage | undefined): Profile {
  try {
    const raw = storage?.getItem(PROFILE_KEY);
    return raw ? cleanProfile((JSON.parse(raw) as { profile?: unknown }).profile) : {};
  } catch {
    return {};
  }
}

export function storeProfile(storage: DraftStorage | undefined, profile: Profile): DraftResult {
  if (!storage) return { ok: false, reason: 'unavailable' };
  try {
    storage.setItem(PROFILE_KEY, JSON.stringify({ v: 1, profile }));
    return { ok: true };
  } catch (error) {
    return storageFailure(error);
  }
}

export function loadLocalData(storage: ListableStorage): LocalData {
  const drafts: Record<string, DraftSet> = {};
  for (const slug of storedSlugs(storage)) drafts[slug] = loadDraftSet(storage, slug);
  return { profile: loadProfile(storage), drafts };
}

/** Writes the merged data back; templates whose drafts did not change are written unchanged. */
export function storeLocalData(storage: ListableStorage, data: LocalData): DraftResult {
  const profile = storeProfile(storage, data.profile);
  if (!profile.ok) return profile;
  for (const [slug, set] of Object.entries(data.drafts)) {
    const result = storeDraftSet(storage, slug, set);
    if (!result.ok) return result;
  }
  return { ok: true };
}
