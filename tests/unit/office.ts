import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';

/** A page of a PDF as pdftotext -bbox sees it: its lines of text with their vertical position (pt from the top). */
export interface PdfPage {
  number: number;
  height: number;
  lines: { y: number; text: string }[];
}

function run(command: string, args: string[]): string {
  const result = spawnSync(command, args, { encoding: 'utf8', timeout: 300_000, maxBuffer: 64 * 1024 * 1024 });
  if (result.error) throw new Error(`${command} could not run: ${result.error.message}`);
  if (result.status !== 0) throw new Error(`${command} exited with ${result.status ?? result.signal}: ${result.stderr}`);
  return result.stdout;
}

/**
 * Converts .docx files with LibreOffice in one run (a private profile, so a running LibreOffice
 * cannot swallow the job) and keeps the blank pages it inserts for an even-page section break,
 * as a printer would get them. Returns the PDF paths in the files' order.
 */
export function toPdf(files: { name: string; bytes: Uint8Array }[]): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'office-'));
  const inputs = files.map(({ name, bytes }) => {
    const path = join(dir, `${name}.docx`);
    writeFileSync(path, bytes);
    return path;
  });
  const filter = 'pdf:writer_pdf_Export:{"IsSkipEmptyPages":{"type":"boolean","value":"false"}}';
  run('soffice', [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--convert-to', filter, '--outdir', dir, ...inputs]);
  return inputs.map((input) => {
    const pdf = join(dir, `${basename(input, '.docx')}.pdf`);
    if (!existsSync(pdf)) throw new Error(`LibreOffice wrote no PDF for ${input}`);
    return pdf;
  });
}

/** Lines of each page, words joined by their shared baseline. */
export function pdfPages(pdf: string): PdfPage[] {
  const xml = run('pdftotext', ['-bbox', pdf, '-']);
  return [...xml.matchAll(/<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/g)].map(([, , height, body], i) => {
    const lines = new Map<number, string[]>();
    for (const [, yMax, word] of body!.matchAll(/<word xMin="[\d.]+" yMin="[\d.]+" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)<\/word>/g)) {
      const y = Math.round(Number(yMax));
      lines.set(y, [...(lines.get(y) ?? []), word!]);
    }
    return { number: i + 1, height: Number(height), lines: [...lines].sort((a, b) => a[0] - b[0]).map(([y, words]) => ({ y, text: words.join('') })) };
  });
}

/** Share of a page region's pixels that are strongly red, from a 30 dpi render. */
export function redShare(pdf: string, page: number, from: number, to: number): number {
  const base = join(mkdtempSync(join(tmpdir(), 'ppm-')), 'p');
  run('pdftoppm', ['-r', '30', '-f', String(page), '-l', String(page), '-singlefile', pdf, base]);
  const data = readFileSync(`${base}.ppm`);
  const header = /^P6\s+(\d+)\s+(\d+)\s+255\s/.exec(data.subarray(0, 50).toString('latin1'))!;
  const [width, height] = [Number(header[1]), Number(header[2])];
  const pixels = data.subarray(header[0].length);
  let red = 0;
  let total = 0;
  for (let y = Math.floor(height * from); y < Math.floor(height * to); y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 3;
      total++;
      if (pixels[i]! > 180 && pixels[i + 1]! < 90 && pixels[i + 2]! < 90) red++;
    }
  }
  return red / total;
}
