import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { editList, groupNames, rowAt, setValue } from '../../src/lib/form/edit';
import { fieldPlace } from '../../src/lib/form/place';
import { missingStatus } from '../../src/lib/form/status';
import { formTree, hintFor } from '../../src/lib/form/tree';
import { fill, textOf, sectionsOf } from '../../src/lib/model/fill';
import type { Group, Person } from '../../src/lib/model/types';
import { initialValues } from '../../src/lib/model/values';
import { toHtml, type HNode } from '../../src/lib/render/hnode';
import { loadTemplate } from '../../src/lib/parse/parse-template';

const file = 'tests/unit/fixtures/all-kinds.mdx';
const { template } = loadTemplate(file, readFileSync(file, 'utf8'));
const { fields } = template;
const field = (key: string) => fields.find((f) => f.key === key)!;

/** Every element of a tree, depth first. */
function* elements(nodes: HNode[]): Generator<Exclude<HNode, string>> {
  for (const node of nodes) {
    if (typeof node === 'string') continue;
    yield node;
    yield* elements(node.children);
  }
}
const controls = (nodes: HNode[]) => [...elements(nodes)].filter((e) => ['input', 'textarea', 'select'].includes(e.tag));

describe('setValue: a control name addresses the value it edits', () => {
  test('simple fields, persons, list rows, group parts and table cells', () => {
    const values = initialValues(fields);
    setValue(fields, values, 'orgName', '某某学校');
    setValue(fields, values, 'leader.title', '校长');
    setValue(fields, values, 'members.1.name', '李华');
    setValue(fields, values, 'groups.0.members.0.name', '周敏');
    setValue(fields, values, 'groups.0.name', '综合组');
    setValue(fields, values, 'materials.0.1', '10');
    setValue(fields, values, 'annexOn', false);
    expect(values['orgName']).toBe('某某学校');
    expect(values['leader']).toEqual({ name: '', title: '校长' });
    // Typing into row 2 of an empty list creates rows 1 and 2.
    expect((values['members'] as Person[]).map((p) => p.name)).toEqual(['', '李华']);
    expect((values['groups'] as Group[])[0]!.members[0]!.name).toBe('周敏');
    expect((values['groups'] as Group[])[0]!.name).toBe('综合组');
    expect((values['materials'] as string[][])[0]).toEqual(['', '10', ''].slice(0, (field('materials') as { columns: string[] }).columns.length));
    expect(values['annexOn']).toBe(false);
  });

  test('a group gets a deputy only when one is typed in', () => {
    const values = initialValues(fields);
    const groups = values['groups'] as Group[];
    const had = groups.map((g) => g.deputy !== undefined);
    setValue(fields, values, 'groups.0.leader.name', '王明');
    expect(groups.map((g) => g.deputy !== undefined)).toEqual(had);
    editList(fields, values, 'groups', 'add');
    expect(groups.at(-1)!.deputy).toBeUndefined();
    setValue(fields, values, `groups.${groups.length - 1}.deputy.name`, '李华');
    expect(groups.at(-1)!.deputy).toEqual({ name: '李华', title: '' });
  });

  test('drawing the form never changes the values (no deputy appears for a group without one)', () => {
    const values = initialValues(fields);
    editList(fields, values, 'groups', 'add');
    const before = JSON.stringify(values);
    formTree(fields, values);
    expect(JSON.stringify(values)).toBe(before);
    expect((values['groups'] as Group[]).at(-1)!.deputy).toBeUndefined();
  });

  test('unknown names change nothing', () => {
    const values = initialValues(fields);
    const before = JSON.stringify(values);
    setValue(fields, values, 'nope.0.name', 'x');
    expect(JSON.stringify(values)).toBe(before);
  });
});

describe('editList', () => {
  test('adding to an empty list adds the blank row shown and a new one; focus goes to the new one', () => {
    const values = initialValues(fields);
    expect(editList(fields, values, 'members', 'add')).toBe(1);
    expect(values['members']).toHaveLength(2);
  });

  test('move returns where the row went; delete returns the row that takes its place', () => {
    const values = initialValues(fields);
    for (const name of ['甲', '乙', '丙']) setValue(fields, values, `members.${(values['members'] as Person[] | undefined)?.length ?? 0}.name`, name);
    expect(editList(fields, values, 'members', 'down', 0)).toBe(1);
    expect((values['members'] as Person[]).map((p) => p.name)).toEqual(['乙', '甲', '丙']);
    expect(editList(fields, values, 'members', 'up', 0)).toBe(0);
    expect(editList(fields, values, 'members', 'del', 2)).toBe(1);
    expect(editList(fields, values, 'members', 'del', 0)).toBe(0);
    expect(editList(fields, values, 'members', 'del', 0)).toBe(-1);
  });
});

describe('formTree', () => {
  const tree = formTree(fields, initialValues(fields));

  test('every control has a unique name and a unique accessible label', () => {
    const list = controls(tree);
    const labelOf = (c: (typeof list)[number]) => String(c.attrs['aria-label'] ?? c.attrs['id']);
    expect(new Set(list.map((c) => c.attrs['name'])).size).toBe(list.length);
    expect(new Set(list.map(labelOf)).size).toBe(list.length);
  });

  test('a starred field has a required control and says 必填 to screen readers', () => {
    for (const box of tree) {
      const starred = toHtml(box).includes('class="req"');
      expect(starred, String(box.attrs['data-field-box'])).toBe(controls([box]).some((c) => c.attrs['required'] === true));
      if (starred) expect(toHtml(box)).toContain('<span class="visually-hidden">（必填）</span>');
    }
  });

  test('the first control of each field carries the id the unfilled-field links point to', () => {
    const ids = new Set(controls(tree).map((c) => c.attrs['id']).filter(Boolean));
    for (const f of fields) expect(ids.has(`f-${f.key}`), f.key).toBe(true);
  });

  test('values appear in the controls and the group legend', () => {
    const values = initialValues(fields);
    setValue(fields, values, 'orgName', '某某学校');
    setValue(fields, values, 'groups.0.name', '宣传组');
    const html = formTree(fields, values).map(toHtml).join('');
    expect(html).toContain('value="某某学校"');
    expect(html).toContain('<legend>第1组：宣传组</legend>');
  });
});

describe('hints never block, only say what looks wrong', () => {
  test('numbers and phones', () => {
    expect(hintFor(field('reportMinutes'), '十分钟左右abc')).toContain('请填写数字');
    expect(hintFor(field('reportMinutes'), '30')).toBe('');
    expect(hintFor(field('reportMinutes'), '')).toBe('');
    expect(hintFor(field('dutyPhone'), '12')).toContain('号码格式');
    expect(hintFor(field('dutyPhone'), '010-0000-0001')).toBe('');
  });
});

describe('missingStatus', () => {
  test('counts the unfilled fields and links each to its control', () => {
    const html = missingStatus([{ key: 'orgName', label: '单位名称' }]).map(toHtml).join('');
    expect(html).toBe('<summary>还有 1 处未填写</summary><ul><li><a href="#f-orgName" data-focus="f-orgName">单位名称</a></li></ul>');
    expect(missingStatus([]).map(toHtml).join('')).toBe('<summary>已全部填写</summary>');
  });
});

describe('a group without a name', () => {
  test('shows in the plan with its name marked unfilled; an untouched new group does not', () => {
    const values = initialValues(fields);
    editList(fields, values, 'groups', 'add');
    const last = (values['groups'] as Group[]).length - 1;
    const titles = () => [...sectionsOf(fill(template, 'user', values).body)].map((s) => textOf(s.title));
    expect(titles()).not.toContain('【工作组名称】');
    setValue(fields, values, `groups.${last}.leader.name`, '周敏');
    expect(titles()).toContain('【工作组名称】');
    expect(fill(template, 'user', values).missing.map((m) => m.key)).toContain('groups');
  });
});

describe('where a field shows in the plan, and what a deletion would lose (issue #24)', () => {
  test('fieldPlace: the title, else the innermost section holding the field, filled or not', () => {
    const blank = fill(template, 'user', initialValues(fields));
    expect(fieldPlace(blank, 'orgName')).toBe('title');
    const section = (key: string) => sectionsOf(blank.body).find((s) => s.id === fieldPlace(blank, key));
    expect(textOf(section('groups')!.title)).toBe('后勤保障组');
    expect(textOf(section('materials')!.title)).toContain('应急物资');
    const filled = { ...initialValues(fields), leader: { name: '王明', title: '校长' } };
    expect(fieldPlace(blank, 'leader')).toBeDefined();
    expect(fieldPlace(fill(template, 'user', filled), 'leader')).toBe(fieldPlace(blank, 'leader'));
    expect(fieldPlace(blank, 'nowhere')).toBeUndefined();
  });

  test('groupNames and rowAt: the names a group holds, the row a delete button names', () => {
    const values = initialValues(fields);
    setValue(fields, values, 'groups.0.leader.name', '周敏');
    setValue(fields, values, 'groups.0.members.1.name', '李华');
    const group = rowAt(fields, values, 'groups', 0) as Group;
    expect(groupNames(group)).toEqual(['周敏', '李华']);
    expect(rowAt(fields, values, 'groups.0.members', 1)).toMatchObject({ name: '李华' });
    expect(rowAt(fields, values, 'groups', 9)).toBeUndefined();
  });
});
