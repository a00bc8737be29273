import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, test } from 'vitest';
import { fill, sectionsOf, textOf } from '../../src/lib/model/fill';
import type { FilledBlock, FilledDoc, FilledSection, Run, Values } from '../../src/lib/model/types';
import { buildDocument, toDocxBlob, toDocxBytes } from '../../src/lib/render/docx';
import { loadFile, templateFiles } from './content-files';

const SCHOOL = 'content/templates/02-school-stability-emergency-plan.mdx';

type Parts = Record<string, string>;

async function parts(doc: FilledDoc): Promise<Parts> {
  const files = unzipSync(await toDocxBytes(doc));
  return Object.fromEntries(Object.entries(files).map(([path, bytes]) => [path, strFromU8(bytes)]));
}

/**
 * A small XML well-formedness check: tags balance, text holds no raw '<', and every '&' starts an
 * entity. Enough to catch unescaped user text, which is what can go wrong in a generator.
 */
function wellFormedError(xml: string): string | null {
  const stack: string[] = [];
  const token = /<(\/?)([A-Za-z_][\w:.-]*)((?:\s+[\w:.-]+="[^"<]*")*)\s*(\/?)>|<\?[^?]*\?>/g;
  let at = 0;
  for (let match = token.exec(xml); match; match = token.exec(xml)) {
    const text = xml.slice(at, match.index);
    if (text.includes('<')) return `raw '<' in text near ${JSON.stringify(text.slice(0, 80))}`;
    if (/&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[\da-fA-F]+);)/.test(text)) return `bare '&' near ${JSON.stringify(text.slice(0, 80))}`;
    at = token.lastIndex;
    const [, closing, name, attrs, selfClosing] = match;
    if (!name) continue; // <?xml …?>
    if (attrs && /&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[\da-fA-F]+);)/.test(attrs)) return `bare '&' in attributes of <${name}>`;
    if (selfClosing) continue;
    if (!closing) stack.push(name);
    else if (stack.pop() !== name) return `</${name}> does not close the open element`;
  }
  if (xml.slice(at).trim() !== '') return 'text after the root element';
  return stack.length ? `unclosed <${stack.join('><')}>` : null;
}

/** The paragraphs of a part, each as its XML and its text. */
function paragraphs(xml: string): { xml: string; text: string }[] {
  return [...xml.matchAll(/<w:p>.*?<\/w:p>|<w:p\/>/g)].map(([p]) => ({
    xml: p,
    text: [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''),
  }));
}

/** The first paragraph whose text starts with `text`. */
const paragraphWith = (xml: string, text: string) => {
  const found = paragraphs(xml).find((p) => p.text.startsWith(text));
  if (!found) throw new Error(`no paragraph with ${text}`);
  return found;
};

const unescapeXml = (text: string) =>
  text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

function blocksOf(nodes: (FilledBlock | FilledSection)[]): FilledBlock[] {
  return nodes.flatMap((node) => (node.type === 'section' ? blocksOf(node.body) : [node]));
}

test('the well-formedness check catches broken XML', () => {
  expect(wellFormedError('<?xml version="1.0"?><a x="1"><b>x &amp; y</b><c/></a>')).toBeNull();
  expect(wellFormedError('<a><img src=x onerror=alert(1)></a>')).toMatch(/raw '<'/);
  expect(wellFormedError('<a>A & B</a>')).toMatch(/bare '&'/);
  expect(wellFormedError('<a><b></a></b>')).not.toBeNull();
  expect(wellFormedError('<a><b></b>')).toMatch(/unclosed/);
});

describe('docx of the school plan (example values)', async () => {
  const { template } = loadFile(SCHOOL);
  const doc = fill(template, 'example');
  const files = await parts(doc);
  const body = files['word/document.xml']!;

  test('every XML part is well-formed', () => {
    for (const [path, xml] of Object.entries(files)) {
      if (path.endsWith('.xml') || path.endsWith('.rels')) expect(wellFormedError(xml), path).toBeNull();
    }
  });

  test('A4 page with GB/T 9704 margins and a 22 × 28 grid', () => {
    expect(body).toContain('<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"/>');
    // 37, 26, 35, 28 mm.
    expect(body).toMatch(/<w:pgMar w:top="2097" w:right="1474" w:bottom="1984" w:left="1587" /);
    expect(body).toContain('<w:docGrid w:type="lines" w:linePitch="579"/>');
  });

  test('body text is 3号仿宋 on exact 28.95 pt lines, justified, indented two characters', () => {
    const styles = files['word/styles.xml']!;
    const defaults = /<w:docDefaults>.*<\/w:docDefaults>/.exec(styles)![0];
    expect(defaults).toContain('w:eastAsia="仿宋_GB2312"');
    expect(defaults).toContain('<w:sz w:val="32"/>');
    expect(defaults).toMatch(/<w:spacing [^>]*w:line="579" w:lineRule="exact"/);
    const p = paragraphWith(body, '坚持以人为本、生命至上');
    expect(p.xml).toContain('<w:jc w:val="both"/>');
    expect(p.xml).toMatch(/<w:ind [^>]*w:firstLine="640"/);
    expect(p.xml).toContain('<w:sz w:val="32"/>');
    expect(p.xml).toContain('w:eastAsia="仿宋_GB2312"');
    // Tracked −0.25 pt so that 28 characters fill the 156 mm line.
    expect(p.xml).toContain('<w:spacing w:val="-5"/>');
    expect(p.xml).not.toContain('<w:b/>');
  });

  test('the title is 2号方正小标宋简体, centred, first', () => {
    const first = paragraphs(body)[0]!;
    expect(first.text).toBe('某某市第一中学维稳工作应急预案');
    expect(first.xml).toContain('<w:jc w:val="center"/>');
    expect(first.xml).toContain('w:eastAsia="方正小标宋简体"');
    expect(first.xml).toContain('<w:sz w:val="44"/>');
  });

  test('headings come in document order with their numbers and outline levels', () => {
    const expected = [...sectionsOf(doc.body)].filter((s) => !s.annex).map((s) => `${s.number}${textOf(s.title)}`);
    const found = paragraphs(body)
      .filter((p) => /<w:pStyle w:val="Heading[1-6]"\/>/.test(p.xml) && !p.xml.includes('w:val="center"'))
      .map((p) => p.text);
    expect(expected.slice(0, 3)).toEqual(['一、指导思想', '二、编制依据和适用范围', '（一）编制依据']);
    expect(found).toEqual(expected);
  });

  test('heading fonts: 一、黑体, （一）楷体, none bold or coloured', () => {
    const one = paragraphWith(body, '一、指导思想');
    expect(one.xml).toContain('<w:outlineLvl w:val="0"/>');
    expect(one.xml).toContain('w:eastAsia="黑体"');
    expect(one.xml).not.toContain('<w:b/>');
    const two = paragraphWith(body, '（一）编制依据');
    expect(two.xml).toContain('<w:outlineLvl w:val="1"/>');
    expect(two.xml).toContain('w:eastAsia="楷体_GB2312"');
    const heading1Style = /<w:style [^>]*w:styleId="Heading1">.*?<\/w:style>/.exec(files['word/styles.xml']!)![0];
    expect(heading1Style).toContain('<w:color w:val="000000"/>');
    expect(heading1Style).not.toContain('2E74B5');
  });

  test('ordered list items are numbered 1．, unordered ones carry no bullet', () => {
    expect(paragraphWith(body, '1．现场人员报告').xml).toMatch(/w:firstLine="640"/);
    const item = paragraphWith(body, '迟报、谎报、瞒报');
    expect(item.text).toBe('迟报、谎报、瞒报、漏报事件信息，或者阻碍他人报告的；');
    expect(item.xml).toMatch(/w:firstLine="640"/);
    expect(body).not.toMatch(/[·•]迟报/);
  });

  test('signature: blank line, then right-aligned lines, the date four characters in', () => {
    const all = paragraphs(body);
    const date = all.findIndex((p) => p.text === '2026年9月1日');
    expect(date).toBeGreaterThan(0);
    expect(all[date]!.xml).toContain('<w:jc w:val="right"/>');
    expect(all[date]!.xml).toMatch(/<w:ind w:right="1280"\/>/);
    expect(all[date - 1]!.text).toBe('某某市第一中学');
    expect(all[date - 1]!.xml).toContain('<w:jc w:val="right"/>');
    expect(all[date - 2]!.text).toBe('');
  });

  test('tables: one real table per table block, full width, black borders, repeated header', () => {
    const tables = blocksOf(doc.body).filter((b) => b.type === 'table');
    // Flowcharts are tables too (tests/unit/flow.test.ts).
    const flows = blocksOf(doc.body).filter((b) => b.type === 'flow');
    const xmlTables = [...body.matchAll(/<w:tbl>.*?<\/w:tbl>/g)].map(([t]) => t);
    expect(tables.length).toBeGreaterThanOrEqual(2);
    expect(xmlTables).toHaveLength(tables.length + flows.length);
    const contacts = xmlTables.find((t) => t.includes('学校值班室'))!;
    expect(contacts).toContain('<w:tblW w:type="dxa" w:w="8844"/>');
    expect(contacts).toMatch(/<w:tblBorders><w:top w:val="single" w:color="000000" w:sz="4"\/>/);
    expect(contacts).toContain('<w:tblHeader/>');
    const header = /<w:tr>.*?<\/w:tr>/.exec(contacts)![0];
    expect(paragraphs(header).map((p) => p.text)).toEqual(['单位或岗位', '联系人', '联系电话']);
    expect(header).toContain('w:eastAsia="黑体"');
    // Cells drop the body's first-line indent.
    expect(paragraphWith(contacts, '学校值班室').xml).toMatch(/w:firstLine="0"/);
  });

  test('the annex starts a new page with its label top left and title centred', () => {
    // The school plan's only annex is 附件, unnumbered (GB/T 9704 §7.3.6).
    const label = paragraphs(body).find((p) => p.text === '附件')!;
    expect(label).toBeDefined();
    expect(label.xml).toContain('<w:pageBreakBefore/>');
    expect(label.xml).toContain('<w:jc w:val="left"/>');
    expect(label.xml).toContain('w:eastAsia="黑体"');
    const title = paragraphWith(body, '应急联系方式');
    expect(title.text).toBe('应急联系方式');
    expect(title.xml).toContain('<w:jc w:val="center"/>');
  });

  test('writing guides never appear', () => {
    const guides = [...sectionsOf(doc.body)].flatMap((s) => blocksOf(s.guide)).flatMap((b) => (b.type === 'paragraph' ? [textOf(b.runs)] : []));
    expect(guides.length).toBeGreaterThan(5);
    expect(guides[0]!.length).toBeGreaterThan(20);
    const text = unescapeXml(paragraphs(body).map((p) => p.text).join('\n'));
    for (const guide of guides) expect(text).not.toContain(guide.slice(0, 30));
    expect(text).not.toContain('写作要点');
  });

  test('footers: "— PAGE —" in 4号宋体, odd right and even left, one character in', () => {
    expect(files['word/settings.xml']).toContain('<w:evenAndOddHeaders/>');
    const refs = [...body.matchAll(/<w:footerReference w:type="(\w+)" r:id="(\w+)"\/>/g)].map((m) => m[1]);
    expect(refs.sort()).toEqual(['default', 'even']);
    const footers = Object.entries(files).filter(([path]) => /^word\/footer\d+\.xml$/.test(path)).map(([, xml]) => xml);
    expect(footers).toHaveLength(2);
    for (const footer of footers) {
      expect(footer).toContain('<w:instrText xml:space="preserve">PAGE</w:instrText>');
      expect(footer).toContain('>\u2014 </w:t>');
      expect(footer).toContain('> \u2014</w:t>');
      expect(footer).toContain('w:eastAsia="宋体"');
      expect(footer).toContain('<w:sz w:val="28"/>');
    }
    const odd = footers.filter((f) => f.includes('<w:jc w:val="right"/>'));
    const even = footers.filter((f) => f.includes('<w:jc w:val="left"/>'));
    expect(odd).toHaveLength(1);
    expect(even).toHaveLength(1);
    expect(odd[0]).toContain('<w:ind w:right="280"/>');
    expect(even[0]).toContain('<w:ind w:left="280"/>');
    // The even-page footer is the one referenced as "even".
    const evenId = /<w:footerReference w:type="even" r:id="(\w+)"\/>/.exec(body)![1]!;
    const evenTarget = new RegExp(`Id="${evenId}"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="${evenId}"`).exec(files['word/_rels/document.xml.rels']!)!;
    expect(files[`word/${evenTarget[1] ?? evenTarget[2]}`]).toBe(even[0]);
  });

  test('properties: title and creator; fonts named with alternatives, none embedded', () => {
    const core = files['docProps/core.xml']!;
    expect(core).toContain('<dc:title>某某市第一中学维稳工作应急预案</dc:title>');
    expect(core).toContain('<dc:creator>预案模板库</dc:creator>');
    const fonts = files['word/fontTable.xml']!;
    expect(fonts).toContain('<w:font w:name="仿宋_GB2312"><w:altName w:val="仿宋"/>');
    expect(fonts).not.toMatch(/w:embed/);
    expect(Object.keys(files).some((path) => /\.(odttf|ttf|otf)$/.test(path))).toBe(false);
  });
});

describe('docx of the blank school plan', async () => {
  const { template } = loadFile(SCHOOL);
  const body = (await parts(fill(template, 'blank')))['word/document.xml']!;

  test('unfilled placeholders keep their 【label】 and are highlighted', () => {
    const title = paragraphs(body)[0]!;
    expect(title.text).toBe('【学校名称】维稳工作应急预案');
    expect(title.xml).toMatch(/<w:highlight w:val="yellow"\/>.*【学校名称】/);
    expect(paragraphWith(body, '坚持以人为本').xml).not.toContain('w:highlight');
  });
});

describe('hostile text', async () => {
  const { template } = loadFile(SCHOOL);
  const long = '长'.repeat(10_000);
  const values: Values = {
    orgName: '<img src=x onerror=alert(1)>',
    supervisorDept: '</script><script>alert("x")</script>',
    localPolice: 'A & B \'quoted\' "double" ]]> &amp; 👩‍👩‍👧 𠀋',
    dutyPhone: long,
    issueDate: '2026-06-29',
  };
  const doc = fill(template, 'user', values);
  const files = await parts(doc);
  const body = files['word/document.xml']!;

  test('the XML stays well-formed', () => {
    for (const path of ['word/document.xml', 'docProps/core.xml']) expect(wellFormedError(files[path]!), path).toBeNull();
  });

  test('markup is escaped, not interpreted', () => {
    expect(body).not.toContain('<img');
    expect(body).not.toContain('<script');
    expect(body).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(body).toContain('&lt;/script&gt;');
    expect(body).toContain('A &amp; B');
    expect(body).toContain('&amp;amp;');
    expect(files['docProps/core.xml']).toContain('<dc:title>&lt;img src=x onerror=alert(1)&gt;维稳工作应急预案</dc:title>');
  });

  test('emoji, astral characters and 10,000-character values survive', () => {
    const text = unescapeXml(paragraphs(body).map((p) => p.text).join(''));
    expect(text).toContain('👩‍👩‍👧 𠀋');
    expect(text).toContain(`A & B 'quoted' "double" ]]> &amp;`);
    expect(text).toContain(long);
    expect(text).toContain('2026年6月29日');
  });

  test('a newline inside a value becomes a line break, a tab a tab', async () => {
    const doc: FilledDoc = { title: [{ text: '标题' }], body: [{ type: 'paragraph', runs: [{ text: '第一行\n第二\t行' }] }], missing: [] };
    const xml = (await parts(doc))['word/document.xml']!;
    expect(xml).toMatch(/第一行<\/w:t><\/w:r><w:r>.*<w:br\/><w:t xml:space="preserve">第二<\/w:t><w:tab\/><w:t xml:space="preserve">行<\/w:t>/);
    expect(xml).not.toContain('\t');
  });

  test('strong runs are bold; third-level headings are 仿宋 and not bold', async () => {
    const section: FilledSection = {
      type: 'section', id: 'x', level: 3, number: '1.', title: [{ text: '小标题' }], annex: false, guide: [],
      body: [{ type: 'paragraph', runs: [{ text: '普通' }, { text: '加粗', strong: true }] }],
    };
    const xml = (await parts({ title: [{ text: '标题' }], body: [section], missing: [] }))['word/document.xml']!;
    const heading = paragraphWith(xml, '1.小标题');
    expect(heading.xml).toContain('<w:outlineLvl w:val="2"/>');
    expect(heading.xml).toContain('w:eastAsia="仿宋_GB2312"');
    expect(heading.xml).not.toContain('<w:b/>');
    expect(paragraphWith(xml, '普通').xml).toMatch(/<w:b\/>.*加粗/);
    expect(paragraphWith(xml, '普通').xml).not.toMatch(/<w:b\/>.*普通/);
  });

  test('in an annex, list items keep their markers and a wide table keeps the body tables’ 4号 (issue 24 item 11)', async () => {
    const cells = (texts: string[]): Run[][] => texts.map((text) => [{ text }]);
    const wide: FilledBlock = {
      type: 'table',
      head: cells(['名称', '型号规格', '数量', '存放地点', '管理责任人', '联系电话']),
      rows: [cells(['手提式干粉灭火器', 'MFZ/ABC4', '20具', '各楼层消防箱', '张磊（保卫科）', '138-0000-0051']), cells(['应急照明灯', '充电式', '8盏', '值班室', '李强', '138-0000-0052'])],
    };
    const narrow: FilledBlock = { type: 'table', head: cells(['岗位', '电话']), rows: [cells(['值班室', '010-0000-0000'])] };
    const annex: FilledSection = {
      type: 'section', id: 'a', level: 1, number: '', title: [{ text: '应急物资清单' }], annex: true, guide: [],
      body: [
        { type: 'list', ordered: false, items: [[{ text: '每月检查一次' }], [{ text: '过期及时更换' }]] },
        { type: 'list', ordered: true, items: [[{ text: '登记领用' }]] },
        wide,
      ],
    };
    const doc: FilledDoc = { title: [{ text: '标题' }], body: [{ type: 'list', ordered: false, items: [[{ text: '正文条目' }]] }, narrow, annex], missing: [] };
    const xml = (await parts(doc))['word/document.xml']!;
    expect(paragraphs(xml).map((p) => p.text)).toEqual(expect.arrayContaining(['· 每月检查一次', '· 过期及时更换', '1．登记领用', '正文条目']));
    expect(paragraphWith(xml, '· 每月检查一次').xml).toContain('w:eastAsia="仿宋_GB2312"');
    expect(paragraphWith(xml, '· 过期及时更换').xml).toMatch(/w:sz w:val="32"/);
    expect(paragraphWith(xml, '1．登记领用').text).toBe('1．登记领用');
    // The body's unordered items stay without a glyph, as official documents set them.
    expect(paragraphWith(xml, '正文条目').text).toBe('正文条目');
    const [bodyTable, annexTable] = [...xml.matchAll(/<w:tbl>.*?<\/w:tbl>/g)].map(([table]) => table);
    const sizes = (table: string) => new Set([...table.matchAll(/<w:sz w:val="(\d+)"\/>/g)].map((m) => m[1]));
    expect(sizes(bodyTable!)).toEqual(new Set(['28']));
    expect(sizes(annexTable!)).toEqual(sizes(bodyTable!));
  });

  test('tables without columns are left out instead of breaking the file', async () => {
    const doc: FilledDoc = { title: [{ text: '标题' }], body: [{ type: 'table', head: [], rows: [] }], missing: [] };
    const xml = (await parts(doc))['word/document.xml']!;
    expect(xml).not.toContain('<w:tbl>');
    expect(wellFormedError(xml)).toBeNull();
  });
});

describe.each(templateFiles())('%s', (file) => {
  const { template } = loadFile(file);
  test.each(['example', 'blank'] as const)('%s: renders well-formed XML with every heading', async (mode) => {
    const doc = fill(template, mode);
    const files = await parts(doc);
    const body = files['word/document.xml']!;
    expect(wellFormedError(body)).toBeNull();
    const sections = [...sectionsOf(doc.body)];
    expect(body.match(/<w:outlineLvl /g)?.length).toBe(sections.length);
    expect(body).not.toContain('写作要点');
  });
});

test('toDocxBlob gives a Word document blob, buildDocument a Document', async () => {
  const { template } = loadFile(SCHOOL);
  const doc = fill(template, 'example');
  expect(buildDocument(doc).constructor.name).toBe('File');
  const blob = await toDocxBlob(doc);
  expect(blob.type).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
  const bytes = new Uint8Array(await blob.arrayBuffer());
  expect(strFromU8(unzipSync(bytes)['word/document.xml']!)).toContain('某某市第一中学');
});

/**
 * Samples for scripts/check-docx-office.mjs, e.g.
 * `node scripts/check-docx-office.mjs $TMPDIR/plan-templates-sample.docx --png`.
 */
test('writes sample .docx files to the temp directory, for opening by hand', async () => {
  const { template } = loadFile(SCHOOL);
  for (const [name, mode] of [['plan-templates-sample.docx', 'example'], ['plan-templates-sample-blank.docx', 'blank']] as const) {
    const path = join(tmpdir(), name);
    const doc = fill(template, mode);
    writeFileSync(path, await toDocxBytes(doc));
    // What was written opens as a package whose document holds the plan's title.
    const written = unzipSync(readFileSync(path));
    expect(Object.keys(written)).toContain('word/document.xml');
    expect(paragraphs(strFromU8(written['word/document.xml']!)).map((p) => unescapeXml(p.text))).toContain(textOf(doc.title));
  }
});
