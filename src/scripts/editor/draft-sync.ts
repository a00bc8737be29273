import { currentDraft, draftSetKey, loadDraftSet, storeDraftSet, updateCurrent, type DraftSet } from '../../lib/storage/draft-set';
import { browserStorage, type DraftResult } from '../../lib/storage/drafts';
import type { FieldSpec, Values } from '../../lib/model/types';
import { migrateDraft } from '../../lib/model/values';
import { cleanNotice } from '../../lib/notice/notice';
import type { NoticeValues } from '../../lib/notice/types';

const SAVE_DELAY_MS = 400;

/** What one draft holds: the plan's values and its 印发通知. */
export interface DraftContent {
  values: Values;
  notice: NoticeValues;
}

export interface DraftSyncHooks {
  content(): DraftContent;
  /** Another tab saved this template's drafts; `pending` says this tab has edits not saved yet. */
  external(content: DraftContent, pending: boolean): void;
  saved(result: DraftResult): void;
}

/**
 * Keeps a template's named drafts in localStorage: saves the current one shortly after typing and at
 * once when the page is hidden or left (a reload within the delay keeps the last edit), and hears
 * other tabs' saves through the `storage` event, so two tabs never overwrite each other silently.
 */
export class DraftSync {
  private timer: ReturnType<typeof setTimeout> | undefined;
  set: DraftSet;

  constructor(
    private readonly slug: string,
    private readonly fields: FieldSpec[],
    private readonly hooks: DraftSyncHooks,
  ) {
    this.set = loadDraftSet(browserStorage(), slug);
    window.addEventListener('pagehide', () => this.flush());
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'hidden') this.flush();
    });
    window.addEventListener('storage', (event) => this.heard(event));
  }

  get pending(): boolean {
    return this.timer !== undefined;
  }

  /** The current draft's content read against the template's fields, or undefined when there is none. */
  current(): DraftContent | undefined {
    const draft = currentDraft(this.set);
    if (!draft) return undefined;
    return { values: migrateDraft(this.fields, draft.values), notice: cleanNotice(draft.notice) };
  }

  schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.flush(), SAVE_DELAY_MS);
  }

  /** Saves now if anything is waiting. */
  flush(): void {
    if (this.timer === undefined) return;
    this.cancel();
    const { values, notice } = this.hooks.content();
    this.set = updateCurrent(this.set, { values, notice: { ...notice } }, new Date().toISOString());
    this.hooks.saved(storeDraftSet(browserStorage(), this.slug, this.set));
  }

  /** Stores a changed set (另存为, 重命名, 删除, 开始新的) at once; edits waiting are part of the old current draft. */
  replace(set: DraftSet): DraftResult {
    this.flush();
    this.set = set;
    const result = storeDraftSet(browserStorage(), this.slug, set);
    this.hooks.saved(result);
    return result;
  }

  /** Reads the set again, after an import. */
  reload(): void {
    this.cancel();
    this.set = loadDraftSet(browserStorage(), this.slug);
  }

  /** Forgets edits waiting to be saved (the draft was cleared or replaced). */
  cancel(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  private heard(event: StorageEvent): void {
    if (event.key !== draftSetKey(this.slug) && event.key !== null) return;
    this.set = loadDraftSet(browserStorage(), this.slug);
    const content = this.current();
    if (content) this.hooks.external(content, this.pending);
  }
}
