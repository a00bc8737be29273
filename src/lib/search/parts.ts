import { findSection, headingDepth, sectionId, sectionKey, type PlanEntry } from './catalog';
import type { SectionHit } from './rank';

/**
 * The section a reader sent to section `i` first reads: its first part when it has no text of its
 * own (三、应急处置 opens straight into （一）应急处置程序), at every depth. A section's lead is its first
 * part's when its own text is empty (build.ts), so equal leads under a deeper heading say so.
 */
export function openingPart(plan: PlanEntry, i: number): number {
  let at = i;
  for (;;) {
    const [current, next] = [plan.s[at], plan.s[at + 1]];
    if (!current || !next || !current[2] || next[2] !== current[2]) return at;
    const depth = headingDepth(current[1]);
    if (depth === 0 || headingDepth(next[1]) <= depth) return at;
    at += 1;
  }
}

/**
 * A listed section with no text of its own is listed as the part it opens with: that is where its
 * link lands, and its heading says more exactly what is there (评估范围 for 评估范围和评估主体). When
 * that part is listed too, the two become one entry with the better score.
 */
export function listOpeningParts(hits: SectionHit[], plans: PlanEntry[]): SectionHit[] {
  const byKey = new Map<string, SectionHit>();
  for (const hit of hits) {
    const moved = toOpeningPart(hit, plans);
    const old = byKey.get(moved.key);
    if (!old || moved.score > old.score) byKey.set(moved.key, old && !moved.excerpt.length ? { ...moved, excerpt: old.excerpt } : moved);
  }
  return intoListedParts([...byKey.values()], plans).sort((a, b) => b.score - a.score);
}

/** The sections under section `i` of a plan (its parts, and theirs), by index. */
function partsOf(plan: PlanEntry, i: number): number[] {
  const depth = headingDepth(plan.s[i]?.[1] ?? '');
  const parts: number[] = [];
  if (depth === 0) return parts;
  for (let at = i + 1; at < plan.s.length; at++) {
    const below = headingDepth(plan.s[at]![1]);
    if (below === 0 || below <= depth) break;
    parts.push(at);
  }
  return parts;
}

/**
 * A chapter listed with one of its own parts becomes that part, with the better score: the part's
 * heading says more exactly what matched (对外报告 under 发现和报告), a reader sent there is inside the
 * chapter still, and the place the chapter took goes to another result.
 */
function intoListedParts(hits: SectionHit[], plans: PlanEntry[]): SectionHit[] {
  const listed = new Map(hits.map((hit) => [hit.key, hit]));
  const merged = new Set<string>();
  for (const hit of hits) {
    const ref = findSection(plans, hit.url);
    if (!ref?.plan.slug) continue;
    const parts = partsOf(ref.plan, ref.index)
      .map((at) => listed.get(sectionKey(`${ref.plan.u}#${sectionId(ref.plan.s[at]!)}`)))
      .filter((part): part is SectionHit => part !== undefined && !merged.has(part.key));
    const best = parts.sort((a, b) => b.score - a.score)[0];
    if (!best) continue;
    const score = listed.get(hit.key)!.score;
    merged.add(hit.key);
    if (score > best.score) listed.set(best.key, { ...best, score });
  }
  return [...listed.values()].filter((hit) => !merged.has(hit.key));
}

function toOpeningPart(hit: SectionHit, plans: PlanEntry[]): SectionHit {
  const ref = findSection(plans, hit.url);
  if (!ref?.plan.slug) return hit;
  const { plan, index } = ref;
  const at = openingPart(plan, index);
  const part = plan.s[at];
  if (at === index || !part) return hit;
  const id = sectionId(part);
  const url = `${plan.u}#${id}`;
  return { ...hit, key: sectionKey(url), url, exampleUrl: plan.e && `${plan.e}#${id}`, sectionTitle: part[1] };
}
