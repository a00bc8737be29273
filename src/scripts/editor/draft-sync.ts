import { browserStorage, draftKey, loadDraft, saveDraft, type DraftResult } from '../../lib/drafts';
import type { FieldSpec, Values } from '../../lib/model/types';

const SAVE_DELAY_MS = 400;

export interface DraftSyncHooks {
  values(): Values;
  /** Another tab saved this template's draft; `pending` says this tab has edits not saved yet. */
  external(values: Values, pending: boolean): void;
  saved(result: DraftResult): void;
}

/**
 * Keeps a template's draft in localStorage: saves shortly after typing and at once when the page is
 * hidden or left (a reload within the delay keeps the last edit), and hears other tabs' saves through
 * the `storage` event, so two tabs never overwrite each other silently.
 */
export class DraftSync {
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly slug: string,
    private readonly fields: FieldSpec[],
    private readonly hooks: DraftSyncHooks,
  ) {
    window.addEventListener('pagehide', () => this.flush());
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'hidden') this.flush();
    });
    window.addEventListener('storage', (event) => this.heard(event));
  }

  get pending(): boolean {
    return this.timer !== undefined;
  }

  schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.flush(), SAVE_DELAY_MS);
  }

  /** Saves now if anything is waiting. */
  flush(): void {
    if (this.timer === undefined) return;
    this.cancel();
    this.hooks.saved(saveDraft(browserStorage(), this.slug, this.hooks.values()));
  }

  /** Forgets edits waiting to be saved (the draft was cleared or replaced). */
  cancel(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  private heard(event: StorageEvent): void {
    if (event.key !== draftKey(this.slug) && event.key !== null) return;
    // loadDraft reads what the other tab wrote; a cleared draft reads as the initial values.
    this.hooks.external(loadDraft(browserStorage(), this.slug, this.fields).values, this.pending);
  }
}
