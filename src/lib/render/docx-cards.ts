/**
 * 应急处置卡 as .docx: A5 portrait, one card per page (one side), every card of the plan in one
 * file. Steps are set in 4号 (14 pt) or larger so they can be read at arm's length; the rest is
 * smaller so a filled card fits one side. Loaded lazily in the browser, like the plan's .docx.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Packer,
  Paragraph,
  SectionType,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
  convertMillimetersToTwip,
  type ISectionOptions,
} from 'docx';
import { textOf } from '../model/fill';
import type { FilledCard, FilledDoc, Run } from '../model/types';
import { FONT, runsOf, type Look } from './docx-base';

const mm = convertMillimetersToTwip;

/** A5 as Word writes it (148 × 210 mm). */
export const A5 = { width: 8391, height: 11906 };
const MARGIN = mm(10);

/** Half-points: 4号 = 14 pt for steps (the floor for reading at arm's length), 小四 = 12 pt, 五号 = 10.5 pt. */
export const CARD_SIZE = { heading: 32, post: 28, step: 28, label: 24, text: 22, phone: 21, source: 18 } as const;

const look = (font: Look['font'], size: number): Look => ({ font, size, tracking: 0 });
const STEP = look(FONT.body, CARD_SIZE.step);
const TEXT = look(FONT.body, CARD_SIZE.text);
const PHONE = look(FONT.body, CARD_SIZE.phone);
const LABEL = look(FONT.hei, CARD_SIZE.label);

const para = (children: TextRun[], extra: ConstructorParameters<typeof Paragraph>[0] & object = {}) =>
  new Paragraph({ spacing: { before: 0, after: 0, line: 276 }, children, ...extra });

const label = (text: string) =>
  para(runsOf([{ text }], LABEL), { spacing: { before: 80, after: 30 }, border: { bottom: { style: BorderStyle.SINGLE, size: 4, color: '000000', space: 1 } } });

/** A hanging line: the marker, then text that wraps under itself. */
const hanging = (marker: string, runs: Run[], style: Look, indent = 0) =>
  para(runsOf([{ text: marker }, ...runs], style), { indent: { left: indent + 360, hanging: 360 }, spacing: { before: 10, after: 10, line: 270 } });

/** The numbers two to a row in a borderless table, so ten numbers take five lines. */
function phoneTable(phones: Run[][]): Table {
  const width = A5.width - 2 * MARGIN;
  const cell = (phone: Run[] | undefined) =>
    new TableCell({ width: { size: width / 2, type: WidthType.DXA }, children: [phone ? hanging('☎ ', phone, PHONE) : para([])] });
  const rows: TableRow[] = [];
  for (let i = 0; i < phones.length; i += 2) rows.push(new TableRow({ children: [cell(phones[i]), cell(phones[i + 1])] }));
  return new Table({ rows, borders: TableBorders.NONE, layout: TableLayoutType.FIXED, width: { size: width, type: WidthType.DXA }, columnWidths: [width / 2, width / 2] });
}

function cardParagraphs(card: FilledCard, source: Run[]): (Paragraph | Table)[] {
  return [
    para(runsOf([{ text: '应急处置卡' }], look(FONT.hei, CARD_SIZE.heading)), { alignment: AlignmentType.CENTER }),
    para(runsOf([{ text: '岗位：' }, ...card.post], look(FONT.hei, CARD_SIZE.post)), { alignment: AlignmentType.CENTER, spacing: { before: 60, after: 0 } }),
    para(runsOf(source, look(FONT.body, CARD_SIZE.source)), { alignment: AlignmentType.CENTER }),
    label('主要风险'),
    ...card.risks.map((risk) => hanging('· ', risk, TEXT)),
    label('处置步骤'),
    ...card.steps.flatMap((step, i) => [
      hanging(`${i + 1}．`, step.content, STEP),
      ...step.branches.map((branch) => hanging('├ ', branch.condition ? [...branch.condition, { text: '：' }, ...branch.content] : branch.content, STEP, 480)),
    ]),
    label('应急电话'),
    phoneTable(card.phones),
    label('注意事项'),
    ...card.notes.map((note) => hanging('! ', note, TEXT)),
  ];
}

/** One section per card, each on a new page. */
export function buildCardsDocument(doc: FilledDoc): Document {
  const cards = doc.cards ?? [];
  const sections: ISectionOptions[] = cards.map((card, i) => ({
    properties: {
      ...(i > 0 ? { type: SectionType.NEXT_PAGE } : {}),
      page: { size: A5, margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN, header: mm(6), footer: mm(6), gutter: 0 } },
    },
    children: cardParagraphs(card, doc.title),
  }));
  return new Document({ title: `${textOf(doc.title)} 应急处置卡`, creator: '预案模板库', lastModifiedBy: '预案模板库', sections });
}

const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** For Node (tests, scripts). */
export const cardsDocxBytes = (doc: FilledDoc): Promise<Uint8Array> => Packer.pack(buildCardsDocument(doc), 'uint8array');

/** For the browser's download link. */
export async function cardsDocxBlob(doc: FilledDoc): Promise<Blob> {
  return new Blob([(await cardsDocxBytes(doc)) as Uint8Array<ArrayBuffer>], { type: DOCX_TYPE });
}
