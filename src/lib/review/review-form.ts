/**
 * The 评审表 (形式评审 and 要素评审), filled in from a report: each item gets a proposed verdict and
 * its evidence; the reviewer may change any verdict and add a remark. Items that need judgement are
 * never passed automatically. Items come from content/check/review-form.yaml.
 */
import type { FilledBlock, FilledDoc } from '../model/types';
import type { Finding, KindRule, Report, Rules } from '../check/types';
import { quote } from '../check/show/group';

export type ItemVerdict = '符合' | '基本符合' | '不符合' | '需人工判断';
export const ITEM_VERDICTS: ItemVerdict[] = ['符合', '基本符合', '不符合', '需人工判断'];

export interface FormItemRule {
  id?: string | undefined;
  name?: string | undefined;
  requirement?: string | undefined;
  key?: boolean | undefined;
  element?: string | undefined;
  rules?: string[] | undefined;
  signed?: boolean | undefined;
  judge?: boolean | undefined;
  hint?: string | undefined;
}

export interface ReviewFormData {
  source: string;
  formal: FormItemRule[];
  elements: Record<string, FormItemRule[]>;
  common: FormItemRule[];
}

export interface FormItem {
  part: '形式评审' | '要素评审';
  name: string;
  requirement: string;
  key: boolean;
  verdict: ItemVerdict;
  evidence: string;
  remark: string;
}

export interface ReviewForm {
  kind: string;
  kindName: string;
  source: string;
  items: FormItem[];
}

const HOW = { heading: '标题', table: '表格', text: '正文' } as const;

/** Verdict from the checker's findings of some rules: errors fail, warnings pass with reservations. */
function fromFindings(report: Report, ruleIds: string[]): { verdict: ItemVerdict; evidence: string[] } {
  const found = report.findings.filter((f) => ruleIds.includes(f.rule));
  const say = (f: Finding) => {
    const where = quote(report, f);
    return `${f.message}${where ? `（“${where}”）` : ''}`;
  };
  if (found.some((f) => f.severity === 'error')) return { verdict: '不符合', evidence: found.filter((f) => f.severity === 'error').map(say) };
  if (found.some((f) => f.severity === 'warning')) return { verdict: '基本符合', evidence: found.map(say) };
  return { verdict: '符合', evidence: [] };
}

const WORSE: Record<ItemVerdict, number> = { 符合: 0, 基本符合: 1, 不符合: 2, 需人工判断: 3 };
const worst = (a: ItemVerdict, b: ItemVerdict): ItemVerdict => (WORSE[a] >= WORSE[b] ? a : b);

/** One item's proposed verdict and evidence. */
export function judgeItem(item: FormItemRule, report: Report, kind: KindRule, signed: { unit: string; date: string }): { verdict: ItemVerdict; evidence: string } {
  if (item.judge) return { verdict: '需人工判断', evidence: item.hint ?? '由评审人员判断。' };
  let verdict: ItemVerdict = '符合';
  const evidence: string[] = [];
  if (item.element) {
    const element = kind.elements.find((e) => e.id === item.element);
    const place = element && report.elements.found.find((p) => p.element === element.name);
    if (!element || !place) {
      verdict = '不符合';
      evidence.push(`未找到“${element?.name ?? item.element}”的内容。`);
    } else {
      if (place.how !== 'heading') verdict = '基本符合';
      evidence.push(`${HOW[place.how]}：“${quote(report, { at: place.at } as Finding) ?? ''}”`);
    }
  }
  if (item.rules?.length) {
    const result = fromFindings(report, item.rules);
    verdict = worst(verdict, result.verdict);
    evidence.push(...result.evidence);
  }
  if (item.signed) {
    if (signed.unit && signed.date) evidence.push(`落款：${signed.unit}，${signed.date}`);
    else {
      verdict = '不符合';
      evidence.push(signed.date ? '没有找到落款单位。' : '没有找到落款日期。');
    }
  }
  return { verdict, evidence: evidence.join('；') || '未发现问题。' };
}

/** The element items of a kind: listed in the data, or one per element of the kind (errors are key items). */
function elementItems(data: ReviewFormData, kind: KindRule): FormItemRule[] {
  const listed = data.elements[kind.id];
  return listed ?? kind.elements.map((e) => ({ element: e.id, key: e.severity === 'error' }));
}

/** The filled 评审表 of a checked plan; undefined when its kind is unknown to the rules. */
export function fillReviewForm(report: Report, rules: Rules, data: ReviewFormData, signed: { unit: string; date: string }): ReviewForm | undefined {
  const kind = rules.kinds.find((k) => k.id === report.kind);
  if (!kind) return undefined;
  const make = (part: FormItem['part'], item: FormItemRule): FormItem => {
    const element = item.element ? kind.elements.find((e) => e.id === item.element) : undefined;
    const { verdict, evidence } = judgeItem(item, report, kind, signed);
    return {
      part,
      name: item.name ?? element?.name ?? item.element ?? '',
      requirement: item.requirement ?? (element ? `写明${element.name}（${element.source}）。` : ''),
      key: item.key ?? false,
      verdict,
      evidence,
      remark: '',
    };
  };
  return {
    kind: kind.id,
    kindName: kind.name,
    source: data.source,
    items: [...data.formal.map((item) => make('形式评审', item)), ...[...elementItems(data, kind), ...data.common].map((item) => make('要素评审', item))],
  };
}

/* ---------- The form as a document ---------- */

const para = (text: string, strong = false): FilledBlock => ({ type: 'paragraph', runs: [{ text, ...(strong ? { strong } : {}) }] });

/** The 评审表 in the form's usual layout: one table per part, 序号 / 评审项目 / 评审内容 / 结论 / 依据或缺项 / 备注. */
export function reviewFormDoc(form: ReviewForm, entry: { file: string; unit: string; date: string; title?: string }): FilledDoc {
  const title = entry.title ?? ('report' in entry ? (entry as { report: { title: string } }).report.title : '');
  const table = (part: FormItem['part']): FilledBlock => ({
    type: 'table',
    head: ['序号', '评审项目', '评审内容', '评审结论', '依据或缺项', '备注'].map((text) => [{ text }]),
    rows: form.items
      .filter((item) => item.part === part)
      .map((item, i) => [String(i + 1), `${item.key ? '*' : ''}${item.name}`, item.requirement, item.verdict, item.evidence, item.remark].map((text) => [{ text }])),
  });
  const count = (verdict: ItemVerdict) => form.items.filter((i) => i.verdict === verdict).length;
  return {
    title: [{ text: `${form.kindName}评审表` }],
    body: [
      para(`预案名称：${title || entry.file}`),
      para(`编制单位：${entry.unit || '（未识别）'}；预案日期：${entry.date || '未注明'}；报送文件：${entry.file}`),
      para('一、形式评审', true),
      table('形式评审'),
      para('二、要素评审', true),
      table('要素评审'),
      para(`汇总：符合 ${count('符合')} 项，基本符合 ${count('基本符合')} 项，不符合 ${count('不符合')} 项，需人工判断 ${count('需人工判断')} 项。标 * 的为关键项，关键项不符合的，预案应当修改后重新评审。`),
      para(`评审表依据：${form.source}。“评审结论”由预案体检自动建议，评审人员已逐项核对。`),
      para('评审人员（签名）：＿＿＿＿＿＿＿＿　　日期：＿＿＿＿年＿＿月＿＿日'),
    ],
    missing: [],
  };
}
