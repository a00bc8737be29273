import { sectionKey } from './catalog';

/**
 * Pagefind scores a section by how often query words occur in it, so a section that repeats one common
 * word (值班 in 值班安排) outscores the one that holds every word asked (交接班 for 值班 交班 签字). How
 * much of the query a section's text holds, each word weighted by how much it says, tempers that.
 */

/** What coverage needs of a Pagefind page: its text and where each heading begins. */
export interface PageText {
  url: string;
  content?: string;
  anchors?: { id: string; text: string }[];
}

/** A word of the query and the forms any of which will do (殴打/欺凌), with its weight. */
export interface CoverageSlot {
  alternatives: string[];
  weight: number;
}

const texts = new WeakMap<object, Map<string, string>>();

/**
 * The text of each section of a page, by section key, cut from Pagefind's page text where each
 * heading's text appears (each runs to the next heading, as Pagefind's sub-results do). A page
 * without headings is one section under its own URL.
 */
export function sectionTexts(page: PageText): Map<string, string> {
  let found = texts.get(page);
  if (found) return found;
  found = new Map();
  const content = page.content ?? '';
  const starts: { key: string; at: number }[] = [];
  let from = 0;
  for (const anchor of page.anchors ?? []) {
    const at = content.indexOf(anchor.text, from);
    if (at < 0) continue;
    starts.push({ key: sectionKey(`${page.url}#${anchor.id}`), at });
    from = at + anchor.text.length;
  }
  if (starts.length === 0) found.set(sectionKey(page.url), content);
  starts.forEach((start, i) => found!.set(start.key, content.slice(start.at, starts[i + 1]?.at ?? content.length)));
  texts.set(page, found);
  return found;
}

/** Share (0–1) of the slots' weight whose words the text holds; 1 when there is nothing to weigh. */
export function coverageOf(slots: CoverageSlot[], text: string): number {
  const total = slots.reduce((sum, slot) => sum + slot.weight, 0);
  if (total === 0) return 1;
  const held = slots.filter((slot) => slot.alternatives.some((word) => text.includes(word))).reduce((sum, slot) => sum + slot.weight, 0);
  return held / total;
}
