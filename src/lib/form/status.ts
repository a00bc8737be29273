import type { FilledDoc } from '../model/types';
import { h, type HElement } from '../render/hnode';
import { fieldId } from './tree';

/** The always-visible status: how many fields are unfilled, opening onto a link to each. */
export function missingStatus(missing: FilledDoc['missing']): HElement[] {
  if (missing.length === 0) return [h('summary', {}, '已全部填写')];
  return [
    h('summary', {}, `还有 ${missing.length} 处未填写`),
    h('ul', {}, missing.map(({ key, label }) => h('li', {}, h('a', { href: `#${fieldId(key)}`, 'data-focus': fieldId(key) }, label)))),
  ];
}
