// Gate: every internal link and #fragment in the built site resolves to a file and an element id.
import { readFile, stat } from 'node:fs/promises';
import { join, posix } from 'node:path';
import { filesIn, urlOf } from './files.mjs';

const ATTRIBUTE = /\s(?:href|src)="([^"]*)"/g;
const ID = /\sid="([^"]*)"/g;

const decode = (text) => text.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>');

async function fileFor(dir, pathname) {
  for (const candidate of [join(dir, pathname), join(dir, pathname, 'index.html')]) {
    const info = await stat(candidate).catch(() => undefined);
    if (info?.isFile()) return candidate;
  }
  return undefined;
}

async function idsOf(file, cache) {
  if (!cache.has(file)) {
    const html = await readFile(file, 'utf8');
    cache.set(file, new Set([...html.matchAll(ID)].map((m) => decode(m[1]))));
  }
  return cache.get(file);
}

/**
 * Problems as { page, link, reason }; an empty list means every internal link resolves. `base` is
 * the path the site was built for ('/yuan/'): a link outside it would leave the site.
 */
export async function checkLinks(dir, base = '/') {
  const problems = [];
  const ids = new Map();
  for (const page of await filesIn(dir, '.html')) {
    const html = await readFile(join(dir, page), 'utf8');
    const here = `http://site${base}${urlOf(page).slice(1)}`;
    for (const [, raw] of html.matchAll(ATTRIBUTE)) {
      const link = decode(raw);
      if (/^(?:[a-z]+:|\/\/)/i.test(link) && !link.startsWith('http://site')) {
        if (!/^(?:mailto|tel|data|blob):/i.test(link)) problems.push({ page, link, reason: 'points to another origin' });
        continue;
      }
      const url = new URL(link, here);
      if (!url.pathname.startsWith(base)) {
        problems.push({ page, link, reason: `outside the base ${base}` });
        continue;
      }
      const target = await fileFor(dir, decodeURIComponent(posix.normalize(url.pathname.slice(base.length - 1))));
      if (!target) {
        problems.push({ page, link, reason: 'no such file' });
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment && target.endsWith('.html') && !(await idsOf(target, ids)).has(fragment)) {
        problems.push({ page, link, reason: `no element with id "${fragment}"` });
      }
    }
  }
  return problems;
}
