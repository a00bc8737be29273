/**
 * The 评审意见 a unit gets back, as a filled document the site's .docx writer lays out as a 公文:
 * unit, plan, date, findings grouped 必须修改 / 建议修改, and blanks for the reviewer's name and date.
 */
import { headingNumber } from '../model/numbering';
import type { FilledBlock, FilledDoc, FilledSection, Run } from '../model/types';
import { verdictOf, type BatchEntry } from './batch';

const para = (text: string, strong = false): FilledBlock => ({ type: 'paragraph', runs: [{ text, ...(strong ? { strong } : {}) }] });

let sectionId = 0;
function section(level: number, index: number, title: string, body: (FilledBlock | FilledSection)[]): FilledSection {
  return { type: 'section', id: `s${++sectionId}`, level, number: headingNumber(level, index), title: [{ text: title }], annex: false, guide: [], body };
}

/** One finding as a list item: what, where, how to fix. */
function findingItem(finding: Extract<BatchEntry, { ok: true }>['report']['findings'][number]): Run[] {
  const where = finding.where.length ? `（位置：${finding.where.map((w) => `“${w}”`).join('、')}）` : finding.section && finding.section !== '全文' ? `（${finding.section}）` : '';
  return [{ text: `${finding.message}${where}修改意见：${finding.fix}` }];
}

function findingsBlock(items: Run[][]): FilledBlock[] {
  return items.length ? [{ type: 'list', ordered: true, items }] : [para('无。')];
}

/** One plan's opinion: facts, then 必须修改 and 建议修改 at the next level. */
function planSection(entry: BatchEntry, level: number, index: number): FilledSection {
  if (!entry.ok) return section(level, index, entry.file, [para(`文件无法读取：${entry.error}请重新报送可以读取的文件。`)]);
  const { report } = entry;
  const must = report.findings.filter((f) => f.severity === 'error').map(findingItem);
  const should = report.findings.filter((f) => f.severity !== 'error').map(findingItem);
  const verdict = verdictOf(entry) === '可以送审' ? '形式和要素基本完整，可以送审。' : '存在必须修改的问题，修改后重新报送。';
  return section(level, index, `《${report.title || entry.file}》`, [
    para(`报送文件：${entry.file}；预案类型：${report.kindName}；预案日期：${entry.date || '未注明'}。`),
    section(level + 1, 1, '必须修改', findingsBlock(must)),
    section(level + 1, 2, '建议修改', findingsBlock(should)),
    para(`评审结论：${verdict}`, true),
  ]);
}

const SIGN_OFF: FilledBlock[] = [
  para('以上意见由预案体检自动生成，经评审人员核对确认。'),
  para('评审人（签名）：＿＿＿＿＿＿＿＿'),
  para('日期：＿＿＿＿年＿＿月＿＿日'),
];

/** Entries grouped by unit, in the order units first appear; unrecognised units stay apart by file. */
export function byUnit(entries: BatchEntry[]): { unit: string; entries: BatchEntry[] }[] {
  const groups = new Map<string, BatchEntry[]>();
  for (const entry of entries) {
    const key = entry.unit || `（未识别单位）${entry.file}`;
    groups.set(key, [...(groups.get(key) ?? []), entry]);
  }
  return [...groups].map(([unit, list]) => ({ unit, entries: list }));
}

/** The 评审意见 of one unit: one section per plan. */
export function unitOpinion(unit: string, entries: BatchEntry[]): FilledDoc {
  sectionId = 0;
  return {
    title: [{ text: `${unit.startsWith('（未识别') ? '' : unit}应急预案评审意见` }],
    body: [para(`报送单位：${unit}`), ...entries.map((entry, i) => planSection(entry, 1, i + 1)), ...SIGN_OFF],
    missing: [],
  };
}

/** All units in one document: one section per unit, one sub-section per plan. */
export function allOpinions(entries: BatchEntry[]): FilledDoc {
  sectionId = 0;
  const units = byUnit(entries);
  return {
    title: [{ text: '应急预案评审意见' }],
    body: [
      para(`本批共 ${entries.length} 份预案，涉及 ${units.length} 个单位。`),
      ...units.map((group, u) =>
        section(1, u + 1, group.unit, [...group.entries.map((entry, i) => planSection(entry, 2, i + 1))]),
      ),
      ...SIGN_OFF,
    ],
    missing: [],
  };
}

/** The report of one checked plan, for the unit that checked it: the findings its 评审意见 would list. */
export function checkReportDoc(entry: BatchEntry, checked: string): FilledDoc {
  sectionId = 0;
  return {
    title: [{ text: '预案体检报告' }],
    body: [para(`检查日期：${checked}。本报告由预案体检在浏览器中生成，文件没有上传。`), planSection(entry, 1, 1)],
    missing: [],
  };
}
