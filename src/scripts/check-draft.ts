import { readText } from '../lib/check/read/text';
import type { Rules } from '../lib/check/types';
import type { FilledDoc } from '../lib/model/types';
import { toPlainText } from '../lib/render/text';
import { siteUrl } from '../lib/site/urls';
import { el } from './dom';

const DELAY_MS = 600;
const LABELS = { error: '错误', warning: '警告', info: '提示' } as const;

let rules: Promise<Rules | undefined> | undefined;
let timer: ReturnType<typeof setTimeout> | undefined;

/**
 * The plan checker on the user's own draft, shown in the form beside the count of unfilled fields.
 * Runs a moment after typing stops; the checker and its rules load the first time it runs.
 */
export function checkDraft(box: HTMLElement | null, doc: FilledDoc): void {
  if (!box) return;
  clearTimeout(timer);
  timer = setTimeout(() => void run(box, doc), DELAY_MS);
}

async function run(box: HTMLElement, doc: FilledDoc): Promise<void> {
  rules ??= fetch(siteUrl('check/rules.json'))
    .then((response) => (response.ok ? (response.json() as Promise<Rules>) : undefined))
    .catch(() => undefined);
  const [loaded, { checkPlan }] = await Promise.all([rules, import('../lib/check/check')]);
  if (!loaded) return;
  // Unfilled fields are already counted above the form; the checker reports everything else.
  const { findings } = checkPlan(readText(toPlainText(doc)), loaded, { skip: ['leftover-blank'] });
  if (findings.length === 0) {
    box.replaceChildren(el('p', {}, '预案体检：没有发现其他问题。'));
    return;
  }
  const items = findings.map((f) => el('li', {}, el('strong', {}, `${LABELS[f.severity]}：`), f.message, el('br'), `怎么改：${f.fix}`));
  box.replaceChildren(el('p', {}, `预案体检发现 ${findings.length} 处需要注意：`), el('ul', {}, ...items));
}
