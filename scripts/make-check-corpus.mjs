// Writes a .docx next to every .txt plan of the plan-check corpus (tests/unit/fixtures/check-corpus),
// so the checker is tested on the Word files users actually have. The .docx files are committed;
// run this again after editing a .txt: `node scripts/make-check-corpus.mjs`.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';

const DIR = 'tests/unit/fixtures/check-corpus';
const font = { ascii: '仿宋_GB2312', eastAsia: '仿宋_GB2312', hAnsi: '仿宋_GB2312' };

/** An unnumbered short line without punctuation reads as a heading in Word: give it a heading style. */
const styledHeading = (line, index) => index > 0 && line.length <= 10 && !/[。；，：、（(\d一二三四五六七八九十第附]/.test(line[0] + line.slice(-1)) && !/[。；，：]/.test(line);

function table(rows) {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: rows.map((cells) => new TableRow({ children: cells.map((text) => new TableCell({ children: [new Paragraph({ children: [new TextRun({ text, font })] })] })) })),
  });
}

function body(lines) {
  const children = [];
  let rows = [];
  const flush = () => {
    if (rows.length) children.push(table(rows), new Paragraph({}));
    rows = [];
  };
  lines.forEach((line, index) => {
    if (line.includes('\t')) return void rows.push(line.split('\t'));
    flush();
    if (index === 0) children.push(new Paragraph({ heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER, children: [new TextRun({ text: line, font })] }));
    else if (styledHeading(line, index)) children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun({ text: line, font })] }));
    // Users' files split runs in odd places; two runs per paragraph keep the reader honest.
    else children.push(new Paragraph({ children: [new TextRun({ text: line.slice(0, 3), font }), new TextRun({ text: line.slice(3), font })] }));
  });
  flush();
  return children;
}

for (const name of readdirSync(DIR).filter((n) => n.endsWith('.txt')).sort()) {
  const lines = readFileSync(join(DIR, name), 'utf8').split('\n').filter((l) => l.trim() !== '');
  const doc = new Document({ creator: '预案模板库测试', sections: [{ children: body(lines) }] });
  writeFileSync(join(DIR, name.replace(/\.txt$/, '.docx')), await Packer.toBuffer(doc));
  console.log(`wrote ${name.replace(/\.txt$/, '.docx')}`);
}
