import type { PlanEntry } from './catalog';
import type { Slot, Understood } from './query';
import { segmentWords } from './segmenter';
import { normalize } from './titles';

export interface TemplateMatch {
  plan: PlanEntry;
  /** 0–1: 1 for the exact title or an alias. */
  score: number;
  /** The alias the query named, when it was not the title. */
  alias?: string | undefined;
}

/** Template cards shown above the sections; more would push the sections out of view. */
const MAX_CARDS = 3;
const MIN_SCORE = 0.6;
/** Shorter names match too much ("预案"). */
const MIN_NAME = 4;

function nameScore(query: string, name: string): number {
  if (!query || !name) return 0;
  if (query === name) return 1;
  if (query.length >= MIN_NAME && name.includes(query)) return 0.6 + (0.3 * query.length) / name.length;
  if (name.length >= MIN_NAME && query.includes(name)) return 0.8;
  return 0;
}

/** The topic stands in the name in two pieces of two or more characters, in order (突发事件 … 预案 of 村（社区）突发事件应急预案). */
const inTwoPieces = (topic: string, name: string): boolean => {
  const chars = Array.from(topic);
  for (let cut = 2; cut <= chars.length - 2; cut++) {
    const first = chars.slice(0, cut).join('');
    const at = name.indexOf(first);
    if (at >= 0 && name.indexOf(chars.slice(cut).join(''), at + first.length) >= 0) return true;
  }
  return false;
};

/** A slot that names a kind of plan (工作方案, 应急预案, 值班制度): the query asks for a whole plan. */
const PLAN_KIND = /(?:预案|方案|制度)$/u;
/** A kind with its topic (综治维稳应急方案), long enough to name one plan of an organisation on its own. */
const TOPIC_AND_KIND = 6;

/**
 * Organisation + what kind of plan: "社区 值班制度", "学校 应急预案", "村委会 突发事件预案"; or, among
 * other words, one slot of topic and kind that the plan's name holds (镇里的综治维稳应急方案).
 */
function orgKindScore(query: Understood, plan: PlanEntry, names: string[]): number {
  if (!query.orgTypes.includes(plan.f[0]) || query.slots.length === 0) return 0;
  const topics = query.slots.map((slot) => normalize(slot.text));
  const holds = (topic: string) => names.some((name) => name.includes(topic) || inTwoPieces(topic, name));
  const named = topics.every((topic) => topic.length >= 2 && (holds(topic) || plan.f[1].includes(topic)));
  const namedByKind = topics.some((topic) => PLAN_KIND.test(topic) && Array.from(topic).length >= TOPIC_AND_KIND && holds(topic));
  return named || namedByKind ? 0.7 : 0;
}

/** A query that is a topic only one or two templates carry in their titles (欺凌, 医疗纠纷) names them. */
const TOPIC_SCORE = 0.65;
const TOPIC_PLANS = 2;

function topicScores(topic: string, plans: PlanEntry[], most = TOPIC_PLANS): Map<PlanEntry, number> {
  if (Array.from(topic).length < 2) return new Map();
  const holding = plans.filter((plan) => plan.slug && [plan.p, ...(plan.a ?? [])].some((name) => normalize(name).includes(topic)));
  return new Map(holding.length <= most ? holding.map((plan) => [plan, TOPIC_SCORE]) : []);
}

/**
 * Who a question is about (学生 of 学生发烧了, 职工 of 员工宿舍着火) says which plan only beside the topic:
 * one plan's title holding it (学生欺凌) does not make it that plan's topic.
 */
const PEOPLE = /^(?:学生|职工|员工|工人|群众|居民|村民|家长|老师|教师|孩子|患者|病人|老人|人员)$/u;

/** A typed stretch this long may hold a plan's topic beside other words (学生食物中毒). */
const LONG_STRETCH = 4;
/**
 * A word within it names a plan only when it is this long: a topic (食物中毒), not a two-character verb or
 * noun that one title happens to hold (应对 of 突发事件应对法 and 网络舆情应对预案).
 */
const TOPIC_WORD = 3;

/**
 * The topic words within a long stretch as typed (食物中毒 of 学生食物中毒); none for a vocabulary term.
 * A query that asks for a plan (防治学生欺凌的工作方案) names it by a two-character word too (欺凌).
 */
function wordsWithin(slot: Slot, shortest = TOPIC_WORD): string[] {
  if (slot.mapped || Array.from(slot.text).length < LONG_STRETCH) return [];
  return [...segmentWords(slot.text)].filter((part) => part.isWordLike && Array.from(part.segment).length >= shortest && part.segment !== slot.text).map((part) => part.segment);
}

/** How many of the first sections listed must all come from one template for it to get a card. */
const FIRST_SECTIONS = 5;

/**
 * The template every one of the first sections comes from (综治办 lists only sections of the
 * township plan), as a card when the query named no template: the user sees the plan that answers.
 */
export function dominantTemplate(sectionUrls: string[], plans: PlanEntry[]): TemplateMatch | undefined {
  const first = sectionUrls.slice(0, FIRST_SECTIONS);
  if (first.length < FIRST_SECTIONS) return undefined;
  const plan = plans.find((entry) => entry.slug && first.every((url) => url.startsWith(`${entry.u}#`)));
  return plan && { plan, score: MIN_SCORE };
}

/**
 * Templates the query names: by title or alias (whole, or most of it), or by organisation and plan
 * kind. Best first; the exact title beats a longer title that contains it. The guide can be named too.
 */
export function matchTemplates(query: Understood, plans: PlanEntry[]): TemplateMatch[] {
  const asTyped = normalize(query.raw);
  const asUnderstood = normalize([...query.orgWords, ...query.slots.map((slot) => slot.text)].join(''));
  // In the plans' words: an older name (消防应急救援预案) reads as today's (消防应急预案).
  const asRewritten = normalize([...query.orgWords, ...query.slots.map((slot) => slot.alternatives[0])].join(''));
  const topics = topicScores(normalize(query.slots.map((slot) => slot.alternatives[0]).join('')), plans);
  // One word of a longer question that only one template's title carries (风险评估, 台风) names it too;
  // a word that asks for a kind of section (疏散 of 保育员 疏散) or says who (学生) names no plan.
  const topical = (word: string) => !query.actions?.includes(word) && !PEOPLE.test(word);
  const shortest = query.slots.some((slot) => PLAN_KIND.test(slot.text)) ? 2 : TOPIC_WORD;
  const words = [...(query.slots.length > 1 ? query.slots.map((slot) => slot.alternatives[0] ?? '') : []), ...query.slots.flatMap((slot) => wordsWithin(slot, shortest))];
  for (const word of words.filter(topical)) {
    for (const [plan, score] of topicScores(normalize(word), plans, 1)) topics.set(plan, Math.max(score, topics.get(plan) ?? 0));
  }
  return plans
    .map((plan) => {
      const names = [plan.p, ...(plan.a ?? [])];
      const normalized = names.map(normalize);
      const scores = normalized.map((name) => Math.max(nameScore(asTyped, name), nameScore(asUnderstood, name), nameScore(asRewritten, name)));
      const top = Math.max(...scores);
      const byName = scores.indexOf(top);
      const score = Math.max(top, orgKindScore(query, plan, normalized), topics.get(plan) ?? 0);
      return { plan, score, alias: score === top && byName > 0 ? names[byName] : undefined };
    })
    .filter((match) => match.score >= MIN_SCORE)
    .sort((a, b) => b.score - a.score)
    .slice(0, MAX_CARDS);
}
