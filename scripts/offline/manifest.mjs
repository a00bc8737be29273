// Writes dist/sw.js: the service worker (scripts/offline/sw.js) with this build's version and the
// files it keeps for offline use: every page, script, style, data file and the search index.
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { filesIn } from '../gates/files.mjs';

/**
 * Files not needed offline: compressed copies, server files, Pagefind's unused UI bundles, and the
 * PDF reader's Chinese character maps (0.8 MB, fetched only for a PDF whose fonts are not embedded).
 */
const SKIP = /\.(gz|br|bcmap)$|^\.|(^|\/)\.|^web\.config$|^sw\.js$|^pagefind(-\d+)?\/pagefind-(ui|modular-ui|component-ui|highlight)\.|\.map$/;

/** URL of a built file: guide/index.html → <base>guide/. */
const urlOf = (file, base) => `${base}${file.replace(/(^|\/)index\.html$/, '$1')}`;

/** The files kept offline, as { urls, bytes, version } (version: a hash of their names and contents). */
export async function offlineFiles(dir, base) {
  const files = (await filesIn(dir, '')).filter((file) => !SKIP.test(file));
  const hash = createHash('sha256');
  let bytes = 0;
  for (const file of files) {
    const content = await readFile(join(dir, file));
    bytes += content.length;
    hash.update(file).update(content);
  }
  return { urls: files.map((file) => urlOf(file, base)), bytes, version: hash.digest('hex').slice(0, 12) };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = process.argv[2] ?? 'dist';
  const base = (process.env.PLAN_BASE ?? '/').replace(/\/*$/, '/');
  const { urls, bytes, version } = await offlineFiles(dir, base);
  const worker = (await readFile(new URL('sw.js', import.meta.url), 'utf8')).replace('OFFLINE;', `${JSON.stringify({ version, base, files: urls })};`);
  await writeFile(join(dir, 'sw.js'), worker);
  console.log(`Offline: ${dir}/sw.js keeps ${urls.length} files, ${(bytes / 1024 / 1024).toFixed(2)} MB (version ${version}).`);
}
