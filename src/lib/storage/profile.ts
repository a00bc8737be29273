/**
 * 单位信息: the unit's details, entered once and offered to every template whose fields mean the
 * same. A template declares which of its fields hold which detail (frontmatter `profile:`).
 */
import { formatPerson } from '../model/text';
import { PROFILE_FIELDS, PROFILE_KEYS, type ProfileKey, type ProfileKind } from '../model/profile-fields';
import type { FieldSpec, FieldValue, Person, Values } from '../model/types';

export { PROFILE_FIELDS, PROFILE_KEYS, type ProfileKey, type ProfileKind } from '../model/profile-fields';

/** The unit's details: text for text and phone, a person for people. Missing keys are unknown. */
export type Profile = Partial<Record<ProfileKey, string | Person>>;

/** Field kinds that can take each kind of detail. */
const ACCEPTS: Record<ProfileKind, readonly FieldSpec['kind'][]> = {
  text: ['text', 'longtext'],
  phone: ['phone', 'text'],
  person: ['person'],
};

const profileField = (key: string) => PROFILE_FIELDS.find((field) => field.key === key);

/**
 * Checks a template's `profile:` mapping against its fields. Returns one message per problem,
 * each naming the field and the fix (the caller adds the file).
 */
export function profileMappingProblems(mapping: Record<string, string>, fields: FieldSpec[]): { field: string; message: string; fix: string }[] {
  const byKey = new Map(fields.map((field) => [field.key, field]));
  const problems: { field: string; message: string; fix: string }[] = [];
  const seen = new Map<string, string>();
  for (const [fieldKey, profileKey] of Object.entries(mapping)) {
    const at = `profile.${fieldKey}`;
    const field = byKey.get(fieldKey);
    const detail = profileField(profileKey);
    if (!field) {
      problems.push({ field: at, message: `"${fieldKey}" is not a field of this template.`, fix: `use a key declared under fields: (${[...byKey.keys()].join(', ')}).` });
    } else if (!detail) {
      problems.push({ field: at, message: `"${profileKey}" is not a detail of the unit profile.`, fix: `use one of: ${PROFILE_KEYS.join(', ')}.` });
    } else if (!ACCEPTS[detail.kind].includes(field.kind)) {
      problems.push({ field: at, message: `the ${field.kind} field "${fieldKey}" cannot take ${profileKey} (${detail.label}), which is a ${detail.kind}.`, fix: `map a field of kind ${ACCEPTS[detail.kind].join(' or ')} to ${profileKey}, or remove this line.` });
    } else if (seen.has(profileKey)) {
      problems.push({ field: at, message: `${profileKey} is already mapped to "${seen.get(profileKey)}".`, fix: 'map each detail to one field only.' });
    }
    seen.set(profileKey, fieldKey);
  }
  return problems;
}

const isPerson = (value: unknown): value is Person =>
  typeof value === 'object' && value !== null && typeof (value as Person).name === 'string' && typeof (value as Person).title === 'string';

/** A profile value converted to what the field expects, or undefined when it is empty. */
function valueForField(field: FieldSpec, value: string | Person | undefined): FieldValue | undefined {
  if (value === undefined) return undefined;
  if (field.kind === 'person') return isPerson(value) && value.name.trim() ? { name: value.name, title: value.title } : undefined;
  const text = isPerson(value) ? formatPerson(value) : value;
  return text.trim() ? text : undefined;
}

const isEmpty = (value: FieldValue | undefined): boolean =>
  value === undefined || (typeof value === 'string' && value.trim() === '') || (isPerson(value) && value.name.trim() === '');

/**
 * The template's values with the unit's details filled in. `only: 'empty'` fills blanks only (a new
 * draft); `only: 'all'` is the user's explicit 使用本单位信息 and replaces what the fields hold.
 */
export function applyProfile(values: Values, fields: FieldSpec[], mapping: Record<string, string> | undefined, profile: Profile, only: 'empty' | 'all'): { values: Values; changed: string[] } {
  const out: Values = { ...values };
  const changed: string[] = [];
  for (const field of fields) {
    const key = mapping?.[field.key] as ProfileKey | undefined;
    if (!key) continue;
    const value = valueForField(field, profile[key]);
    if (value === undefined || (only === 'empty' && !isEmpty(out[field.key]))) continue;
    out[field.key] = value;
    changed.push(field.key);
  }
  return { values: out, changed };
}

/** The unit's details taken from a template's filled fields (存为本单位信息); other details are kept. */
export function profileFromValues(profile: Profile, values: Values, fields: FieldSpec[], mapping: Record<string, string> | undefined): Profile {
  const out: Profile = { ...profile };
  for (const field of fields) {
    const key = mapping?.[field.key] as ProfileKey | undefined;
    const value = values[field.key];
    if (!key || isEmpty(value)) continue;
    if (isPerson(value)) out[key] = { name: value.name, title: value.title };
    else if (typeof value === 'string') out[key] = value;
  }
  return out;
}

/** Fields whose value differs from the unit's details: the user's per-field override. */
export function overriddenFields(values: Values, fields: FieldSpec[], mapping: Record<string, string> | undefined, profile: Profile): string[] {
  return fields
    .filter((field) => {
      const key = mapping?.[field.key] as ProfileKey | undefined;
      if (!key || profile[key] === undefined) return false;
      return JSON.stringify(valueForField(field, profile[key])) !== JSON.stringify(values[field.key]);
    })
    .map((field) => field.key);
}

/** Reads a stored or imported profile, keeping only known keys with values of the right shape. */
export function cleanProfile(raw: unknown): Profile {
  const out: Profile = {};
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return out;
  for (const field of PROFILE_FIELDS) {
    const value = (raw as Record<string, unknown>)[field.key];
    if (field.kind === 'person' && isPerson(value)) out[field.key] = { name: value.name, title: value.title };
    else if (field.kind !== 'person' && typeof value === 'string') out[field.key] = value;
  }
  return out;
}
