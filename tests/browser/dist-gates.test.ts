import { readdir, readFile } from 'node:fs/promises';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { expect, inject, test } from 'vitest';
import { BUDGETS } from '../../scripts/gates/budgets.config.mjs';
import { checkBudgets, formatBudgets } from '../../scripts/gates/budgets.mjs';
import { filesIn } from '../../scripts/gates/files.mjs';
import { checkBase } from '../../scripts/gates/base.mjs';
import { checkLinks } from '../../scripts/gates/links.mjs';
import { inlineScripts, inlineStyles } from '../../src/lib/site/inline-blocks';

// The site under test: dist/ at /, or the base build (dist-base/ for /yuan/) when run behind nginx.
const DIST = inject('dist');
const BASE = inject('base');

test('every internal link and #fragment in dist/ resolves', async () => {
  expect(await checkLinks(DIST, BASE)).toEqual([]);
});

test('no URL in the built site ignores its base path (pages, scripts, styles, data)', async () => {
  expect(await checkBase(DIST, BASE)).toEqual([]);
});

test('every page in dist/ carries the strict Content-Security-Policy', async () => {
  const weak: string[] = [];
  for (const page of await filesIn(DIST, '.html')) {
    const html = await readFile(`${DIST}/${page}`, 'utf8');
    const policy = /<meta http-equiv="content-security-policy" content="([^"]+)"/i.exec(html)?.[1] ?? '';
    const scripts = /script-src ([^;]*)/.exec(policy)?.[1] ?? '';
    if (!policy.includes("default-src 'self'") || !scripts.includes("'self'") || /unsafe-inline|\*/.test(scripts)) weak.push(`${page}: ${policy || 'no policy'}`);
  }
  expect(weak).toEqual([]);
});

test('no page waits on a stylesheet request before its first paint, and each policy lists only its own hashes', async () => {
  const linked: string[] = [];
  const extra: string[] = [];
  for (const page of await filesIn(DIST, '.html')) {
    const html = await readFile(`${DIST}/${page}`, 'utf8');
    if (/<link[^>]*rel="stylesheet"/.test(html)) linked.push(page);
    const policy = /<meta http-equiv="content-security-policy" content="([^"]+)"/i.exec(html)?.[1] ?? '';
    const hashes = policy.match(/'sha256-[^']+'/g) ?? [];
    const blocks = inlineStyles(html).length + inlineScripts(html).length;
    if (hashes.length > blocks) extra.push(`${page}: ${hashes.length} hashes for ${blocks} inline blocks`);
  }
  expect({ linked, extra }).toEqual({ linked: [], extra: [] });
});

test('the search page embeds the section index of every template and the guide (its title fallback)', async () => {
  const html = await readFile(`${DIST}/search/index.html`, 'utf8');
  const json = /<script type="application\/json" id="search-data">(.*?)<\/script>/s.exec(html)?.[1];
  const data = JSON.parse(json ?? '{"plans":[]}') as { plans: { u: string; s: unknown[] }[] };
  const templates = (await readdir(`${DIST}/templates`)).map((slug) => `${BASE}templates/${slug}/`).sort();
  expect(data.plans.map((plan) => plan.u).sort()).toEqual([...templates, `${BASE}guide/`].sort());
  expect(data.plans.filter((plan) => plan.s.length === 0)).toEqual([]);
});

test('the search page fetches the Pagefind script and the lexicon with the page (steps off the wait for the first results), under the base', async () => {
  const html = await readFile(`${DIST}/search/index.html`, 'utf8');
  expect(html).toContain(`<link rel="modulepreload" href="${BASE}pagefind/pagefind.js">`);
  expect(html.indexOf('rel="modulepreload"')).toBeLessThan(html.indexOf('</head>'));
  const preloads = [...html.slice(0, html.indexOf('</head>')).matchAll(/<link rel="preload" href="([^"]+)" as="fetch" crossorigin="anonymous">/g)].map((m) => m[1]!);
  expect(preloads).toEqual([`${BASE}search/lexicon.json`]);
  // A preload of a file the build no longer writes would cost a request and log an error.
  for (const url of preloads) await expect(readFile(`${DIST}/${url.slice(BASE.length)}`)).resolves.toBeTruthy();
});

test('the search page writes its hint into the status line, so its largest text paints with the page (Lighthouse LCP)', async () => {
  const html = await readFile(`${DIST}/search/index.html`, 'utf8');
  expect(html).toMatch(/<p role="status"[^>]*class="search-status[^"]*">输入要找的内容，[^<]+<\/p>/);
});

test('every page in dist/ passes html-validate (.htmlvalidate.mjs)', async () => {
  const validator = new HtmlValidate(new FileSystemConfigLoader());
  const failures: string[] = [];
  for (const page of await filesIn(DIST, '.html')) {
    const report = await validator.validateFile(`${DIST}/${page}`);
    for (const message of report.results.flatMap((r) => r.messages)) failures.push(`${page}:${message.line}:${message.column} ${message.ruleId} ${message.message}`);
  }
  expect(failures).toEqual([]);
});

test('page weight per page type is within budget', async () => {
  const rows = await checkBudgets(DIST, BUDGETS, BASE);
  console.log(formatBudgets(rows));
  expect(rows.filter((row) => !row.ok)).toEqual([]);
});

test('the lexicon lists, for every index chunk of every bundle, a word that loads it and its first word', async () => {
  const { chunks, chunkStarts } = JSON.parse(await readFile(`${DIST}/search/lexicon.json`, 'utf8')) as { chunks: string; chunkStarts: string };
  const bundles = (await readdir(DIST)).filter((name) => /^pagefind(-\d+)?$/.test(name));
  const files = (await Promise.all(bundles.map((name) => readdir(`${DIST}/${name}/index`)))).flat();
  expect(chunks.split(' ').length).toBe(files.length);
  expect(chunkStarts.split(' ').length).toBe(files.length);
});

test('the typo table simplifies the characters of the vocabulary’s words too, not only the plans’ (罷 of 罷工, for the vocabulary’s 罢工)', async () => {
  const { t2s } = JSON.parse(await readFile(`${DIST}/search/typos.json`, 'utf8')) as { t2s: string };
  const pairs = new Map(Array.from(t2s).flatMap((char, i, all) => (i % 2 === 0 ? [[char, all[i + 1]!]] : [])));
  expect(pairs.get('罷')).toBe('罢');
  expect(pairs.get('學')).toBe('学');
});
