/**
 * The details of the unit profile (单位信息) a template's fields may stand for (frontmatter
 * `profile:`). Part of the model, so the frontmatter schema, the model's types and the browser's
 * stored profile (src/lib/storage/profile.ts) share one list.
 */
export type ProfileKind = 'text' | 'phone' | 'person';

/** Every detail the profile knows, in form order. Keys are what templates map their fields to. */
export const PROFILE_FIELDS = [
  { key: 'orgName', kind: 'text', label: '单位名称', help: '与公章一致的全称。' },
  { key: 'parentOrg', kind: 'text', label: '上级主管单位', help: '如某某区教育局、某某街道办事处。' },
  { key: 'localGov', kind: 'text', label: '属地乡镇（街道）', help: '单位所在地的乡镇人民政府或街道办事处。' },
  { key: 'localPolice', kind: 'text', label: '属地派出所', help: '单位所在地的公安派出所。' },
  { key: 'address', kind: 'text', label: '单位地址', help: '办公地址。' },
  { key: 'principal', kind: 'person', label: '主要负责人', help: '姓名和职务，通常任领导小组组长。' },
  { key: 'deputy', kind: 'person', label: '分管负责人', help: '分管安全稳定工作的负责人。' },
  { key: 'officeHead', kind: 'person', label: '办公室负责人', help: '牵头日常工作的部门负责人。' },
  { key: 'contact', kind: 'person', label: '应急联系人', help: '姓名、职务。' },
  { key: 'dutyPhone', kind: 'phone', label: '值班电话', help: '24小时有人接听的电话。' },
  { key: 'docCode', kind: 'text', label: '发文机关代字', help: '发文字号中的代字，如某中、某社居。' },
  { key: 'recipients', kind: 'text', label: '主送机关', help: '印发通知的主送对象，如各处室、各年级组。' },
  { key: 'printer', kind: 'text', label: '印发机关', help: '版记中的印发机关，一般为办公室，如某某市第一中学办公室。' },
] as const satisfies readonly { key: string; kind: ProfileKind; label: string; help: string }[];

export type ProfileKey = (typeof PROFILE_FIELDS)[number]['key'];
export const PROFILE_KEYS = PROFILE_FIELDS.map((field) => field.key) as [ProfileKey, ...ProfileKey[]];
