import { segmentWords } from './segmenter';
import { isHan } from './lexicon';
import type { ChunkReading } from './repair';
import type { Vocabulary } from './vocabulary';

/** The part of the vocabulary that reading a query needs (the page embeds only this). */
export type QueryVocabulary = Pick<Vocabulary, 'questionWords' | 'particles' | 'orgWords'> & Partial<Pick<Vocabulary, 'roleWords'>> & { terms: { from: string[]; to: string[] }[]; actions?: { from: string[]; to: string[] }[] };

/** One thing the user asked for: the words they typed, or the plans' words a vocabulary entry maps them to. */
export interface Slot {
  /** As typed. */
  text: string;
  /** What to search for, best first; any one of them will do. */
  alternatives: string[];
  /** True when the vocabulary rewrote the words. */
  mapped: boolean;
  /** The asker's post (门卫, 值班电工, 班主任) beside what they ask about: searched, but it does not pick the section. */
  post?: boolean;
}

/** A query as the search understands it. */
export interface Understood {
  raw: string;
  /** Topical words, in the order typed. */
  slots: Slot[];
  /** Organisation types the query names (学校, 社区, 厂 → 企业), to boost those plans. */
  orgTypes: string[];
  /** The organisation words as typed. */
  orgWords: string[];
  /** Parts of the query the plans never use, left out of the search (监控 of 舆情监控). */
  setAside: string[];
  /** Parts read as the plans' homophone (遇案 → 预案). */
  corrected: { from: string; to: string }[];
  /** A part the typo table might repair, which the reader did not have. */
  wantsTypos: boolean;
  /** Heading words of the kind of section the question asks for (怎么救 → 救护, 救援…). */
  actions?: string[];
  /** The same words, one list per thing asked (几分钟内要报告: [报告], [时限, 期限]). */
  actionGroups?: string[][];
}

/** Reads a chunk against the plans' text (repair.ts); without one, chunks are searched as typed. */
export type ChunkReader = (chunk: string) => ChunkReading;

/** One round of Pagefind searches: the queries, and how much a hit of this round counts (1 = every word). */
export interface Tier {
  queries: string[];
  weight: number;
}

const SEPARATOR = /[\s\p{P}\p{S}]+/u;
/** Cap on the searches of one tier: every search may fetch index chunks. */
const MAX_QUERIES = 6;

type Piece = { text: string } | { slot: Slot };

const byLength = (a: string, b: string) => b.length - a.length;

/** Splits text pieces at every occurrence of `words`, turning each occurrence into what `make` returns. */
function splitOn(pieces: Piece[], words: string[], make: (word: string) => Piece | undefined): Piece[] {
  let result = pieces;
  for (const word of [...words].sort(byLength)) {
    result = result.flatMap((piece) => {
      if (!('text' in piece) || !piece.text.includes(word)) return [piece];
      const parts = piece.text.split(word);
      const made = make(word);
      return parts.flatMap((text, i) => (i === 0 || !made ? [{ text }] : [made, { text }]));
    });
  }
  return result;
}

/** Tells whether a two-character stretch is one of the plans' words (a heading's 排查, 到场). */
export type WordTest = (word: string) => boolean;

/** The segment at `at` when it is a single character, else undefined. */
function loneAt(segments: { segment: string }[], at: number): string | undefined {
  const segment = segments[at]?.segment;
  return segment !== undefined && Array.from(segment).length === 1 ? segment : undefined;
}

/**
 * A particle the segmenter left alone beside another lone character, the two making a word of the
 * plans' headings (排 + 查 of 排查), is part of that word, not a break. A particle beside a word the
 * segmenter found (要 + 报告) stays a break.
 */
function gluedParticle(segments: { segment: string }[], i: number, isWord: WordTest | undefined): boolean {
  const self = loneAt(segments, i);
  if (!isWord || self === undefined) return false;
  const before = loneAt(segments, i - 1);
  const after = loneAt(segments, i + 1);
  return (before !== undefined && isWord(before + self)) || (after !== undefined && isWord(self + after));
}

/**
 * A particle, or a word the segmenter made of particles alone that the plans never use (要写 of
 * 登记要写哪些内容, 先打 of 先打119): it ends a chunk as a particle does. 地点 is a word of the plans.
 */
function particleLike(segment: string, particles: Set<string>, isWord: WordTest | undefined): boolean {
  if (particles.has(segment)) return true;
  const chars = Array.from(segment);
  return isWord !== undefined && chars.length > 1 && chars.every((char) => particles.has(char)) && !isWord(segment);
}

/** A segment as the segmenter gives it, or an organisation word joined from several. */
type Segment = Pick<Intl.SegmentData, 'segment'> & { isWordLike?: boolean | undefined };

/** Words the segmenter splits that name an organisation are at most this many segments (片|区|联|防). */
const ORG_SEGMENTS = 4;

/**
 * The segments, with an organisation word the segmenter split joined again (幼儿|园|保育|员 → 幼儿园
 * 保育员). Used where a part of the query as typed begins: there the word names where the asker works,
 * as 幼儿园 保育员 does. Inside a part (挤在居委会门口) it stays what it was, a place searched for.
 */
function joinLeadingOrgWord(segments: Segment[], orgs: Map<string, string[]>): Segment[] {
  for (let size = Math.min(ORG_SEGMENTS, segments.length); size > 1; size--) {
    const joined = segments.slice(0, size).map((s) => s.segment).join('');
    if (orgs.has(joined)) return [{ segment: joined, isWordLike: true }, ...segments.slice(size)];
  }
  return segments;
}

/** Particles of grammar, never a slip for a word's character (派的活 is no 的和). */
const GRAMMAR = /^[的地得了吗呢吧啊呀和与及又都我你他她]$/u;

/**
 * A chunk of free text. `unglued`: the chunk without the particle it starts with, which may be a slip
 * (就援 for 救援). `after`: the chunk typed right before it, which its particle ended (敏感 of 敏感时其).
 */
interface Chunk {
  text: string;
  unglued?: string;
  after?: string;
}

/**
 * Words of free text: separators and lone particles end a chunk, an organisation word is a chunk of
 * its own (社区居民 → 社区 + 居民); the rest stays together as typed. An organisation word that forms a
 * word of the plans with its lone neighbour (村 of 包村干部) stays in it and is passed to `named`. A
 * particle before a lone character that is no word with it starts a chunk that keeps it, tentatively:
 * the particle may be the slip (就援 for 救援) or begin the word a slip follows (排茶 for 排查), and only
 * the reader can tell.
 */
function chunks(text: string, particles: Set<string>, orgs: Map<string, string[]>, isWord?: WordTest, named: (org: string) => void = () => {}, typedParts: string[] = []): Chunk[] {
  const out: Chunk[] = [];
  for (const part of text.split(SEPARATOR)) {
    let current = '';
    let tentative = '';
    let after = '';
    const end = () => {
      if (current && current !== tentative) out.push(tentative ? { text: current, unglued: current.slice(tentative.length), ...(after ? { after } : {}) } : { text: current });
      current = '';
      tentative = '';
      after = '';
    };
    const segmented = [...segmentWords(part)];
    const segments = typedParts.some((typed) => typed.startsWith(part)) ? joinLeadingOrgWord(segmented, orgs) : segmented;
    segments.forEach(({ segment, isWordLike }, i) => {
      const inWord = orgs.has(segment) && gluedParticle(segments, i, isWord);
      if (inWord) named(segment);
      if (isWordLike && (!orgs.has(segment) || inWord) && (!particleLike(segment, particles, isWord) || gluedParticle(segments, i, isWord))) {
        current += segment;
        return;
      }
      const ended = tentative ? '' : current;
      end();
      if (orgs.has(segment)) out.push({ text: segment });
      const next = segments[i + 1];
      if (isWord && isWordLike && particles.has(segment) && !GRAMMAR.test(segment) && loneAt(segments, i) !== undefined && next?.isWordLike && loneAt(segments, i + 1) !== undefined && !particles.has(next.segment) && !orgs.has(next.segment)) {
        current = tentative = segment;
        after = ended;
      }
    });
    end();
  }
  return out;
}

/**
 * The reading of a chunk that starts with a particle typed for a homophone (就援), if the reader
 * repairs the particle and its neighbour into a word of the plans (救援); `wantsTypos` when it needs
 * the typo table to tell.
 */
function readGlued(chunk: Chunk, reader: ChunkReader, isWord: WordTest | undefined): { reading?: ChunkReading | undefined; wantsTypos: boolean } {
  if (chunk.unglued === undefined || !isWord) return { wantsTypos: false };
  const glued = reader(chunk.text);
  const pair = Array.from(chunk.text).slice(0, 2).join('');
  const repaired = glued.corrected.some(({ from, to }) => from === pair && isWord(to));
  return { reading: repaired ? glued : undefined, wantsTypos: glued.wantsTypos };
}

/** A chunk as read: its text, where its words start among the slots, and the words. */
interface ReadChunk {
  text: string;
  from: number;
  words: string[];
}

/**
 * The reading of a repaired particle chunk together with the chunk its particle ended (敏感 + 时其 read
 * as 敏感时期, one word of the headings, not 敏感 + 时期), when that joins words and sets nothing aside.
 */
function joinedReading(previous: ReadChunk, alone: ChunkReading, together: ChunkReading): ChunkReading | undefined {
  const joins = together.words.length < previous.words.length + alone.words.length;
  return joins && together.setAside.length === 0 && together.corrected.length > 0 ? together : undefined;
}

/**
 * The organisation types the query's organisation words name: those every word names when they
 * agree (村里 names 乡镇 and 社区, 镇上 only 乡镇: 乡镇), otherwise any of them (学校 社区).
 */
function namedTypes(perWord: string[][]): string[] {
  const all = [...new Set(perWord.flat())];
  const shared = all.filter((type) => perWord.every((types) => types.includes(type)));
  return shared.length > 0 ? shared : all;
}

/** Organisation word → organisation type labels (厂 names both 企业 and 生产经营单位). */
function orgIndex(vocabulary: QueryVocabulary): Map<string, string[]> {
  const index = new Map<string, string[]>();
  for (const [label, words] of Object.entries(vocabulary.orgWords)) {
    for (const word of words) index.set(word, [...(index.get(word) ?? []), label]);
  }
  return index;
}

/** The plans' word for what a post is responsible for (负责什么, 管什么 read as it). */
const DUTIES = '职责';

/**
 * A post or office holder (门卫, 值班电工, 班主任, 幼儿园园长, 信访接待员). Words that end the same way but
 * name what is asked about (家长, 伤员, 外来人员, 动员) are left out.
 */
const POST = /(?:(?<![伤动成人])员|(?:校|园|院|组|镇|村|厂|值班|士|队|社|乡|栋|格|班|股)长|主任|主席|书记|干部|干事|老师|教师|护士|医生|校医|保健医|门卫|保安|电工|文书|司机|监护人|负责人|责任人|领导|值班人员|工作人员|维保人员|阿姨|师傅|专家|工作者|发言人|经理|主管|会计|总指挥|宿管|民警|警察|辅警|片警|客服|调度|管理处)$/u;

/**
 * `first` and `second` were typed in one word, or with only a place's last character (区 of 服务区经理,
 * 室 of 输液室护士) or an organisation word (社区 of 派出所社区民警) between them; not a particle (说 of
 * 家属说护士) or other words (围着 of 家属围着医生).
 */
function typedTogether(text: string, first: string, second: string, between: (gap: string) => boolean): boolean {
  return text.split(SEPARATOR).some((part) => {
    const at = part.indexOf(first);
    const next = at < 0 ? -1 : part.indexOf(second, at + first.length);
    return next >= 0 && between(part.slice(at + first.length, next));
  });
}

/**
 * Marks the posts among the slots, unless nothing but posts was asked. A word typed onto a post's front
 * (急诊 of 急诊护士, 物业 of 物业值班员, 服务 of 服务区经理) says where the asker works: it is part of the
 * post. `text` is the query as read, to tell which words were typed together.
 */
function markPosts(slots: Slot[], text: string, particles: Set<string>, orgs: Map<string, string[]>): Slot[] {
  const isPost = (slot: Slot) => !slot.mapped && POST.test(slot.text);
  // A question of duties (带班领导 要负责哪些事) asks about the post it names: 带班领导职责 answers it.
  if (slots.every(isPost) || slots.some((slot) => slot.alternatives.includes(DUTIES))) return slots;
  const posts = slots.map((slot) => (isPost(slot) ? { ...slot, post: true } : slot));
  const between = (gap: string) => gap === '' || orgs.has(gap) || (Array.from(gap).length === 1 && isHan(gap) && !particles.has(gap));
  // A word led by a particle (要报 of 要报带班领导) is something done, not a workplace.
  const place = (slot: Slot) => !slot.mapped && !isPost(slot) && !particles.has(Array.from(slot.text)[0]!);
  const qualifies = (i: number) => place(slots[i]!) && slots[i + 1] !== undefined && isPost(slots[i + 1]!) && typedTogether(text, slots[i]!.text, slots[i + 1]!.text, between);
  const withQualifiers = posts.map((slot, i) => (qualifies(i) ? { ...slot, post: true } : slot));
  // Qualifiers and posts with nothing else asked: the qualifiers are what is asked.
  return withQualifiers.every((slot) => slot.post) ? posts : withQualifiers;
}

/**
 * A word spoken apart by 了 (着了火, 停了电, 受了伤): the two characters either side, when they form a
 * word, and the second begins no word with the next (出了事故 is 出 + 事故). Not where 了 begins a
 * word itself (了解, 了结).
 */
const SPLIT_WORD = /(\p{Script=Han})了(?![解结])(\p{Script=Han})(?=(\p{Script=Han})?)/gu;

/** Two characters the segmenter reads as one word (着火; not 人电, which 负责人电话 holds). */
const oneWord = (pair: string): boolean => [...segmentWords(pair)].length === 1;

/** The query with its words spoken apart joined again (着了火 → 着火), except in a phrase of the vocabulary (喝了酒). */
function joinSplitWords(text: string, isWord: (word: string) => boolean, phrases: string[]): string {
  if (!text.includes('了')) return text;
  const kept = phrases.filter((phrase) => phrase.includes('了') && text.includes(phrase));
  return text.replace(SPLIT_WORD, (whole, first: string, second: string, next?: string) =>
    isWord(first + second) && !(next !== undefined && isWord(second + next)) && !kept.some((phrase) => phrase.includes(whole)) ? first + second : whole,
  );
}

/** A phrase that names a neighbouring unit (隔壁厂, 邻厂, 周边学校): the asker's organisation is another. */
const NEIGHBOUR = /^(?:隔壁|邻|周边|周围|附近)/u;

/** Words that send a report on to another unit (报到镇上, 上报街道, 向镇里报告): that unit receives it, the asker is another. */
const SENDS_TO = /(?:报到|报给|报告给|上报给?|报送|报至|报|交到|交给|转到|转给|通知|告诉|打给|请示|向)$/u;

/** Organisation types a report goes up to: a unit of these receives reports from those below it. */
const ABOVE = new Set(['乡镇（街道）', '社区']);

/** Words that take someone to a hospital (送医院, 送到医院, 转往医院): it treats them, the asker is another. */
const TAKES_TO = /(?:送|送到|送往|送去|送进|转到|转往|转去)$/u;

/** Organisation types a person is taken to for care. */
const CARE = new Set(['医院']);

/**
 * The organisation words that receive a report or a patient rather than name the asker's unit (镇上
 * of 村里出事多久报到镇上, 医院 of 学生送医院). Not a regulator (报安监局): which one a report goes to
 * says which plan is asked about. Not 到医院闹事: the hospital is where it happens.
 */
function receivers(text: string, orgWords: string[], orgs: Map<string, string[]>): Set<string> {
  return new Set(orgWords.filter((word) => {
    const at = text.indexOf(word);
    if (at <= 0) return false;
    const types = orgs.get(word) ?? [];
    const typedBefore = text.slice(Math.max(0, at - 3), at);
    if (types.every((type) => ABOVE.has(type))) return SENDS_TO.test(typedBefore);
    return types.every((type) => CARE.has(type)) && TAKES_TO.test(typedBefore);
  }));
}

/** How often something is done (多久排查一次, 一年几次): the routine sections answer, not a time limit. */
const ASKS_FREQUENCY = /(?:多久|多长时间|几天|几个月)[^\s，。？?]{0,6}一[次回]|[一每][天日周月年][^\s，。？?]{0,6}几[次回遍趟]|[年月周]几次/u;
/** Heading words of the sections that say how often: 日常走访, 定期检查, 月度集中排查. */
const ROUTINE = ['日常', '定期', '月度'];
/** Heading words of the time-limit sections, which the 多久 of a frequency question would ask for. */
const LIMITS = new Set(['时限', '期限']);

const LEVELS: Record<string, string> = { i: '一', ii: '二', iii: '三', iv: '四' };

/**
 * Roman level numerals (Ⅳ级, II级响应; NFKC has made Ⅳ "iv") in the plans' numerals: the plans say
 * 一级 to 四级, and "iv" alone is no word of theirs, so the query would lose its level and say so.
 */
export const chineseLevels = (text: string): string => text.replace(/(?<![a-z])(iv|i{1,3})(?=\s*级)/g, (numeral) => LEVELS[numeral]!);

/**
 * Reads a query the way office staff type it: whole questions, everyday words, organisation words.
 * Vocabulary phrases are matched first (they may hold words that would otherwise be dropped), then
 * question words are removed wherever they occur, then what is left is split at lone particles
 * (`isWord`, when given, keeps a particle that forms a word of the plans with its neighbour).
 */
export function understand(raw: string, vocabulary: QueryVocabulary, read?: ChunkReader, isWord?: WordTest): Understood {
  const terms = new Map(vocabulary.terms.flatMap((term) => term.from.map((from) => [from.toLowerCase(), term.to] as const)));
  const phrases = [...terms.keys()];
  const typed = chineseLevels(raw.normalize('NFKC').toLowerCase().trim());
  // Without the plans' words, a split word cannot be told from a verb before its object (出了事故).
  const text = isWord ? joinSplitWords(typed, (word) => terms.has(word) || (isWord(word) && oneWord(word)), phrases) : typed;
  const typedParts = text.split(SEPARATOR);
  // A one-character query is taken as typed: it is all the user asked for.
  const reader = Array.from(text).length > 1 ? read : undefined;
  const setAside: string[] = [];
  const corrected: Understood['corrected'] = [];
  let wantsTypos = false;
  let pieces: Piece[] = splitOn([{ text }], phrases, (word) => ({ slot: { text: word, alternatives: terms.get(word)!, mapped: true } }));
  pieces = splitOn(pieces, vocabulary.questionWords, () => undefined);
  const particles = new Set(vocabulary.particles);
  const orgs = orgIndex(vocabulary);
  const slots: Slot[] = [];
  const orgWords: string[] = [];
  for (const piece of pieces) {
    if ('slot' in piece) {
      slots.push(piece.slot);
      // An everyday phrase may name the organisation too (堵厂门, 回学校): its longest organisation word
      // counts, unless the phrase names a neighbour's (隔壁厂 is another unit, not the asker's).
      const named = [...orgs.keys()].filter((word) => piece.slot.text.includes(word)).sort((a, b) => b.length - a.length)[0];
      if (named && !NEIGHBOUR.test(piece.slot.text)) orgWords.push(named);
    } else {
      let previous: ReadChunk | undefined;
      for (const found of chunks(piece.text, particles, orgs, isWord, (org) => orgWords.push(org), typedParts)) {
        const glued = reader ? readGlued(found, reader, isWord) : { wantsTypos: false };
        wantsTypos ||= glued.wantsTypos;
        const chunk = glued.reading ? found.text : (found.unglued ?? found.text);
        if (orgs.has(chunk)) orgWords.push(chunk);
        else if (!reader) slots.push({ text: chunk, alternatives: [chunk], mapped: false });
        else {
          const alone = glued.reading ?? reader(chunk);
          const joined = glued.reading && previous && previous.text === found.after ? joinedReading(previous, alone, reader(previous.text + found.text)) : undefined;
          const reading = joined ?? alone;
          if (joined) slots.splice(previous!.from);
          const from = slots.length;
          slots.push(...reading.words.map((word) => ({ text: word, alternatives: [word], mapped: false })));
          setAside.push(...reading.setAside);
          corrected.push(...reading.corrected);
          wantsTypos ||= reading.wantsTypos;
          previous = { text: joined ? previous!.text + found.text : chunk, from, words: reading.words };
          continue;
        }
        previous = undefined;
      }
    }
  }
  // A lone character left over from a question (出 of 出了事故) says little when longer words remain.
  const strong = slots.filter((slot) => slot.mapped || slot.text.length > 1);
  const kept = strong.length > 0 ? strong : slots;
  const distinct = kept.filter((slot, i) => kept.findIndex((other) => other.text === slot.text) === i);
  // An office or post beside what is asked about is context only (维稳办 值班 → 值班).
  const roles = new Set(vocabulary.roleWords ?? []);
  const asked = distinct.filter((slot) => !roles.has(slot.text));
  const unique = asked.length > 0 ? asked : distinct;
  const sentTo = receivers(text, orgWords, orgs);
  const askers = orgWords.filter((word) => !sentTo.has(word));
  const orgTypes = namedTypes(askers.map((word) => orgs.get(word) ?? []));
  // A query of organisation words only ("学校") is itself the topic.
  const topical = unique.length > 0 ? unique : orgWords.map((word) => ({ text: word, alternatives: [word], mapped: false }));
  const askedFor = (vocabulary.actions ?? []).filter((action) => action.from.some((from) => text.includes(from))).map((action) => action.to);
  const actionGroups = ASKS_FREQUENCY.test(text) ? [...askedFor.filter((words) => !words.some((word) => LIMITS.has(word))), ROUTINE] : askedFor;
  const actions = [...new Set(actionGroups.flat())];
  return { raw, slots: markPosts(topical, text, particles, orgs), orgTypes, orgWords, setAside, corrected, wantsTypos, actions, actionGroups };
}

/** Every way to pick one alternative per slot, best alternatives first, at most `cap`. */
export function combinations(slots: Slot[], cap = 4): string[] {
  let combos: string[][] = [[]];
  for (const slot of slots) combos = combos.flatMap((combo) => slot.alternatives.map((alt) => [...combo, alt])).slice(0, cap);
  return combos.filter((combo) => combo.length > 0).map((combo) => combo.join(' '));
}

/** Words of a slot worth searching alone: vocabulary terms whole, typed text by its words of two or more characters. */
function importantWords(slot: Slot): string[] {
  if (slot.mapped) return slot.alternatives;
  const words = [...segmentWords(slot.text)].filter((s) => s.isWordLike && s.segment.length >= 2).map((s) => s.segment);
  return words.length > 0 ? words : [slot.text];
}

/**
 * The searches to try, in order, stopping at the first tier that finds anything: all words; all
 * but one (dropping the shortest first); then each important word alone, ranked by how much of the
 * query it covers. A question never ends empty when one of its key words occurs in a plan.
 */
export function tiers(query: Understood): Tier[] {
  const { slots } = query;
  if (slots.length === 0) return [];
  const result: Tier[] = [{ queries: combinations(slots), weight: 1 }];
  if (slots.length >= 2) {
    // The asker's post goes first: it says who asks, not which section answers.
    const dropOrder = slots.map((slot, i) => ({ slot, i })).sort((a, b) => Number(!!b.slot.post) - Number(!!a.slot.post) || a.slot.text.length - b.slot.text.length);
    const queries = dropOrder.flatMap(({ i }) => combinations(slots.filter((_, j) => j !== i), 2));
    result.push({ queries: [...new Set(queries)].slice(0, MAX_QUERIES), weight: (slots.length - 1) / slots.length });
  }
  const singles = [...new Set(slots.flatMap(importantWords))].sort(byLength).slice(0, MAX_QUERIES);
  const seen = new Set(result.flatMap((tier) => tier.queries));
  const fresh = singles.filter((word) => !seen.has(word));
  if (fresh.length > 0) result.push({ queries: fresh, weight: 1 / (slots.length + 1) });
  return result;
}

/** What was searched, for the page to show: 滋扰/集体反映诉求 处置. */
export const describe = (query: Understood): string => query.slots.map((slot) => slot.alternatives.join('/')).join(' ');

/**
 * What the page says it searched: what was set aside (未找到“监控”), what was read differently
 * (應急 → 应急, 遇案 → 预案) and the plans' words searched, when any of these differs from what was typed.
 */
export function understoodText(query: Understood): string {
  const searched = describe(query);
  const notes: string[] = [];
  // Named as typed: the reader lower-cases Latin letters (Kubernetes, not kubernetes).
  const typed = query.raw.normalize('NFKC');
  const asTyped = (word: string): string => {
    const at = typed.toLowerCase().indexOf(word);
    return at < 0 ? word : typed.slice(at, at + word.length);
  };
  if (query.setAside.length) notes.push(`未找到${query.setAside.map((word) => `“${asTyped(word)}”`).join('、')}`);
  if (query.corrected.length) notes.push(`已把${query.corrected.map(({ from, to }) => `“${from}”看作“${to}”`).join('、')}`);
  const rewritten = query.slots.some((slot) => slot.mapped) || query.setAside.length > 0 || query.corrected.length > 0 || searched.replace(/\s/g, '') !== query.raw.replace(/\s/g, '');
  if (!searched || !rewritten) return notes.length ? `${notes.join('，')}。` : '';
  const orgs = query.orgTypes.length ? `，优先显示${query.orgTypes.join('、')}的模板` : '';
  return `${[...notes, `已按“${searched}”搜索${orgs}`].join('，')}。`;
}
