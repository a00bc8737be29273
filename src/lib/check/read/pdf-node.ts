import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import * as worker from 'pdfjs-dist/legacy/build/pdf.worker.mjs';
import type { Paragraph } from '../types';
import { readPdfWith, type PdfJs } from './pdf';

// pdf.js runs its parser in this thread when it finds the worker's module here.
(globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker;

const cMapUrl = `${join(dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json')), 'cmaps')}/`;

/** The command's PDF reader: pdf.js's build for Node, character maps from node_modules. */
export const readPdfFile = (bytes: Uint8Array): Promise<Paragraph[]> => readPdfWith(pdfjs as unknown as PdfJs, bytes, { cMapUrl, cMapPacked: true });
