// After the build: the files a web server needs beside the site, written into dist/.
// - .deploy/headers.conf (nginx), .htaccess (Apache) and web.config (IIS), each sending the pages'
//   Content-Security-Policy as an HTTP header, plus frame-ancestors 'self' (which a <meta> policy
//   cannot set), nosniff and no-referrer. The policy comes from the built pages, so the header and
//   the <meta> tag agree after every build (tests/browser/deploy.test.ts checks it).
// - file.gz and file.br beside every text file, for servers that send precompressed files
//   (nginx gzip_static, Apache rewrite rules, IIS static compression).
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { filesIn } from './gates/files.mjs';

const META = /<meta http-equiv="content-security-policy" content="([^"]+)"/i;
/** Text worth compressing; Pagefind's index files and WebAssembly are compressed already. */
export const COMPRESSIBLE = ['.html', '.js', '.mjs', '.css', '.json', '.svg', '.txt', '.xml'];
/** Smaller files gain nothing from compression. */
const MIN_BYTES = 512;

/** The Content-Security-Policy of a page's <meta> tag, if it has one. @type {(html: string) => string | undefined} */
export const metaPolicy = (html) => META.exec(html)?.[1];

/** A policy as directive → sources, in order. @type {(policy: string) => Map<string, string[]>} */
export const parsePolicy = (policy) =>
  new Map(policy.split(';').map((part) => part.trim().split(/\s+/)).filter(([name]) => name).map(([name, ...sources]) => [name, sources]));

/**
 * The policy of every page in `dir`, as one header value: each directive with the sources any page
 * allows (a template page has style hashes the home page lacks), then frame-ancestors 'self'.
 */
export async function headerPolicy(dir) {
  const merged = new Map();
  for (const page of await filesIn(dir, '.html')) {
    const policy = metaPolicy(await readFile(join(dir, page), 'utf8'));
    if (!policy) throw new Error(`${dir}/${page} has no Content-Security-Policy <meta> tag to send as a header.`);
    for (const [name, sources] of parsePolicy(policy)) merged.set(name, [...new Set([...(merged.get(name) ?? []), ...sources])]);
  }
  merged.set('frame-ancestors', ["'self'"]);
  return [...merged].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

/** deploy/<name> with @CSP@ and @BASE@ filled in. */
const fromTemplate = async (name, values) => (await readFile(join('deploy', name), 'utf8')).replace(/@(CSP|BASE)@/g, (_, key) => values[key]);

async function writeServerFiles(dir, base) {
  const csp = await headerPolicy(dir);
  await mkdir(join(dir, '.deploy'), { recursive: true });
  const headers = [`add_header Content-Security-Policy "${csp}" always;`, 'add_header X-Content-Type-Options "nosniff" always;', 'add_header Referrer-Policy "no-referrer" always;'];
  await writeFile(join(dir, '.deploy/headers.conf'), `# Written by scripts/deploy-files.mjs from the built pages; included by deploy/nginx.conf.\n${headers.join('\n')}\n`);
  await writeFile(join(dir, '.deploy/csp.txt'), `${csp}\n`);
  await writeFile(join(dir, '.htaccess'), await fromTemplate('.htaccess', { CSP: csp, BASE: base }));
  await writeFile(join(dir, 'web.config'), await fromTemplate('web.config', { CSP: csp, BASE: base }));
}

async function writeCompressed(dir) {
  let count = 0;
  for (const extension of COMPRESSIBLE) {
    for (const file of await filesIn(dir, extension)) {
      const bytes = await readFile(join(dir, file));
      if (bytes.length < MIN_BYTES) continue;
      await writeFile(join(dir, `${file}.gz`), gzipSync(bytes, { level: 9 }));
      await writeFile(join(dir, `${file}.br`), brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length } }));
      count++;
    }
  }
  return count;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = process.argv[2] ?? 'dist';
  const base = (process.env.PLAN_BASE ?? '/').replace(/\/*$/, '/');
  const count = await writeCompressed(dir);
  await writeServerFiles(dir, base);
  console.log(`Server files written to ${dir}/.deploy/, ${dir}/.htaccess and ${dir}/web.config; ${count} files precompressed (.gz, .br).`);
}
