// Gate: a site built under a base path (PLAN_BASE=/yuan/) has no root-absolute URL that ignores it.
// Any quoted or url()-wrapped path that starts with "/" followed by one of the site's own top-level
// names (/templates/, /_astro/, /pagefind/, /favicon.svg …) would reach the server's root, not the site.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { filesIn } from './files.mjs';

const TEXT = ['.html', '.js', '.mjs', '.css', '.json', '.svg', '.webmanifest', '.xml', '.txt'];
/**
 * Pagefind's own code names /pagefind/ only as a fallback for when it cannot tell where it was
 * loaded from; the browser tests on a base build show that search finds its bundle.
 */
const VENDOR = /^pagefind(-\d+)?\/pagefind[^/]*\.js$/;
const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Problems as { file, url } for every URL in `dir`'s text files that starts at the server's root
 * with one of the site's top-level names instead of `base`. With base '/' there can be none.
 */
export async function checkBase(dir, base) {
  if (base === '/') return [];
  const tops = (await readdir(dir)).filter((name) => !name.startsWith('.'));
  // A quote, "(", "=" or whitespace, then "/" and a top-level name ending the path or followed by more of it.
  const rootAbsolute = new RegExp(`(?<=["'\`(=\\s])/(?:${tops.map(escape).join('|')})(?=[/"'\`?#)\\s]|$)[^"'\`)\\s]*`, 'g');
  const problems = [];
  for (const extension of TEXT) {
    for (const file of (await filesIn(dir, extension)).filter((name) => !VENDOR.test(name))) {
      const text = await readFile(join(dir, file), 'utf8');
      for (const [url] of text.matchAll(rootAbsolute)) problems.push({ file, url });
    }
  }
  return problems;
}
