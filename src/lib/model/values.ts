import { cleanText } from './text';
import type { FieldSpec, FieldValue, FillMode, Group, Person, Values } from './types';
import { unreachable } from './unreachable';

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const str = (value: unknown): string => (typeof value === 'string' ? cleanText(value) : '');

function toPerson(value: unknown): Person {
  if (!isRecord(value)) return { name: '', title: '' };
  const person: Person = { name: str(value['name']), title: str(value['title']) };
  if (typeof value['phone'] === 'string') person.phone = str(value['phone']);
  return person;
}

const toPersons = (value: unknown): Person[] => (Array.isArray(value) ? value.map(toPerson) : []);

function toGroup(value: unknown): Group {
  const record = isRecord(value) ? value : {};
  const group: Group = {
    name: str(record['name']),
    leader: toPerson(record['leader']),
    members: toPersons(record['members']),
    duties: str(record['duties']),
  };
  if (record['deputy'] !== undefined) group.deputy = toPerson(record['deputy']);
  return group;
}

function toRows(value: unknown, width: number): string[][] {
  if (!Array.isArray(value)) return [];
  return value.map((row) => Array.from({ length: width }, (_, i) => str(Array.isArray(row) ? row[i] : '')));
}

/**
 * Coerces anything (a saved draft, an example value) into the shape the field's kind expects.
 * Unknown shapes become empty values, so an old or corrupt draft can never break rendering.
 */
function coerceValue(field: FieldSpec, value: unknown): FieldValue | undefined {
  if (value === undefined || value === null) return undefined;
  switch (field.kind) {
    case 'optional':
      return typeof value === 'boolean' ? value : undefined;
    case 'person':
      return toPerson(value);
    case 'personList':
      return toPersons(value);
    case 'groupList':
      return Array.isArray(value) ? value.map(toGroup) : [];
    case 'table':
      return toRows(value, field.columns.length);
    case 'text':
    case 'longtext':
    case 'date':
    case 'phone':
    case 'number':
    case 'choice':
      return typeof value === 'string' || typeof value === 'number' ? cleanText(String(value)) : undefined;
    default:
      return unreachable(field);
  }
}

/** The groups a blank template shows: names and duties kept (they are content), people left empty. */
function blankGroups(groups: Group[]): Group[] {
  const nobody = (): Person => ({ name: '', title: '' });
  return groups.map((group) => ({
    name: group.name,
    duties: group.duties,
    leader: nobody(),
    ...(group.deputy ? { deputy: nobody() } : {}),
    members: [],
  }));
}

/** The value a field has in the given mode, already cleaned. */
export function valueFor(field: FieldSpec, mode: FillMode, values: Values): FieldValue | undefined {
  if (mode === 'example') return coerceValue(field, field.example);
  if (mode === 'blank') {
    if (field.kind === 'groupList') return blankGroups(field.example);
    return field.kind === 'optional' ? true : undefined;
  }
  return coerceValue(field, values[field.key]);
}

/** The values a new form starts from: group lists pre-filled with the template's groups. */
export function initialValues(fields: FieldSpec[]): Values {
  const values: Values = {};
  for (const field of fields) {
    const value = valueFor(field, 'blank', {});
    if (value !== undefined) values[field.key] = value;
  }
  return values;
}

/**
 * Reads a saved draft against the template's current fields: unknown keys are dropped, values of a
 * changed kind are coerced or emptied, new fields start empty. Never throws.
 */
export function migrateDraft(fields: FieldSpec[], raw: unknown): Values {
  const saved = isRecord(raw) ? raw : {};
  const values: Values = initialValues(fields);
  for (const field of fields) {
    if (!Object.hasOwn(saved, field.key)) continue;
    const value = coerceValue(field, saved[field.key]);
    if (value !== undefined) values[field.key] = value;
  }
  return values;
}
