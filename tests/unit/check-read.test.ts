import { strToU8, zipSync } from 'fflate';
import { describe, expect, test } from 'vitest';
import { checkPlan } from '../../src/lib/check/check';
import { loadRules } from '../../src/lib/check/load';
import { readDocxFile } from '../../src/lib/check/read/docx';
import { decodeTextFile } from '../../src/lib/check/read/encoding';
import { readPlanFile } from '../../src/lib/check/read/file';
import { formatNumber } from '../../src/lib/check/read/numbering';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"';

/** A .docx from the XML of its body (and optionally styles, numbering and comments). */
function docx(body: string, parts: { styles?: string; numbering?: string; comments?: string } = {}): Uint8Array {
  const files: Record<string, Uint8Array> = { 'word/document.xml': strToU8(`<?xml version="1.0"?><w:document ${W}><w:body>${body}</w:body></w:document>`) };
  if (parts.styles) files['word/styles.xml'] = strToU8(`<w:styles ${W}>${parts.styles}</w:styles>`);
  if (parts.numbering) files['word/numbering.xml'] = strToU8(`<w:numbering ${W}>${parts.numbering}</w:numbering>`);
  if (parts.comments) files['word/comments.xml'] = strToU8(`<w:comments ${W}>${parts.comments}</w:comments>`);
  return zipSync(files);
}

const run = (text: string) => `<w:r><w:t xml:space="preserve">${text}</w:t></w:r>`;
const p = (text: string, pPr = '') => `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ''}${run(text)}</w:p>`;
const numbered = (text: string, numId: number, ilvl = 0) => p(text, `<w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="${numId}"/></w:numPr>`);
const texts = (bytes: Uint8Array) => readDocxFile(bytes).paragraphs.map((paragraph) => paragraph.text);

/** 一、 / （一） / 1. — the numbering Chinese plans use, as an abstract list with three levels. */
const LEVELS = `<w:abstractNum w:abstractNumId="0">
  <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/><w:suff w:val="nothing"/></w:lvl>
  <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/><w:suff w:val="nothing"/></w:lvl>
  <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%3."/></w:lvl>
</w:abstractNum>`;

describe('.docx automatic numbering (numbering.xml)', () => {
  test('labels as Word shows them: chineseCounting, nested levels, lower levels restart', () => {
    const body = [numbered('总则', 1), numbered('编制目的', 1, 1), numbered('适用范围', 1, 1), numbered('组织机构及职责', 1), numbered('领导小组', 1, 1), numbered('组长职责', 1, 2)].join('');
    expect(texts(docx(body, { numbering: `${LEVELS}<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>` }))).toEqual([
      '一、总则',
      '（一）编制目的',
      '（二）适用范围',
      '二、组织机构及职责',
      '（一）领导小组',
      '1.组长职责',
    ]);
  });

  test('a list instance with startOverride restarts; one without continues the same list', () => {
    const numbering = `${LEVELS}<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num><w:num w:numId="3"><w:abstractNumId w:val="0"/></w:num>`;
    const body = [numbered('甲', 1), numbered('乙', 1), numbered('重新开始', 2), numbered('接着', 3)].join('');
    expect(texts(docx(body, { numbering }))).toEqual(['一、甲', '二、乙', '一、重新开始', '二、接着']);
  });

  test('numbering and heading level inherited from a paragraph style through basedOn', () => {
    const styles = `<w:style w:type="paragraph" w:styleId="Base"><w:name w:val="heading 1"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>
      <w:style w:type="paragraph" w:styleId="PlanHeading"><w:name w:val="预案标题一"/><w:basedOn w:val="Base"/></w:style>`;
    const read = readDocxFile(docx(p('总则', '<w:pStyle w:val="PlanHeading"/>') + p('应急响应', '<w:pStyle w:val="PlanHeading"/>'), { styles, numbering: `${LEVELS}<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>` }));
    expect(read.paragraphs).toEqual([
      { text: '一、总则', headingLevel: 1 },
      { text: '二、应急响应', headingLevel: 1 },
    ]);
  });

  test('w:outlineLvl on the paragraph gives the heading level; 9 is body text', () => {
    const read = readDocxFile(docx(p('响应分级', '<w:outlineLvl w:val="1"/>') + p('正文', '<w:outlineLvl w:val="9"/>')));
    expect(read.paragraphs).toEqual([{ text: '响应分级', headingLevel: 2 }, { text: '正文' }]);
  });

  test.each([
    [1, 'chineseCounting', '一'],
    [10, 'chineseCounting', '十'],
    [12, 'chineseCounting', '十二'],
    [20, 'chineseCounting', '二十'],
    [3, 'ideographTraditional', '丙'],
    [2, 'decimalEnclosedCircle', '②'],
    [4, 'upperRoman', 'IV'],
    [11, 'chineseLegalSimplified', '拾壹'],
  ])('%i in %s is %s', (n, format, label) => {
    expect(formatNumber(n, format)).toBe(label);
  });
});

describe('.docx structure as a reader sees it', () => {
  test('a table is read row by row, its cells kept: a 处置卡 row is a section', () => {
    const row = (...cells: string[]) => `<w:tr>${cells.map((cell) => `<w:tc>${p(cell)}</w:tc>`).join('')}</w:tr>`;
    const body = p('配电室现场处置方案') + `<w:tbl>${row('事故风险描述', '触电、火灾')}${row('应急处置', '切断电源，拨打119。')}</w:tbl>`;
    const paragraphs = readDocxFile(docx(body)).paragraphs;
    expect(paragraphs[1]).toEqual({ text: '事故风险描述\t触电、火灾', cells: ['事故风险描述', '触电、火灾'] });
    const report = checkPlan(paragraphs, loadRules(), { kind: 'onsite' });
    expect(report.elements.found).toContainEqual({ element: '事故风险描述', how: 'table', at: 1 });
  });

  test('tracked changes are read as accepted, and open revisions and comments are counted', () => {
    const body = `<w:p>${run('值班人员接报后')}<w:del w:id="1" w:author="a"><w:r><w:delText>2小时</w:delText></w:r></w:del><w:ins w:id="2" w:author="a">${run('15分钟')}</w:ins>${run('内报告。')}</w:p>`;
    const read = readDocxFile(docx(body, { comments: '<w:comment w:id="0" w:author="b"><w:p><w:r><w:t>请核对</w:t></w:r></w:p></w:comment>' }));
    expect(read.paragraphs).toEqual([{ text: '值班人员接报后15分钟内报告。' }]);
    expect([read.revisions, read.comments]).toEqual([2, 1]);
    const report = checkPlan(read.paragraphs, loadRules(), { read: { format: 'docx', revisions: 2, comments: 1 } });
    expect(report.findings.find((f) => f.rule === 'open-revisions')?.message).toContain('2 处未处理的修订、1 条批注');
  });

  test('no tab-stop definitions, field codes or the text box’s fallback copy in the text', () => {
    const tabs = '<w:tabs><w:tab w:val="left" w:pos="840"/></w:tabs>';
    const field = `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>${run('3')}<w:r><w:fldChar w:fldCharType="end"/></w:r>`;
    const box = `<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><w:txbxContent>${p('信息报告流程')}</w:txbxContent></w:drawing></mc:Choice><mc:Fallback><w:pict><w:txbxContent>${p('信息报告流程')}</w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent></w:r>`;
    const body = `<w:p><w:pPr>${tabs}</w:pPr>${run('组长：')}<w:r><w:tab/></w:r>${run('王明')}</w:p><w:p>${run('第')}${field}${run('页')}</w:p><w:p>${box}${run('见上图')}</w:p>`;
    expect(texts(docx(body))).toEqual(['组长：\t王明', '第3页', '信息报告流程', '见上图']);
  });
});

describe('.txt encodings', () => {
  const PLAN = '某某公司火灾事故专项应急预案\r\n一、总则\r\n本预案适用于公司厂区。\r\n';
  const utf16 = (text: string, bigEndian: boolean, bom: boolean) => {
    const out = new Uint8Array((text.length + (bom ? 1 : 0)) * 2);
    const view = new DataView(out.buffer);
    [...(bom ? '\uFEFF' : ''), ...text].forEach((char, i) => view.setUint16(i * 2, char.charCodeAt(0), !bigEndian));
    return out;
  };

  test.each([
    ['UTF-16 LE without a BOM', utf16(PLAN, false, false), 'utf-16le'],
    ['UTF-16 BE without a BOM', utf16(PLAN, true, false), 'utf-16be'],
    ['UTF-16 LE with a BOM', utf16(PLAN, false, true), 'utf-16le'],
    ['UTF-16 BE with a BOM', utf16(PLAN, true, true), 'utf-16be'],
    ['UTF-8 with a BOM', new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(PLAN)]), 'utf-8'],
  ])('%s', (_, bytes, encoding) => {
    expect(decodeTextFile(bytes)).toEqual({ text: PLAN, encoding, garbled: false });
  });

  test('text that decodes to nonsense is not judged: the reader says the encoding is wrong', async () => {
    // UTF-16 LE of Chinese without any ASCII character: no zero byte shows the encoding.
    const chinese = '应急预案'.repeat(40);
    const bytes = utf16(chinese, false, false);
    const read = await readPlanFile('预案.txt', bytes);
    expect(read).toEqual({ ok: false, message: expect.stringContaining('乱码') });
  });
});
