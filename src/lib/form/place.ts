import type { FilledBlock, FilledDoc, FilledSection } from '../model/types';

/**
 * Where a field shows in the plan, so the preview can follow the field being edited: 'title' for
 * the plan's title, else the id of the innermost section whose text (not its writing guide) holds
 * the field, filled or not. Undefined when the plan does not use it (an unchecked optional part).
 */
export function fieldPlace(doc: FilledDoc, key: string): string | undefined {
  if (doc.title.some((run) => run.field === key)) return 'title';
  return inSections(doc.body, key);
}

function inSections(body: (FilledBlock | FilledSection)[], key: string): string | undefined {
  for (const node of body) {
    if (node.type !== 'section') continue;
    const inner = inSections(node.body, key);
    if (inner) return inner;
    if (holds(node.title, key) || node.body.some((child) => child.type !== 'section' && holds(child, key))) return node.id;
  }
  return undefined;
}

/** Whether any run inside `value` (a block, a list of runs, …) came from the field. */
function holds(value: unknown, key: string): boolean {
  if (Array.isArray(value)) return value.some((item) => holds(item, key));
  if (typeof value !== 'object' || value === null) return false;
  if ((value as { field?: unknown }).field === key) return true;
  return Object.values(value).some((item) => holds(item, key));
}
