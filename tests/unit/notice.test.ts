import { describe, expect, test } from 'vitest';
import type { Run } from '../../src/lib/model/types';
import { formatDocNumber, normalizeDocNumber, serialNumber } from '../../src/lib/notice/doc-number';
import { cleanNotice, defaultNotice, fillNotice, standardBody } from '../../src/lib/notice/notice';
import type { NoticeValues } from '../../src/lib/notice/types';

const text = (runs: Run[] | undefined) => (runs ?? []).map((r) => r.text).join('');
const planTitle: Run[] = [{ text: '某某市第一中学维稳工作应急预案' }];
const filled: NoticeValues = {
  ...defaultNotice(),
  code: '某中',
  serial: '3',
  recipients: '各处室、各年级组',
  date: '2026-06-29',
  printer: '某某市第一中学办公室',
};
const context = { planTitle, orgName: '某某市第一中学', kind: '专项应急预案' };

describe('发文字号 (GB/T 9704 §7.2.5)', () => {
  test('〔年份〕 in hexagonal brackets, serial without leading zeros', () => {
    expect(formatDocNumber('某中', '2026', '3')).toBe('某中〔2026〕3号');
    expect(formatDocNumber('某中', '2026', '003')).toBe('某中〔2026〕3号');
    expect(formatDocNumber(' 某社居 ', '２０２６', '第12号')).toBe('某社居〔2026〕12号');
    expect(serialNumber('')).toBe('');
  });

  test('typed numbers are set right whatever brackets were used', () => {
    for (const typed of ['某中[2026]3号', '某中［2026］003号', '某中【2026】3号', '某中(2026)3号', '某中（2026）3号', '某中〔2026〕3号', '某中〈2026〉 3 号', '某中﹝2026﹞3号'.replace('﹝', '〔').replace('﹞', '〕')]) {
      expect(normalizeDocNumber(typed), typed).toBe('某中〔2026〕3号');
    }
    expect(normalizeDocNumber('  某中2026年第3号 ')).toBe('某中2026年第3号');
  });

  test('the notice puts the number together, the year from 成文日期 when not given', () => {
    expect(text(fillNotice(filled, context).number)).toBe('某中〔2026〕3号');
    expect(text(fillNotice({ ...filled, year: '2027' }, context).number)).toBe('某中〔2027〕3号');
  });

  test('parts not filled are marked and listed', () => {
    const notice = fillNotice({ ...filled, code: '', serial: '' }, context);
    expect(text(notice.number)).toBe('【发文机关代字】〔2026〕【发文序号】号');
    expect(notice.number.filter((r) => r.missing).map((r) => r.field)).toEqual(['notice-code', 'notice-serial']);
    expect(notice.missing.map((m) => m.key)).toEqual(expect.arrayContaining(['notice-code', 'notice-serial']));
  });
});

describe('the notice', () => {
  const notice = fillNotice(filled, context);

  test('标志, title, 主送 and the standard wording come from the plan', () => {
    expect(text(notice.mark)).toBe('某某市第一中学文件');
    expect(notice.title.map(text)).toEqual(['关于印发《某某市第一中学', '维稳工作应急预案》的通知']);
    expect(text(notice.recipients)).toBe('各处室、各年级组：');
    expect(text(notice.body[0])).toBe(standardBody('专项应急预案').replace('《标题》', '《某某市第一中学维稳工作应急预案》'));
    expect(notice.signer).toBeUndefined();
    expect(notice.annexNote).toBeUndefined();
    expect(notice.missing).toEqual([]);
  });

  test('an edited body keeps 《标题》 following the plan title; a trailing colon of 主送 is not doubled', () => {
    const edited = fillNotice({ ...filled, body: '现将《标题》印发给你们。\n\n请遵照执行。', recipients: '各部门：' }, context);
    expect(edited.body.map(text)).toEqual(['现将《某某市第一中学维稳工作应急预案》印发给你们。', '请遵照执行。']);
    expect(text(edited.recipients)).toBe('各部门：');
  });

  test('成文日期 in Arabic numerals; with a seal four characters in and the name centred over it', () => {
    expect(text(notice.signature.date)).toBe('2026年6月29日');
    expect(text(notice.signature.name)).toBe('某某市第一中学');
    expect(notice.signature.place).toEqual({ names: [4], date: 4, blankLines: 2 });
  });

  test('without a seal: name two characters in, the date under it moved right', () => {
    const unsealed = fillNotice({ ...filled, sealed: false, signatory: '某某市恒安机械有限公司' }, context);
    expect(unsealed.signature.place).toEqual({ names: [2], date: 4.5, blankLines: 1 });
  });

  test('上行文 shows 签发人; 份号, 密级 and 紧急程度 only when given', () => {
    const upward = fillNotice({ ...filled, upward: true, signer: '王明', copyNumber: '000001', urgency: '特急' }, context);
    expect(text(upward.signer)).toBe('王明');
    expect(upward.top.map(text)).toEqual(['000001', '特急']);
    expect(notice.top).toEqual([]);
    expect(text(fillNotice({ ...filled, upward: true }, context).signer)).toBe('【签发人】');
  });

  test('版记: 抄送 ends with a full stop, 印发日期 defaults to 成文日期', () => {
    expect(notice.record.cc).toBeUndefined();
    const withCc = fillNotice({ ...filled, cc: '某某市教育局', printDate: '2026-06-30' }, context);
    expect(text(withCc.record.cc)).toBe('某某市教育局。');
    expect(text(withCc.record.printDate)).toBe('2026年6月30日印发');
    expect(text(notice.record.printDate)).toBe('2026年6月29日印发');
    expect(text(notice.record.printer)).toBe('某某市第一中学办公室');
  });

  test('附件说明 names the plan when chosen', () => {
    expect(text(fillNotice({ ...filled, attachPlan: true }, context).annexNote)).toBe('《某某市第一中学维稳工作应急预案》');
  });

  test('a blank notice marks what is missing instead of inventing it', () => {
    const blank = fillNotice(defaultNotice(), { planTitle: [{ text: '【单位名称】工作方案', missing: true }], orgName: '', kind: '工作方案' });
    expect(text(blank.mark)).toBe('【发文机关标志】');
    expect(text(blank.signature.date)).toBe('【成文日期】');
    expect(text(blank.record.printDate)).toBe('【印发日期】印发');
    // 标志, 年份, 署名 and 印发日期 have defaults (留空则…): shown until known, never counted as unfilled.
    expect(blank.missing.map((m) => m.label)).toEqual(['发文机关代字', '发文序号', '主送机关', '成文日期', '印发机关']);
  });
});

describe('defaults and stored values', () => {
  test('off until chosen: a new notice, and one stored by the version that switched it on by itself', () => {
    expect(defaultNotice()).toMatchObject({ enabled: false, chosen: false });
    expect(cleanNotice({ enabled: true })).toMatchObject({ enabled: false, chosen: false });
    expect(cleanNotice({ enabled: true, code: '某中' })).toMatchObject({ enabled: true, chosen: true });
    expect(cleanNotice({ enabled: true, chosen: false, code: '某中' })).toMatchObject({ enabled: false, chosen: false });
    expect(cleanNotice({ enabled: false, chosen: true })).toMatchObject({ enabled: false, chosen: true });
  });

  test('stored values are cleaned: wrong types replaced by defaults, unknown keys dropped', () => {
    const clean = cleanNotice({ enabled: 'yes', chosen: true, code: 12, serial: '3', sealed: false, extra: 'x', recipients: 'a\u0000b' });
    expect(clean.enabled).toBe(false);
    expect(clean.code).toBe('');
    expect(clean.serial).toBe('3');
    expect(clean.sealed).toBe(false);
    expect(clean.recipients).toBe('ab');
    expect(Object.keys(clean)).not.toContain('extra');
    expect(cleanNotice('garbage')).toEqual(defaultNotice());
  });
});
