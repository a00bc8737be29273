import { migrateDraft } from './model/values';
import type { FieldSpec, Values } from './model/types';

/** The part of the Web Storage API drafts need; tests pass a fake. */
export type DraftStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export type DraftResult = { ok: true } | { ok: false; reason: 'unavailable' | 'full' };

const VERSION = 1;
export const draftKey = (slug: string): string => `plan-templates:draft:${slug}`;

/** Reads the saved draft for a template; anything missing, corrupt or unreadable gives the initial values. */
export function loadDraft(storage: DraftStorage | undefined, slug: string, fields: FieldSpec[]): { values: Values; restored: boolean } {
  let raw: string | null;
  try {
    raw = storage?.getItem(draftKey(slug)) ?? null;
  } catch {
    raw = null;
  }
  if (raw === null) return { values: migrateDraft(fields, {}), restored: false };
  try {
    const saved = JSON.parse(raw) as unknown;
    // Only a saved object with values is a draft: `null`, a number or a stray string is not.
    const values = typeof saved === 'object' && saved !== null ? (saved as { values?: unknown }).values : undefined;
    if (typeof values !== 'object' || values === null) return { values: migrateDraft(fields, {}), restored: false };
    return { values: migrateDraft(fields, values), restored: true };
  } catch {
    return { values: migrateDraft(fields, {}), restored: false };
  }
}

/** What a refused write means for the user: storage full, or no storage at all. */
export function storageFailure(error: unknown): DraftResult {
  const name = error instanceof DOMException ? error.name : '';
  return { ok: false, reason: name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' ? 'full' : 'unavailable' };
}

export function saveDraft(storage: DraftStorage | undefined, slug: string, values: Values): DraftResult {
  if (!storage) return { ok: false, reason: 'unavailable' };
  try {
    storage.setItem(draftKey(slug), JSON.stringify({ v: VERSION, values }));
    return { ok: true };
  } catch (error) {
    return storageFailure(error);
  }
}

export function clearDraft(storage: DraftStorage | undefined, slug: string): DraftResult {
  if (!storage) return { ok: false, reason: 'unavailable' };
  try {
    storage.removeItem(draftKey(slug));
    return { ok: true };
  } catch (error) {
    return storageFailure(error);
  }
}

/** localStorage, or undefined where the browser refuses access to it (privacy modes, sandboxed frames). */
export function browserStorage(): DraftStorage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}
