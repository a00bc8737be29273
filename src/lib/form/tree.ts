import { looksLikePhone } from '../model/text';
import type { FieldSpec, Group, Person, Values } from '../model/types';
import { h, type HElement, type HNode } from '../render/hnode';
import { listHasPhone } from './edit';

/**
 * The form as an element tree, from the fields and the current values: built into the page at build
 * time, and redrawn in the browser (only the changed parts touch the DOM). Every control's `name`
 * is the value it edits (see edit.ts); each field's first control has the id `f-<key>`.
 */

type Field<K extends FieldSpec['kind']> = Extract<FieldSpec, { kind: K }>;

export const fieldId = (key: string): string => `f-${key}`;

const str = (value: unknown): string => (typeof value === 'string' ? value : '');

/** A visible star that screen readers read as 必填. */
const star = (field: FieldSpec): HNode | undefined =>
  field.required ? h('span', { class: 'req' }, h('span', { 'aria-hidden': 'true' }, ' *'), h('span', { class: 'visually-hidden' }, '（必填）')) : undefined;

const help = (field: FieldSpec): HElement => h('p', { class: 'help', id: `${fieldId(field.key)}-help` }, field.help);

/** A hint under a control: never blocks, only says what looks wrong. */
export function hintFor(field: FieldSpec, value: string): string {
  const text = value.trim();
  if (!text) return '';
  if (field.kind === 'phone' && !looksLikePhone(text)) return '号码格式看起来不对，请核对（不影响导出）。';
  if (field.kind === 'number' && !/^\d+(\.\d+)?$/.test(text.replace(/[,，]/g, ''))) return '请填写数字，如 30（单位已写在句子里）。';
  // Every number a plan asks for is a count, a limit or a period: 0 drills or 0 minutes is a slip.
  if (field.kind === 'number' && Number(text.replace(/[,，]/g, '')) === 0) return '不能为 0：请填写 1 或更大的数（单位已写在句子里）。';
  return '';
}

interface Control {
  name: string;
  label: string;
  value: string;
  id?: string | undefined;
  placeholder?: string | undefined;
  required?: boolean | undefined;
}

const input = ({ name, label, value, id, placeholder, required }: Control): HElement =>
  h('input', { type: 'text', id, name, 'aria-label': label, placeholder, value, required });

function simple(field: Field<'text' | 'longtext' | 'date' | 'phone' | 'number' | 'choice'>, values: Values): HElement {
  const id = fieldId(field.key);
  const value = str(values[field.key]);
  const common = { id, name: field.key, 'aria-describedby': `${id}-help ${id}-hint`, required: field.required };
  const placeholder = field.kind === 'date' ? undefined : `例：${String(field.example).split('\n')[0]}`;
  let control: HElement;
  if (field.kind === 'longtext') control = h('textarea', { ...common, rows: '4', placeholder }, value);
  else if (field.kind === 'choice') {
    control = h('select', common, h('option', { value: '', selected: value === '' }, '请选择'), field.options.map((o) => h('option', { value: o, selected: value === o }, o)));
  } else {
    const type = field.kind === 'date' ? 'date' : field.kind === 'phone' ? 'tel' : 'text';
    control = h('input', { ...common, type, inputmode: field.kind === 'number' ? 'decimal' : undefined, placeholder, value, autocomplete: 'off' });
  }
  return h('div', { class: 'field', 'data-field-box': field.key },
    h('label', { for: id }, field.label, star(field)), help(field), control,
    h('p', { class: 'hint', id: `${id}-hint`, 'aria-live': 'polite' }, hintFor(field, value)));
}

function box(field: FieldSpec, ...content: (HNode | HNode[] | undefined)[]): HElement {
  return h('fieldset', { class: 'field compound', 'data-field-box': field.key, 'aria-describedby': `${fieldId(field.key)}-help` },
    h('legend', {}, field.label, star(field)), help(field), ...content);
}

/** Name, title (and phone) of one person. */
function personControls(person: Person | undefined, name: string, label: string, options: { id?: string | undefined; phone?: boolean; example?: Person | undefined; required?: boolean | undefined }): HElement {
  return h('span', { class: 'person' },
    input({ name: `${name}.name`, label: `${label}姓名`, value: person?.name ?? '', id: options.id, placeholder: options.example ? `例：${options.example.name}` : '姓名', required: options.required }),
    input({ name: `${name}.title`, label: `${label}职务`, value: person?.title ?? '', placeholder: options.example ? `例：${options.example.title}` : '职务' }),
    options.phone ? input({ name: `${name}.phone`, label: `${label}电话`, value: person?.phone ?? '', placeholder: '电话' }) : undefined);
}

/**
 * 上移 / 下移 / 删除 for row `index` of `count`, named after the row for screen readers. A work
 * group's delete button names the group (删除第1组, so its visible text is its accessible name) and
 * looks unlike deleting one person.
 */
function rowButtons(path: string, index: number, count: number, rowName: string, whole = false): HElement {
  const button = (op: string, text: string, disabled: boolean, danger = false) =>
    h('button', { type: 'button', class: danger ? 'secondary small danger' : 'secondary small', 'data-op': op, 'data-list': path, 'data-index': String(index), 'aria-label': `${op === 'del' ? '删除' : text}${rowName}`, disabled }, text);
  return h('span', { class: 'row-buttons' }, button('up', '上移', index === 0), button('down', '下移', index === count - 1), button('del', whole ? `删除${rowName}` : '删除', false, whole));
}

const addButton = (path: string, text: string, label: string): HElement =>
  h('button', { type: 'button', class: 'secondary small add', 'data-op': 'add', 'data-list': path, 'aria-label': label }, text);

/** An empty list shows one blank row to type into; the row exists in the values once typed in. */
const rowsToShow = <T>(list: T[]): (T | undefined)[] => (list.length > 0 ? list : [undefined]);

function personRows(list: Person[], path: string, rowName: string, options: { id?: string | undefined; phone: boolean; example?: Person | undefined; required?: boolean | undefined }): HElement {
  const rows = rowsToShow(list).map((person, i) =>
    h('li', { 'data-row': `${path}.${i}` },
      personControls(person, `${path}.${i}`, `${rowName}第${i + 1}人`, { id: i === 0 ? options.id : undefined, phone: options.phone, example: i === 0 ? options.example : undefined, required: i === 0 && options.required }),
      list.length > 0 ? rowButtons(path, i, list.length, `${rowName}第${i + 1}人`) : undefined));
  return h('div', { class: 'rows' }, h('ol', { class: 'row-list' }, rows), addButton(path, '添加一人', `添加一人：${rowName}`));
}

function group(field: FieldSpec, item: Group, i: number, count: number): HElement {
  const label = `第${i + 1}组`;
  const path = `${field.key}.${i}`;
  const line = (mini: string, ...content: HNode[]) => h('div', { class: 'row-line' }, h('span', { class: 'mini-label', 'aria-hidden': 'true' }, mini), ...content);
  return h('li', { 'data-row': path },
    h('fieldset', { class: 'group' },
      h('legend', {}, `${label}${item.name.trim() ? `：${item.name.trim()}` : ''}`),
      h('div', { class: 'row-line' },
        input({ name: `${path}.name`, label: `${label}名称`, value: item.name, id: i === 0 ? fieldId(field.key) : undefined, placeholder: '组名，如 后勤保障组', required: field.required && i === 0 }),
        rowButtons(field.key, i, count, label, true)),
      line('组长', personControls(item.leader, `${path}.leader`, `${label}组长`, {})),
      line('副组长', personControls(item.deputy, `${path}.deputy`, `${label}副组长`, {})),
      line('成员', personRows(item.members, `${path}.members`, `${label}成员`, { phone: false })),
      h('span', { class: 'mini-label', 'aria-hidden': 'true' }, '职责'),
      h('textarea', { name: `${path}.duties`, rows: '3', 'aria-label': `${label}职责`, placeholder: '每行一条' }, item.duties)));
}

function groups(field: Field<'groupList'>, values: Values): HElement {
  const list = Array.isArray(values[field.key]) ? (values[field.key] as Group[]) : [];
  const items = list.map((item, i) => group(field, item, i, list.length));
  return box(field, h('ol', { class: 'group-list' }, items), addButton(field.key, '添加工作组', `添加工作组：${field.label}`));
}

function table(field: Field<'table'>, values: Values): HElement {
  const rows = Array.isArray(values[field.key]) ? (values[field.key] as string[][]) : [];
  const id = fieldId(field.key);
  const items = rowsToShow(rows).map((row, r) =>
    h('li', { 'data-row': `${field.key}.${r}` },
      h('span', { class: 'cells' }, field.columns.map((column, c) =>
        input({ name: `${field.key}.${r}.${c}`, label: `${field.label}第${r + 1}行${column}`, value: row?.[c] ?? '', id: r === 0 && c === 0 ? id : undefined, placeholder: r === 0 ? `例：${field.example[0]?.[c] ?? column}` : column, required: field.required && r === 0 && c === 0 }))),
      rows.length > 0 ? rowButtons(field.key, r, rows.length, `${field.label}第${r + 1}行`) : undefined));
  return box(field, h('p', { class: 'help' }, `列：${field.columns.join('、')}`), h('ol', { class: 'row-list' }, items), addButton(field.key, '添加一行', `添加一行：${field.label}`));
}

function optional(field: Field<'optional'>, values: Values): HElement {
  const id = fieldId(field.key);
  return h('div', { class: 'field check', 'data-field-box': field.key },
    h('input', { type: 'checkbox', id, name: field.key, 'aria-describedby': `${id}-help`, checked: values[field.key] !== false }),
    h('label', { for: id }, `包含：${field.label}`), help(field));
}

function fieldTree(field: FieldSpec, values: Values): HElement {
  switch (field.kind) {
    case 'person': {
      const value = values[field.key];
      const person = value && typeof value === 'object' && !Array.isArray(value) ? (value as Person) : undefined;
      return box(field, personControls(person, field.key, field.label, { id: fieldId(field.key), example: field.example, required: field.required }));
    }
    case 'personList': {
      const list = Array.isArray(values[field.key]) ? (values[field.key] as Person[]) : [];
      return box(field, personRows(list, field.key, field.label, { id: fieldId(field.key), phone: listHasPhone(field), example: field.example[0], required: field.required }));
    }
    case 'groupList':
      return groups(field, values);
    case 'table':
      return table(field, values);
    case 'optional':
      return optional(field, values);
    default:
      return simple(field, values);
  }
}

/** Every field of a template, in order. */
export function formTree(fields: FieldSpec[], values: Values): HElement[] {
  return fields.map((field) => fieldTree(field, values));
}
