import type { FieldSpec, Group, Person, Values } from '../../lib/model/types';
import { looksLikePhone } from '../../lib/model/text';
import { announce, el } from '../dom';
import { moveItem, rowButtons } from './list-controls';

type Field<K extends FieldSpec['kind']> = Extract<FieldSpec, { kind: K }>;

export const fieldId = (key: string): string => `f-${key}`;
const BATCH = 4;

/** Builds the form for a template's fields and keeps `values` in step with what the user types. */
export class FieldForm {
  /** Counts renders, so a newer render stops an older one still building. */
  private run = 0;

  constructor(
    private readonly root: HTMLElement,
    private readonly fields: FieldSpec[],
    private values: Values,
    private readonly onChange: () => void,
  ) {}

  /** Builds the fields a few at a time, yielding between batches so the page stays responsive. */
  async render(values: Values = this.values): Promise<void> {
    this.values = values;
    const run = ++this.run;
    this.root.replaceChildren();
    for (let i = 0; i < this.fields.length; i += BATCH) {
      if (run !== this.run) return;
      this.root.append(...this.fields.slice(i, i + BATCH).map((field) => this.field(field)));
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
  }

  private set(key: string, value: Values[string]): void {
    this.values[key] = value;
    this.onChange();
  }

  /** Rebuilds one field after rows are added, moved or removed, and puts focus back where it belongs. */
  private refresh(field: FieldSpec, focusSelector?: string): void {
    const old = this.root.querySelector(`[data-field-box="${field.key}"]`);
    const fresh = this.field(field);
    old?.replaceWith(fresh);
    this.onChange();
    const target = (focusSelector && fresh.querySelector<HTMLElement>(focusSelector)) || fresh.querySelector<HTMLElement>('button.add');
    target?.focus();
  }

  private field(field: FieldSpec): HTMLElement {
    switch (field.kind) {
      case 'person':
        return this.person(field);
      case 'personList':
        return this.box(field, this.personList(field, this.listOf<Person>(field.key), () => this.refresh(field), field.label));
      case 'groupList':
        return this.groups(field);
      case 'table':
        return this.table(field);
      case 'optional':
        return this.optional(field);
      default:
        return this.simple(field);
    }
  }

  private listOf<T>(key: string): T[] {
    const value = this.values[key];
    if (Array.isArray(value)) return value as T[];
    const list: T[] = [];
    this.values[key] = list as Values[string];
    return list;
  }

  private help(field: FieldSpec): HTMLElement {
    return el('p', { class: 'help', id: `${fieldId(field.key)}-help` }, field.help);
  }

  /** A <fieldset> for compound fields, with the label as legend and the help text. */
  private box(field: FieldSpec, ...content: HTMLElement[]): HTMLElement {
    return el('fieldset', { class: 'field compound', 'data-field-box': field.key, 'aria-describedby': `${fieldId(field.key)}-help` },
      el('legend', {}, field.label, field.required ? el('span', { class: 'req', 'aria-hidden': 'true' }, ' *') : undefined),
      this.help(field), ...content);
  }

  private simple(field: Field<'text' | 'longtext' | 'date' | 'phone' | 'number' | 'choice'>): HTMLElement {
    const id = fieldId(field.key);
    const current = typeof this.values[field.key] === 'string' ? (this.values[field.key] as string) : '';
    const common = { id, name: field.key, 'aria-describedby': `${id}-help ${id}-hint`, required: field.required };
    const placeholder = field.kind === 'date' ? undefined : `例：${String(field.example).split('\n')[0]}`;
    let input: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;
    if (field.kind === 'longtext') input = el('textarea', { ...common, rows: '4', placeholder });
    else if (field.kind === 'choice') input = el('select', common, el('option', { value: '' }, '请选择'), ...field.options.map((o) => el('option', { value: o }, o)));
    else input = el('input', { ...common, type: field.kind === 'date' ? 'date' : field.kind === 'phone' ? 'tel' : 'text', inputmode: field.kind === 'number' ? 'decimal' : undefined, placeholder, autocomplete: 'off' });
    input.value = current;
    const hint = el('p', { class: 'hint', id: `${id}-hint`, 'aria-live': 'polite' });
    const check = () => (hint.textContent = field.kind === 'phone' && input.value.trim() && !looksLikePhone(input.value) ? '号码格式看起来不对，请核对（不影响导出）。' : '');
    input.addEventListener('input', () => {
      check();
      this.set(field.key, input.value);
    });
    check();
    return el('div', { class: 'field', 'data-field-box': field.key },
      el('label', { for: id }, field.label, field.required ? el('span', { class: 'req', 'aria-hidden': 'true' }, ' *') : undefined),
      this.help(field), input, hint);
  }

  private textInput(id: string | undefined, label: string, value: string, onInput: (value: string) => void, placeholder?: string): HTMLInputElement {
    const input = el('input', { type: 'text', id, 'aria-label': label, placeholder, autocomplete: 'off' });
    input.value = value;
    input.addEventListener('input', () => onInput(input.value));
    return input;
  }

  private personInputs(person: Person, label: string, id: string | undefined, withPhone: boolean, example?: Person, beforeChange?: () => void): HTMLElement {
    const changed = () => {
      beforeChange?.();
      this.onChange();
    };
    return el('span', { class: 'person' },
      this.textInput(id, `${label}姓名`, person.name, (v) => ((person.name = v), changed()), example ? `例：${example.name}` : '姓名'),
      this.textInput(undefined, `${label}职务`, person.title, (v) => ((person.title = v), changed()), example ? `例：${example.title}` : '职务'),
      withPhone ? this.textInput(undefined, `${label}电话`, person.phone ?? '', (v) => ((person.phone = v), changed()), '电话') : undefined);
  }

  private person(field: Field<'person'>): HTMLElement {
    const value = this.values[field.key];
    const person: Person = value && typeof value === 'object' && !Array.isArray(value) ? (value as Person) : { name: '', title: '' };
    this.values[field.key] = person;
    return this.box(field, this.personInputs(person, field.label, fieldId(field.key), false, field.example));
  }

  /** Rows of people; used for personList fields and for a group's members. */
  private personList(field: FieldSpec, list: Person[], refresh: (focus?: string) => void, rowName: string, idPrefix = fieldId(field.key)): HTMLElement {
    const withPhone = field.kind === 'personList' && field.example.some((p) => p.phone);
    const example = field.kind === 'personList' ? field.example[0] : undefined;
    const actions = {
      move: (from: number, to: number) => (moveItem(list, from, to), refresh(`[data-row="${idPrefix}-${to}"] input`)),
      remove: (index: number) => (list.splice(index, 1), announce(`已删除${rowName}第${index + 1}行`), refresh()),
    };
    const rows = list.map((person, i) =>
      el('li', { 'data-row': `${idPrefix}-${i}` }, this.personInputs(person, `${rowName}第${i + 1}人`, i === 0 ? idPrefix : undefined, withPhone, i === 0 ? example : undefined), rowButtons(i, list.length, `${rowName}第${i + 1}人`, actions)));
    const add = el('button', { type: 'button', class: 'secondary small add', id: list.length === 0 ? idPrefix : undefined, 'aria-label': `添加一人：${rowName}` }, '添加一人');
    add.addEventListener('click', () => {
      list.push({ name: '', title: '', ...(withPhone ? { phone: '' } : {}) });
      announce(`已添加${rowName}第${list.length}人`);
      refresh(`[data-row="${idPrefix}-${list.length - 1}"] input`);
    });
    return el('div', { class: 'rows' }, el('ol', { class: 'row-list' }, ...rows), add);
  }

  private groups(field: Field<'groupList'>): HTMLElement {
    const groups = this.listOf<Group>(field.key);
    const refresh = (focus?: string) => this.refresh(field, focus);
    const id = fieldId(field.key);
    const actions = {
      move: (from: number, to: number) => (moveItem(groups, from, to), refresh(`[data-group="${to}"] input`)),
      remove: (index: number) => (groups.splice(index, 1), announce(`已删除第${index + 1}组`), refresh()),
    };
    const items = groups.map((group, i) => this.group(field, group, i, groups.length, actions, refresh));
    const add = el('button', { type: 'button', class: 'secondary small add', id: groups.length === 0 ? id : undefined }, '添加工作组');
    add.addEventListener('click', () => {
      groups.push({ name: '', leader: { name: '', title: '' }, members: [], duties: '' });
      announce(`已添加第${groups.length}组`);
      refresh(`[data-group="${groups.length - 1}"] input`);
    });
    return this.box(field, el('ol', { class: 'group-list' }, ...items), add);
  }

  private group(field: Field<'groupList'>, group: Group, i: number, count: number, actions: Parameters<typeof rowButtons>[3], refresh: (focus?: string) => void): HTMLElement {
    const label = `第${i + 1}组`;
    const id = i === 0 ? fieldId(field.key) : undefined;
    const name = this.textInput(id, `${label}名称`, group.name, (v) => ((group.name = v), this.onChange()), '组名，如 后勤保障组');
    // Only groups that have a deputy print a 副组长 line; another group gets one once the user names a deputy.
    const deputy = group.deputy ?? { name: '', title: '' };
    const adoptDeputy = () => {
      if (!group.deputy && (deputy.name.trim() || deputy.title.trim())) group.deputy = deputy;
    };
    const duties = el('textarea', { rows: '3', 'aria-label': `${label}职责`, placeholder: '职责，每行一条' });
    duties.value = group.duties;
    duties.addEventListener('input', () => ((group.duties = duties.value), this.onChange()));
    return el('li', { 'data-group': String(i) },
      el('fieldset', { class: 'group' },
        el('legend', {}, `${label}${group.name ? `：${group.name}` : ''}`),
        el('p', { class: 'row-line' }, name, rowButtons(i, count, label, actions)),
        el('p', { class: 'row-line' }, el('span', { class: 'mini-label', 'aria-hidden': 'true' }, '组长'), this.personInputs(group.leader, `${label}组长`, undefined, false)),
        el('p', { class: 'row-line' }, el('span', { class: 'mini-label', 'aria-hidden': 'true' }, '副组长'), this.personInputs(deputy, `${label}副组长`, undefined, false, undefined, adoptDeputy)),
        el('div', { class: 'row-line' }, el('span', { class: 'mini-label', 'aria-hidden': 'true' }, '成员'), this.personList(field, group.members, refresh, `${label}成员`, `${fieldId(field.key)}-g${i}`)),
        duties));
  }

  private table(field: Field<'table'>): HTMLElement {
    const rows = this.listOf<string[]>(field.key);
    const id = fieldId(field.key);
    const refresh = (focus?: string) => this.refresh(field, focus);
    const actions = {
      move: (from: number, to: number) => (moveItem(rows, from, to), refresh(`[data-row="${id}-${to}"] input`)),
      remove: (index: number) => (rows.splice(index, 1), announce(`已删除第${index + 1}行`), refresh()),
    };
    const items = rows.map((row, r) =>
      el('li', { 'data-row': `${id}-${r}` },
        el('span', { class: 'cells' }, ...field.columns.map((column, c) => this.textInput(r === 0 && c === 0 ? id : undefined, `第${r + 1}行${column}`, row[c] ?? '', (v) => ((row[c] = v), this.onChange()), r === 0 ? `例：${field.example[0]?.[c] ?? column}` : column))),
        rowButtons(r, rows.length, `第${r + 1}行`, actions)));
    const add = el('button', { type: 'button', class: 'secondary small add', id: rows.length === 0 ? id : undefined, 'aria-label': `添加一行：${field.label}` }, '添加一行');
    add.addEventListener('click', () => {
      rows.push(field.columns.map(() => ''));
      announce(`已添加第${rows.length}行`);
      refresh(`[data-row="${id}-${rows.length - 1}"] input`);
    });
    return this.box(field, el('p', { class: 'help' }, `列：${field.columns.join('、')}`), el('ol', { class: 'row-list' }, ...items), add);
  }

  private optional(field: Field<'optional'>): HTMLElement {
    const id = fieldId(field.key);
    const box = el('input', { type: 'checkbox', id, 'aria-describedby': `${id}-help` });
    box.checked = this.values[field.key] !== false;
    box.addEventListener('change', () => this.set(field.key, box.checked));
    return el('div', { class: 'field check', 'data-field-box': field.key }, box, el('label', { for: id }, `包含：${field.label}`), this.help(field));
  }
}
