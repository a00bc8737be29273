import * as pdfjs from 'pdfjs-dist';
import * as worker from 'pdfjs-dist/build/pdf.worker.mjs';
import type { Paragraph } from '../types';
import { readPdfWith, type PdfJs } from './pdf';

// pdf.js parses in the page's thread when it finds its worker module here: no worker script to
// fetch, nothing outside the site's origin, nothing for the CSP to allow.
(globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker;

/**
 * The Chinese character maps (Simplified and Traditional), for PDFs whose fonts are not embedded.
 * They are built as files of the site and fetched only when a PDF names one.
 */
const CMAPS = import.meta.glob('/node_modules/pdfjs-dist/cmaps/{Adobe-GB1,Adobe-CNS1,UniGB,UniCNS,GB,B5,ETen,ETHK,HK,CNS}*.bcmap', {
  query: '?url&no-inline',
  import: 'default',
  eager: true,
}) as Record<string, string>;
const cMapUrls = new Map(Object.entries(CMAPS).map(([path, url]) => [path.slice(path.lastIndexOf('/') + 1), url]));

/** pdf.js asks this for the data files it needs; only character maps are served. */
class SiteBinaryData {
  async fetch({ kind, filename }: { kind: string; filename: string }): Promise<Uint8Array> {
    const url = kind === 'cMapUrl' ? cMapUrls.get(filename) : undefined;
    if (!url) throw new Error(`No ${kind} file ${filename} on this site`);
    const response = await fetch(url);
    if (!response.ok) throw new Error(`${url}: ${response.status}`);
    return new Uint8Array(await response.arrayBuffer());
  }
}

/** The page's PDF reader. */
export const readPdfFile = (bytes: Uint8Array): Promise<Paragraph[]> =>
  readPdfWith(pdfjs as unknown as PdfJs, bytes, { BinaryDataFactory: SiteBinaryData, cMapUrl: 'cmaps/', cMapPacked: true, useWorkerFetch: false });
