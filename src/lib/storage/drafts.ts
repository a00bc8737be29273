// What drafts share: the storage they live in and how a refused write is reported.

/** The part of the Web Storage API drafts need; tests pass a fake. */
export type DraftStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export type DraftResult = { ok: true } | { ok: false; reason: 'unavailable' | 'full' };

/** Where the earlier version kept its one draft per template; draft-set.ts migrates it. */
export const draftKey = (slug: string): string => `plan-templates:draft:${slug}`;

/** What a refused write means for the user: storage full, or no storage at all. */
export function storageFailure(error: unknown): DraftResult {
  const name = error instanceof DOMException ? error.name : '';
  return { ok: false, reason: name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' ? 'full' : 'unavailable' };
}

/** localStorage, or undefined where the browser refuses access to it (privacy modes, sandboxed frames). */
export function browserStorage(): DraftStorage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}
