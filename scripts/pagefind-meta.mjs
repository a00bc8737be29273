// Reads a Pagefind index's chunk list (pagefind.<lang>_<hash>.pf_meta) and chunks (index/*.pf_index):
// gzip, the signature "pagefind_dcd", then CBOR. The search page preloads one word of every chunk
// once the site is stored offline (src/scripts/pagefind.ts). The format is Pagefind's own: the
// browser suite checks that the words chosen load every chunk of the built index.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { TextDecoder } from 'node:util';
import { gunzipSync } from 'node:zlib';

const SIGNATURE = 'pagefind_dcd';

/** Decodes the CBOR items serde writes (integers, strings, bytes, arrays, maps, booleans, null). */
export function decodeCbor(bytes) {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let at = 0;
  const length = (info) => {
    if (info < 24) return info;
    const size = 1 << (info - 24);
    const value = size === 1 ? view.getUint8(at) : size === 2 ? view.getUint16(at) : size === 4 ? view.getUint32(at) : Number(view.getBigUint64(at));
    at += size;
    return value;
  };
  const item = () => {
    const head = view.getUint8(at++);
    const major = head >> 5;
    const info = head & 31;
    if (major === 7) return info === 21 ? true : info === 20 ? false : null;
    const n = length(info);
    if (major === 0) return n;
    if (major === 1) return -1 - n;
    if (major === 2 || major === 3) {
      const slice = bytes.subarray(at, (at += n));
      return major === 3 ? new TextDecoder().decode(slice) : slice;
    }
    if (major === 4) return Array.from({ length: n }, item);
    if (major === 5) return Object.fromEntries(Array.from({ length: n }, () => [item(), item()]));
    throw new Error(`unsupported CBOR item (major type ${major})`);
  };
  return item();
}

/** The CBOR value of a Pagefind file (gzip, signature, CBOR). */
async function readPagefindFile(path) {
  const bytes = gunzipSync(await readFile(path));
  const start = bytes.indexOf(SIGNATURE);
  if (start < 0) throw new Error(`${path}: no Pagefind signature`);
  return decodeCbor(bytes.subarray(start + SIGNATURE.length));
}

/**
 * Pagefind's worker splits a query with Intl.Segmenter and looks each word up in the one chunk whose
 * range holds it; a chunk's first word is often a fragment (不无) that splits, so the word chosen is
 * the first of the chunk's own words, after its first, that the segmenter keeps whole.
 */
const segmenter = new Intl.Segmenter('zh-cn', { granularity: 'word' });
const staysWhole = (word) => Array.from(segmenter.segment(word)).length === 1;

/**
 * For each index chunk of the bundle in `folder`: a word that makes Pagefind load it (`word`) and
 * its first word (`start`, which tells the page when a query word's extensions spill into it);
 * [] if its files cannot be read.
 */
export async function chunkWords(folder) {
  try {
    const name = (await readdir(folder)).find((file) => file.endsWith('.pf_meta'));
    if (!name) return [];
    // [version, pages, index chunks [[from, to, hash] …], filters, sorts, …]
    const chunks = (await readPagefindFile(join(folder, name)))[2];
    return await Promise.all(
      chunks.map(async ([from, , hash]) => {
        // An index chunk: [[word, pages …] …, …]
        const words = (await readPagefindFile(join(folder, 'index', `${hash}.pf_index`)))[0].map(([word]) => word);
        return { word: words.find((word) => word !== from && staysWhole(word)) ?? from, start: from };
      }),
    );
  } catch {
    return [];
  }
}
