/**
 * Named drafts: several per template ("2026年修订", "分校区"), one of them current. Stored as one
 * JSON value per template; the pure operations below return a new set and never throw.
 */
import { draftKey, storageFailure, type DraftResult, type DraftStorage } from './drafts';

export interface NamedDraft {
  id: string;
  name: string;
  /** ISO time of the last change. */
  updated: string;
  /** Field values as saved; read through migrateDraft, so old or odd shapes never break the page. */
  values: Record<string, unknown>;
  /** 印发通知 values as saved; read through cleanNotice. */
  notice?: Record<string, unknown>;
}

export interface DraftSet {
  current: string | undefined;
  drafts: NamedDraft[];
}

export const DRAFT_SET_VERSION = 2;
export const draftSetKey = (slug: string): string => `plan-templates:drafts:${slug}`;
export const PROFILE_KEY = 'plan-templates:profile';
export const DEFAULT_DRAFT_NAME = '草稿';

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

export const newId = (): string => `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;

/** A name not used by another draft of the set: 分校区, 分校区（2）, … */
export function uniqueName(set: DraftSet, wanted: string, except?: string): string {
  const base = wanted.trim() || DEFAULT_DRAFT_NAME;
  const taken = new Set(set.drafts.filter((d) => d.id !== except).map((d) => d.name));
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}（${n}）`)) return `${base}（${n}）`;
}

/** Reads one draft of a stored set; anything unreadable is dropped, not fatal. */
export function cleanDraft(raw: unknown): NamedDraft | undefined {
  if (!isRecord(raw) || typeof raw['id'] !== 'string' || typeof raw['name'] !== 'string' || !isRecord(raw['values'])) return undefined;
  return {
    id: raw['id'],
    name: raw['name'],
    updated: typeof raw['updated'] === 'string' ? raw['updated'] : '',
    values: raw['values'],
    ...(isRecord(raw['notice']) ? { notice: raw['notice'] } : {}),
  };
}

export function cleanDraftSet(raw: unknown): DraftSet {
  if (!isRecord(raw) || !Array.isArray(raw['drafts'])) return { current: undefined, drafts: [] };
  const drafts = raw['drafts'].map(cleanDraft).filter((d): d is NamedDraft => d !== undefined);
  const current = typeof raw['current'] === 'string' && drafts.some((d) => d.id === raw['current']) ? raw['current'] : drafts[0]?.id;
  return { current, drafts };
}

function read(storage: DraftStorage | undefined, key: string): unknown {
  try {
    const raw = storage?.getItem(key);
    return raw ? (JSON.parse(raw) as unknown) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The template's drafts. A single draft saved by the earlier version (one per template) becomes a
 * draft named 草稿, so nobody loses what they typed before named drafts existed.
 */
export function loadDraftSet(storage: DraftStorage | undefined, slug: string): DraftSet {
  const stored = read(storage, draftSetKey(slug));
  if (stored !== undefined) return cleanDraftSet(stored);
  const legacy = read(storage, draftKey(slug));
  if (isRecord(legacy) && isRecord(legacy['values'])) {
    const draft: NamedDraft = { id: 'legacy', name: DEFAULT_DRAFT_NAME, updated: '', values: legacy['values'] };
    return { current: draft.id, drafts: [draft] };
  }
  return { current: undefined, drafts: [] };
}

export function storeDraftSet(storage: DraftStorage | undefined, slug: string, set: DraftSet): DraftResult {
  if (!storage) return { ok: false, reason: 'unavailable' };
  try {
    if (set.drafts.length === 0) storage.removeItem(draftSetKey(slug));
    else storage.setItem(draftSetKey(slug), JSON.stringify({ v: DRAFT_SET_VERSION, ...set }));
    storage.removeItem(draftKey(slug));
    return { ok: true };
  } catch (error) {
    return storageFailure(error);
  }
}

export const currentDraft = (set: DraftSet): NamedDraft | undefined => set.drafts.find((d) => d.id === set.current);

type Content = Pick<NamedDraft, 'values' | 'notice'>;

/**
 * A copy of what the form holds: the editor changes its values in place, and a draft kept by 另存为
 * must not change with them.
 */
const copy = (content: Content): Content => structuredClone({ values: content.values, ...(content.notice ? { notice: content.notice } : {}) });

/** Saves values into the current draft, creating a first draft named 草稿 when there is none. */
export function updateCurrent(set: DraftSet, content: Content, now: string, id = newId()): DraftSet {
  const current = currentDraft(set);
  if (!current) return saveAs(set, DEFAULT_DRAFT_NAME, content, now, id);
  return { ...set, drafts: set.drafts.map((d) => (d.id === current.id ? { ...d, ...copy(content), updated: now } : d)) };
}

/** 另存为: a new draft with the given content, made current; the old one is kept as it was. */
export function saveAs(set: DraftSet, name: string, content: Content, now: string, id = newId()): DraftSet {
  const draft: NamedDraft = { id, name: uniqueName(set, name), updated: now, ...copy(content) };
  return { current: id, drafts: [...set.drafts, draft] };
}

export function renameDraft(set: DraftSet, id: string, name: string): DraftSet {
  return { ...set, drafts: set.drafts.map((d) => (d.id === id ? { ...d, name: uniqueName(set, name, id) } : d)) };
}

/** Deletes a draft; the first remaining one becomes current. */
export function deleteDraft(set: DraftSet, id: string): DraftSet {
  const drafts = set.drafts.filter((d) => d.id !== id);
  return { current: set.current === id ? drafts[0]?.id : set.current, drafts };
}

/** 开始新的: an empty draft with a fresh name, made current. */
export function startNew(set: DraftSet, content: Content, now: string, id = newId()): DraftSet {
  return saveAs(set, `${DEFAULT_DRAFT_NAME}${set.drafts.length + 1}`, content, now, id);
}

export const selectDraft = (set: DraftSet, id: string): DraftSet => (set.drafts.some((d) => d.id === id) ? { ...set, current: id } : set);
