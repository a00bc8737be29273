import { readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';

/** Every file under `dir` whose name ends with `extension`, as paths relative to `dir`. */
export async function filesIn(dir, extension) {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith(extension))
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .sort();
}

/** The URL path a built page is served at: guide/index.html → /guide/. */
export const urlOf = (file) => `/${file.replace(/(^|\/)index\.html$/, '$1')}`;
