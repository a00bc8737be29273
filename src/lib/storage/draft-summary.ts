import { storedSlugs, type ListableStorage } from './backup';
import { draftSetKey, loadDraftSet } from './draft-set';
import { draftKey } from './drafts';

/** One template with drafts in this browser, as 我的草稿 lists it. */
export interface DraftSummary {
  slug: string;
  /** How many named drafts. */
  count: number;
  /** ISO time of the last change to any of them ('' when unknown, as for drafts of the earliest version). */
  updated: string;
}

/** The templates with drafts here, the most recently edited first. */
export function draftSummaries(storage: ListableStorage): DraftSummary[] {
  return storedSlugs(storage)
    .map((slug) => {
      const { drafts } = loadDraftSet(storage, slug);
      return { slug, count: drafts.length, updated: drafts.reduce((latest, d) => (d.updated > latest ? d.updated : latest), '') };
    })
    .filter((summary) => summary.count > 0)
    .sort((a, b) => b.updated.localeCompare(a.updated) || a.slug.localeCompare(b.slug));
}

/** Removes every draft of a template (both the named set and a single draft of the earlier version). */
export function removeDrafts(storage: ListableStorage, slug: string): void {
  storage.removeItem(draftSetKey(slug));
  storage.removeItem(draftKey(slug));
}

/** 2026年12月4日 14:05, in the reader's time zone; '' for an unknown time. */
export function editedAt(iso: string): string {
  const date = new Date(iso);
  if (!iso || Number.isNaN(date.getTime())) return '';
  const two = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}年${date.getMonth() + 1}月${date.getDate()}日 ${two(date.getHours())}:${two(date.getMinutes())}`;
}
