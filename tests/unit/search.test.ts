import { describe, expect, test } from 'vitest';
import { compactId, findSection, sectionId, sectionKey, type PlanEntry } from '../../src/lib/search/catalog';
import { cleanExcerpt, markWords, parseExcerpt } from '../../src/lib/search/excerpt';
import { actionSections, coreChapters, rankSections, type PageResult, type RankContext, type SectionHit } from '../../src/lib/search/rank';
import { normalize, queryTerms, termWeights, titleHits, titleMatch } from '../../src/lib/search/titles';
import { filtersOf, readState, writeState } from '../../src/lib/search/state';
import { plans } from './search-fixtures';

describe('query preprocessing (Node has the same Intl.Segmenter as Chromium)', () => {
  test('heading numbers and punctuation are dropped', () => {
    expect(normalize('（三）交接班')).toBe('交接班');
    expect(normalize('附件1 应急物资装备清单')).toBe('应急物资装备清单');
    expect(normalize('十一、联系电话和附则')).toBe('联系电话和附则');
  });

  test('queries are split into words the way the browser does', () => {
    // The browser splits 交接班 in two, while jieba keeps it whole at index time: the gap of Pagefind #1237.
    expect(queryTerms('社区 值班 交接班')).toEqual(['社区', '值班', '交接', '班']);
    expect(queryTerms('后勤保障组职责').join('')).toBe('后勤保障组职责');
  });

  test('a title holding the whole query matches fully; related titles partly; unrelated not at all', () => {
    expect(titleMatch('报告流程', '（三）报告流程')).toBe(1);
    expect(titleMatch('值班交接', '四、交接班')).toBeGreaterThan(0.2);
    expect(titleMatch('食品安全', '交接班')).toBe(0);
  });

  test('one mistyped character still finds the title; two do not', () => {
    expect(titleMatch('报告流成', '（二）报告流程')).toBeGreaterThanOrEqual(0.8);
    expect(titleMatch('包片责任质', '三、包片责任制')).toBeGreaterThanOrEqual(0.8);
    expect(titleMatch('报造流成', '（二）报告流程')).toBeLessThan(0.6);
  });

  test('rare words outweigh common ones', () => {
    const weight = termWeights(plans);
    expect(weight('交接')).toBeGreaterThan(weight('值班'));
    expect(termWeights(plans)).toBe(weight);
    expect(titleMatch('值班 交接', '交接班', '', weight)).toBeGreaterThan(titleMatch('值班 交接', '值班纪律', '', weight));
  });

  test('the asker’s post counts for less in a title than what they ask about (门卫 家长: not 门卫值守)', () => {
    const posts = new Set(['门卫']);
    expect(titleMatch('门卫 家长', '家长联络组', '', undefined, posts)).toBeGreaterThan(titleMatch('门卫 家长', '门卫值守', '', undefined, posts));
    expect(titleMatch('门卫 家长', '门卫和家长', '', undefined, posts)).toBeGreaterThan(titleMatch('门卫 家长', '家长联络组', '', undefined, posts));
  });

  test('words that name the plan only choose the plan; the others choose the section', () => {
    const weight = termWeights(plans);
    const plan = '社区维稳应急值班制度';
    expect(titleMatch('社区 值班 交接班', '交接班', plan, weight)).toBeGreaterThan(titleMatch('社区 值班 交接班', '附件1 社区值班表', plan, weight));
  });
});

describe('section-title fallback', () => {
  // The index is built once for the file and titles are prepared once per index: this test took
  // 8.5 s under load for 14 templates when every comparison segmented the query again; for 22
  // templates it now takes about 4 s at a load average of 16 on two cores (1 s idle). Limit: 30 s.
  test('every section title of the catalog, searched verbatim, finds that section as a best match', () => {
    const wrong: string[] = [];
    for (const plan of plans) {
      for (const section of plan.s) {
        const [id, title] = [sectionId(section), section[1]];
        const hits = titleHits(normalize(title), plans, {});
        const best = Math.max(...hits.map((h) => h.score));
        if (hits.find((h) => h.url === `${plan.u}#${id}`)?.score !== best) wrong.push(`${plan.p} ${title}`);
      }
    }
    expect(wrong).toEqual([]);
  }, 30_000);

  test('filters narrow the fallback', () => {
    const hits = titleHits('后勤保障组', plans, { 单位类型: '学校' });
    expect(hits.length).toBeGreaterThan(0);
    for (const hit of hits) expect(hit.url).toMatch(/\/templates\/school-/);
  });
});

describe('one entry per section', () => {
  test('an id the heading text gives is not stored twice, and reads back', () => {
    expect(compactId('报告流程', '（二）报告流程')).toBe('');
    expect(sectionId(['', '（二）报告流程', ''])).toBe('报告流程');
    expect(compactId('附件1-应急联系方式', '附件1 应急联系方式')).toBe('附件1-应急联系方式');
    expect(sectionId(['附件1-应急联系方式', '附件1 应急联系方式', ''])).toBe('附件1-应急联系方式');
  });

  test('percent-encoded, raw and absolute links of a section share one key', () => {
    const raw = '/templates/school-stability-emergency-plan/#报告流程';
    expect(sectionKey(encodeURI(raw))).toBe(raw);
    expect(sectionKey(`http://localhost:4321${encodeURI(raw)}`)).toBe(raw);
    expect(sectionKey('/a/#%E0%A4%A')).toBe('/a/#%E0%A4%A');
    expect(findSection(plans, encodeURI(raw))?.title).toBe('（二）报告流程');
  });
});

describe('ranking sections', () => {
  const se = '/templates/school-stability-emergency-plan/';
  const cd = '/templates/community-duty-rules/';
  const dr = '/templates/stability-duty-rules/';
  const page = (url: string, score: number, subs: [string, number, string?][]): PageResult => ({
    score,
    data: { url, meta: { title: url }, sub_results: subs.map(([id, body, excerpt]) => ({ title: id, url: `${url}#${encodeURIComponent(id)}`, excerpt: excerpt ?? '', weighted_locations: [{ balanced_score: body }] })) },
  });
  const context = (over: Partial<RankContext> = {}): RankContext => ({ plans, titleQueries: ['报告流程'], words: ['报告流程'], filters: {}, orgTypes: [], ...over });

  test('a matching section title beats more body matches, then Pagefind scores decide', () => {
    // No section index, so only Pagefind's sections compete.
    const marked = '接到<mark>报告流程</mark>后';
    const hits = rankSections([{ weight: 1, pages: [page(se, 10, [['指导思想', 900, marked], ['报告流程', 10, marked]]), page(cd, 5, [['交接班', 300, marked]])] }], context({ plans: [] }));
    expect(hits.map((h) => h.key)).toEqual([`${se}#报告流程`, `${se}#指导思想`, `${cd}#交接班`]);
  });

  test('a body match on one shared character does not count for a longer query (请销假 is not 寒暑假)', () => {
    const runs = [{ weight: 1, pages: [page(se, 10, [['寒暑假期间', 900, '<mark>寒暑假</mark>期间'], ['商请', 800, '<mark>请</mark>示']])] }];
    const hits = rankSections(runs, context({ plans: [], titleQueries: ['请销假'], words: ['请销假'] }));
    expect(hits).toEqual([]);
    const one = rankSections(runs, context({ plans: [], titleQueries: ['请'], words: ['请'] }));
    expect(one.map((h) => h.key)).toContain(`${se}#商请`);
  });

  test('a word Pagefind marked character by character counts whole (<mark>留</mark><mark>样</mark> is 留样), and is highlighted whole', () => {
    const runs = [{ weight: 1, pages: [page(se, 10, [['日常预防', 900, '每餐次食品按规定<mark>留</mark><mark>样</mark>并记录'], ['现场控制组', 800, '<mark>滞留</mark>不走的<mark>样</mark>']])] }];
    const hits = rankSections(runs, context({ plans: [], titleQueries: ['留样'], words: ['留样'] }));
    expect(hits.map((h) => h.key)).toEqual([`${se}#日常预防`]);
    expect(hits[0]!.excerpt.filter((part) => part.match).map((part) => part.text)).toEqual(['留样']);
  });

  test('a plan’s opening sections (编制目的, 适用范围) go below its working sections, unless their title is asked for', () => {
    const fp = plans.find((plan) => plan.slug === 'school-food-poisoning-emergency-plan')!;
    const marked = '预防<mark>食物中毒</mark>';
    const runs = [{ weight: 1, pages: [page(fp.u, 10, [['编制目的', 500, marked], ['日常预防', 400, marked]])] }];
    const hits = rankSections(runs, context({ titleQueries: ['食物中毒'], words: ['食物中毒'] }));
    expect(hits.findIndex((h) => h.sectionTitle.endsWith('日常预防'))).toBeLessThan(hits.findIndex((h) => h.sectionTitle.endsWith('编制目的')));
    const asked = rankSections(runs, context({ titleQueries: ['编制目的'], words: ['编制目的'] }));
    expect(asked[0]!.sectionTitle).toMatch(/编制目的$/);
  });

  test('an on-site plan’s risk description (事故风险描述) goes below the section that says what to do, unless risks are asked for', () => {
    const lift = plans.find((plan) => plan.slug === 'lift-entrapment-response-plan')!;
    const marked = '不要<mark>扒门</mark>';
    const runs = [{ weight: 1, pages: [page(lift.u, 10, [['事故风险描述', 500, marked], ['接警和安抚', 400, marked]])] }];
    const hits = rankSections(runs, context({ titleQueries: ['扒门'], words: ['扒门'] }));
    expect(hits.map((h) => h.sectionTitle)).toEqual([expect.stringMatching(/接警和安抚$/), expect.stringMatching(/事故风险描述$/)]);
    const asked = rankSections(runs, context({ titleQueries: ['扒门 风险'], words: ['扒门', '风险'] }));
    expect(asked[0]!.sectionTitle).toMatch(/事故风险描述$/);
  });

  test('a query that is only a plan’s topic lists that plan’s first action sections; a narrower question does not', () => {
    const fp = plans.find((plan) => plan.slug === 'school-food-poisoning-emergency-plan')!;
    const runs = [{ weight: 1, pages: [page(fp.u, 10, [['编制目的', 900, '预防<mark>食物中毒</mark>']])] }];
    const topic = rankSections(runs, context({ titleQueries: ['食物中毒'], words: ['食物中毒'], namedPlans: [fp.u] }));
    expect(topic.filter((h) => /处置|报告|救治/.test(h.sectionTitle)).length).toBeGreaterThan(0);
    const narrow = rankSections(runs, context({ titleQueries: ['食物中毒 封存'], words: ['食物中毒', '封存'], namedPlans: [fp.u] }));
    expect(narrow.filter((h) => /处置|报告|救治/.test(h.sectionTitle))).toEqual([]);
  });

  test('a query that is only a plan’s topic lists the plan’s core chapters first, above headings that merely repeat the topic', () => {
    const sb = plans.find((plan) => plan.slug === 'school-bullying-prevention-work-plan')!;
    const runs = [{ weight: 1, pages: [page(sb.u, 10, [['学生欺凌治理委员会', 900, '<mark>欺凌</mark>治理'], ['对实施欺凌学生的教育矫治', 800, '<mark>欺凌</mark>学生']])] }];
    const topic = rankSections(runs, context({ titleQueries: ['校园 欺凌'], words: ['校园', '欺凌'], namedPlans: [sb.u] }));
    const chapters = coreChapters(sb, ['校园', '欺凌']).map((section) => section[1]);
    expect(chapters.length).toBeGreaterThan(1);
    expect(chapters.every((title) => /^[一二三四五六七八九十]+、/.test(title))).toBe(true);
    expect(topic.slice(0, 3).map((h) => h.sectionTitle)).toEqual(chapters.slice(0, 3));
    // A chapter that holds a word of the query comes before the other core chapters.
    const ds = plans.find((plan) => plan.slug === 'dispute-screening-resolution-work-plan')!;
    expect(coreChapters(ds, ['矛盾纠纷排查'])[0]![1]).toMatch(/排查/);
    // A heading that is the query itself stays first.
    const pw = plans.find((plan) => plan.slug === 'petition-work-rules')!;
    const own = rankSections([], context({ titleQueries: ['领导接访'], words: ['领导接访'], namedPlans: [pw.u] }));
    expect(own[0]!.sectionTitle).toMatch(/领导接访$/);
    // Not when the query asks for more than the plan's topic.
    const narrow = rankSections(runs, context({ titleQueries: ['欺凌 委员会'], words: ['欺凌', '委员会'], namedPlans: [sb.u] }));
    expect(narrow[0]!.sectionTitle).toMatch(/委员会/);
  });

  test('a question\'s action lifts those sections of the plan it is most about, unless the first results (of any plan) already answer it', () => {
    const fs = plans.find((plan) => plan.slug === 'fire-special-emergency-plan')!;
    const sp = plans.find((plan) => plan.slug === 'sensitive-period-security-work-plan')!;
    const sb = plans.find((plan) => plan.slug === 'school-bullying-prevention-work-plan')!;
    // A stray mention elsewhere matched every word; the fire plan, named by 火灾, says how to evacuate.
    const runs = [{ weight: 1, pages: [page(sp.u, 10, [['（三）烟花爆竹和火灾防范', 900, '<mark>商场</mark><mark>火灾</mark><mark>疏散</mark>']])] }];
    const question = { titleQueries: ['商场 火灾 疏散'], words: ['商场', '火灾', '疏散'], namedPlans: [fs.u, sb.u] };
    const plain = rankSections(runs, context(question));
    expect(plain[0]!.url.startsWith(fs.u)).toBe(false);
    const asked = rankSections(runs, context({ ...question, actions: ['疏散'] }));
    expect(asked.slice(0, 2).map((h) => h.sectionTitle)).toEqual(['（二）人员疏散', '（三）疏散引导组']);
    // Working groups go after the sections that act; chapters first.
    expect(actionSections(fs, ['疏散']).map((s) => s[1])).toEqual(['（二）人员疏散', '（三）疏散引导组']);
    // An organisation the query names keeps the lift to its own plans (幼儿园 火灾 疏散 is not the fire plan's).
    expect(rankSections(runs, context({ ...question, actions: ['疏散'], orgTypes: ['幼儿园'] }))[0]!.url.startsWith(fs.u)).toBe(false);
    // A 疏散 section among the first results already answers: nothing is lifted over it.
    const answered = [{ weight: 1, pages: [page(fs.u, 10, [['人员疏散', 100, '<mark>疏散</mark>']]), page(sp.u, 10, [['（三）烟花爆竹和火灾防范', 900, '<mark>火灾</mark>']])] }];
    const scores = (hits: SectionHit[]) => hits.map((h) => `${h.key} ${h.score}`);
    expect(scores(rankSections(answered, context({ ...question, actions: ['疏散'] })))).toEqual(scores(rankSections(answered, context(question))));
    // So does one of another plan.
    const elsewhere = [{ weight: 1, pages: [page(sp.u, 10, [['（三）烟花爆竹和火灾防范', 900, '<mark>火灾</mark>'], ['人员疏散预案', 800, '<mark>疏散</mark>']])] }];
    expect(scores(rankSections(elsewhere, context({ ...question, actions: ['疏散'] })))).toEqual(scores(rankSections(elsewhere, context(question))));
    // The two cards come first, so only the first three sections are among the first five results: a
    // 疏散 section fifth in the list does not answer yet, and the fire plan's goes up.
    const fifth = [{ weight: 1, pages: [page(sp.u, 10, [['（一）工作时段', 900, '<mark>火灾</mark>'], ['（二）工作重点', 900, '<mark>火灾</mark>'], ['（三）烟花爆竹和火灾防范', 900, '<mark>火灾</mark>'], ['（四）值班安排', 900, '<mark>火灾</mark>'], ['人员疏散预案', 100, '<mark>疏散</mark>']])] }];
    const before = rankSections(fifth, context(question));
    expect(before.findIndex((h) => h.sectionTitle === '人员疏散预案')).toBe(4);
    expect(rankSections(fifth, context({ ...question, actions: ['疏散'] }))[0]!.url.startsWith(fs.u)).toBe(true);
    // An annex (a 疏散 route map) among the first results does not answer a question about what to do.
    const annexFirst = [{ weight: 1, pages: [page(sp.u, 10, [['附件1 疏散路线图', 900, '<mark>疏散</mark>'], ['（三）烟花爆竹和火灾防范', 900, '<mark>火灾</mark>']])] }];
    expect(rankSections(annexFirst, context(question)).slice(0, 3).map((h) => h.sectionTitle)).toContain('附件1 疏散路线图');
    expect(rankSections(annexFirst, context({ ...question, actions: ['疏散'] }))[0]!.url.startsWith(fs.u)).toBe(true);
    // Nor does a working group (疏散引导组): it says who acts.
    const groupFirst = [{ weight: 1, pages: [page(sp.u, 10, [['疏散引导组', 900, '<mark>疏散</mark>'], ['（三）烟花爆竹和火灾防范', 900, '<mark>火灾</mark>']])] }];
    expect(rankSections(groupFirst, context({ ...question, actions: ['疏散'] }))[0]!.url.startsWith(fs.u)).toBe(true);
  });

  test('a question that names no plan (信访件多久办完) gets the sections its action asks for from the plan most of its first results come from', () => {
    const pw = plans.find((plan) => plan.slug === 'petition-work-rules')!;
    const marked = '<mark>信访</mark>事项<mark>办结</mark>';
    const mostly = [{ weight: 1, pages: [page(pw.u, 10, [['信访人权益和个人信息保护', 900, marked], ['信访渠道和接待场所', 800, marked], ['信访秩序的维护', 700, marked]]), page(se, 5, [['报告流程', 600, marked]])] }];
    const question = { titleQueries: ['信访 办结'], words: ['信访', '办结'] };
    expect(rankSections(mostly, context(question))[0]!.sectionTitle).not.toMatch(/期限/);
    expect(rankSections(mostly, context({ ...question, actions: ['时限', '期限'] }))[0]!.sectionTitle).toBe('（二）办理期限');
    // When the first five all come from the plan, its card takes the first place: a 期限 section fifth
    // is not among the first five results, and goes up.
    const fifth = [{ weight: 1, pages: [page(pw.u, 10, [['信访人权益和个人信息保护', 900, marked], ['信访渠道和接待场所', 800, marked], ['信访秩序的维护', 700, marked], ['包案和督办', 650, marked], ['办理期限', 100, marked]])] }];
    expect(rankSections(fifth, context(question))[4]!.sectionTitle).toBe('（二）办理期限');
    expect(rankSections(fifth, context({ ...question, actions: ['时限', '期限'] }))[0]!.sectionTitle).toBe('（二）办理期限');
    // First results from several plans are about none of them: nothing is lifted.
    const spread = [{ weight: 1, pages: [page(pw.u, 10, [['信访人权益和个人信息保护', 900, marked], ['信访渠道和接待场所', 800, marked]]), page(se, 9, [['报告流程', 850, marked], ['先期处置', 750, marked]])] }];
    const scores = (hits: SectionHit[]) => hits.map((h) => `${h.key} ${h.score}`);
    expect(scores(rankSections(spread, context({ ...question, actions: ['时限', '期限'] })))).toEqual(scores(rankSections(spread, context(question))));
  });

  test('a question that asks two things (几分钟内要报告) is answered only when both are: a 报告 section does not say how long', () => {
    const sd = plans.find((plan) => plan.u === dr)!;
    const marked = '<mark>接到</mark>群众<mark>聚集</mark>';
    const runs = [{ weight: 1, pages: [page(dr, 10, [['值班人员职责', 900, marked], ['带班领导职责', 800, marked], ['报告的内容', 700, marked]])] }];
    const groups = [['报告'], ['时限', '期限']];
    const question = { titleQueries: ['接到 聚集'], words: ['接到', '聚集'], actions: groups.flat() };
    const first = (over: Partial<RankContext>) => normalize(rankSections(runs, context({ ...question, ...over }))[0]!.sectionTitle);
    // 报告的内容 among the first results answers 报告, not how long: the plan's time-limit sections go up.
    expect(first({ actionGroups: groups })).toMatch(/报告时限$/);
    // Read as one list of words, 报告的内容 answered the question.
    expect(first({})).not.toMatch(/时限$/);
    // Within the plan, a heading that answers both goes before one the query's words found first.
    const found = (section: PlanEntry['s'][number]) => (normalize(section[1]) === '报告的内容' ? 5 : 0);
    expect(normalize(actionSections(sd, groups.flat(), found, groups)[0]![1])).toMatch(/报告时限$/);
    expect(normalize(actionSections(sd, groups.flat(), found)[0]![1])).toBe('报告的内容');
  });

  test('a first-step question (先干啥) to a plan without a first-response section gets the first part of its chapter of measures', () => {
    const fp = plans.find((plan) => plan.slug === 'school-food-poisoning-emergency-plan')!;
    const firstStep = ['先期处置', '当场制止', '初期', '接警', '发现', '立即报告'];
    expect(actionSections(fp, firstStep).map((s) => normalize(s[1]))).toEqual(['救治患病师生']);
    // Another action the plan has no heading for lifts nothing.
    expect(actionSections(fp, ['转移'])).toEqual([]);
    // What comes after (后期处置) is no first step.
    const aftermathFirst = { ...fp, s: [['', '一、后期处置', ''], ['', '（一）善后工作', ''], ['', '二、应急处置', ''], ['', '（一）现场救护', '']] as PlanEntry['s'] };
    expect(actionSections(aftermathFirst, firstStep).map((s) => normalize(s[1]))).toEqual(['现场救护']);
    // A plan with a first-response section gets that section.
    const sb = plans.find((plan) => plan.slug === 'school-bullying-prevention-work-plan')!;
    expect(actionSections(sb, firstStep).map((s) => normalize(s[1]))).toContain('当场制止');
  });

  test('a plan the search read lists a heading that holds one of the words, though too few of them for the bar every plan’s headings must pass (防止激化)', () => {
    const dp = plans.find((plan) => plan.slug === 'dispute-screening-resolution-work-plan')!;
    const question = { titleQueries: ['宅基地 激化'], words: ['宅基地', '激化'] };
    const runs = [{ weight: 1, pages: [page(dp.u, 10, [['排查范围和重点', 900, '<mark>宅基地</mark>']])] }];
    expect(rankSections(runs, context(question)).map((h) => normalize(h.sectionTitle))).toContain('防止激化');
    // A plan the search did not read lists only the headings that pass the bar.
    expect(rankSections([], context(question)).map((h) => normalize(h.sectionTitle))).not.toContain('防止激化');
  });

  test('a question of what counts (算不算) asks for the scope: then 适用范围 is no preamble', () => {
    const sb = plans.find((plan) => plan.slug === 'school-bullying-prevention-work-plan')!;
    expect(actionSections(sb, ['适用范围', '认定']).map((s) => s[1])).toContain('（二）适用范围');
    expect(actionSections(sb, ['处置', '范围']).map((s) => s[1])).not.toContain('（二）适用范围');
  });

  test('the guide and annexes come after the plan section that answers, unless asked for', () => {
    const guide = plans.find((plan) => !plan.slug);
    expect(guide).toBeUndefined();
    const withGuide = [...plans, { u: '/guide/', p: '应急预案怎么写', f: ['', '写作指南'] as [string, string], s: [['', '信息报告', '写清报告时限']] as [string, string, string][] }];
    const asked = context({ plans: withGuide, titleQueries: ['信息报告'], words: ['信息报告'] });
    const hits = rankSections([], asked);
    const guideAt = hits.findIndex((h) => h.url.startsWith('/guide/'));
    expect(guideAt).toBeGreaterThan(0);
    const open = rankSections([], { ...asked, wantsGuide: true });
    expect(open.find((h) => h.url.startsWith('/guide/'))!.score).toBe(open[0]!.score);
  });

  test('the same section from Pagefind (percent-encoded) and from the title fallback (raw) is listed once', () => {
    const hits = rankSections([{ weight: 1, pages: [page(se, 10, [['报告流程', 10, '值班人员接到<mark>报告</mark>后']])] }], context());
    const keys = hits.map((h) => h.key);
    expect(keys.filter((k) => k === `${se}#报告流程`)).toHaveLength(1);
    expect(new Set(keys).size).toBe(keys.length);
    expect(hits[0]!.excerpt.map((p) => p.text).join('')).toBe('值班人员接到报告后');
  });

  test('a section carries the link to the same section of the worked example', () => {
    const [hit] = rankSections([{ weight: 1, pages: [page(se, 10, [['报告流程', 10]])] }], context());
    expect(hit!.url).toBe(`${se}#报告流程`);
    expect(hit!.exampleUrl).toBe(`${se}example/#报告流程`);
  });

  test('an organisation named in the query lifts its plans over the same section elsewhere', () => {
    const q = { titleQueries: ['交接班'], words: ['交接班'] };
    const plain = rankSections([], context(q));
    const community = rankSections([], context({ ...q, orgTypes: ['社区'] }));
    expect(plain.map((h) => h.key).slice(0, 2).sort()).toEqual([`${cd}#交接班`, `${dr}#交接班`].sort());
    expect(community[0]!.key).toBe(`${cd}#交接班`);
  });

  test('results without an excerpt from Pagefind show the start of the section, matches marked', () => {
    const hits = rankSections([], context({ titleQueries: ['交接班'], words: ['交接'] }));
    for (const hit of hits) {
      expect(hit.excerpt.length, hit.key).toBeGreaterThan(0);
      expect(hit.excerpt.map((p) => p.text).join('')).not.toBe(hit.sectionTitle);
    }
  });
});

describe('search state in the URL', () => {
  test('round trip, empty values left out', () => {
    const state = { q: '报告流程', type: '学校', kind: '' };
    expect(writeState(state)).toBe('?q=%E6%8A%A5%E5%91%8A%E6%B5%81%E7%A8%8B&type=%E5%AD%A6%E6%A0%A1');
    expect(readState(writeState(state))).toEqual(state);
    expect(writeState({ q: '', type: '', kind: '' })).toBe('');
    expect(filtersOf(state)).toEqual({ 单位类型: '学校' });
  });
});

describe('excerpts', () => {
  const text = (parts: { text: string }[]) => parts.map((p) => p.text).join('');

  test('marks become parts; entities decode; other tags never become markup', () => {
    expect(parseExcerpt('a &lt;b&gt; <mark>报告</mark> &amp; <img src=x>c')).toEqual([
      { text: 'a <b> ', match: false },
      { text: '报告', match: true },
      { text: ' & c', match: false },
    ]);
  });

  test('stray punctuation, the tail of a heading number and the repeated heading are cut from the start', () => {
    expect(text(cleanExcerpt(parseExcerpt('. 学校通过<mark>家长</mark>会'), '家校沟通'))).toBe('学校通过家长会');
    expect(text(cleanExcerpt(parseExcerpt('二）<mark>家长</mark>或者其他人员'), '（二）家长或者其他人员集体到校反映诉求'))).toBe('家长或者其他人员');
    expect(text(cleanExcerpt(parseExcerpt('（一）领导小组 由校长任<mark>组长</mark>'), '（一）领导小组'))).toBe('由校长任组长');
  });

  test('an excerpt that starts mid-sentence begins after the sentence end when a match follows', () => {
    expect(text(cleanExcerpt(parseExcerpt('处置完毕。值班人员接到<mark>报告</mark>后立即核实'), '报告流程'))).toBe('值班人员接到报告后立即核实');
    expect(text(cleanExcerpt(parseExcerpt('<mark>报告</mark>完毕。值班人员随后核实情况'), '报告流程'))).toBe('报告完毕。值班人员随后核实情况');
    // The next sentence's list number goes too (a held-out query showed "三、下一步工作").
    expect(text(cleanExcerpt(parseExcerpt('事态已经平息。三、<mark>下一步</mark>工作：写明后续安排'), '信息发布'))).toBe('下一步工作：写明后续安排');
  });

  test('leads get the query words marked, longest first', () => {
    expect(markWords('值班人员做好交接班记录', ['交接', '交接班'])).toEqual([
      { text: '值班人员做好', match: false },
      { text: '交接班', match: true },
      { text: '记录', match: false },
    ]);
  });

  test('every section of every template has a lead, so no result is ever without an excerpt', () => {
    const empty = plans.flatMap((plan) => plan.s.filter(([, , lead]) => !lead.trim()).map(([, title]) => `${plan.p} ${title}`));
    expect(empty).toEqual([]);
  });
});
