import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { checkPlan } from '../../src/lib/check/check';
import { loadRules } from '../../src/lib/check/load';
import { readDocx } from '../../src/lib/check/read/docx';
import { readPlanFile } from '../../src/lib/check/read/file';
import type { Severity } from '../../src/lib/check/types';

const rules = loadRules();
const TODAY = new Date('2026-11-29T00:00:00');
const DIR = 'tests/unit/fixtures/check-corpus';

/** [severity, rule, words the message contains]. */
type Expected = [Severity, string, string];

/**
 * Realistic old plans written for these tests, each as .txt and as .docx (made by
 * scripts/make-check-corpus.mjs), with every finding the checker must report.
 */
const CORPUS: { file: string; kind: string; expected: Expected[] }[] = [
  {
    file: '01-chemical-comprehensive-2016',
    kind: 'comprehensive',
    expected: [
      ['error', 'missing-element', '响应分级'],
      ['warning', 'missing-element', '应急支援'],
      ['warning', 'missing-element', '附则'],
      ['error', 'superseded-basis', '突发事件应对法》（2007年）'],
      ['error', 'superseded-basis', '第88号'],
      ['error', 'superseded-basis', 'GB/T 29639-2013'],
      ['warning', 'outdated-heading', '事故风险描述'],
      ['warning', 'outdated-heading', '预警及信息报告'],
      ['warning', 'outdated-heading', '应急预案管理'],
      ['warning', 'outdated-heading', '保障措施'],
      ['warning', 'drill-frequency', '现场处置方案'],
      ['warning', 'drill-frequency', '危险物品'],
      ['warning', 'stale-wording', '十三五'],
      ['warning', 'stale-date', '2016年5月'],
    ],
  },
  {
    file: '02-primary-school-2018',
    kind: 'stability-work',
    expected: [
      ['error', 'superseded-basis', '信访条例'],
      ['error', 'leftover-blank', '3处'],
      ['warning', 'drill-frequency', '中小学每月'],
      ['warning', 'past-period', '2018年度'],
      ['warning', 'stale-wording', '十三五'],
      ['warning', 'stale-wording', '科学发展观'],
      ['warning', 'stale-date', '2018年3月'],
    ],
  },
  {
    file: '03-community-chapters',
    kind: 'stability-emergency',
    expected: [
      ['error', 'superseded-basis', '国办发〔2013〕101号'],
      ['error', 'petition-wording', '拦截'],
      ['warning', 'petition-wording', '稳控'],
      ['warning', 'petition-wording', '劝返'],
      ['warning', 'petition-wording', '不发生越级上访'],
      ['warning', 'no-report-limit', '信息报告'],
      ['warning', 'missing-element', '响应分级与启动'],
      ['warning', 'stale-date', '2021年4月'],
    ],
  },
  {
    file: '04-enterprise-petition-halfwidth',
    kind: 'stability-emergency',
    expected: [
      ['error', 'superseded-basis', '信访条例'],
      ['error', 'superseded-basis', '国家突发公共事件总体应急预案'],
      ['error', 'petition-wording', '截访'],
      ['warning', 'missing-element', '后期处置'],
      ['warning', 'missing-element', '保障措施'],
      ['warning', 'missing-element', '联系方式'],
      ['warning', 'stale-wording', '构建社会主义和谐社会'],
    ],
  },
  {
    file: '05-township-work-2019',
    kind: 'stability-work',
    expected: [
      ['error', 'leftover-blank', 'XX'],
      ['warning', 'past-period', '2019年度'],
      ['warning', 'stale-wording', '十三五'],
      ['warning', 'stale-date', '2019年2月'],
    ],
  },
  {
    file: '06-substation-onsite',
    kind: 'onsite',
    expected: [
      ['error', 'superseded-basis', 'GB/T 29639-2013'],
      ['warning', 'missing-element', '注意事项'],
      ['warning', 'drill-frequency', '现场处置方案'],
      ['warning', 'no-report-limit', '应急处置'],
    ],
  },
  {
    file: '07-duty-articles',
    kind: 'duty-rules',
    expected: [
      ['error', 'missing-element', '交接班'],
      ['warning', 'missing-element', '联系电话'],
      ['error', 'leftover-blank', '＿＿'],
      ['warning', 'no-report-limit', '信息报告'],
      ['warning', 'stale-date', '2022年1月'],
    ],
  },
  {
    file: '08-kindergarten-fire-plain',
    kind: 'emergency-special',
    expected: [
      // A 幼儿园 is a unit that may simplify its plan (国办发〔2024〕5号): a warning, not an error.
      ['warning', 'missing-element', '响应分级'],
      ['error', 'leftover-blank', '（略）'],
      ['warning', 'missing-element', '后期处置'],
      ['warning', 'missing-element', '附则'],
      ['warning', 'drill-frequency', '幼儿园每季度'],
      ['warning', 'stale-date', '2020年9月'],
    ],
  },
];

async function findingsOf(name: string) {
  const read = await readPlanFile(name, readFileSync(`${DIR}/${name}`));
  if (!read.ok) throw new Error(read.message);
  return checkPlan(read.paragraphs, rules, { today: TODAY });
}

describe.each(CORPUS)('$file', ({ file, kind, expected }) => {
  test.each(['txt', 'docx'])('.%s: every expected finding, no other error or warning', async (extension) => {
    const report = await findingsOf(`${file}.${extension}`);
    expect(report.kind).toBe(kind);
    for (const [severity, rule, words] of expected) {
      const hit = report.findings.find((f) => f.severity === severity && f.rule === rule && f.message.includes(words));
      expect(hit, `${severity} ${rule} “${words}”`).toBeDefined();
    }
    // A new warning is a false one until a person has read the plan and listed it above.
    const unexpected = report.findings.filter((f) => f.severity !== 'info' && !expected.some(([s, r, w]) => s === f.severity && r === f.rule && f.message.includes(w)));
    expect(unexpected.map((f) => `${f.severity} ${f.rule}: ${f.message}`)).toEqual([]);
  });
});

describe('.docx reading', () => {
  test('paragraphs, runs and tables in document order; heading styles give levels', () => {
    const paragraphs = readDocx(readFileSync(`${DIR}/08-kindergarten-fire-plain.docx`));
    expect(paragraphs[0]).toEqual({ text: '某某市阳光幼儿园火灾事故专项应急预案' });
    expect(paragraphs[1]).toEqual({ text: '适用范围', headingLevel: 1 });
    const table = readDocx(readFileSync(`${DIR}/01-chemical-comprehensive-2016.docx`)).find((p) => p.cells);
    expect(table).toEqual({ text: '姓名\t职务\t电话', cells: ['姓名', '职务', '电话'] });
  });

  test('broken .doc and old .wps, oversized, broken and empty files get a clear message', async () => {
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    expect(await readPlanFile('旧预案.doc', ole)).toEqual({ ok: false, message: expect.stringContaining('另存为') });
    expect(await readPlanFile('改了扩展名.docx', ole)).toEqual({ ok: false, message: expect.stringContaining('打不开') });
    expect(await readPlanFile('预案.wps', new Uint8Array(8))).toEqual({ ok: false, message: expect.stringContaining('早期 WPS 文字') });
    expect(await readPlanFile('坏.docx', new Uint8Array([0x50, 0x4b, 3, 4, 0, 0]))).toEqual({ ok: false, message: expect.stringContaining('打不开') });
    expect(await readPlanFile('大.txt', new Uint8Array(20 * 1024 * 1024 + 1))).toEqual({ ok: false, message: expect.stringContaining('20 MB') });
    expect(await readPlanFile('空.txt', new TextEncoder().encode(' \n\n'))).toEqual({ ok: false, message: expect.stringContaining('没有读到文字') });
    expect(await readPlanFile('坏.pdf', new Uint8Array(8))).toEqual({ ok: false, message: expect.stringContaining('PDF 文件打不开') });
    expect(await readPlanFile('预案.rtf', new Uint8Array(8))).toEqual({ ok: false, message: expect.stringContaining('文字版 PDF') });
  });

  test('GB18030 text files are read', async () => {
    // "一、总则" in GB18030.
    const gbk = new Uint8Array([0xd2, 0xbb, 0xa1, 0xa2, 0xd7, 0xdc, 0xd4, 0xf2]);
    expect(await readPlanFile('旧.txt', gbk)).toMatchObject({ ok: true, paragraphs: [{ text: '一、总则' }], info: { encoding: 'gb18030' } });
  });
});
