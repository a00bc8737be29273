/**
 * 选哪种预案: a few questions that end on one or two templates, each with a sentence on why. Built
 * as linked static pages (/choose/…), so it works without JavaScript. Slugs are checked against the
 * catalog by a unit test.
 */

export interface Pick {
  slug: string;
  why: string;
}

export interface Option {
  /** URL segment. */
  id: string;
  label: string;
  hint: string;
  next: Question | Pick[];
}

export interface Question {
  question: string;
  options: Option[];
}

const DUTY_RULES: Pick = { slug: 'stability-duty-rules', why: '通用的值班制度，规定值班安排、敏感时期24小时值班、交接班、值班日志和报告时限，改写本单位的值班地点和报告对象即可使用。' };
const INSTITUTION_PLAN: Pick = { slug: 'institution-stability-work-plan', why: '按机关、事业单位写成的年度综治维稳工作方案，领导小组、包片责任、排查化解和信息报告的结构也适用于本单位，改写部门名称即可。' };

const OPINION: Pick = { slug: 'online-public-opinion-response-plan', why: '本单位的事引起网上广泛关注时怎么核实、依法及时准确发布信息、回应关切和整改，各类单位通用。' };

const CONFINED: Pick = { slug: 'confined-space-onsite-plan', why: '进入污水池、窨井、储罐等有限空间作业时用：先通风、再检测、后作业，监护人和救援人员的步骤，严禁盲目施救，附岗位应急处置卡。' };
const LIFT: Pick = { slug: 'lift-entrapment-response-plan', why: '电梯困人时用：接警安抚、通知维保单位、由取得资格的人员救援，物业、学校、医院都可以用，附岗位应急处置卡。' };

const need = (id: string, label: string, hint: string, next: Question | Pick[]): Option => ({ id, label, hint, next });
const PLAN = (next: Pick[]) => need('work-plan', '一份全年（学年）的工作方案', '平时怎么排查、防范，谁负责什么', next);
const INCIDENT = (next: Pick[]) => need('incident', '一份应对突发事件的应急预案', '群众集中反映诉求、人员聚集、矛盾激化时怎么报告、怎么处置', next);
const DUTY = (next: Pick[]) => need('duty', '值班制度', '谁值班、怎么交接、接到情况怎么报告', next);
const LIFT_OPTION = need('lift', '电梯困人应急处置方案', '电梯停在两层之间、有人被困', [LIFT]);
const ONLINE = need('online', '网络舆情应对预案', '本单位的事在网上引起广泛关注时怎么办', [OPINION]);

const SAFETY: Question = {
  question: '预案写到哪一层？',
  options: [
    need('comprehensive', '全单位的综合应急预案', '风险种类多，需要统一的指挥和响应程序', [{ slug: 'production-safety-comprehensive-plan', why: '按 GB/T 29639-2020 综合应急预案的要素编写，写明响应分级、指挥部和工作组职责、信息报告和后期处置，是专项预案和现场处置方案的总纲。' }]),
    need('special', '针对某一类事故的专项应急预案', '如火灾、危险化学品泄漏', [{ slug: 'fire-special-emergency-plan', why: '以火灾事故为例，按国家标准写明适用范围、组织机构、响应启动和处置措施；换成本单位的其他事故类型时沿用同样的结构。' }]),
    need('onsite', '某个岗位或设备的现场处置方案', '岗位人员拿来就能照做的处置步骤', [{ slug: 'onsite-response-plan', why: '以配电室岗位为例，以表格为主写明事故风险、岗位职责、处置步骤和注意事项，篇幅短，便于张贴在岗位上。' }]),
    need('confined', '有限空间作业的现场处置方案', '污水池、窨井、储罐、地下管沟等', [CONFINED]),
    need('lift', '电梯困人的应急处置方案', '电梯停在两层之间、有人被困', [LIFT]),
  ],
};

/** The first question; each answer leads to the next question or to the templates to use. */
export const CHOOSER: Question = {
  question: '您的单位是哪一类？',
  options: [
    need('enterprise', '企业', '公司、工厂等生产经营单位', {
      question: '您要写哪一种？',
      options: [
        INCIDENT([
          { slug: 'enterprise-petition-emergency-plan', why: '应对职工或相关人员集体上访、越级上访和人员聚集，写明事前掌握和突发两种情况下的处置步骤。' },
          { slug: 'enterprise-labour-dispute-emergency-plan', why: '应对欠薪、集体停工等劳资纠纷，写明工会的作用和劳动争议调解程序；起因是工资待遇时选这一份。' },
        ]),
        need('accident', '生产安全事故应急预案', '火灾、触电、机械伤害等事故', SAFETY),
        PLAN([INSTITUTION_PLAN]),
        DUTY([DUTY_RULES]),
        ONLINE,
      ],
    }),
    need('school', '学校', '中小学校、中心学校', {
      question: '您要写哪一种？',
      options: [
        INCIDENT([{ slug: 'school-stability-emergency-plan', why: '家长集体到校、校外人员滋扰、校内矛盾激化时，谁报告、多长时间内报告、怎么保护学生，都在这一份里。' }]),
        PLAN([
          { slug: 'school-stability-work-plan', why: '只安排维稳工作：一个学年的矛盾纠纷排查、师生权益保障和信息报告。' },
          { slug: 'school-safety-stability-work-plan', why: '把校园安全和稳定一起安排：安全检查、门卫巡逻、食品、交通、消防和心理健康，附检查分工表。' },
        ]),
        need('health', '食物中毒、传染病疫情的应急预案', '师生集体发病时怎么救治、报告、控制和复课', [
          { slug: 'school-food-poisoning-emergency-plan', why: '食堂、外购餐食或者饮用水引起师生发病时，先救治、封存可疑食品、按时限报告，并配合调查、恢复供餐。' },
          { slug: 'school-epidemic-emergency-plan', why: '传染病病例或者聚集性发热、腹泻出现时，写明晨午检和因病缺勤追踪、报告时限、健康观察、消毒和停课复课的衔接。' },
        ]),
        need('bullying', '预防和处置学生欺凌的工作方案', '欺凌怎么预防、发现、认定和处置', [{ slug: 'school-bullying-prevention-work-plan', why: '写明欺凌的界定、教育预防、发现报告、调查认定、分类处置和心理辅导，按学生欺凌防治的专门要求编写。' }]),
        DUTY([DUTY_RULES]),
        LIFT_OPTION,
        ONLINE,
      ],
    }),
    need('kindergarten', '幼儿园', '公办、民办幼儿园', [
      { slug: 'kindergarten-safety-emergency-plan', why: '火灾地震、外来人员侵害、幼儿走失、意外伤害、食物中毒和传染病都在这一份里，写明班级教师和保育员的分工和每季度的疏散演练。' },
    ]),
    need('institution', '机关、事业单位', '机关，以及文化场馆等事业单位', {
      question: '您要写哪一种？',
      options: [
        PLAN([INSTITUTION_PLAN]),
        need('petition', '信访工作制度', '接访、登记受理、办理答复和领导接访下访', [{ slug: 'petition-work-rules', why: '依照《信访工作条例》写明信访渠道、接待值班、登记受理、办理答复和复查复核的期限，以及领导接访下访。' }]),
        need('risk', '重大事项社会稳定风险评估工作方案', '征收、重大工程、政策调整等决策之前', [{ slug: 'social-stability-risk-assessment-work-plan', why: '作出土地征收、重大工程、重大政策调整等决策前，按这份方案组织社会稳定风险评估。' }]),
        DUTY([DUTY_RULES]),
        ONLINE,
      ],
    }),
    need('hospital', '医院', '医院等医疗机构', {
      question: '您要写哪一种？',
      options: [
        INCIDENT([{ slug: 'hospital-medical-order-emergency-plan', why: '医疗纠纷引发聚集、滞留或者伤害医务人员时，先救治患者、按时限报告、封存病历，并引导双方依法解决纠纷。' }]),
        DUTY([DUTY_RULES]),
        LIFT_OPTION,
        ONLINE,
      ],
    }),
    need('community', '村、社区', '村民委员会、社区居民委员会', {
      question: '您要写哪一种？',
      options: [
        INCIDENT([
          { slug: 'community-stability-emergency-plan', why: '针对居民集中反映诉求、矛盾激化等维稳事件；名为“工作方案”，实际是一份专项应急预案。' },
          { slug: 'village-community-emergency-plan', why: '应对自然灾害、事故灾难等各类突发事件的基层应急预案，按《突发事件应急预案管理办法》对村（社区）的要求编写。' },
        ]),
        PLAN([{ slug: 'dispute-screening-resolution-work-plan', why: '平时的矛盾纠纷排查化解：网格排查频次、登记分类、人民调解、分流衔接和跟踪回访，附登记表和台账。' }]),
        DUTY([
          { slug: 'community-duty-rules', why: '为社区写的值班制度：社区工作者和网格员轮值、夜间值班、居民求助受理和向街道值班室报告。' },
          { ...DUTY_RULES, why: '街道要求辖区各单位用统一格式时，用这份通用的值班制度。' },
        ]),
      ],
    }),
    need('township', '乡镇、街道', '乡镇人民政府、街道办事处', {
      question: '您要写哪一种？',
      options: [
        INCIDENT([{ slug: 'township-stability-emergency-plan', why: '写明综治中心的枢纽作用、与村（社区）的联动、本级分级响应和向县级报告的要求。' }]),
        need('holiday', '重要节日、敏感时期的安保工作方案', '节日和重大活动期间的接访、安全防范和值班', [{ slug: 'sensitive-period-security-work-plan', why: '按工作时段写明组织分工、接访办理、场所安全、值班值守和向县（区）报告的时限，正文以街道为例。' }]),
        PLAN([INSTITUTION_PLAN]),
        DUTY([DUTY_RULES]),
      ],
    }),
    need('joint', '几家单位联合防范', '工业园区、商圈、校园周边等片区', [
      { slug: 'joint-defence-emergency-plan', why: '为片区内多家单位建立联防机制：成员单位、联络和信号、相互支援、联合巡逻和依法共享信息。' },
    ]),
  ],
};

/**
 * The chooser for the templates a build actually has: picks of absent templates are dropped, then
 * answers that lead nowhere. The real catalog loses nothing (a unit test checks every slug); a build
 * of a few fixture templates gets a smaller chooser instead of failing.
 */
export function pruneChooser(node: Question, slugs: ReadonlySet<string>): Question;
export function pruneChooser(node: Question | Pick[], slugs: ReadonlySet<string>): Question | Pick[];
export function pruneChooser(node: Question | Pick[], slugs: ReadonlySet<string>): Question | Pick[] {
  if (Array.isArray(node)) return node.filter((pick) => slugs.has(pick.slug));
  const options = node.options
    .map((option) => ({ ...option, next: pruneChooser(option.next, slugs) }))
    .filter((option) => (Array.isArray(option.next) ? option.next.length > 0 : option.next.options.length > 0));
  return { ...node, options };
}

export interface ChooserStep {
  /** Path segments from /choose/. */
  path: string[];
  /** The answers given so far, as labels. */
  answers: string[];
  node: Question | Pick[];
}

/** Every page of the chooser, depth first. */
export function chooserSteps(node: Question | Pick[] = CHOOSER, path: string[] = [], answers: string[] = []): ChooserStep[] {
  const here: ChooserStep = { path, answers, node };
  if (Array.isArray(node)) return [here];
  return [here, ...node.options.flatMap((option) => chooserSteps(option.next, [...path, option.id], [...answers, option.label]))];
}

export const chooserUrl = (path: string[]): string => `/choose/${path.map((segment) => `${segment}/`).join('')}`;

/** One line per template on the facet pages: when to use it rather than its neighbours. */
export const USE_WHEN: Record<string, string> = {
  'enterprise-petition-emergency-plan': '职工或相关人员集体上访、人员聚集时用。',
  'school-stability-emergency-plan': '事发时用：家长集体到校、校外人员滋扰、校内矛盾激化怎么报告和处置。',
  'institution-stability-work-plan': '平时用：一年的综治维稳工作怎么安排、谁负责。',
  'school-stability-work-plan': '平时用：一个学年的维稳工作安排，只管维稳。',
  'school-safety-stability-work-plan': '平时用：校园安全和稳定一起安排，含食品、交通、消防。',
  'stability-duty-rules': '通用值班制度，机关、企事业单位和街道（乡镇）都可用。',
  'community-stability-emergency-plan': '事发时用：名为“工作方案”，按专项应急预案编写。',
  'enterprise-labour-dispute-emergency-plan': '欠薪、集体停工等劳资纠纷时用。',
  'community-duty-rules': '社区专用值班制度；需要统一格式时可用通用的维稳应急值班制度。',
  'joint-defence-emergency-plan': '片区内多家单位联合防范时用。',
  'township-stability-emergency-plan': '事发时用：乡镇（街道）的分级响应和村（社区）联动。',
  'production-safety-comprehensive-plan': '全单位的总预案，专项预案和现场处置方案的总纲。',
  'fire-special-emergency-plan': '针对一类事故（以火灾为例）的专项预案。',
  'onsite-response-plan': '某个岗位的现场处置步骤，以表格为主。',
  'sensitive-period-security-work-plan': '重要节日和重大活动期间用：接访、安全防范和值班的阶段安排。',
  'online-public-opinion-response-plan': '本单位的事在网上引起广泛关注时用，各类单位通用。',
  'dispute-screening-resolution-work-plan': '平时用：村（社区）常态化排查化解矛盾纠纷。',
  'hospital-medical-order-emergency-plan': '医疗纠纷引发聚集、扰乱医疗秩序时用。',
  'school-bullying-prevention-work-plan': '平时和发现欺凌时用：预防、认定和处置学生欺凌。',
  'petition-work-rules': '信访工作制度：接访、受理、办理答复和领导接访下访。',
  'social-stability-risk-assessment-work-plan': '重大决策作出之前用：社会稳定风险评估。',
  'village-community-emergency-plan': '村（社区）应对各类突发事件的总预案。',
  'confined-space-onsite-plan': '有限空间作业的现场处置步骤：先通风、再检测、后作业，严禁盲目施救。',
  'lift-entrapment-response-plan': '电梯困人时用：物业、学校、医院通用，附处置卡。',
  'school-food-poisoning-emergency-plan': '师生因食堂、外购餐食或者饮用水集体发病时用。',
  'school-epidemic-emergency-plan': '校内出现传染病病例或者聚集性发热、腹泻时用。',
  'kindergarten-safety-emergency-plan': '幼儿园应对各类突发事件的总预案，按班级落实保教人员责任。',
};
