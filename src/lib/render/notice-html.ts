/**
 * The 印发通知 as HTML, for the live preview and print: the same model as the .docx, laid out by
 * src/styles/document.css. User text only ever becomes text nodes (hnode).
 */
import type { Run } from '../model/types';
import type { FilledNotice } from '../notice/types';
import { h, type HElement, type HNode } from './hnode';

function runs(list: Run[]): HNode[] {
  return list.map((run) => (run.missing ? h('mark', { class: 'ph', 'data-field': run.field }, run.text) : run.text));
}

const lines = (list: Run[][]): HNode[] => list.flatMap((line, i) => [...(i > 0 ? [h('br')] : []), ...runs(line)]);

/** 版头 and 主体: the notice's first page; the plan follows on a new page. */
export function renderNotice(notice: FilledNotice): HElement {
  const { name, date, place } = notice.signature;
  return h('section', { class: 'notice', 'aria-label': '印发通知' },
    notice.top.length > 0 ? h('div', { class: 'notice-top' }, notice.top.map((line) => h('p', {}, runs(line)))) : undefined,
    h('p', { class: 'notice-mark' }, runs(notice.mark)),
    h('p', { class: notice.signer ? 'notice-number upward' : 'notice-number' },
      h('span', {}, runs(notice.number)),
      notice.signer ? h('span', { class: 'notice-signer' }, '签发人：', h('span', { class: 'kai' }, runs(notice.signer))) : undefined),
    h('p', { class: 'notice-title' }, lines(notice.title)),
    h('p', { class: 'notice-recipients' }, runs(notice.recipients)),
    notice.body.map((paragraph) => h('p', { class: 'notice-body' }, runs(paragraph))),
    notice.annexNote ? h('div', { class: 'annex-note' }, h('p', {}, '附件：', runs(notice.annexNote))) : undefined,
    h('div', { class: 'signature', 'data-blank': String(place.blankLines) },
      h('p', { 'data-r': String(place.names[0] ?? 2) }, runs(name)),
      h('p', { 'data-r': String(place.date) }, runs(date))));
}

/** 版记: printed at the foot of the last, even, page. */
export function renderRecord(notice: FilledNotice): HElement {
  const { cc, printer, printDate } = notice.record;
  return h('section', { class: 'notice-record', 'aria-label': '版记' },
    h('div', { class: 'record-lines' },
      cc ? h('p', { class: 'record-cc' }, '抄送：', runs(cc)) : undefined,
      h('p', { class: 'record-printed' }, h('span', {}, runs(printer)), h('span', {}, runs(printDate)))));
}
