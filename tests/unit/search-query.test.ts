import { describe, expect, test } from 'vitest';
import { sectionId } from '../../src/lib/search/catalog';
import { prepareSearch, runSearch } from '../../src/lib/search/engine';
import { combinations, describe as describeQuery, tiers, understand } from '../../src/lib/search/query';
import { MAX_PAGES, preferring, runTiers, searchingOnce, type LazyResult, type SearchFn } from '../../src/lib/search/run';
import { dominantTemplate, matchTemplates } from '../../src/lib/search/templates';
import { data, plans, templates, vocabulary } from './search-fixtures';

const read = (q: string) => understand(q, vocabulary);
const words = (q: string) => read(q).slots.map((slot) => slot.alternatives.join('/'));

/** A Pagefind result for a plan's page whose one matching section is the first with `word` in its heading. */
function pageWithSection(slug: string, word: string): LazyResult {
  const plan = plans.find((entry) => entry.slug === slug)!;
  const section = plan.s.find((entry) => entry[1].includes(word))!;
  const url = `${plan.u}#${sectionId(section)}`;
  return { id: slug, score: 1, data: async () => ({ url: plan.u, meta: { title: plan.p }, sub_results: [{ title: section[1], url, excerpt: `<mark>${word}</mark>`, weighted_locations: [{ balanced_score: 1 }] }] }) };
}

describe('reading a question', () => {
  test('an office or post beside what is asked is context only; alone it is searched through its term', () => {
    expect(words('维稳办 值班')).toEqual(['值班']);
    // "Our unit" says who asks: every plan says 本单位, so it would pull in whichever plan says it most.
    expect(words('我们单位 值班')).toEqual(['值班']);
    // So do the people a question is about (他们, 大家): every section about people holds them.
    expect(words('要不要给他们催吐')).toEqual(['催吐']);
    expect(words('大家都不同意')).not.toContain('大家');
    expect(words('发生事故后')).toEqual(['事故']);
    expect(words('网上有人发帖')).toEqual(['网上', '网络舆情/关切']);
    expect(words('保卫科 医闹')).toEqual(['扰乱医疗秩序/医疗纠纷']);
    expect(words('综治办')).toEqual(['综治中心/综治']);
    // A post (主任, 干部) says who asks, like an office.
    expect(words('信访办主任 领导接访 安排')).toEqual(['领导接访', '安排']);
    expect(words('信访干部 接待群众')).not.toContain('干部');
    expect(words('镇党委书记 群众聚集堵路 启动哪级响应')).toEqual(['群众聚集', '现场秩序/堵门', '响应分级/分级', '响应']);
  });

  test('Roman level numerals read as the plans write levels (Ⅳ级 → 四级), and nothing is set aside', () => {
    expect(words('防汛Ⅳ级响应')).toEqual(['防汛四级响应']);
    expect(read('Ⅱ级响应 启动').raw).toBe('Ⅱ级响应 启动');
    expect(words('I级响应 iii级')).toEqual(['一级响应', '三级']);
    // Only before 级: a Latin word keeps its letters.
    expect(words('wifi 断网')).toContain('wifi');
  });

  test('filler of a whole question (要不要, 之前, 之间) is not searched', () => {
    // A question's either-or and yes-or-no (还是, 是不是) ask; they are no words of the answer.
    expect(words('先报教办还是教育局').join(' ')).not.toMatch(/还是/);
    expect(words('现场秩序正常 是不是我来负责处置').join(' ')).not.toMatch(/不是|是不/);
    const searched = words('重大项目上马之前要不要做风险评估');
    expect(searched).toContain('风险评估');
    expect(searched.filter((word) => /之前|要不要|不要/.test(word))).toEqual([]);
    expect(words('邻居之间吵架了找谁调解')).not.toContain('之间');
  });

  test('question words and particles go; what the question is about stays', () => {
    expect(words('交班要交代什么')).toEqual(['交班', '交接']);
    expect(words('值班表怎么排')).toEqual(['值班表']);
    expect(words('出了事故多久要上报')).toEqual(['事故', '报告']);
    // 到, 从, 向 and 往 standing alone only say where: 家长到 is not a word of any plan.
    expect(words('家长到学校闹事怎么办')).toEqual(['家长', '滋扰/集体反映诉求/集中反映诉求/扰乱']);
    expect(words('从外地来的人员向哪里反映')).toEqual(['外地', '人员', '反映']);
    // ……的时候 only says when.
    expect(words('值班的时候能不能喝酒')).toEqual(['值班', '饮酒']);
  });

  test('a conjunction of spoken Chinese (因为, 如果, 然后) ends a chunk like a particle: 因为漏水 does not hide 漏水', () => {
    expect(words('水管因为老化裂开')).toEqual(['水管', '老化裂开']);
    expect(words('如果下大雨然后停电')).not.toContainEqual(expect.stringContaining('然后'));
  });

  test('里 only says where (有限空间里 is 有限空间); 私了 keeps its 了; what counts and how long are asked, not searched', () => {
    expect(words('有限空间里有人晕倒了')[0]).toBe('有限空间');
    expect(words('校园霸凌 能不能私了')).toContain('私了');
    expect(read('越级上访算不算群体性上访').slots.map((slot) => slot.text)).toEqual(['越级上访', '群体性上访']);
    expect(read('啥算校园霸凌').actions).toEqual(['适用范围', '认定', '情形']);
    expect(read('信访件多久必须办完').actions).toEqual(['时限', '期限']);
    // When something happens is not a time limit.
    expect(read('食堂啥时候能重新开伙').actions).toEqual([]);
  });

  test('a particle the segmenter split off a word of the headings stays in that word; one beside a whole word still ends a chunk', () => {
    const headings = '排查范围和重点|信息报告|到场与先期处置';
    const isWord = (word: string) => headings.includes(word);
    const glued = (q: string) => understand(q, vocabulary, undefined, isWord).slots.map((slot) => slot.alternatives.join('/'));
    // The segmenter reads 排查 as 排 + 查, and 排 is a particle (值班表怎么排).
    expect(words('矛盾纠纷排查')).toEqual(['矛盾纠纷']);
    expect(glued('矛盾纠纷排查')).toEqual(['矛盾纠纷排查']);
    // 要 beside 报告, a word the segmenter found, is still filler, whatever 要报 spells elsewhere.
    expect(understand('发生事故后多长时间内要报告', vocabulary, undefined, () => true).slots.map((slot) => slot.text)).not.toContain('要报告');
    expect(glued('值班表怎么排')).toEqual(['值班表']);
  });

  test('a word spoken apart by 了 (着了火, 停了电) is read whole; a verb before its object (出了事故) is not joined', () => {
    const plansHold = (word: string) => '配电室停电|事故|受伤'.includes(word);
    const searched = (q: string) => understand(q, vocabulary, undefined, plansHold).slots.map((slot) => slot.alternatives.join('/'));
    expect(searched('厂里着了火怎么办')).toEqual(['火灾']);
    expect(searched('配电室停了电')).toEqual(['配电室停电']);
    expect(searched('出了事故')).toEqual(['事故']);
    // Two characters some text holds side by side are no word unless the segmenter reads them as one
    // (负责人电话 holds 人电: 负责人了电 stays apart).
    expect(understand('负责人了电', vocabulary, undefined, () => true).slots.map((slot) => slot.text)).not.toContain('负责人电');
    // A phrase of the vocabulary that holds 了 is read as the vocabulary has it (喝了酒, not 喝酒).
    expect(understand('值班喝了酒', vocabulary, undefined, () => true).slots.map((slot) => slot.text)).toContain('喝了酒');
    // 了 beginning a word (了解) stays.
    expect(searched('想了解受伤情况')).not.toContain('想解');
  });

  test('a word the segmenter made of particles alone ends a chunk like a particle, unless the plans use it (地点)', () => {
    const isWord = (word: string) => '时间地点和内容|登记'.includes(word);
    const searched = (q: string) => understand(q, vocabulary, undefined, isWord).slots.map((slot) => slot.text);
    // The segmenter reads 登记要写哪些内容 as 登记 + 要写 + …: 要写 is 要 + 写, both particles.
    expect(searched('登记要写哪些内容')).toEqual(['登记', '内容']);
    expect(searched('活动地点')).toEqual(['活动地点']);
  });

  test('organisation words that agree name what they share; words that differ name each (村 is both a township’s and a 村（社区）’s)', () => {
    expect(read('村里 隐患台账').orgTypes.sort()).toEqual(['乡镇（街道）', '社区']);
    expect(read('村里出事镇上怎么处理').orgTypes).toEqual(['乡镇（街道）']);
    expect(read('学校 社区 值班').orgTypes.sort()).toEqual(['学校', '社区']);
  });

  test('an organisation word inside a word of the plans (村 of 包村干部) stays in it and still names the organisation', () => {
    const plansHold = (word: string) => '包村干部到岗'.includes(word);
    const read = understand('包村干部 台风来了要做什么', vocabulary, undefined, plansHold);
    expect(read.slots.map((slot) => slot.text)).toEqual(['包村干部', '台风']);
    expect(read.orgTypes.sort()).toEqual(['乡镇（街道）', '社区']);
    // Without the plans' words, 村 is split off and 包 is a lone character: the post is lost.
    expect(understand('包村干部 台风来了要做什么', vocabulary).slots.map((slot) => slot.text)).not.toContain('包村干部');
  });

  test('a question\'s action words name the kind of section it asks for; a question without one asks for none', () => {
    const actions = (q: string) => read(q).actions ?? [];
    expect(actions('有人在井下晕倒了怎么救')).toEqual(expect.arrayContaining(['救护', '自救互救']));
    expect(actions('商场着火了怎么疏散顾客')).toEqual(['疏散']);
    expect(actions('食堂拉肚子怎么办')).toEqual(['处置']);
    expect(actions('值班纪律')).toEqual([]);
  });

  test('everyday words become the plans’ words, as alternatives', () => {
    expect(words('学校闹事怎么处理')).toEqual(['滋扰/集体反映诉求/集中反映诉求/扰乱', '处置']);
    expect(words('厂里着火了')).toEqual(['火灾']);
    expect(words('工人讨薪堵门')).toEqual(['职工', '欠薪', '现场秩序/堵门']);
    expect(describeQuery(read('工人讨薪堵门'))).toBe('职工 欠薪 现场秩序/堵门');
  });

  test('organisation words choose plans instead of being required in the text', () => {
    const q = read('村里出事镇上怎么处理');
    expect(q.orgWords).toEqual(['村里', '镇上']);
    expect(q.orgTypes).toEqual(['乡镇（街道）']);
    expect(words('村里出事镇上怎么处理')).toEqual(['突发事件', '处置']);
    expect(read('厂里着火了').orgTypes).toEqual(['企业', '生产经营单位']);
    // An everyday phrase of the vocabulary that holds an organisation word names it as well.
    expect(read('门卫 职工堵厂门').orgTypes).toEqual(['企业', '生产经营单位']);
    // A neighbour's unit (隔壁厂) is not the asker's: the joint-defence plan is as much in question.
    expect(read('保安队长 隔壁厂请求支援 派几个人').orgTypes).toEqual([]);
    // A unit a report goes up to (报到镇上, 报街道) is not the asker's; a regulator (报安监局) still names the plan.
    expect(read('村支书 村里出了突发事件 多长时间内要报到镇上').orgTypes).toEqual(['社区', '乡镇（街道）']);
    expect(read('社区 每天15时前 报街道 平稳').orgTypes).toEqual(['社区']);
    expect(read('出了事故多久要报安监局').orgTypes).toEqual(['生产经营单位']);
    // A hospital someone is taken to (送医院, 转到医院) treats them; one where things happen (到医院闹事) is the asker's.
    expect(read('食物中毒 学生送医院').orgTypes).toEqual([]);
    expect(read('学生转到医院').orgTypes).toEqual([]);
    expect(read('家属到医院闹事').orgTypes).toEqual(['医院']);
    // 校 inside 护校队 is not an organisation word: only whole words count.
    expect(read('护校队').orgTypes).toEqual([]);
    // A query of organisation words only is itself the topic.
    expect(words('学校')).toEqual(['学校']);
  });

  test('the sample plans’ terms map to today’s lawful wording (issue #11, item 10)', () => {
    expect(words('非正常上访')).toEqual(['到党政机关反映诉求/集体上访']);
    expect(words('越级上访')).toEqual(['越级上访/到党政机关反映诉求']);
    expect(words('接访劝返')).toEqual(['下访接访/配合接谈']);
    expect(words('已掌握信息源')).toEqual(['事前掌握的集体上访']);
    expect(words('未掌握信息源')).toEqual(['突发性集体上访']);
    expect(words('谁包片、谁负责')).toEqual(['包片责任制']);
  });
});

describe('searching in rounds', () => {
  test('all words, then all but one, then each important word alone', () => {
    const rounds = tiers(read('工人讨薪堵门'));
    expect(rounds.map((t) => t.weight)).toEqual([1, 2 / 3, 1 / 4]);
    expect(rounds[0]!.queries).toEqual(['职工 欠薪 现场秩序', '职工 欠薪 堵门']);
    expect(rounds[1]!.queries).toContain('欠薪 现场秩序');
    expect(rounds[2]!.queries).toEqual(expect.arrayContaining(['欠薪', '职工', '现场秩序']));
    expect(tiers(read('怎么办'))).toEqual([]);
  });

  test('combinations of alternatives are capped', () => {
    const slot = { text: 'x', alternatives: ['a', 'b', 'c'], mapped: true };
    expect(combinations([slot, slot], 4)).toEqual(['a a', 'a b', 'a c', 'b a']);
  });

  const result = (id: string, score: number): LazyResult => ({ id, score, data: async () => ({ url: `/${id}/`, meta: {}, sub_results: [] }) });
  const fake =
    (table: Record<string, string[]>): SearchFn & { asked: string[] } => {
      const asked: string[] = [];
      const fn = async (query: string, orgTypes?: string[]) => {
        asked.push(orgTypes ? `${query} @${orgTypes.join(',')}` : query);
        return (table[orgTypes ? `${query} @${orgTypes.join(',')}` : query] ?? []).map((id, i) => result(id, 10 - i));
      };
      return Object.assign(fn, { asked });
    };

  test('a round that finds pages of enough plans ends the search; one that finds nothing falls through', async () => {
    const search = fake({ 'a b': [], a: ['p1', 'p2'], b: ['p3'] });
    const runs = await runTiers([{ queries: ['a b'], weight: 1 }, { queries: ['a', 'b'], weight: 0.5 }, { queries: ['c'], weight: 0.2 }], search);
    expect(search.asked).toEqual(['a b', 'a', 'b']);
    expect(runs.map((r) => r.pages.length)).toEqual([2, 1]);
  });

  test('a round that finds one plan only is followed by the next', async () => {
    const search = fake({ 'a b': ['p1'], a: ['p1', 'p2'] });
    const runs = await runTiers([{ queries: ['a b'], weight: 1 }, { queries: ['a'], weight: 0.5 }], search);
    expect(runs.map((r) => r.weight)).toEqual([1, 0.5]);
  });

  test(`the searches of a round share ${MAX_PAGES} fragment downloads`, async () => {
    const search = fake({ a: ['p1', 'p2', 'p3'], b: ['p4', 'p5', 'p6'] });
    const runs = await runTiers([{ queries: ['a', 'b'], weight: 1 }], search);
    expect(new Set(runs.flatMap((r) => r.pages.map((p) => p.data.url))).size).toBe(MAX_PAGES);
  });

  test('pages of a named organisation go first', async () => {
    const search = fake({ a: ['p1', 'p2', 'p3', 'p4', 'p5'], 'a @社区': ['p5'] });
    const found = await preferring(search, ['社区'])('a');
    expect(found.map((r) => r.id)).toEqual(['p5', 'p1', 'p2', 'p3', 'p4']);
    expect(preferring(search, [])).toBe(search);
  });

  test('one query searches a string and reads a page once, however often its rounds ask', async () => {
    let reads = 0;
    const asked: string[] = [];
    const once = searchingOnce(async (query, orgTypes) => {
      asked.push(`${query} @${orgTypes?.join(',') ?? ''}`);
      return [{ ...result('p1', 1), data: async () => (reads++, { url: '/p1/', meta: {}, sub_results: [] }) }];
    });
    const [first, second] = await Promise.all([once('a'), once('a')]);
    await Promise.all([first![0]!.data(), second![0]!.data(), first![0]!.data()]);
    await once('a', ['社区']);
    expect(asked).toEqual(['a @', 'a @社区']);
    expect(reads).toBe(1);
  });

  test('a query naming an organisation (社区) searches on when only other organisations’ pages answered', async () => {
    const schoolPage = (slug: string) => pageWithSection(slug, '巡逻');
    const asked: string[] = [];
    const search: SearchFn = async (query, orgTypes) => (asked.push(query), orgTypes ? [] : [schoolPage('school-stability-emergency-plan'), schoolPage('school-safety-stability-work-plan')]);
    // 社区 names an organisation and adds no word (联防队 would add 联防力量, which only the joint-defence
    // plan's headings hold and which keeps the search going by itself).
    await runSearch('社区 夜里巡逻', {}, data, search);
    // Two school plans answer the first round; a query naming an organisation searches the next round
    // (all words but one) all the same.
    const looser = (query: string) => query.includes('巡逻') && !query.includes('夜间');
    expect(asked.some(looser)).toBe(true);
    asked.length = 0;
    await runSearch('护校队 夜里巡逻', {}, data, search);
    expect(asked.some(looser)).toBe(false);
  });

  test('a word only one plan’s title and headings hold (扰乱医疗秩序) searches on until that plan’s page is read', async () => {
    const pageOf = (slug: string) => pageWithSection(slug, '报告');
    const asked: string[] = [];
    const search: SearchFn = async (query) => (asked.push(query), [pageOf('township-stability-emergency-plan'), pageOf('community-stability-emergency-plan')]);
    await runSearch('医闹 报告', {}, data, search);
    // Two other plans answered the first round (扰乱医疗秩序 报告, 医疗纠纷 报告); the hospital plan was not
    // among them, so the words are searched alone.
    expect(asked).toContain('扰乱医疗秩序');
    asked.length = 0;
    // 突发事件 is in many plans' headings: the first round's two plans end the search.
    await runSearch('突发事件 报告', {}, data, search);
    expect(asked).not.toContain('突发事件');
  });

  test('the search weighs section titles with the asker’s post counting for less (门卫 家长诉求)', async () => {
    // Title matches alone, without Pagefind: 门卫 would otherwise hold half of the query's weight.
    const outcome = await runSearch('门卫 家长诉求', {}, data, async () => []);
    expect(outcome.sections.map((section) => section.sectionTitle)).toContain('（三）家长诉求渠道');
  });

  test('a question of how kinds of plan differ (总预案 分预案 有啥区别) is answered by the guide first', async () => {
    const guide = { u: '/guide/', p: '应急预案怎么写', f: ['', '写作指南'] as [string, string], s: [['', '先分清预案体系', '综合应急预案、专项应急预案和现场处置方案']] as [string, string, string][] };
    const withGuide = { ...data, plans: [...plans, guide] };
    expect((await runSearch('总预案 分预案 有啥区别', {}, withGuide, async () => [])).templates[0]?.plan.u).toBe('/guide/');
    // A difference between two things that are no kinds of plan is the plans' to answer.
    expect((await runSearch('欺凌和打闹有啥区别', {}, withGuide, async () => [])).templates[0]?.plan.u).not.toBe('/guide/');
  });

  test('a word searched as the whole query and as a rare word is searched once', async () => {
    const asked: string[] = [];
    await runSearch('漫水桥', {}, data, async (query) => (asked.push(query), []));
    expect(asked).toEqual(['漫水桥']);
  });
});

describe('template cards', () => {
  const first = (q: string) => matchTemplates(read(q), plans)[0]?.plan.slug;

  test('every template title, searched verbatim, names that template first', () => {
    for (const { frontmatter } of templates) expect(first(frontmatter.title), frontmatter.title).toBe(frontmatter.slug);
  });

  test('aliases, organisation + kind, and the guide', () => {
    expect(first('社区 值班制度')).toBe('community-duty-rules');
    expect(first('值班制度')).toBe('stability-duty-rules');
    expect(first('火灾预案')).toBe('fire-special-emergency-plan');
    // The kind may be typed shorter than the title says it (突发事件预案 of 村（社区）突发事件应急预案); 范本 only asks for a plan.
    expect(first('村委会 突发事件预案 范本')).toBe('village-community-emergency-plan');
    expect(words('村委会 突发事件预案 范本')).toEqual(['突发事件预案']);
    expect(matchTemplates(read('应急预案怎么写'), plans.concat([{ u: '/guide/', p: '应急预案怎么写', f: ['', '写作指南'], s: [] }]))[0]?.plan.u).toBe('/guide/');
    expect(matchTemplates(read('报告流程'), plans)).toEqual([]);
  });

  test('a query that asks for a plan names it by a topic word typed within a longer stretch, or by topic and kind typed together', () => {
    // 欺凌 of 防治学生欺凌 is two characters: it names a plan only beside a kind of plan (工作方案).
    expect(first('想做一个防治学生欺凌的工作方案')).toBe('school-bullying-prevention-work-plan');
    expect(first('想防治学生欺凌')).toBeUndefined();
    // The unit's organisation, and one stretch of topic and kind the title holds in two pieces, among other words.
    expect(first('领导让我起草镇里的综治维稳应急方案')).toBe('township-stability-emergency-plan');
  });

  test('aliases of templates not in the catalog are ignored', () => {
    const slugs = new Set(plans.map((plan) => plan.slug));
    for (const plan of plans) expect(plan.a).toEqual(vocabulary.templates[plan.slug!] ?? []);
    expect(plans.some((plan) => !slugs.has(plan.slug))).toBe(false);
  });
});

test('a whole search without Pagefind results still lists sections by title, never a duplicate', async () => {
  const outcome = await runSearch('社区 交接班', {}, data, async () => []);
  expect(outcome.sections[0]?.key).toBe('/templates/community-duty-rules/#交接班');
  const keys = outcome.sections.map((s) => s.key);
  expect(new Set(keys).size).toBe(keys.length);
});

test('a search gives the page a turn for matching titles (while Pagefind searches), before ranking and before grouping, so no step blocks input with the others', async () => {
  const steps: string[] = [];
  const search: SearchFn = async () => {
    steps.push('search');
    return [];
  };
  await prepareSearch(data);
  await runSearch('社区 交接班', {}, data, search, undefined, async () => {
    steps.push('pause');
  });
  expect(steps.filter((step) => step === 'pause')).toHaveLength(3);
  expect(steps.slice(steps.lastIndexOf('search')).filter((step) => step === 'pause').length).toBeGreaterThanOrEqual(2);
});

test('tables built ahead of the first search change no result, and are built a plan at a time', async () => {
  const fresh = structuredClone(data);
  const before = await runSearch('社区 交接班', {}, data, async () => []);
  let pauses = 0;
  await prepareSearch(fresh, async () => {
    pauses++;
  });
  expect(pauses).toBeGreaterThanOrEqual(fresh.plans.length);
  expect(await runSearch('社区 交接班', {}, fresh, async () => [])).toEqual(before);
});

test('a search that comes before the idle preparation builds the tables a plan at a time, once, not within the ranking', async () => {
  let pauses = 0;
  const pause = async () => {
    pauses++;
  };
  const alone = structuredClone(data);
  const outcome = await runSearch('社区 交接班', {}, alone, async () => [], undefined, pause);
  expect(pauses).toBeGreaterThanOrEqual(alone.plans.length);
  expect(outcome).toEqual(await runSearch('社区 交接班', {}, data, async () => []));

  pauses = 0;
  const both = structuredClone(data);
  await Promise.all([prepareSearch(both, pause), runSearch('社区 交接班', {}, both, async () => [], undefined, pause)]);
  expect(pauses).toBeLessThan(2 * both.plans.length);
});

describe('template cards a query earns', () => {
  test('an older plan name reads as today’s and names its template; a word only one title carries names it', () => {
    const slugs = (q: string) => matchTemplates(read(q), plans).map((match) => match.plan.slug);
    expect(slugs('消防应急救援预案')[0]).toBe('fire-special-emergency-plan');
    expect(slugs('重大项目上马前要不要做风险评估')).toContain('social-stability-risk-assessment-work-plan');
    // 疏散 asks for a kind of section; that only the fire plan's alias (灭火和应急疏散预案) holds it names no plan.
    expect(slugs('保育员 疏散的时候站在哪')).not.toContain('fire-special-emergency-plan');
    // Who the question is about (学生) is not the bullying plan's topic, though its title holds the word.
    expect(slugs('学生在学校发烧了要不要叫家长马上接回去')).not.toContain('school-bullying-prevention-work-plan');
    expect(slugs('学生 欺凌')).toContain('school-bullying-prevention-work-plan');
  });

  test('a topic typed together with other words names its plan (食物中毒 of 学生食物中毒); a two-character word within a stretch does not', () => {
    const slugs = (q: string) => matchTemplates(read(q), plans).map((match) => match.plan.slug);
    expect(slugs('学生食物中毒要不要报食药监局')).toContain('school-food-poisoning-emergency-plan');
    // 应对 of 突发事件应对法 is in the public-opinion plan's title, but is no topic.
    expect(slugs('2024 突发事件应对法')).not.toContain('online-public-opinion-response-plan');
  });

  test('how often (多久排查一次, 一年几次, 一天几回) asks for the routine sections; how long (多久办完) for the time limits', () => {
    expect(read('综治办 村里多久排查一次矛盾').actions).toEqual(expect.arrayContaining(['日常', '定期', '月度']));
    expect(read('综治办 村里多久排查一次矛盾').actions).not.toContain('时限');
    expect(read('应急演练一年几次').actions).toContain('定期');
    expect(read('汛期隐患点一天要巡查几回').actions).toContain('日常');
    expect(read('汛期隐患点一天要巡查几回').slots.map((slot) => slot.text)).not.toContain('几回');
    expect(read('信访件多久办完').actions).toEqual(['时限', '期限']);
    // Each thing asked is kept apart, for the ranking to see which are answered.
    expect(read('几分钟内要报告带班领导').actionGroups).toEqual([['报告'], ['时限', '期限']]);
    expect(read('综治办 村里多久排查一次矛盾').actionGroups).toEqual([['日常', '定期', '月度']]);
  });

  test('a post beside what is asked is marked as the asker’s (门卫, 值班电工); words that only end like one are not (家长, 外来人员)', () => {
    const posts = (q: string) => read(q).slots.filter((slot) => slot.post).map((slot) => slot.text);
    expect(posts('门卫 家长堵校门')).toEqual(['门卫']);
    expect(posts('值班电工 开关柜冒烟')).toEqual(['值班电工']);
    expect(posts('楼栋长 楼道堆放杂物')).toEqual(['楼栋长']);
    // The segmenter splits 幼儿|园|园|长: the organisation is joined again and named, the post is 园长.
    expect(posts('幼儿园园长 外人闯进园')).toEqual(['园长']);
    expect(read('幼儿园保育员 疏散').orgTypes).toEqual(['幼儿园']);
    expect(read('居委会网格员 值班').orgTypes).toEqual(['社区']);
    // Inside a part it is the place asked about, and searched.
    expect(read('业主挤在居委会门口').orgTypes).toEqual([]);
    expect(posts('外来人员 登记')).toEqual([]);
    expect(posts('家长 伤员 救治')).toEqual([]);
    // A post alone is what is asked about.
    expect(posts('班主任')).toEqual([]);
    // So is a post whose duties are asked for: 带班领导职责 answers it.
    expect(posts('带班领导 值班当天要负责哪些事')).toEqual([]);
    expect(posts('门卫 管什么')).toEqual([]);
  });

  test('a word typed onto a post’s front (急诊 of 急诊护士) is part of the post; a mapped word or one set apart is not', () => {
    const reading = (words: string[]) => ({ words, setAside: [], corrected: [], wantsTypos: false });
    const split = (chunk: string) => reading(chunk === '急诊护士' ? ['急诊', '护士'] : [chunk]);
    const posts = (q: string) => understand(q, vocabulary, split).slots.filter((slot) => slot.post).map((slot) => slot.text);
    expect(posts('急诊护士 家属 暴力伤害')).toEqual(['急诊', '护士']);
    expect(posts('家属，护士 暴力伤害')).toEqual(['护士']);
    expect(posts('家属动手打医生')).toEqual(['医生']);
  });

  test('a workplace typed before the post with a place’s last character or an organisation word between (服务区经理, 派出所社区民警) is part of the post; a particle between is not', () => {
    const reading = (words: string[]) => ({ words, setAside: [], corrected: [], wantsTypos: false });
    const split = (chunk: string) => reading(chunk === '服务区经理' ? ['服务', '经理'] : [chunk]);
    const posts = (q: string) => understand(q, vocabulary, split).slots.filter((slot) => slot.post).map((slot) => slot.text);
    expect(posts('服务区经理 宿舍起火')).toEqual(['服务', '经理']);
    expect(posts('派出所社区民警 居民聚集')).toEqual(['派出所', '民警']);
    expect(posts('家属说护士 打错针')).toEqual(['护士']);
    expect(posts('网格长 夜间 居民求助')).toEqual(['网格长']);
    expect(posts('班长 清理调节池')).toEqual(['班长']);
    // A word led by a particle (要报) is something done before a post, not where the asker works.
    const told = understand('值班员 接到电话 要报带班领导', vocabulary, (chunk) => reading(chunk === '要报带班领导' ? ['要报', '带班领导'] : [chunk]), (word) => word === '要报');
    expect(told.slots.filter((slot) => slot.post).map((slot) => slot.text)).toEqual(['值班员', '带班领导']);
  });

  test('the asker’s post is the first word a looser search drops (值班电工 冒烟 开关柜 → 冒烟 开关柜)', () => {
    const rounds = tiers(read('值班电工 冒烟 开关柜'));
    expect(rounds[1]?.queries[0]).toBe('冒烟 开关柜');
  });

  test('啥, 干啥 and 干嘛 are question words, and 管些啥 asks for duties (镇综治办 应急时候管些啥)', () => {
    expect(read('镇综治办 应急时候管些啥').slots.flatMap((slot) => slot.alternatives)).toContain('职责');
    expect(words('电工 有人触电了先干嘛')).toEqual(['电工', '触电']);
    expect(words('信访登记 填啥')).toEqual(['信访登记']);
    expect(read('车间班长 工人受伤 先打给谁').actions).toContain('报告');
  });

  test('how to reach people asks for the warning sections; 上头 is the level above; what illness asks for the diagnosis', () => {
    const alternatives = (q: string) => read(q).slots.flatMap((slot) => slot.alternatives);
    expect(read('台风要来了，村里不会用手机的老人怎么通知到？').actions).toEqual(expect.arrayContaining(['预警', '传递']));
    expect(alternatives('村支书 上面发橙色预警了要干嘛')).toContain('上级');
    expect(alternatives('学生请假在家 问清楚是什么病')).toContain('诊断');
  });

  test('a drafter who cannot write a plan (应急预案不会写) is not read as a visitor who cannot write (不会写字 → 书写)', () => {
    expect(read('应急预案不会写').slots.flatMap((slot) => slot.alternatives)).not.toContain('书写');
    expect(read('来访老人不会写字').slots.flatMap((slot) => slot.alternatives)).toContain('书写');
  });

  test('everyday words of the sixteenth and seventeenth testers read as the plans say them, without catching plan words', () => {
    const alternatives = (q: string) => read(q).slots.flatMap((slot) => slot.alternatives);
    expect(alternatives('接孩子 接错人')).toContain('冒领');
    expect(alternatives('家属 拉横幅 摆花圈 医院')).toContain('张贴悬挂物品');
    expect(alternatives('要把药瓶封起来')).toContain('封存');
    // 配电柜 is the plans' own word: only 高压柜 is read as 开关柜.
    expect(alternatives('电工 高压柜冒烟')).toContain('开关柜');
    expect(alternatives('值班电工 配电柜冒烟起火')).not.toContain('开关柜');
    // Which level, and whether something counts, ask for the sections that say so.
    expect(read('多少人聚集算二级').actions).toContain('分级');
    expect(read('老被孤立还被起外号，这算欺凌吗').actions).toContain('适用范围');
    expect(alternatives('学校门卫 陌生人硬要往学校里闯')).toContain('校外人员');
    expect(alternatives('配电室 进水')).toContain('积水');
    expect(alternatives('截访')).toContain('上级机关反映诉求');
    expect(read('一键报警 几分钟到').actions).toContain('时限');
    expect(alternatives('冒充家长 接孩子')).toContain('冒领');
    expect(alternatives('晚上有老百姓打电话来反映问题')).toContain('来电');
    // 换个班 of a bullied child asks for another class, not another duty shift.
    expect(alternatives('夜班能不能私下跟同事换个班')).toContain('替班');
    expect(alternatives('是不是要把我家孩子换个班')).not.toContain('替班');
    expect(read('村小出事了 要不要报教办').orgTypes).toEqual(['学校']);
    expect(read('叉车司机 仓库起火往哪跑').actions).toContain('疏散');
    expect(read('班主任 发现学生被欺负 报给谁').actions).toContain('报告');
    expect(read('聯防單位 收到通報 要回覆嗎').actions).toContain('回复');
  });

  test('the template of every one of the first five sections gets a card; a mix gets none', () => {
    const [a, b] = plans.filter((plan) => plan.slug);
    const urls = (plan: typeof a, n: number) => Array.from({ length: n }, (_, i) => `${plan!.u}#s${i}`);
    expect(dominantTemplate(urls(a, 6), plans)?.plan).toBe(a);
    expect(dominantTemplate([...urls(a, 4), ...urls(b, 1)], plans)).toBeUndefined();
    expect(dominantTemplate(urls(a, 4), plans)).toBeUndefined();
  });
});

test('a query for a card (应急处置卡) asks for an annex: the card is not held back below the sections', async () => {
  const cs = plans.find((plan) => plan.slug === 'confined-space-onsite-plan')!;
  const sub = (id: string, body: number) => ({ title: id, url: `${cs.u}#${encodeURIComponent(id)}`, excerpt: `<mark>应急处置</mark>`, weighted_locations: [{ balanced_score: body }] });
  const annex = sectionId(cs.s.find((section) => /应急处置卡$/.test(section[1]))!);
  // Pagefind finds the working sections, which say 应急处置 most, and the card.
  const search: SearchFn = async () => [{ id: cs.u, score: 10, data: async () => ({ url: cs.u, meta: { title: cs.p }, sub_results: [sub('应急处置', 900), sub('应急处置程序', 800), sub('现场应急处置措施', 700), sub(annex, 600)] }) }];
  const outcome = await runSearch('安全员 有限空间 应急处置卡', {}, data, search);
  const card = outcome.sections.findIndex((section) => /^附件\d* 有限空间作业应急处置卡$/.test(section.sectionTitle));
  expect(card).toBeGreaterThanOrEqual(0);
  expect(card).toBeLessThan(2);
});
