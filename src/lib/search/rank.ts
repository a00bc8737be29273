import { findPlan, findSection, headingDepth, sectionId, sectionKey, type PlanEntry } from './catalog';
import { cleanExcerpt, longMarks, marksOf, markWords, parseExcerpt, type ExcerptPart } from './excerpt';
import { coverageOf, sectionTexts, type CoverageSlot } from './coverage';
import { dominantTemplate } from './templates';
import { FALLBACK_MATCH, normalize, POST_WEIGHT, prepareQuery, preparedIndex, queryTerms, TITLE_WEIGHT, titleHits, titleScore, type TermWeight } from './titles';

/** What the ranking needs from one Pagefind result: its score and its data. */
export interface PageResult {
  score: number;
  data: {
    url: string;
    excerpt?: string;
    /** The page's text and its headings, to tell how much of the query each section holds. */
    content?: string;
    anchors?: { id: string; text: string }[];
    meta: Record<string, string>;
    sub_results: { title: string; url: string; excerpt: string; weighted_locations?: { balanced_score: number }[] }[];
  };
}

/** The pages one Pagefind search returned, and how much of the query that search stood for (1 = all of it). */
export interface SearchRun {
  weight: number;
  pages: PageResult[];
}

export interface SectionHit {
  /** One key per section, however its link was spelled (see sectionKey). */
  key: string;
  url: string;
  /** The same section in the worked example, when the plan has one. */
  exampleUrl?: string | undefined;
  planTitle: string;
  sectionTitle: string;
  excerpt: ExcerptPart[];
  score: number;
}

/** What the ranking knows about the query beyond Pagefind's results. */
export interface RankContext {
  plans: PlanEntry[];
  /** The query rewritten into the plans' words, one string per combination of alternatives. */
  titleQueries: string[];
  /** The asker's post as typed (门卫 of 门卫 家长堵校门): it counts for less in titles. */
  posts?: ReadonlySet<string>;
  /** Words to mark in leads. */
  words: string[];
  /** The query's words, each with the forms any of which will do (殴打/欺凌); posts count for less. */
  slots?: { alternatives: string[]; post?: boolean; mapped?: boolean }[];
  filters: Record<string, string>;
  /** Organisation types the query names; their plans go up. */
  orgTypes: string[];
  /** Pages of the templates the query names (their cards); their sections go up like an organisation's. */
  namedPlans?: string[];
  /** The query asks how to write a plan (怎么写, 写作): the guide is not held back. */
  wantsGuide?: boolean;
  /** The query asks for an annex (附件, 表, 清单): annexes are not held back. */
  wantsAnnex?: boolean;
  /** Heading words of the kind of section the question asks for (怎么救 → 救护, 救援…). */
  actions?: string[];
  /** The same words, one list per thing asked (几分钟内要报告: [报告], [时限, 期限]); `actions` as one list when absent. */
  actionGroups?: string[][] | undefined;
  /** titleHits of titleQueries within the filters, when made ahead (while Pagefind searched). */
  titled?: { url: string; score: number }[];
}

/** The guide's sections and annexes (contact tables, forms) go below the plan section that answers, unless asked for. */
const ASIDE = 0.55;

/** Share of a body match counted when only characters Pagefind marked one by one spell a query word. */
const SPELLED = 0.5;

/**
 * How much a body match counts (0–1): whole when Pagefind marked a word of two or more characters
 * that is part of the query (or holds a query word); a lone shared character (假 of 寒暑假 for 请销假)
 * says nothing. Characters marked one by one that together spell a query word (留 + 样 for 留样, a
 * word Pagefind's dictionary lacks) count for less: Pagefind splits common words such as 信访 too,
 * and those would otherwise match in every section. A one-character query counts every match.
 */
export function bodyMatch(excerpt: string, words: string[]): number {
  const long = words.filter((word) => word.length > 1);
  if (long.length === 0) return 1;
  const matches = (marks: string[]) => marks.filter((mark) => mark.length > 1).some((mark) => long.some((word) => word.includes(mark) || mark.includes(word)));
  if (matches(marksOf(excerpt, false))) return 1;
  return matches(marksOf(excerpt)) ? SPELLED : 0;
}

const isAnnex = (title: string): boolean => /^附件/.test(title);

/**
 * Sections that open or close a plan (编制目的, 适用范围, 工作原则, 附则…) restate its topic in their
 * text and their plan's title, so every query about the topic matches them; unless their title holds
 * a word of the query, they go below the sections that say what to do.
 */
const PREAMBLE = /^(?:[（(]?[一二三四五六七八九十\d]{1,3}[）)、.．]?\s*)?(?:编制目的|目的|编制依据|依据|适用范围|工作原则|基本原则|指导思想|总则|附则|术语和定义|预案说明)$/u;
const isPreamble = (title: string): boolean => PREAMBLE.test(title.trim());

/**
 * An on-site plan's risk description (事故风险描述) names every hazard and every wrong move (扒门, 撬门)
 * as a risk, so it matches what the plan's action sections answer (接警和安抚, 救援): like a preamble,
 * it goes below them unless its title is asked for (风险).
 */
const RISK_DESCRIPTION = /^(?:[一二三四五六七八九十]+、)?事故风险描述$/u;

/** An organisation the query names lifts its plans above the same section of other plans. */
const ORG_BOOST = 0.6;

type SubResult = PageResult['data']['sub_results'][number];

/** Share of a body match a section keeps when its text holds none of the query's words. */
const UNCOVERED = 0.4;

/** A stretch typed as one word longer than this is weighed by its words. */
const LONG_STRETCH = 4;

type Slot = NonNullable<RankContext['slots']>[number];

/**
 * A long stretch as typed that no page found holds whole (几个人反映同一件事) would outweigh every other
 * word while matching nothing: its words (反映, 同一…) are weighed instead, each on its own. A plan
 * term the vocabulary gave (综合应急预案), or one a page holds (消防控制室), is kept whole.
 */
const byWords =
  (held: (word: string) => boolean) =>
  (slot: Slot): Slot[] => {
    const [only, ...others] = slot.alternatives;
    if (slot.mapped || only === undefined || others.length > 0 || Array.from(only).length <= LONG_STRETCH || held(only)) return [slot];
    return queryTerms(only).map((word) => ({ ...slot, alternatives: [word] }));
  };

/**
 * The query's words of two or more characters as coverage weighs them: by what they say among the
 * section titles (值班 little, 交班 much), a post less. None for a query of fewer than two such words.
 */
export function coverageSlots(slots: RankContext['slots'], weight: TermWeight, held: (word: string) => boolean): CoverageSlot[] {
  const weighed = (slots ?? [])
    .flatMap(byWords(held))
    .map((slot) => ({ alternatives: slot.alternatives.filter((word) => Array.from(word).length > 1), post: slot.post }))
    .filter((slot) => slot.alternatives.length > 0)
    .map((slot) => ({ alternatives: slot.alternatives, weight: Math.max(...slot.alternatives.map(weight)) * (slot.post ? POST_WEIGHT : 1) }));
  return weighed.length > 1 ? weighed : [];
}

/** How much of a body match a section keeps for the share of the query's words its text holds. */
function covered(slots: CoverageSlot[], page: PageResult, key: string): number {
  if (slots.length === 0 || page.data.content === undefined) return 1;
  const text = sectionTexts(page.data).get(key);
  return text === undefined ? 1 : UNCOVERED + (1 - UNCOVERED) * coverageOf(slots, text);
}

/**
 * The sections of one Pagefind result: the headings it lists as sub-results, or, for a page without
 * headings, the page itself.
 */
function sectionsOfResult(page: PageResult): SubResult[] {
  const self = sectionKey(page.data.url);
  const headings = page.data.sub_results.filter((sub) => sectionKey(sub.url) !== self);
  if (headings.length > 0) return headings;
  return [{ title: page.data.meta['title'] ?? '', url: page.data.url, excerpt: page.data.sub_results[0]?.excerpt ?? page.data.excerpt ?? '', weighted_locations: [{ balanced_score: 1 }] }];
}

/**
 * Turns Pagefind's page results into one list of sections, best first, one entry per section.
 * Pagefind ranks pages and lists their matching sections in document order; users search for a
 * section, so a section whose title matches goes first, then sections by Pagefind's weighted match
 * score scaled by how much of the query their search stood for. Sections whose titles match but
 * that Pagefind missed (its segmenters disagree, issue #1237) join from the section index.
 */
export function rankSections(runs: SearchRun[], context: RankContext): SectionHit[] {
  const index = preparedIndex(context.plans);
  const queries = context.titleQueries.map((q) => prepareQuery(q, index.weight, context.posts));
  const best = new Map<string, SectionHit>();
  const oneChar = context.words.every((word) => Array.from(word).length < 2);
  const slots = coverageSlots(context.slots, index.weight, (word) => runs.some((run) => run.pages.some((page) => page.data.content?.includes(word))));
  const offer = (hit: SectionHit) => {
    const old = best.get(hit.key);
    if (!old) best.set(hit.key, hit);
    else if (hit.score > old.score) best.set(hit.key, { ...hit, excerpt: hit.excerpt.length ? hit.excerpt : old.excerpt });
    else if (!old.excerpt.length) old.excerpt = hit.excerpt;
  };
  const boost = (plan: PlanEntry | undefined) => (plan && (context.orgTypes.includes(plan.f[0]) || context.namedPlans?.includes(plan.u)) ? ORG_BOOST : 0);
  const holdsWord = (title: string) => context.words.some((word) => word.length > 1 && title.includes(word));
  const preamble = (title: string) => ((isPreamble(title) || RISK_DESCRIPTION.test(title.trim())) && !holdsWord(title) ? ASIDE : 1);
  const aside = (plan: PlanEntry | undefined, title: string) => ((plan && !plan.slug && !context.wantsGuide) || (isAnnex(title) && !context.wantsAnnex) ? ASIDE : 1);
  for (const run of runs) {
    const topPage = Math.max(...run.pages.map((p) => p.score), Number.MIN_VALUE);
    const subs = run.pages.flatMap((page) =>
      sectionsOfResult(page).map((sub) => ({ sub, page, body: (sub.weighted_locations ?? []).reduce((sum, l) => sum + l.balanced_score, 0) * (page.score / topPage) })),
    );
    const topBody = Math.max(...subs.map((s) => s.body), Number.MIN_VALUE);
    for (const { sub, page, body } of subs) {
      const ref = findSection(context.plans, sub.url);
      const planTitle = ref?.plan.p ?? page.data.meta['plan'] ?? page.data.meta['title'] ?? page.data.url;
      const sectionTitle = ref?.title ?? sub.title;
      const excerpt = longMarks(cleanExcerpt(parseExcerpt(sub.excerpt), sectionTitle), oneChar);
      const title = titleScore(queries, index, sectionTitle, planTitle);
      const key = sectionKey(sub.url);
      const counted = (bodyMatch(sub.excerpt, context.words) * run.weight * body * covered(slots, page, key)) / topBody;
      if (title === 0 && counted === 0) continue;
      offer({
        key,
        url: ref ? `${ref.plan.u}#${ref.id}` : sub.url,
        exampleUrl: ref?.plan.e && `${ref.plan.e}#${ref.id}`,
        planTitle,
        sectionTitle,
        excerpt: excerpt.length ? excerpt : markWords(ref?.lead ?? '', context.words),
        score: (TITLE_WEIGHT * title + counted + boost(ref?.plan)) * aside(ref?.plan, sectionTitle) * preamble(sectionTitle),
      });
    }
  }
  const titled = context.titled ?? titleHits(context.titleQueries, context.plans, context.filters, context.posts);
  const offerTitled = (hit: { url: string; score: number }) => {
    const ref = findSection(context.plans, hit.url)!;
    offer({
      key: sectionKey(hit.url),
      url: hit.url,
      exampleUrl: ref.plan.e && `${ref.plan.e}#${ref.id}`,
      planTitle: ref.plan.p,
      sectionTitle: ref.title,
      excerpt: markWords(ref.lead, context.words),
      score: (hit.score + boost(ref.plan)) * aside(ref.plan, ref.title) * preamble(ref.title),
    });
  };
  const strong = (hit: { score: number }) => hit.score >= TITLE_WEIGHT * FALLBACK_MATCH;
  titled.filter(strong).forEach(offerTitled);
  offerNamedActions(context, best, offer);
  // A heading that holds too few of the query's words for the bar every plan's headings must pass is
  // listed when the search read its plan, after the question's action is weighed on what the words found.
  // Only those plans: a plan the query names is lifted by what its question asks for (offerNamedActions),
  // and its headings would crowd out the sections that answer.
  const read = new Set(runs.flatMap((run) => run.pages.map((page) => findPlan(context.plans, page.data.url))));
  const wasRead = (url: string) => {
    const plan = findSection(context.plans, url)?.plan;
    return !!plan?.slug && read.has(plan);
  };
  titled.filter((hit) => !strong(hit) && wasRead(hit.url)).forEach(offerTitled);
  return [...best.values()].sort((a, b) => b.score - a.score);
}

/** Headings of the sections that say what to do (处置措施, 发现和报告, 回应关切, 救治…). */
const ACTION = /处置|响应|救治|救援|报告|疏散|回应|应对|处理|发现|转移/u;
/** How an action section of a named plan scores against the best hit: on the first screen, below exact matches. */
const NAMED_ACTION = 0.5;
/** At most this many action sections per named plan, in plan order. */
const NAMED_ACTIONS = 3;
/** A chapter heading (六、处置措施), not one of its parts. */
const isChapter = (title: string): boolean => headingDepth(title) === 1;
/** Chapters that say what to do or how to prevent (预防措施, 监测与预警 too): a plan's core. */
const CORE = /处置|响应|救治|救援|报告|疏散|回应|应对|处理|发现|转移|措施|预警/u;
/** How far a core chapter of a named plan goes above the best hit that is not the query's own heading. */
const CORE_CHAPTER = 1.01;

/** Two-character stretches of the words (排查 of 矛盾纠纷排查). */
const pairsOf = (words: string[]): string[] => words.flatMap((word) => Array.from(word).slice(1).map((char, i) => Array.from(word)[i]! + char));

/**
 * The chapters that are a plan's core for a query that names the plan: first those whose heading
 * shares a word with the query (排查范围和重点 for 矛盾纠纷排查), then those that say what to do, in plan order.
 */
export function coreChapters(plan: PlanEntry, words: string[]): PlanEntry['s'] {
  const pairs = pairsOf(words);
  const chapters = plan.s.filter((section) => isChapter(section[1]) && !isAnnex(section[1]) && !isPreamble(section[1]));
  const asked = chapters.filter((section) => pairs.some((pair) => section[1].includes(pair)));
  return [...asked, ...chapters.filter((section) => !asked.includes(section) && CORE.test(section[1]))];
}

/** A working group (疏散引导组) says who acts, not what to do: after the sections that do. */
const isGroup = (title: string): boolean => /组$/u.test(title);

/** The first of the first-step actions (第一步, 先干啥): the vocabulary lists 先期处置 first. */
const FIRST_STEP = '先期处置';

/**
 * What a plan without a first-response section does first: the first part of its first chapter of
 * measures (救治患病师生 of 处置措施; not 后期处置, what comes after), or that chapter when it has no parts.
 */
function firstMeasure(plan: PlanEntry): PlanEntry['s'] {
  const at = plan.s.findIndex((section) => isChapter(section[1]) && /(?<!后期)处置/u.test(section[1]) && !isAnnex(section[1]));
  const chapter = plan.s[at];
  if (!chapter) return [];
  const part = plan.s[at + 1];
  return [part && !isChapter(part[1]) ? part : chapter];
}

/**
 * The sections of a plan whose heading holds one of the words a question's action asks for (疏散 of
 * 怎么疏散 → 人员疏散): those answering more of the things asked (`groups`) first, then those the query's
 * own words already found, best first (欠薪纠纷的处置 for 讨要工资 怎么办), then chapters, working groups
 * last, otherwise in plan order.
 */
export function actionSections(plan: PlanEntry, actions: string[], found: (section: PlanEntry['s'][number]) => number = () => 0, groups: string[][] = [actions]): PlanEntry['s'] {
  // A question of what counts (算不算) asks for the scope itself: then 适用范围 is no preamble.
  const asksPreamble = actions.some(isPreamble);
  const matching = plan.s.filter((section) => !isAnnex(section[1]) && (asksPreamble || !isPreamble(section[1])) && actions.some((action) => normalize(section[1]).includes(action)));
  const rank = (title: string) => (isChapter(title) ? 0 : 1) + (isGroup(title) ? 2 : 0);
  if (matching.length === 0 && actions.includes(FIRST_STEP)) return firstMeasure(plan);
  // A heading that answers more of what is asked goes first (报告时限 before 报告的内容 for 几分钟内要报告).
  const answered = (title: string) => groups.filter((group) => group.some((action) => normalize(title).includes(action))).length;
  return matching
    .map((section, i) => ({ section, i, score: found(section), answers: answered(section[1]) }))
    .sort((a, b) => b.answers - a.answers || b.score - a.score || rank(a.section[1]) - rank(b.section[1]) || a.i - b.i)
    .map(({ section }) => section);
}

/** The results a user reads first. */
const FIRST_RESULTS = 5;
/** At most this many sections an action asks for go first: the rest of the first screen stays with what the query's words found. */
const ASKED_ACTIONS = 2;

/**
 * The named plans whose names hold the most of the query's words (食物中毒 and 食堂 name the food-safety
 * plan more than 学生 names the bullying one); when the query names an organisation, only its plans.
 */
function mainPlans(context: RankContext): PlanEntry[] {
  const named = context.plans.filter((plan) => plan.slug && context.namedPlans?.includes(plan.u) && (context.orgTypes.length === 0 || context.orgTypes.includes(plan.f[0])));
  const held = (plan: PlanEntry) => context.words.filter((word) => [plan.p, ...(plan.a ?? [])].some((name) => name.includes(word))).reduce((sum, word) => sum + word.length, 0);
  const most = Math.max(0, ...named.map(held));
  return named.filter((plan) => most > 0 && held(plan) === most);
}

/** Of the first results, how many must come from the best one's plan for a question to be about it. */
const LEADING_SHARE = 3;

/**
 * The plan most of the first sections so far come from, the best one included: what a question that
 * names no plan is about (信访件多久办完 lists the petition rules' sections).
 */
function leadingPlan(context: RankContext, ranked: SectionHit[]): PlanEntry[] {
  const first = ranked.slice(0, FIRST_RESULTS).map((hit) => findSection(context.plans, hit.url)?.plan);
  const plan = first[0];
  return plan?.slug && first.filter((other) => other === plan).length >= LEADING_SHARE ? [plan] : [];
}

/**
 * The template cards listed above the sections: the named plans', or, when none is named and the first
 * sections all come from one plan, that plan's (dominantTemplate), which leaves room for four.
 */
function cardsBefore(context: RankContext, ranked: SectionHit[]): number {
  if (context.namedPlans?.length) return context.namedPlans.length;
  return dominantTemplate(ranked.map((hit) => hit.url), context.plans) ? 1 : 0;
}

/**
 * A query that is only a plan's topic (食物中毒, 校园欺凌, 网络舆情) is answered by what that plan says to do:
 * its core chapters (处置措施, 发现和报告) go first, below only a heading that is the query itself: above
 * the sections whose title holds the topic word only because the whole plan is about it
 * (学生欺凌治理委员会). A question whose action asks for a kind of section (怎么疏散, 怎么救, 怎么办)
 * gets those sections of the plan it is most about first in the same way. Its first
 * action sections join the list even where their text does not repeat the plan's topic, which
 * Pagefind's match needs. Only when one or two plans are named, so a broad word adds nothing.
 */
function offerNamedActions(context: RankContext, best: Map<string, SectionHit>, offer: (hit: SectionHit) => void): void {
  const topicOnly = (plan: PlanEntry) => context.words.every((word) => [plan.p, ...(plan.a ?? [])].some((name) => name.includes(word)));
  const named = context.plans.filter((plan) => plan.slug && context.namedPlans?.includes(plan.u) && topicOnly(plan));
  const main = mainPlans(context);
  // Best first, sorted once: nothing is offered before the plan asked about and the leading results are read.
  const ranked = [...best.values()].sort((a, b) => b.score - a.score);
  const asking = !context.actions?.length || main.length > 2 ? [] : main.length > 0 ? main : leadingPlan(context, ranked);
  if (asking.length === 0 && (named.length === 0 || named.length > 2)) return;
  const top = Math.max(ranked[0]?.score ?? 0, 1);
  const asked = new Set(context.words.map(normalize));
  const ceiling = Math.max(...ranked.filter((hit) => !asked.has(normalize(hit.sectionTitle))).map((hit) => hit.score), 1) * CORE_CHAPTER;
  const offerSection = (plan: PlanEntry, section: PlanEntry['s'][number], score: number) => {
    const id = sectionId(section);
    const url = `${plan.u}#${id}`;
    offer({ key: sectionKey(url), url, exampleUrl: plan.e && `${plan.e}#${id}`, planTitle: plan.p, sectionTitle: section[1], excerpt: markWords(section[2], context.words), score });
  };
  // An action the first results already answer (a 报告 section among them, of any plan) needs no lift.
  // An annex (处置卡) or a working group (抢险救援组) does not answer what to do; the named plans' cards
  // come first, so fewer sections are among the first results.
  const leading = ranked.slice(0, Math.max(1, FIRST_RESULTS - cardsBefore(context, ranked)));
  // Each thing asked must be answered: a 报告 section does not answer how long one has to report.
  const answers = (title: string, group: string[]) => !isAnnex(title) && !isGroup(title) && group.some((action) => normalize(title).includes(action));
  const answered = (context.actionGroups ?? [context.actions ?? []]).every((group) => leading.some((hit) => answers(hit.sectionTitle, group)));
  for (const plan of answered ? [] : asking) {
    const keyOf = (section: PlanEntry['s'][number]) => sectionKey(`${plan.u}#${sectionId(section)}`);
    const sections = actionSections(plan, context.actions ?? [], (section) => best.get(keyOf(section))?.score ?? 0, context.actionGroups);
    sections.slice(0, ASKED_ACTIONS).forEach((section, i) => offerSection(plan, section, ceiling * (1.001 - i / 1000)));
  }
  if (named.length > 2) return;
  for (const plan of named) {
    // Plan order, each a little below the one before: 发现和报告 before 处置和教育矫治.
    coreChapters(plan, context.words).slice(0, NAMED_ACTIONS).forEach((section, i) => offerSection(plan, section, ceiling * (1 - i / 1000)));
    const actions = plan.s.filter((section) => ACTION.test(section[1]) && !isAnnex(section[1]) && !isPreamble(section[1])).slice(0, NAMED_ACTIONS);
    for (const section of actions) offerSection(plan, section, top * NAMED_ACTION);
  }
}
