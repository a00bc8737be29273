/** Organisation types of the catalog: URL id → label authors write in frontmatter. */
export const ORG_TYPE_LABELS = {
  enterprise: '企业',
  school: '学校',
  kindergarten: '幼儿园',
  institution: '机关事业单位',
  community: '社区',
  township: '乡镇（街道）',
  'joint-defence': '多单位联防',
  production: '生产经营单位',
  hospital: '医院',
  general: '通用',
} as const;

/** Plan kinds of the catalog: URL id → label. */
export const PLAN_KIND_LABELS = {
  comprehensive: '综合应急预案',
  special: '专项应急预案',
  onsite: '现场处置方案',
  'work-plan': '工作方案',
  rules: '工作制度',
} as const;

export type OrgTypeId = keyof typeof ORG_TYPE_LABELS;
export type PlanKindId = keyof typeof PLAN_KIND_LABELS;

function idOf<T extends Record<string, string>>(labels: T, label: string): keyof T {
  const entry = Object.entries(labels).find(([, value]) => value === label);
  if (!entry) throw new Error(`Unknown label "${label}"; expected one of ${Object.values(labels).join('、')}.`);
  return entry[0] as keyof T;
}

export const orgTypeId = (label: string): OrgTypeId => idOf(ORG_TYPE_LABELS, label);
export const planKindId = (label: string): PlanKindId => idOf(PLAN_KIND_LABELS, label);
