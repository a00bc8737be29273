// Writes the plan checker's Word-made fixtures: a flat OpenDocument text with outline numbering on
// its headings, a numbered list and tab stops, saved as .docx by LibreOffice (as an office suite
// writes it: numbering.xml, outline levels, w:tabs), next to the docx-library ones of the corpus.
//
//   node scripts/make-office-fixtures.mjs      (needs soffice; the output is committed)
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const OUT = resolve(import.meta.dirname, '../tests/unit/fixtures/check-office');
const NAME = 'lo-duty-rules';

const heading = (level, text) => `<text:h text:style-name="Heading_20_${level}" text:outline-level="${level}">${text}</text:h>`;
const para = (text, style = 'Body') => `<text:p text:style-name="${style}">${text}</text:p>`;
const list = (items) => `<text:list text:style-name="Numbered">${items.map((item) => `<text:list-item>${para(item)}</text:list-item>`).join('')}</text:list>`;

const body = [
  para('某某社区维稳应急值班制度', 'Title'),
  heading(1, '总则'),
  para('为做好维稳应急值班工作，及时报告和处置突发情况，制定本制度。'),
  heading(1, '值班安排'),
  heading(2, '值班时间'),
  para('实行24小时值班，每班两人，节假日和敏感时期由社区负责人带班。'),
  heading(2, '值班人员'),
  // Tab stops of the paragraph style set these out as columns; the tabs are real tab characters.
  para('带班领导<text:tab/>王明<text:tab/>010-0000-0000', 'Roster'),
  para('值班员<text:tab/>李华<text:tab/>010-0000-0001', 'Roster'),
  heading(1, '交接班'),
  list(['交班人当面移交值班记录和未办结事项。', '接班人核对值班电话和应急物资。']),
  heading(1, '信息报告'),
  para('接到突发情况报告后，值班员在15分钟内电话报告带班领导，1小时内书面报告街道办事处。'),
  heading(1, '联系电话'),
  para('街道办事处值班室<text:tab/>010-0000-0002', 'Roster'),
].join('\n');

const FODT = `<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:styles>
<style:style style:name="Standard" style:family="paragraph"/>
<style:style style:name="Body" style:family="paragraph" style:parent-style-name="Standard"/>
<style:style style:name="Title" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="center"/></style:style>
<style:style style:name="Roster" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties><style:tab-stops><style:tab-stop style:position="4cm"/><style:tab-stop style:position="8cm"/></style:tab-stops></style:paragraph-properties></style:style>
<style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:parent-style-name="Standard" style:default-outline-level="1"><style:paragraph-properties><style:tab-stops><style:tab-stop style:position="1cm"/></style:tab-stops></style:paragraph-properties></style:style>
<style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph" style:parent-style-name="Standard" style:default-outline-level="2"/>
<text:outline-style style:name="Outline">
<text:outline-level-style text:level="1" style:num-format="一, 二, 三, ..." style:num-suffix="、"/>
<text:outline-level-style text:level="2" style:num-format="一, 二, 三, ..." style:num-prefix="（" style:num-suffix="）"/>
</text:outline-style>
<text:list-style style:name="Numbered"><text:list-level-style-number text:level="1" style:num-format="1" style:num-suffix="．"/></text:list-style>
</office:styles>
<office:body><office:text>
${body}
</office:text></office:body>
</office:document>
`;

const work = mkdtempSync(join(tmpdir(), 'office-fixture-'));
try {
  writeFileSync(join(work, `${NAME}.fodt`), FODT);
  const converted = spawnSync('soffice', ['--headless', '--convert-to', 'docx:MS Word 2007 XML', '--outdir', work, join(work, `${NAME}.fodt`)], { encoding: 'utf8', env: { ...process.env, HOME: work } });
  if (converted.status !== 0) throw new Error(`soffice failed: ${converted.stderr}`);
  copyFileSync(join(work, `${NAME}.docx`), join(OUT, `${NAME}.docx`));
  console.log(`wrote ${join(OUT, `${NAME}.docx`)}`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
