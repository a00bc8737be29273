/**
 * What the search page knows without Pagefind, built at build time and embedded in the page: every
 * plan with its sections (for the title fallback, for leads where Pagefind has no excerpt, and to
 * group a section with its worked example) and the template cards.
 */
export interface PlanEntry {
  /** Page URL: /templates/<slug>/ or /guide/. */
  u: string;
  /** Plan title. */
  p: string;
  /** Filter values: 单位类型 ('' for the guide), 预案类型. */
  f: [string, string];
  /** Template slug; absent for the guide. */
  slug?: string;
  /** Worked example URL. */
  e?: string;
  /** Other names users call the template (from the vocabulary file). */
  a?: string[];
  /**
   * [heading id, heading text as numbered, first words of its text] of every section. The id is ''
   * when it is the heading text without its number (most are): see sectionId.
   */
  s: [string, string, string][];
}

/** A heading's number as the templates write it: 一、 chapter, （一） part, 1. item. */
export const HEADING_NUMBER = /^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d+[.．])/u;

/** How deep a heading's number puts it: 一、 chapter, （一） part, 1. item, （1） sub-item; 0 when unnumbered. */
export function headingDepth(title: string): number {
  if (/^[一二三四五六七八九十]+、/u.test(title)) return 1;
  if (/^（[一二三四五六七八九十]+）/u.test(title)) return 2;
  if (/^\d+[.．]/u.test(title)) return 3;
  if (/^（\d+）/u.test(title)) return 4;
  return 0;
}

/** The id as stored: '' when the heading text without its number gives it, which saves a fifth of the embedded index. */
export const compactId = (id: string, title: string): string => (id === title.replace(HEADING_NUMBER, '') ? '' : id);

/** A section's heading id, from the stored [id, title]. */
export const sectionId = ([id, title]: readonly [string, string, ...string[]]): string => id || title.replace(HEADING_NUMBER, '');

/** The section a result points at, wherever the link came from. */
export interface SectionRef {
  plan: PlanEntry;
  /** Position in plan.s. */
  index: number;
  id: string;
  title: string;
  lead: string;
}

const decode = (text: string): string => {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
};

/**
 * One key per section however its link is spelled: Pagefind percent-encodes anchors, the section
 * index holds raw Chinese, and an absolute URL may carry the origin.
 */
export function sectionKey(url: string): string {
  const withoutOrigin = url.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/]+/i, '');
  const at = withoutOrigin.indexOf('#');
  const path = at < 0 ? withoutOrigin : withoutOrigin.slice(0, at);
  const hash = at < 0 ? '' : withoutOrigin.slice(at + 1);
  return `${decode(path)}#${decode(hash)}`;
}

const lookups = new WeakMap<PlanEntry[], Map<string, SectionRef>>();

/** The section behind a link, or undefined for a link the index does not know. */
export function findSection(plans: PlanEntry[], url: string): SectionRef | undefined {
  let byKey = lookups.get(plans);
  if (!byKey) {
    byKey = new Map(
      plans.flatMap((plan) =>
        plan.s.map((section, index) => {
          const id = sectionId(section);
          return [`${plan.u}#${id}`, { plan, index, id, title: section[1], lead: section[2] }] as const;
        }),
      ),
    );
    lookups.set(plans, byKey);
  }
  return byKey.get(sectionKey(url));
}

/** The plan a page URL belongs to. */
export const findPlan = (plans: PlanEntry[], url: string): PlanEntry | undefined => {
  const path = sectionKey(url).split('#')[0];
  return plans.find((plan) => plan.u === path);
};
