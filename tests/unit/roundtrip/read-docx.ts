import { strFromU8, unzipSync } from 'fflate';
import type { Line } from './outline';

const unescape = (text: string) =>
  text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n))).replace(/&amp;/g, '&');

interface Para {
  style: string;
  align: string;
  text: string;
}

function para(xml: string): Para {
  return {
    style: /<w:pStyle w:val="([^"]+)"/.exec(xml)?.[1] ?? '',
    align: /<w:pPr>(?:(?!<\/w:pPr>).)*<w:jc w:val="([^"]+)"/s.exec(xml)?.[1] ?? '',
    text: [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => unescape(m[1]!)).join(''),
  };
}

/** A table's rows, each a list of cells, each the text of its paragraphs. */
type Table = string[][][];

const paragraphTexts = (xml: string) => [...xml.matchAll(/<w:p(?: [^>]*)?>.*?<\/w:p>/gs)].map(([p]) => para(p).text);

/** The body's top-level paragraphs and tables, in order, from word/document.xml. */
function blocks(xml: string): ({ table: Table } | Para)[] {
  const body = /<w:body>(.*)<\/w:body>/s.exec(xml)?.[1] ?? '';
  return [...body.matchAll(/<w:tbl>.*?<\/w:tbl>|<w:p(?: [^>]*)?>.*?<\/w:p>|<w:p(?: [^>]*)?\/>/gs)].map(([block]) =>
    block.startsWith('<w:tbl>')
      ? { table: [...block.matchAll(/<w:tr(?: [^>]*)?>.*?<\/w:tr>/gs)].map(([row]) => [...row.matchAll(/<w:tc>.*?<\/w:tc>/gs)].map(([cell]) => paragraphTexts(cell))) }
      : para(block),
  );
}

/** A flowchart is a table of step rows ("1．…", branches in the last cell) and "↓" rows between. */
const isFlow = (table: Table) => table.every((row) => /^(?:\d+．|↓$)/.test(row[0]?.join('') ?? ''));

function flowLines(table: Table): Line[] {
  return table
    .filter((row) => row[0]!.join('') !== '↓')
    .flatMap((row): Line[] => [
      { kind: 'step', text: row[0]!.join('').replace(/^\d+．/, '') },
      ...(row.length > 1 ? row.at(-1)!.filter((text) => text !== '').map((text): Line => ({ kind: 'branch', text })) : []),
    ]);
}

/**
 * Reads the plan back from a .docx: the Title style is the title, Heading N a heading of level N,
 * right-aligned paragraphs the signature, "1．" paragraphs ordered items, tables row by row. An
 * annex's "附件N" label line joins the annex title that follows it. Word has no unordered list
 * here (items are plain paragraphs): compare with `asDocx`.
 */
export function readDocx(bytes: Uint8Array): Line[] {
  const xml = strFromU8(unzipSync(bytes)['word/document.xml']!);
  const lines: Line[] = [];
  let label = '';
  for (const block of blocks(xml)) {
    if ('table' in block && isFlow(block.table)) {
      // The chart's title is the centred line just before its table.
      const title = lines.pop();
      lines.push({ kind: 'flow', text: title?.kind === 'para' ? title.text : '' }, ...flowLines(block.table));
      continue;
    }
    if ('table' in block) {
      lines.push(...block.table.map((cells): Line => ({ kind: 'row', cells: cells.map((texts) => texts.join('')) })));
      continue;
    }
    const { style, align, text } = block;
    const heading = /^(?:Heading|标题)\s*(\d)$/.exec(style);
    if (text === '') continue;
    if (style === 'Title') lines.push({ kind: 'title', text });
    else if (heading) lines.push({ kind: 'heading', level: Number(heading[1]), text: label ? `${label} ${text}` : text });
    else if (/^附件\s*\d*$/.test(text)) {
      label = text;
      continue;
    } else if (align === 'right' || align === 'end') lines.push({ kind: 'sig', text });
    else {
      const ordered = /^\d+．(.*)$/.exec(text);
      lines.push(ordered ? { kind: 'item', ordered: true, text: ordered[1]! } : { kind: 'para', text });
    }
    label = '';
  }
  return lines;
}

/** What of the model's outline a .docx carries: unordered items become paragraphs. */
export const asDocx = (lines: Line[]): Line[] => lines.map((line) => (line.kind === 'item' && !line.ordered ? { kind: 'para', text: line.text } : line));
