import type { FieldSpec, Group, Person, Values } from '../model/types';

/**
 * Edits of form values addressed by a control's name: `orgName`, `leader.name`,
 * `leadingMembers.0.title`, `groups.1.members.0.name`, `contacts.2.1`. Containers missing on the way
 * (a list row typed into before it was added, a deputy typed for a group without one) are created
 * in the shape the field's kind expects. Pure: runs in the browser and in unit tests.
 */

type Field<K extends FieldSpec['kind']> = Extract<FieldSpec, { kind: K }>;
type Row = Record<string, unknown> | string[];

const nobody = (withPhone = false): Person => ({ name: '', title: '', ...(withPhone ? { phone: '' } : {}) });
const emptyGroup = (): Group => ({ name: '', leader: nobody(), members: [], duties: '' });

/** Whether the person rows of a list carry a phone column (the template's example decides). */
export const listHasPhone = (field: FieldSpec): boolean => field.kind === 'personList' && field.example.some((person) => person.phone !== undefined);

/** A new, empty item for the list at `path` (a field key, or `groups.N.members`). */
export function emptyItem(field: FieldSpec, path: string): Row {
  if (field.kind === 'table') return field.columns.map(() => '');
  if (field.kind === 'groupList' && !path.includes('.')) return emptyGroup() as unknown as Row;
  return nobody(listHasPhone(field)) as unknown as Row;
}

const fieldOf = (fields: FieldSpec[], key: string): FieldSpec | undefined => fields.find((field) => field.key === key);

/** The list at `path`, created empty when missing. */
function listAt(fields: FieldSpec[], values: Values, path: string): { field: FieldSpec; list: Row[] } | undefined {
  const [key, ...rest] = path.split('.');
  const field = fieldOf(fields, key!);
  if (!field || !['personList', 'groupList', 'table'].includes(field.kind)) return undefined;
  if (!Array.isArray(values[key!])) values[key!] = [];
  let list = values[key!] as unknown as Row[];
  // groups.N.members
  if (rest.length === 2 && field.kind === 'groupList') {
    const group = ensureItem(field, key!, list, Number(rest[0])) as unknown as Group;
    list = group.members as unknown as Row[];
  }
  return { field, list };
}

function ensureItem(field: FieldSpec, path: string, list: Row[], index: number): Row {
  while (list.length <= index) list.push(emptyItem(field, path));
  return list[index]!;
}

/** Sets the value a control stands for. Unknown names are ignored. */
export function setValue(fields: FieldSpec[], values: Values, name: string, value: string | boolean): void {
  const parts = name.split('.');
  const field = fieldOf(fields, parts[0]!);
  if (!field) return;
  if (parts.length === 1) {
    values[field.key] = field.kind === 'optional' ? value === true : String(value);
    return;
  }
  const text = String(value);
  if (field.kind === 'person') {
    const person = ensurePerson(values, field.key);
    (person as unknown as Record<string, string>)[parts[1]!] = text;
    return;
  }
  const listPath = field.kind === 'groupList' && parts[2] === 'members' ? parts.slice(0, 3).join('.') : field.key;
  const target = listAt(fields, values, listPath);
  if (!target) return;
  const rowIndex = Number(field.kind === 'groupList' && parts[2] === 'members' ? parts[3] : parts[1]);
  const row = ensureItem(field, listPath, target.list, rowIndex);
  const prop = parts.at(-1)!;
  if (field.kind === 'table') (row as string[])[Number(prop)] = text;
  else if (field.kind === 'groupList' && listPath === field.key) setGroupProp(row as unknown as Group, parts.slice(2), text);
  else (row as Record<string, unknown>)[prop] = text;
}

function ensurePerson(values: Values, key: string): Person {
  const current = values[key];
  if (current && typeof current === 'object' && !Array.isArray(current)) return current as Person;
  const person = nobody();
  values[key] = person;
  return person;
}

/** `name`, `duties`, `leader.title`, `deputy.name`: a deputy is created only when typed into. */
function setGroupProp(group: Group, parts: string[], text: string): void {
  const [prop, sub] = parts;
  if (prop === 'name' || prop === 'duties') group[prop] = text;
  else if ((prop === 'leader' || prop === 'deputy') && (sub === 'name' || sub === 'title')) {
    group[prop] ??= nobody();
    group[prop]![sub] = text;
  }
}

export type ListOp = 'add' | 'up' | 'down' | 'del';

/** The row `index` of the list at `path` (a field key, or `groups.N.members`), if it exists. */
export function rowAt(fields: FieldSpec[], values: Values, path: string, index: number): unknown {
  const [key, group, members] = path.split('.');
  const list = values[key!];
  if (!Array.isArray(list)) return undefined;
  if (members === 'members') return (list[Number(group)] as Group | undefined)?.members?.[index];
  return fieldOf(fields, key!) ? list[index] : undefined;
}

/** The names typed into a work group: 组长, 副组长 and 成员. */
export function groupNames(group: Group): string[] {
  return [group.leader, group.deputy, ...(group.members ?? [])].map((person) => person?.name.trim() ?? '').filter(Boolean);
}

/**
 * Adds, moves or deletes a row of the list at `path`; returns the row index that should hold focus
 * afterwards (-1: the list is empty). A form shows an empty list as one blank row, so adding to an
 * empty list adds that row and a second one.
 */
export function editList(fields: FieldSpec[], values: Values, path: string, op: ListOp, index = 0): number {
  const target = listAt(fields, values, path);
  if (!target) return -1;
  const { field, list } = target;
  if (op === 'add') {
    if (list.length === 0) list.push(emptyItem(field, path));
    list.push(emptyItem(field, path));
    return list.length - 1;
  }
  if (op === 'del') {
    list.splice(index, 1);
    return Math.min(index, list.length - 1);
  }
  const to = op === 'up' ? index - 1 : index + 1;
  if (to < 0 || to >= list.length) return index;
  const [item] = list.splice(index, 1);
  list.splice(to, 0, item!);
  return to;
}

export type { Field };
