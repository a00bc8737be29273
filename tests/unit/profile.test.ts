import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import type { FieldSpec } from '../../src/lib/model/types';
import { loadTemplate } from '../../src/lib/parse/parse-template';
import { applyProfile, cleanProfile, overriddenFields, profileFromValues, profileMappingProblems, type Profile } from '../../src/lib/storage/profile';
import { loadFile, templateFiles } from './content-files';

const fields = [
  { key: 'orgName', kind: 'text', label: '单位名称', help: '', required: true, example: '某某单位' },
  { key: 'leader', kind: 'person', label: '组长', help: '', required: true, example: { name: '王明', title: '校长' } },
  { key: 'dutyPhone', kind: 'phone', label: '值班电话', help: '', required: true, example: '010-0000-0000' },
  { key: 'members', kind: 'personList', label: '成员', help: '', required: true, example: [{ name: '李华', title: '' }] },
] satisfies FieldSpec[];
const mapping = { orgName: 'orgName', leader: 'principal', dutyPhone: 'dutyPhone' };
const profile: Profile = { orgName: '某某市第一中学', principal: { name: '王明', title: '校长' }, dutyPhone: '010-0000-0001', address: '某某路1号' };

describe('the template mapping is checked at build', () => {
  test('a good mapping has no problems', () => {
    expect(profileMappingProblems(mapping, fields)).toEqual([]);
  });

  test('unknown field, unknown detail, wrong kind and a detail mapped twice are each named with the fix', () => {
    expect(profileMappingProblems({ orgNmae: 'orgName', orgName: 'unitName', members: 'principal', dutyPhone: 'dutyPhone', leader: 'principal' }, fields)).toMatchInlineSnapshot(`
      [
        {
          "field": "profile.orgNmae",
          "fix": "use a key declared under fields: (orgName, leader, dutyPhone, members).",
          "message": ""orgNmae" is not a field of this template.",
        },
        {
          "field": "profile.orgName",
          "fix": "use one of: orgName, parentOrg, localGov, localPolice, address, principal, deputy, officeHead, contact, dutyPhone, docCode, recipients, printer.",
          "message": ""unitName" is not a detail of the unit profile.",
        },
        {
          "field": "profile.members",
          "fix": "map a field of kind person to principal, or remove this line.",
          "message": "the personList field "members" cannot take principal (主要负责人), which is a person.",
        },
        {
          "field": "profile.leader",
          "fix": "map each detail to one field only.",
          "message": "principal is already mapped to "members".",
        },
      ]
    `);
  });

  test('the build stops with the file named', () => {
    const file = 'tests/unit/fixtures/annexes.mdx';
    const code = readFileSync(file, 'utf8').replace('leader: principal', 'leader: dutyPhone');
    expect(() => loadTemplate(file, code)).toThrowErrorMatchingInlineSnapshot(`
      [AuthorError: Template content has 1 problem:
      tests/unit/fixtures/annexes.mdx (field "profile.leader"): the person field "leader" cannot take dutyPhone (值班电话), which is a phone.
        Fix: map a field of kind phone or text to dutyPhone, or remove this line.]
    `);
  });

  test('an unknown profile key fails the frontmatter schema', () => {
    const file = 'tests/unit/fixtures/annexes.mdx';
    const code = readFileSync(file, 'utf8').replace('leader: principal', 'leader: boss');
    expect(() => loadTemplate(file, code)).toThrow(/tests\/unit\/fixtures\/annexes\.mdx(:\d+)? \(field "profile\.leader"\)/);
  });

  test('every template of the catalog maps its unit name, and its mapping is valid', () => {
    for (const file of templateFiles()) {
      const { template } = loadFile(file);
      expect(Object.values(template.profile ?? {}), file).toContain('orgName');
    }
  });
});

describe('filling from the profile', () => {
  test('a new draft takes the unit details into empty fields only', () => {
    const { values, changed } = applyProfile({ orgName: '', dutyPhone: '010-1111-1111' }, fields, mapping, profile, 'empty');
    expect(values).toEqual({ orgName: '某某市第一中学', leader: { name: '王明', title: '校长' }, dutyPhone: '010-1111-1111' });
    expect(changed).toEqual(['orgName', 'leader']);
  });

  test('使用本单位信息 replaces what the fields hold', () => {
    expect(applyProfile({ dutyPhone: '010-1111-1111' }, fields, mapping, profile, 'all').values['dutyPhone']).toBe('010-0000-0001');
  });

  test('a person detail gives text to a text field, and empty details fill nothing', () => {
    const { values } = applyProfile({}, [{ key: 'head', kind: 'text', label: '负责人', help: '', required: true, example: 'x' }], { head: 'principal' }, profile, 'all');
    expect(values['head']).toBe('王明（校长）');
    expect(applyProfile({}, fields, mapping, { principal: { name: ' ', title: '' } }, 'all').changed).toEqual([]);
  });

  test('存为本单位信息 keeps other details; overridden fields are those that differ', () => {
    const next = profileFromValues(profile, { orgName: '某某市第二中学', leader: { name: '', title: '' } }, fields, mapping);
    expect(next).toEqual({ ...profile, orgName: '某某市第二中学' });
    expect(overriddenFields({ orgName: '某某市第二中学', leader: { name: '王明', title: '校长' }, dutyPhone: '010-0000-0001' }, fields, mapping, profile)).toEqual(['orgName']);
  });

  test('a stored profile is cleaned: unknown keys and wrong shapes dropped', () => {
    expect(cleanProfile({ orgName: '某某单位', principal: '王明', deputy: { name: '李华', title: '副校长', extra: 1 }, hacker: 'x' })).toEqual({ orgName: '某某单位', deputy: { name: '李华', title: '副校长' } });
    expect(cleanProfile(null)).toEqual({});
  });
});
