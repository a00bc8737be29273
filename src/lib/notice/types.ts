import type { SignaturePlacement } from '../model/signature';
import type { Run } from '../model/types';

/** What the user fills for the 印发通知; every value is text or a switch, so drafts store it as is. */
export interface NoticeValues {
  /** Whether the .docx, the preview and print carry the notice. */
  enabled: boolean;
  /** Whether the user answered 正式发文 or 仅预案正文; until then the notice is off. */
  chosen: boolean;
  /** 发文机关标志, e.g. 某某市第一中学文件. Empty: 单位名称 + 文件. */
  mark: string;
  /** 机关代字 of the 发文字号, e.g. 某中. */
  code: string;
  /** 年份 of the 发文字号, four digits. Empty: the year of 成文日期. */
  year: string;
  /** 序号 of the 发文字号. */
  serial: string;
  /** 上行文 (to a higher authority): the 发文字号 moves left and 签发人 is shown. */
  upward: boolean;
  /** 签发人 (上行文 only). */
  signer: string;
  /** 主送机关, without the closing colon. */
  recipients: string;
  /** 正文; 《标题》 in it stands for the plan's title. Empty: the standard wording. */
  body: string;
  /** Whether a 附件说明 lists the plan as the notice's attachment. */
  attachPlan: boolean;
  /** 发文机关署名. Empty: 单位名称. */
  signatory: string;
  /** 成文日期 as YYYY-MM-DD. */
  date: string;
  /** Whether the notice will carry the seal (GB/T 9704 §7.3.5.1) or not (§7.3.5.2). */
  sealed: boolean;
  /** 份号 (optional), six digits. */
  copyNumber: string;
  /** 密级和保密期限 (optional), e.g. 秘密★1年. */
  secrecy: string;
  /** 紧急程度 (optional): 特急 or 加急. */
  urgency: string;
  /** 抄送机关 (optional), without the closing full stop. */
  cc: string;
  /** 印发机关. Empty: 单位名称 + 办公室 is not assumed; the field is marked unfilled. */
  printer: string;
  /** 印发日期 as YYYY-MM-DD. Empty: 成文日期. */
  printDate: string;
}

export type NoticeKey = Exclude<keyof NoticeValues, 'enabled' | 'chosen'>;

/** The notice laid out per GB/T 9704-2012, ready for any renderer. Runs mark unfilled parts. */
export interface FilledNotice {
  /** 份号, 密级和保密期限, 紧急程度: top left of page 1, only those given. */
  top: Run[][];
  /** 发文机关标志 (red). */
  mark: Run[];
  /** 发文字号. */
  number: Run[];
  /** 签发人 name for 上行文, or undefined for 下行文. */
  signer: Run[] | undefined;
  /** 标题, as lines balanced at word boundaries. */
  title: Run[][];
  /** 主送机关, ending with a full-width colon. */
  recipients: Run[];
  body: Run[][];
  /** 附件说明, or undefined. */
  annexNote: Run[] | undefined;
  signature: { name: Run[]; date: Run[]; place: SignaturePlacement };
  /** 版记: 抄送 (optional) and 印发机关 + 印发日期. */
  record: { cc: Run[] | undefined; printer: Run[]; printDate: Run[] };
  /** Unfilled notice fields, in order, each once. */
  missing: { key: string; label: string }[];
}
