import type { FilledCard, Run } from '../model/types';
import { h, type HElement, type HNode } from './hnode';

const runs = (list: Run[]): HNode[] => list.map((run) => (run.missing ? h('mark', { class: 'ph' }, run.text) : run.strong ? h('strong', {}, run.text) : run.text));

/** One 应急处置卡 for the print view: the same parts, in the same order, as the .docx card. */
export function cardHtml(card: FilledCard, source: Run[]): HElement {
  return h('section', { class: 'response-card', 'aria-label': '应急处置卡' },
    h('h2', {}, '应急处置卡'),
    h('p', { class: 'card-post' }, '岗位：', runs(card.post)),
    h('p', { class: 'card-source' }, runs(source)),
    h('h3', {}, '主要风险'),
    h('ul', {}, card.risks.map((risk) => h('li', {}, runs(risk)))),
    h('h3', {}, '处置步骤'),
    h('ol', { class: 'card-steps' }, card.steps.map((step) =>
      h('li', {}, runs(step.content),
        step.branches.length > 0
          ? h('ul', {}, step.branches.map((branch) => h('li', {}, branch.condition ? [...runs(branch.condition), '：'] : undefined, runs(branch.content))))
          : undefined))),
    h('h3', {}, '应急电话'),
    h('ul', { class: 'card-phones' }, card.phones.map((phone) => h('li', {}, runs(phone)))),
    h('h3', {}, '注意事项'),
    h('ul', {}, card.notes.map((note) => h('li', {}, runs(note)))));
}
