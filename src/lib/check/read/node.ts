import * as doc from './doc';
import * as docx from './docx';
import * as odt from './odt';
import type { LazyReaders } from './file';
import * as pdf from './pdf-node';

/** The readers for the command and the tests: loaded at once, as Vite's module runner cannot load them later. */
export const NODE_READERS: LazyReaders = {
  docx: () => Promise.resolve(docx),
  odt: () => Promise.resolve(odt),
  doc: () => Promise.resolve(doc),
  pdf: () => Promise.resolve(pdf),
};
