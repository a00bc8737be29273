/** content/check/review-form.yaml → the 评审表 data, checked against the rules' kinds and elements. Node only. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { Rules } from '../check/types';
import type { FormItemRule, ReviewFormData } from './review-form';

export const REVIEW_FORM_FILE = 'content/check/review-form.yaml';

/** Every problem at once, each naming the file, the item and the fix. */
export function loadReviewForm(rules: Rules, root = '.'): ReviewFormData {
  const data = parse(readFileSync(join(root, REVIEW_FORM_FILE), 'utf8')) as ReviewFormData;
  const problems: string[] = [];
  const ruleIds = new Set(['missing-element', 'outdated-heading', 'superseded-basis', 'unknown-basis', 'leftover-blank', 'no-report-limit', 'drill-frequency', 'past-period', 'stale-date', 'stale-wording', 'petition-wording', 'privacy', 'open-revisions']);
  const checkItem = (where: string, item: FormItemRule, kind?: string) => {
    const ways = [item.element, item.rules?.length, item.signed, item.judge].filter(Boolean).length;
    if (ways === 0) problems.push(`${where}: the item gives no way to judge it. Fix: add element, rules, signed or judge.`);
    if (!item.element && !item.name) problems.push(`${where}: the item has no name. Fix: add name.`);
    if (item.judge && !item.hint) problems.push(`${where}: an item judged by the reviewer needs a hint. Fix: add hint: what to look at.`);
    for (const rule of item.rules ?? []) if (!ruleIds.has(rule)) problems.push(`${where}: unknown rule "${rule}". Fix: use one of ${[...ruleIds].join(', ')}.`);
    if (item.element) {
      const elements = rules.kinds.find((k) => k.id === kind)?.elements ?? [];
      if (!elements.some((e) => e.id === item.element)) problems.push(`${where}: kind "${kind}" has no element "${item.element}". Fix: use one of ${elements.map((e) => e.id).join(', ')}.`);
    }
  };
  if (!data?.source) problems.push(`source: missing. Fix: name the form the items follow.`);
  (data?.formal ?? []).forEach((item, i) => checkItem(`formal.${i}`, item));
  (data?.common ?? []).forEach((item, i) => checkItem(`common.${i}`, item));
  for (const [kind, items] of Object.entries(data?.elements ?? {})) {
    if (!rules.kinds.some((k) => k.id === kind)) problems.push(`elements.${kind}: no such kind in rules.yaml.`);
    items.forEach((item, i) => checkItem(`elements.${kind}.${i}`, item, kind));
  }
  if (problems.length) throw new Error(`${REVIEW_FORM_FILE}:\n${problems.map((p) => `  ${p}`).join('\n')}`);
  return data;
}
