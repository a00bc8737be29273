/**
 * The form of the 印发通知, the 单位信息 (unit profile) and the 草稿 (named drafts) panels, as element
 * trees: built with the page and redrawn by the editor from the same functions. Pure.
 */
import { formatPerson } from '../model/text';
import type { Person } from '../model/types';
import { NOTICE_LABELS, standardBody } from '../notice/notice';
import type { NoticeKey, NoticeValues } from '../notice/types';
import { PROFILE_FIELDS, type Profile } from '../storage/profile';
import type { DraftSet } from '../storage/draft-set';
import { h, type HElement } from '../render/hnode';
import { fieldId } from './tree';

const NOTICE_HELP: Partial<Record<NoticeKey, string>> = {
  mark: '留空则为“单位名称＋文件”，如某某市第一中学文件。',
  code: '发文字号中的代字，如某中、某社居。',
  year: '留空则取成文日期的年份。',
  serial: '本年度发文的顺序号，不加“第”，不编虚位（写 3，不写 003）。',
  signer: '上行文须标注签发人姓名。',
  recipients: '如各处室、各年级组；多个机关用顿号隔开，末尾的冒号自动加上。',
  body: '留空则用标准表述；“《标题》”会自动换成预案标题。',
  signatory: '留空则为单位名称。',
  date: '领导签发的日期，用阿拉伯数字显示，如 2026年6月29日。',
  copyNumber: '涉密公文须标注份号，一般用 6 位数字，如 000001。',
  secrecy: '如：秘密★1年。不涉密的留空。',
  urgency: '紧急公文标注“特急”或“加急”，不紧急的留空。',
  cc: '除主送机关外需要知晓的机关，如某某市教育局。',
  printer: '一般为办公室，如某某市第一中学办公室。',
  printDate: '留空则同成文日期。',
};

const id = (key: string) => fieldId(`notice-${key}`);

function text(key: NoticeKey, values: NoticeValues, type = 'text', placeholder?: string): HElement {
  const value = values[key] as string;
  return h('div', { class: 'field', 'data-field-box': `notice.${key}` },
    h('label', { for: id(key) }, NOTICE_LABELS[key]),
    NOTICE_HELP[key] ? h('p', { class: 'help', id: `${id(key)}-help` }, NOTICE_HELP[key]) : undefined,
    key === 'body'
      ? h('textarea', { id: id(key), name: `notice.${key}`, rows: '4', placeholder, 'aria-describedby': `${id(key)}-help` }, value)
      : h('input', { type, id: id(key), name: `notice.${key}`, value, placeholder, autocomplete: 'off', 'aria-describedby': NOTICE_HELP[key] ? `${id(key)}-help` : undefined }));
}

function check(key: 'upward' | 'attachPlan' | 'sealed', label: string, values: NoticeValues, help?: string): HElement {
  return h('div', { class: 'field check' },
    h('input', { type: 'checkbox', id: id(key), name: `notice.${key}`, checked: values[key] }),
    h('label', { for: id(key) }, label),
    help ? h('p', { class: 'help' }, help) : undefined);
}

/**
 * Near the top of the form: 正式发文 (the plan behind a red-header 印发通知) or the plan alone.
 * Neither is picked until the user picks one; until then the notice is off.
 */
export function noticeChoice(values: NoticeValues): HElement {
  const option = (value: 'notice' | 'plain', label: string, help: string) =>
    h('p', { class: 'field check' },
      h('input', { type: 'radio', id: id(`choice-${value}`), name: 'notice-choice', value, checked: values.chosen && values.enabled === (value === 'notice') }),
      h('label', { for: id(`choice-${value}`) }, label, h('span', { class: 'help' }, help)));
  return h('fieldset', { class: 'field compound notice-choice' },
    h('legend', {}, '这份预案怎样印发？'),
    option('notice', '正式发文（带红头的印发通知）', '预案前加“关于印发《…》的通知”，填写发文字号、主送机关等；Word 文件、打印和预览中同时出现。'),
    option('plain', '仅预案正文', '只要预案本身，以后可以再改。'));
}

/** 印发通知: 加盖印章 and the notice's own fields (shown when 正式发文 is chosen). */
export function noticeForm(values: NoticeValues, kind: string | undefined): HElement {
  return h('details', { class: 'side-panel notice-panel', open: true },
    h('summary', {}, '印发通知和落款'),
    h('p', { class: 'help', hidden: values.enabled }, '在表单开头选择“正式发文（带红头的印发通知）”后，在这里填写印发通知。'),
    check('sealed', '加盖印章', values, '影响署名和成文日期的位置（GB/T 9704 第7.3.5条）。'),
    h('div', { class: 'notice-fields', hidden: !values.enabled },
      text('mark', values),
      h('div', { class: 'field-row' }, text('code', values), text('year', values, 'text', '2026'), text('serial', values)),
      check('upward', '上行文（报送上级机关，标注签发人）', values),
      h('div', { hidden: !values.upward }, text('signer', values)),
      text('recipients', values),
      text('body', values, 'text', standardBody(kind)),
      check('attachPlan', '以附件形式附上预案（加附件说明）', values, '印发类通知一般不加；需要时勾选。'),
      text('signatory', values),
      text('date', values, 'date'),
      h('details', { class: 'more-fields' },
        h('summary', {}, '份号、密级、紧急程度和版记'),
        text('copyNumber', values), text('secrecy', values), text('urgency', values),
        text('cc', values), text('printer', values), text('printDate', values, 'date'))));
}

const personText = (value: string | Person | undefined): string => (typeof value === 'string' ? value : value ? formatPerson(value) : '');

/** 单位信息: entered once, offered to every template whose fields mean the same. */
export function profileForm(profile: Profile): HElement {
  const control = (field: (typeof PROFILE_FIELDS)[number]) => {
    const name = `profile.${field.key}`;
    const value = profile[field.key];
    if (field.kind === 'person') {
      const person = typeof value === 'object' ? value : undefined;
      return h('fieldset', { class: 'field compound' },
        h('legend', {}, field.label),
        h('span', { class: 'person' },
          h('input', { type: 'text', id: fieldId(`profile-${field.key}`), name: `${name}.name`, 'aria-label': `${field.label}姓名`, placeholder: '姓名', value: person?.name ?? '' }),
          h('input', { type: 'text', name: `${name}.title`, 'aria-label': `${field.label}职务`, placeholder: '职务', value: person?.title ?? '' })));
    }
    return h('div', { class: 'field' },
      h('label', { for: fieldId(`profile-${field.key}`) }, field.label),
      h('input', { type: field.kind === 'phone' ? 'tel' : 'text', id: fieldId(`profile-${field.key}`), name, value: personText(value), placeholder: field.help, autocomplete: 'off' }));
  };
  return h('details', { class: 'side-panel profile-panel' },
    h('summary', {}, '本单位信息（各模板共用）'),
    h('p', { class: 'help' }, '填一次，在其他模板中点“使用本单位信息”即可带入同样含义的栏目；带入后仍可逐项改动。只保存在本浏览器里。'),
    h('p', { class: 'panel-buttons' },
      h('button', { type: 'button', 'data-action': 'profile-apply' }, '使用本单位信息'),
      h('button', { type: 'button', class: 'secondary', 'data-action': 'profile-take' }, '把本模板已填的存为本单位信息')),
    h('div', { class: 'profile-fields' }, PROFILE_FIELDS.map(control)));
}

/** 草稿: the template's named drafts and the buttons that manage them; 导出 / 导入 all data. */
export function draftsForm(set: DraftSet): HElement {
  const options = set.drafts.length > 0 ? set.drafts.map((d) => h('option', { value: d.id, selected: d.id === set.current }, d.name)) : [h('option', { value: '' }, '草稿（尚未保存）')];
  return h('details', { class: 'side-panel drafts-panel' },
    h('summary', {}, '草稿和我的数据'),
    h('div', { class: 'field' },
      h('label', { for: 'draft-select' }, '当前草稿'),
      h('select', { id: 'draft-select', class: 'draft-select', name: 'draft-select', disabled: set.drafts.length === 0 }, options)),
    h('p', { class: 'panel-buttons' },
      h('button', { type: 'button', class: 'secondary small', 'data-action': 'draft-save-as' }, '另存为'),
      h('button', { type: 'button', class: 'secondary small', 'data-action': 'draft-rename', disabled: set.drafts.length === 0 }, '重命名'),
      h('button', { type: 'button', class: 'secondary small', 'data-action': 'draft-delete', disabled: set.drafts.length === 0 }, '删除'),
      h('button', { type: 'button', class: 'secondary small', 'data-action': 'draft-new' }, '开始新的')),
    h('p', { class: 'help' }, '把本单位信息和所有模板的草稿导出为一个文件，可在另一台电脑上导入，或交给同事。'),
    h('p', { class: 'panel-buttons' },
      h('button', { type: 'button', class: 'secondary small', 'data-action': 'data-export' }, '导出我的数据'),
      h('button', { type: 'button', class: 'secondary small', 'data-action': 'data-import' }, '导入数据…'),
      h('input', { type: 'file', class: 'data-import', accept: '.json,application/json', hidden: true, 'aria-label': '选择要导入的数据文件' })),
    h('p', { class: 'data-status', role: 'status' }));
}
