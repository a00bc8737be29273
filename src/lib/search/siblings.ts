// Parallel sections of sibling templates: the 社区 and the general 值班制度 both say how to take leave
// (请假和替班, 请销假). A result names its parallel section in a sibling as 另见, and that section is
// not listed again further down.
import { findSection, HEADING_NUMBER, sectionId, sectionKey, type PlanEntry } from './catalog';
import type { SectionHit } from './rank';

/** A section of a sibling template that covers the same ground as a result. */
export interface SeeAlso {
  url: string;
  planTitle: string;
  sectionTitle: string;
}

export type GroupedHit = SectionHit & { seeAlso?: SeeAlso };

const HAN = /\p{Script=Han}/u;
const hans = new Map<string, Set<string>>();
/** A heading's Han characters without its number, computed once per heading: every search compares many. */
function hanOf(title: string): Set<string> {
  let chars = hans.get(title);
  if (!chars) {
    chars = new Set(Array.from(title.replace(HEADING_NUMBER, '')).filter((char) => HAN.test(char)));
    hans.set(title, chars);
  }
  return chars;
}

/** Share of the shorter title's characters the other title holds: 请销假 and 请假和替班 share 请 and 假, 2 of 3. */
const PARALLEL = 0.6;

/** How alike two headings are (0–1): 1 for the same heading, 0 when fewer than two characters are shared. */
export function headingLikeness(a: string, b: string): number {
  const x = hanOf(a);
  const y = hanOf(b);
  const shared = [...x].filter((char) => y.has(char)).length;
  if (shared < 2) return 0;
  return shared / Math.min(x.size, y.size);
}

const isAnnex = (title: string): boolean => /^附件/.test(title);

const bare = (title: string): string => title.replace(HEADING_NUMBER, '');

const headings = new WeakMap<PlanEntry, string[]>();
/** A plan's headings without their numbers, computed once: every search asks. */
function headingsOf(plan: PlanEntry): string[] {
  let list = headings.get(plan);
  if (!list) {
    list = plan.s.map((section) => bare(section[1]));
    headings.set(plan, list);
  }
  return list;
}

/**
 * The section of `sibling` parallel to the section at `at` of `own`: the same heading, or an alike
 * heading standing where this one stands (a neighbour has the same heading: 请销假 and 请假和替班 both
 * come just before 值班纪律). An annex only for an annex.
 */
function parallelIn(sibling: PlanEntry, own: PlanEntry, at: number): { section: PlanEntry['s'][number]; likeness: number } | undefined {
  const mine = headingsOf(own);
  const theirs = headingsOf(sibling);
  const title = mine[at]!;
  const same = theirs.indexOf(title);
  if (same >= 0) return { section: sibling.s[same]!, likeness: 1 };
  let best: { section: PlanEntry['s'][number]; likeness: number } | undefined;
  theirs.forEach((heading, i) => {
    const placed = (at > 0 && i > 0 && mine[at - 1] === theirs[i - 1]) || (mine[at + 1] !== undefined && mine[at + 1] === theirs[i + 1]);
    if (!placed || isAnnex(heading) !== isAnnex(title)) return;
    const likeness = headingLikeness(title, heading);
    if (likeness >= PARALLEL && (!best || likeness > best.likeness)) best = { section: sibling.s[i]!, likeness };
  });
  return best;
}

/** Share of the shorter outline's headings another template repeats, from which it is a copy for another setting. */
const SAME_OUTLINE = 0.8;

const outlines = new WeakMap<PlanEntry, Set<string>>();
/** A plan's distinct headings, made once: finding siblings compares every pair of plans. */
function outlineOf(plan: PlanEntry): Set<string> {
  let set = outlines.get(plan);
  if (!set) outlines.set(plan, (set = new Set(headingsOf(plan))));
  return set;
}

/** Share of the shorter outline's headings (numbers aside) that the other outline holds too. */
export function outlineLikeness(a: PlanEntry, b: PlanEntry): number {
  const x = outlineOf(a);
  const y = outlineOf(b);
  const shared = [...x].filter((heading) => y.has(heading)).length;
  return shared / Math.max(1, Math.min(x.size, y.size));
}

const siblingLists = new WeakMap<PlanEntry[], Map<PlanEntry, PlanEntry[]>>();
/**
 * Templates of the same plan kind with an alike title, or with the same outline (有限空间作业现场处置方案
 * repeats the headings of the general 现场处置方案), computed once per plan.
 */
function siblingsOf(own: PlanEntry, plans: PlanEntry[]): PlanEntry[] {
  let byPlan = siblingLists.get(plans);
  if (!byPlan) siblingLists.set(plans, (byPlan = new Map()));
  let list = byPlan.get(own);
  if (!list) {
    list = plans.filter((plan) => plan.slug && plan !== own && plan.f[1] === own.f[1] && (headingLikeness(plan.p, own.p) >= PARALLEL || outlineLikeness(plan, own) >= SAME_OUTLINE));
    byPlan.set(own, list);
  }
  return list;
}

/**
 * Gives each result of a template the parallel section of a sibling (a template of the same plan
 * kind with an alike title: 维稳应急值班制度 and 社区维稳应急值班制度, not the 舆情 and the 社区 plans;
 * or with the same outline),
 * at most one per result and each section once; a section shown as 另见 leaves the list below.
 */
export function groupSiblings(hits: SectionHit[], plans: PlanEntry[]): GroupedHit[] {
  const shown = new Set(hits.map((hit) => hit.key));
  const used = new Set<string>();
  const grouped: GroupedHit[] = [];
  for (const hit of hits) {
    if (used.has(hit.key)) continue;
    used.add(hit.key);
    const ref = findSection(plans, hit.url);
    const own = ref?.plan;
    const at = own ? own.s.findIndex((section) => sectionId(section) === ref.id) : -1;
    if (!own?.slug || at < 0) {
      grouped.push(hit);
      continue;
    }
    const candidates = siblingsOf(own, plans)
      .flatMap((plan) => {
        const found = parallelIn(plan, own, at);
        return found ? [{ plan, ...found, key: sectionKey(`${plan.u}#${sectionId(found.section)}`) }] : [];
      })
      .filter((candidate) => !used.has(candidate.key))
      // A sibling section the search found too goes first, then the most alike.
      .sort((a, b) => Number(shown.has(b.key)) - Number(shown.has(a.key)) || b.likeness - a.likeness);
    const best = candidates[0];
    if (!best) {
      grouped.push(hit);
      continue;
    }
    used.add(best.key);
    grouped.push({ ...hit, seeAlso: { url: `${best.plan.u}#${sectionId(best.section)}`, planTitle: best.plan.p, sectionTitle: best.section[1].replace(HEADING_NUMBER, '') } });
  }
  return grouped;
}
