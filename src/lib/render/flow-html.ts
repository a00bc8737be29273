import type { FilledBlock, Run } from '../model/types';
import { h, type HElement, type HNode } from './hnode';

type Flow = Extract<FilledBlock, { type: 'flow' }>;
type RunsOf = (runs: Run[]) => HNode[];

/**
 * A flowchart for the page and the preview: a real ordered list of steps under a caption, so
 * screen readers announce "list, n items"; the boxes, arrows and branch lines are drawn by CSS.
 */
export function flowList(flow: Flow, runs: RunsOf): HElement {
  return h('figure', { class: 'flow' },
    h('figcaption', { class: 'flow-title' }, flow.title),
    h('ol', { class: 'flow-steps' }, flow.steps.map((step) =>
      h('li', { class: 'flow-step' },
        h('p', { class: 'flow-text' }, runs(step.content)),
        step.branches.length > 0
          ? h('ul', { class: 'flow-branches' }, step.branches.map((branch) =>
              h('li', { class: branch.condition ? 'flow-branch' : 'flow-branch flow-note' },
                branch.condition ? [h('span', { class: 'flow-cond' }, runs(branch.condition)), '：'] : undefined,
                runs(branch.content))))
          : undefined))));
}

/**
 * The same chart for the clipboard: Word and WPS ignore the site's stylesheet, so it becomes a
 * one-column bordered table (a row per step, a ↓ row between), set with HTML attributes only.
 */
export function flowTable(flow: Flow, runs: RunsOf): HElement {
  const rows: HElement[] = [];
  flow.steps.forEach((step, i) => {
    if (i > 0) rows.push(h('tr', {}, h('td', { align: 'center' }, '↓')));
    const branches = step.branches.map((branch) => h('p', {}, '├ ', branch.condition ? [...runs(branch.condition), '：'] : undefined, runs(branch.content)));
    rows.push(h('tr', {}, h('td', {}, h('p', { align: 'center' }, `${i + 1}．`, runs(step.content)), branches)));
  });
  return h('div', { class: 'flow-copy' },
    h('p', { align: 'center' }, h('strong', {}, flow.title)),
    h('table', { border: '1', cellpadding: '4', cellspacing: '0', width: '100%' }, h('tbody', {}, rows)));
}
