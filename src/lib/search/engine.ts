import { findPlan, findSection, type PlanEntry } from './catalog';
import { isHan, type Lexicon } from './lexicon';
import type { Typos } from './typos';
import { tiers, understand, type QueryVocabulary, type Understood } from './query';
import { listOpeningParts } from './parts';
import { rankSections } from './rank';
import type { FigureData, FigureReading } from './numbers';
import { prepareIndexInSlices, titleHits } from './titles';
import { readChunk } from './repair';
import { groupSiblings, type GroupedHit } from './siblings';
import { preferring, runTiers, searchingOnce, type SearchFn } from './run';
import { rareRuns } from './rare';
import type { SearchRun } from './rank';
import { dominantTemplate, matchTemplates, type TemplateMatch } from './templates';

/** What the search page embeds: the plans and the part of the vocabulary queries need. */
export interface SearchData {
  plans: PlanEntry[];
  vocabulary: QueryVocabulary;
}

export interface SearchOutcome {
  query: Understood;
  templates: TemplateMatch[];
  /** Best first; a result may name the parallel section of a sibling template (另见). */
  sections: GroupedHit[];
  /** Sections found before the list was cut to MAX_SECTIONS. */
  found: number;
}

/**
 * What a query is read against, loaded by the page when first needed: the plans' lexicon (with
 * Pagefind), and the typo table only for a query with a character or a stretch the lexicon lacks.
 * Either may resolve to undefined (not loaded): the query is then searched as typed.
 */
export interface QueryAids {
  lexicon(): Promise<Lexicon | undefined>;
  typos(): Promise<Typos | undefined>;
  /** search/figures.json, asked for only by a query with a number or a Latin word. */
  figures?(): Promise<FigureData | undefined>;
}

/** A query that may hold a figure (numbers.ts): only then are the figures and their code loaded. */
const MAY_HOLD_FIGURE = /[a-z0-9]/i;

/** The query's figures read against the sections', or undefined for a query without a Latin letter or digit. */
async function readFiguresOf(text: string, plans: PlanEntry[], aids: QueryAids | undefined): Promise<FigureReading | undefined> {
  if (!aids?.figures || !MAY_HOLD_FIGURE.test(text)) return undefined;
  const [numbers, data] = await Promise.all([import('./numbers'), aids.figures()]);
  return data && numbers.readFigures(text, plans, data);
}

/** Queries about writing a plan, which the guide answers (traditional forms too: the raw query is tested). */
const WANTS_GUIDE = /怎么写|怎麼寫|如何写|如何寫|写作|寫作|编写|編寫|撰写|撰寫|写法|寫法|范文|範文|指南|要点|要點|格式/;
/** A question of how kinds of plan differ (总预案 分预案 有啥区别), which the guide's 预案体系 answers. */
const KINDS_APART = /(?:预案|方案|制度|处置卡).*区别|区别.*(?:预案|方案|制度|处置卡)/u;
/** Queries that ask for an annex: a table, a list or a form. */
const WANTS_ANNEX = /附件|表|卡|清单|清單|名册|名冊|台账|台賬|联系方式|聯繫方式|电话|電話|格式|模板|要素|提纲|提綱/;

/** A section heading of the pages found holds one of the query's words of two or more characters. */
function headingAnswers(runs: SearchRun[], query: Understood): boolean {
  const words = query.slots.flatMap((slot) => slot.alternatives).filter((word) => Array.from(word).length > 1);
  if (words.length === 0) return true;
  return runs.some((run) => run.pages.some((page) => page.data.sub_results.some((sub) => words.some((word) => sub.title.includes(word)))));
}

/**
 * A query that names an organisation (联防队 夜里巡逻) searches every round: a word its plan lacks (夜间)
 * would otherwise end the search on other plans' pages. Ending it as soon as a page of a named type
 * was read lost four queries of the recall suite (2026-12-07): a named type's page found by a side
 * word (社区 值班 for a 调解 question) is no answer either.
 */
const namedOrgAnswers = (query: Understood): boolean => query.orgTypes.length === 0;

/** A plan's title, its aliases and its headings. */
const titlesOfPlan = (plan: PlanEntry): string[] => [plan.p, ...(plan.a ?? []), ...plan.s.map((section) => section[1])];

/**
 * The plans a word of the query says are asked about: for each slot (the asker's post aside), the one
 * plan whose title and headings alone hold one of its words (扰乱医疗秩序 of the hospital plan).
 */
function ownPlans(query: Understood, plans: PlanEntry[]): PlanEntry[] {
  const holders = (word: string) => plans.filter((plan) => plan.slug && titlesOfPlan(plan).some((title) => title.includes(word)));
  return query.slots
    .filter((slot) => !slot.post)
    .flatMap((slot) => slot.alternatives.filter((word) => Array.from(word).length > 1).map(holders).find((found) => found.length === 1) ?? []);
}

/**
 * Such a plan is read before the search ends: the search goes on to looser rounds until its page is
 * read, so other plans that happen to hold every word (医疗纠纷 … 派出所) do not end it first.
 */
function ownPlansRead(runs: SearchRun[], own: PlanEntry[], plans: PlanEntry[]): boolean {
  const read = new Set(runs.flatMap((run) => run.pages.map((page) => findPlan(plans, page.data.url))));
  return own.every((plan) => read.has(plan));
}

/** Most sections a search lists (ten at a time). */
export const MAX_SECTIONS = 40;

const titleTexts = new WeakMap<PlanEntry[], string>();
/** Every plan title, alias and heading, joined: what confirms a homophone repair. */
function titlesOf(plans: PlanEntry[]): string {
  let text = titleTexts.get(plans);
  if (text === undefined) {
    text = plans.flatMap(titlesOfPlan).join('|');
    titleTexts.set(plans, text);
  }
  return text;
}

/**
 * Particles that only join words (和, 的, 了, 在…). A lone particle that is a verb (办, 排, 批) stays
 * with its lone neighbour when a heading has the two together (排查) or the plans' text writes them
 * together (办结 of 60日内办结); a joining particle only in a heading, since the plans' text holds
 * almost any pair with it (样和, 的人).
 */
const FUNCTION_CHAR = /[的地得了和与及在是把被给让我你他她该有又还都就吗呢吧啊呀个些时后谁要从向往说先]/u;

/** The query's edge (no character) or a separator: where a word typed apart may start or end, as a particle is (typedApart). */
const opensWord = (char: string | undefined): boolean => char === undefined || /[\s\p{P}\p{S}]/u.test(char);

/**
 * The chunk was typed as a word of its own somewhere in `text`: on each side the query's edge, a
 * separator, a particle (的, or 里 of 劳资纠纷里公会) or a question word (触店 of 配电室 触店, 加估 of
 * 要加估). 客服 of 公司客服 was typed joined to 公司 and only cut from it because 公司 names an organisation.
 */
function typedApart(text: string, chunk: string, { questionWords, particles }: Pick<QueryVocabulary, 'questionWords' | 'particles'>): boolean {
  const opens = (char: string | undefined) => opensWord(char) || particles.includes(char!);
  for (let at = text.indexOf(chunk); at >= 0 && chunk; at = text.indexOf(chunk, at + 1)) {
    const before = text.slice(0, at);
    const after = text.slice(at + chunk.length);
    if ((opens(Array.from(before).at(-1)) || questionWords.some((word) => before.endsWith(word))) && (opens(Array.from(after)[0]) || questionWords.some((word) => after.startsWith(word)))) return true;
  }
  return false;
}

/**
 * Reads a query: traditional characters made simplified and IME homophones repaired when the lexicon
 * lacks a character or a stretch of it (only then is the typo table loaded), unknown stretches set aside.
 */
export async function readQuery(raw: string, data: SearchData, aids?: QueryAids): Promise<Understood> {
  const lexicon = await aids?.lexicon();
  if (!lexicon || !aids) return understand(raw, data.vocabulary);
  const titles = titlesOf(data.plans);
  const text = raw.normalize('NFKC');
  // A figure only the worked example states (12345) is searched, not set aside as unknown.
  const runs = (await readFiguresOf(text, data.plans, aids))?.runs;
  const isWord = (word: string) => titles.includes(word) || (!FUNCTION_CHAR.test(word) && lexicon.holds(word));
  const readWith = (typos?: Typos) => {
    const input = typos ? typos.simplify(text) : text;
    const lowered = input.toLowerCase();
    const apart = (chunk: string) => typedApart(lowered, chunk, data.vocabulary);
    return understand(input, data.vocabulary, (chunk) => readChunk(chunk, lexicon, typos, titles, runs, apart(chunk)), isWord);
  };
  const foreign = Array.from(text).some((char) => isHan(char) && !lexicon.hasChar(char));
  const first = foreign ? undefined : readWith();
  if (first && !first.wantsTypos) return { ...first, raw };
  const typos = await aids.typos();
  return { ...(typos ? readWith(typos) : (first ?? readWith())), raw };
}

const preparing = new WeakMap<SearchData, Promise<void>>();

/**
 * Builds what every search reads (normalised titles, the section lookup, the joined titles) ahead of
 * the first query, a step per task, so a page can do it while Pagefind is still loading instead of in
 * one long task within the search. Once per data: a search started meanwhile waits on the same work.
 */
export function prepareSearch(data: SearchData, pause: () => Promise<void> = async () => {}): Promise<void> {
  let ready = preparing.get(data);
  if (!ready) {
    ready = (async () => {
      await prepareIndexInSlices(data.plans, pause);
      findSection(data.plans, '');
      await pause();
      titlesOf(data.plans);
    })();
    preparing.set(data, ready);
  }
  return ready;
}

/**
 * One search, from what was typed to the ranked templates and sections. Pagefind comes in as `search`;
 * `pause` lets the page take its turn between the steps that run without waiting (ranking, grouping),
 * so no step keeps it from answering input for long.
 */
export async function runSearch(raw: string, filters: Record<string, string>, data: SearchData, search: SearchFn, aids?: QueryAids, pause: () => Promise<void> = async () => {}): Promise<SearchOutcome> {
  // Made while Pagefind searches, in steps, instead of within the ranking below.
  const prepared = prepareSearch(data, pause);
  const query = await readQuery(raw, data, aids);
  const plans = data.plans.filter((plan) => Object.values(filters).every((value) => plan.f.includes(value)));
  const plan = tiers(query);
  const titleQueries = plan[0]?.queries ?? [];
  // In section titles the asker's post counts for less than what is asked (门卫 家长堵校门: not 门卫值守).
  const posts = new Set(query.slots.filter((slot) => slot.post).map((slot) => slot.text));
  // Title matches need no Pagefind result: made in a task of their own while Pagefind searches.
  const titled = prepared.then(async () => {
    await pause();
    return titleHits(titleQueries, data.plans, filters, posts);
  });
  const searchOnce = searchingOnce(search);
  const searchIn = filters['单位类型'] ? searchOnce : preferring(searchOnce, query.orgTypes);
  const words = query.slots.flatMap((slot) => slot.alternatives);
  const own = ownPlans(query, plans);
  const [found, rare] = await Promise.all([runTiers(plan, searchIn, (runs) => headingAnswers(runs, query) && namedOrgAnswers(query) && ownPlansRead(runs, own, plans)), rareRuns(words, titlesOf(data.plans), searchOnce)]);
  const runs = [...found, ...rare];
  const asked = query.raw.normalize('NFKC');
  const wantsGuide = WANTS_GUIDE.test(asked) || KINDS_APART.test(asked);
  // A question about writing a plan is answered by the guide first.
  const guide = wantsGuide ? plans.find((entry) => !entry.slug) : undefined;
  const figures = await readFiguresOf(asked, plans, aids);
  const matched = matchTemplates(query, plans).filter((match) => match.plan !== guide);
  const named = matched.length > 0 || !figures ? matched : figures.cards(query);
  const context = { plans: data.plans, titleQueries, posts, words, slots: query.slots, filters, orgTypes: query.orgTypes, namedPlans: named.map((match) => match.plan.u), wantsGuide, wantsAnnex: WANTS_ANNEX.test(asked), actions: query.actions ?? [], actionGroups: query.actionGroups, titled: await titled };
  await pause();
  const listed = rankSections(runs, context);
  const hits = listOpeningParts(figures ? figures.rank(listed, words) : listed, data.plans);
  await pause();
  const ranked = groupSiblings(hits, data.plans);
  const sections = ranked.slice(0, MAX_SECTIONS);
  const dominant = named.length === 0 && !guide ? dominantTemplate(sections.map((section) => section.url), plans) : undefined;
  const templates = dominant ? [dominant] : named;
  return { query, templates: guide ? [{ plan: guide, score: 1 }, ...templates].slice(0, 3) : templates, sections, found: ranked.length };
}
