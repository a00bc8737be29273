import { placeSignature } from '../model/signature';
import { cleanText, formatDate, paragraphsOf } from '../model/text';
import { titleLines } from '../model/title-lines';
import type { Run } from '../model/types';
import { formatDocNumber, serialNumber } from './doc-number';
import type { FilledNotice, NoticeKey, NoticeValues } from './types';

/** Labels shown in the form and as 【label】 where a value is missing. */
export const NOTICE_LABELS: Record<NoticeKey, string> = {
  mark: '发文机关标志',
  code: '发文机关代字',
  year: '发文年份',
  serial: '发文序号',
  upward: '上行文',
  signer: '签发人',
  recipients: '主送机关',
  body: '通知正文',
  attachPlan: '附件说明',
  signatory: '发文机关署名',
  date: '成文日期',
  sealed: '加盖印章',
  copyNumber: '份号',
  secrecy: '密级和保密期限',
  urgency: '紧急程度',
  cc: '抄送机关',
  printer: '印发机关',
  printDate: '印发日期',
};

/** 《标题》 in the body stands for the plan's title, so the wording follows the title as it changes. */
export const TITLE_TOKEN = '《标题》';

/** The standard wording for each kind of plan; the user may rewrite it. */
export function standardBody(kind: string | undefined): string {
  if (kind?.includes('预案')) return `现将${TITLE_TOKEN}印发给你们，请认真组织学习，结合实际抓好贯彻落实，并按预案要求做好应急准备和演练工作。`;
  if (kind?.includes('方案')) return `现将${TITLE_TOKEN}印发给你们，请结合实际，认真抓好落实。`;
  return `现将${TITLE_TOKEN}印发给你们，请认真遵照执行。`;
}

/**
 * A new draft's notice: off, and not yet chosen — the form asks 正式发文 or 仅预案正文 near its top,
 * since nobody should find a red-header notice in their plan they did not ask for.
 */
export function defaultNotice(): NoticeValues {
  return {
    enabled: false,
    chosen: false,
    mark: '',
    code: '',
    year: '',
    serial: '',
    upward: false,
    signer: '',
    recipients: '',
    body: '',
    attachPlan: false,
    signatory: '',
    date: '',
    sealed: true,
    copyNumber: '',
    secrecy: '',
    urgency: '',
    cc: '',
    printer: '',
    printDate: '',
  };
}

/** Reads stored or imported notice values: unknown keys dropped, wrong types replaced by defaults. */
export function cleanNotice(raw: unknown): NoticeValues {
  const out = defaultNotice();
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return out;
  const record = raw as Record<string, unknown>;
  for (const key of Object.keys(out) as (keyof NoticeValues)[]) {
    const value = record[key];
    if (typeof out[key] === 'boolean' && typeof value === 'boolean') (out[key] as boolean) = value;
    else if (typeof out[key] === 'string' && typeof value === 'string') (out[key] as string) = cleanText(value);
  }
  // Drafts of the version that switched the notice on by itself: only one with notice text typed in was meant.
  if (typeof record['chosen'] !== 'boolean') out.chosen = out.enabled && NOTICE_TEXT_KEYS.some((key) => out[key] !== '');
  if (!out.chosen) out.enabled = false;
  return out;
}

/** The notice's own text fields, which a user types into. */
const NOTICE_TEXT_KEYS = ['mark', 'code', 'year', 'serial', 'signer', 'recipients', 'body', 'signatory', 'date', 'copyNumber', 'secrecy', 'urgency', 'cc', 'printer', 'printDate'] as const;

/** What the notice takes from the plan. */
export interface NoticeContext {
  /** The plan's title as filled (may hold unfilled runs). */
  planTitle: Run[];
  /** The unit's name as filled in the plan, for the defaults of 标志, 署名. '' when unfilled. */
  orgName: string;
  kind: string | undefined;
}

class NoticeFiller {
  readonly missing = new Map<string, string>();
  constructor(private readonly values: NoticeValues) {}

  /**
   * The value's runs, or an unfilled 【label】 run. A field with a default (留空则…) shows its
   * placeholder while the default is not known yet, but is never counted as unfilled.
   */
  text(key: NoticeKey, value = this.values[key] as string, defaulted = false): Run[] {
    const text = value.trim();
    if (text) return [{ text, field: `notice-${key}` }];
    if (!defaulted) this.missing.set(`notice-${key}`, NOTICE_LABELS[key]);
    return [{ text: `【${NOTICE_LABELS[key]}】`, missing: true, field: `notice-${key}` }];
  }
}

/** The 印发通知 for a plan, laid out per GB/T 9704-2012. */
export function fillNotice(values: NoticeValues, context: NoticeContext): FilledNotice {
  const f = new NoticeFiller(values);
  const org = context.orgName.trim();
  const date = values.date.trim() ? formatDate(values.date) : '';
  const year = values.year.trim() || /^\d{4}/.exec(values.date.trim())?.[0] || '';
  const top = [values.copyNumber.trim(), values.secrecy.trim(), values.urgency.trim()].filter(Boolean).map((text) => [{ text }]);
  const planTitle = context.planTitle.length > 0 ? context.planTitle : [{ text: '' }];
  const title: Run[] = [{ text: '关于印发《' }, ...planTitle, { text: '》的通知' }];
  const bookTitle = `《${planTitle.map((run) => run.text).join('')}》`;
  const bodyText = values.body.trim() || standardBody(context.kind);
  // Built in document order, so the list of what is missing reads top to bottom.
  const mark = f.text('mark', values.mark || (org ? `${org}文件` : ''), true);
  const number = numberRuns(f, values, year);
  const signer = values.upward ? f.text('signer') : undefined;
  const recipients = [...f.text('recipients', values.recipients.replace(/[：:]\s*$/, '')), { text: '：' }];
  const name = f.text('signatory', values.signatory || org, true);
  const dateRuns = f.text('date', date);
  const printer = f.text('printer');
  const printDate = [...f.text('printDate', values.printDate.trim() ? formatDate(values.printDate) : date, true), { text: '印发' }];
  return {
    top,
    mark,
    number,
    signer,
    title: titleLines(title),
    recipients,
    body: paragraphsOf(bodyText).map((paragraph) => [{ text: paragraph.split(TITLE_TOKEN).join(bookTitle) }]),
    annexNote: values.attachPlan ? [{ text: bookTitle }] : undefined,
    signature: { name, date: dateRuns, place: placeSignature([textOf(name)], textOf(dateRuns), values.sealed) },
    record: {
      cc: values.cc.trim() ? [{ text: `${values.cc.trim().replace(/[。.]$/, '')}。`, field: 'notice-cc' }] : undefined,
      printer,
      printDate,
    },
    missing: [...f.missing].map(([key, label]) => ({ key, label })),
  };
}

const textOf = (runs: Run[]): string => runs.map((run) => run.text).join('');

/** 某中〔2026〕3号, with the parts still to fill marked. */
function numberRuns(f: NoticeFiller, values: NoticeValues, year: string): Run[] {
  const code = values.code.trim();
  const serial = serialNumber(values.serial);
  if (code && year && serial) return [{ text: formatDocNumber(code, year, serial), field: 'notice-serial' }];
  return [...f.text('code', code), { text: '〔' }, ...f.text('year', year, true), { text: '〕' }, ...f.text('serial', serial), { text: '号' }];
}
