// Prints the figures the budgets are judged by: page JavaScript, the lazy .docx chunk and its speed,
// first-search transfer and keystroke-to-results time. Run after `npm run build`.
import { readFile, readdir, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { runnerImport } from 'vite';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';
import { offlineFiles } from './offline/manifest.mjs';
import { benchBatch, benchCommand, printBatch } from './bench-batch.mjs';
import { serve } from './static-server.mjs';

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** Bytes that crossed the wire: the static server gzips text as a production host would. */
function transferLog(page) {
  const entries = [];
  page.on('requestfinished', async (request) => {
    const sizes = await request.sizes().catch(() => undefined);
    entries.push({ url: request.url(), bytes: (sizes?.responseBodySize ?? 0) + (sizes?.responseHeadersSize ?? 0) });
  });
  return entries;
}

/**
 * What a list of same-origin URLs weighs on the wire from a host that gzips text: Pagefind's index,
 * fragments and WebAssembly are gzip files already, so those count as they are.
 */
async function gzipOf(urls, base) {
  let total = 0;
  for (const url of urls) {
    const body = await readFile(`dist${decodeURIComponent(new URL(url, base).pathname)}`);
    total += body[0] === 0x1f && body[1] === 0x8b ? body.length : gzipSync(body).length;
  }
  return total;
}

async function largestTemplate() {
  const slugs = await readdir('dist/templates');
  const sized = await Promise.all(slugs.map(async (slug) => ({ slug, size: (await stat(`dist/templates/${slug}/template.json`)).size })));
  return sized.sort((a, b) => b.size - a.size)[0].slug;
}

/** Median time of a keystroke in the form: script, style and layout, then to the next frame. */
const keystrokes = (page, count) =>
  page.evaluate(async (n) => {
    const input = document.querySelector('#f-orgName');
    const work = [];
    const frame = [];
    for (let i = 0; i < n; i++) {
      const start = performance.now();
      input.value += '甲';
      input.dispatchEvent(new Event('input', { bubbles: true }));
      void document.body.offsetHeight;
      work.push(performance.now() - start);
      await new Promise((resolve) => globalThis.requestAnimationFrame(() => setTimeout(resolve, 0)));
      frame.push(performance.now() - start);
    }
    const mid = (list) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];
    return { work: mid(work), frame: mid(frame), worst: Math.max(...work) };
  }, count);

async function templatePage(browser, base) {
  const page = await browser.newPage();
  const log = transferLog(page);
  // Requested URLs in order, recorded as they are asked for (the transfer log fills in later).
  const requested = [];
  page.on('request', (request) => requested.push(request.url()));
  const slug = await largestTemplate();
  await page.goto(`${base}/templates/${slug}/`);
  await page.waitForLoadState('networkidle');
  const before = requested.length;
  const html = await gzipOf([`${base}/templates/${slug}/index.html`], base);
  const js = await gzipOf(requested.filter((url) => url.endsWith('.js')), base);
  const jsonBeforeUse = requested.some((url) => url.endsWith('/template.json'));
  // First use of the form loads its code and the model.
  await page.focus('#f-orgName');
  await page.locator('plan-page[data-ready]').waitFor();
  await page.waitForLoadState('networkidle');
  const onUse = requested.slice(before);
  const editorJs = await gzipOf(onUse.filter((url) => url.endsWith('.js')), base);
  const json = await gzipOf(onUse.filter((url) => url.endsWith('/template.json')), base);
  const keys = await keystrokes(page, 30);
  const clicks = [];
  for (let i = 0; i < 3; i++) {
    const start = performance.now();
    const downloading = page.waitForEvent('download');
    await page.click('.plan-bar [data-action="docx"]');
    await page.click('dialog.confirm-download button[value="download"]');
    await downloading;
    clicks.push(performance.now() - start);
  }
  const docx = log.filter((e) => /\/docx\.[^/]+\.js$/.test(e.url)).map((e) => e.url);
  await page.close();
  return { slug, html, js, jsonBeforeUse, editorJs, json, keys, docxChunk: await gzipOf(docx, base), docxCold: clicks[0], docxWarm: median(clicks.slice(1)) };
}

async function examplePage(browser, base, slug) {
  const page = await browser.newPage();
  const log = transferLog(page);
  await page.goto(`${base}/templates/${slug}/example/`);
  await page.waitForLoadState('networkidle');
  const js = await gzipOf(log.filter((e) => e.url.endsWith('.js')).map((e) => e.url), base);
  await page.close();
  return { js, html: await gzipOf([`${base}/templates/${slug}/example/index.html`], base) };
}

/** New queries typed one after another once the page has searched once. */
const WARM_QUERIES = ['值班日志', '后勤保障组职责', '推选代表', '交接班', '初期火灾扑救', '心理疏导', '欠薪', '家长来学校闹事怎么办', '厂里着火了'];

/** Types the query as one input event and waits until the page marks its results shown; returns milliseconds. */
const searchOnce = (page, query) =>
  page.evaluate(
    (q) =>
      new Promise((resolve) => {
        const host = document.querySelector('plan-search');
        const input = document.querySelector('#search-q');
        const start = performance.now();
        const shown = () => host.dataset.done === q && host.getAttribute('aria-busy') === 'false';
        const observer = new MutationObserver(() => {
          if (!shown()) return;
          observer.disconnect();
          resolve(performance.now() - start);
        });
        observer.observe(host, { attributes: true, attributeFilter: ['data-done', 'aria-busy'] });
        input.value = q;
        input.dispatchEvent(new Event('input', { bubbles: true }));
      }),
    query,
  );

/** Requests of a page load and its first search, with the bytes a gzipping host sends for each. */
async function weighed(log, base) {
  // Chromium reports no body size for a worker's script: count what the server would send for it.
  return Promise.all(log.filter((e) => !e.url.endsWith('/favicon.svg')).map(async (e) => (e.url.endsWith('-worker.js') ? { ...e, bytes: await gzipOf([e.url], base) } : e)));
}

/** Paths the static server was asked for, and how often: what crossed the wire, whoever asked. */
const served = new Map();
const countServed = (path) => served.set(path, (served.get(path) ?? 0) + 1);

/**
 * A first visit that searches, until the service worker has stored the site: how many of Pagefind's
 * files the server sent twice (the page reads the index in while the worker stores the same files).
 * Then the same new queries as the warm ones, typed on the next visit, which reads the whole index
 * in from the offline store.
 */
async function storedSearches(browser, base) {
  const context = await browser.newContext({ serviceWorkers: 'allow' });
  served.clear();
  const first = await context.newPage();
  await first.goto(`${base}/search/`);
  await searchOnce(first, '报告流程');
  await first.locator('.offline-note', { hasText: '已可离线使用' }).waitFor({ timeout: 120_000 });
  // Pagefind asks for its 181-byte entry file with a fresh ?ts= each time, by design: not counted.
  const indexPaths = [...served].filter(([path]) => path.includes('/pagefind/') && !path.endsWith('/pagefind-entry.json'));
  const twice = indexPaths.filter(([, count]) => count > 1).map(([path]) => path);
  await first.close();

  const page = await context.newPage();
  let indexFiles = 0;
  page.on('request', (request) => (indexFiles += /\.pf_(index|fragment)$/.test(request.url()) ? 1 : 0));
  await page.goto(`${base}/search/`);
  const start = performance.now();
  await page.locator('#search-q').focus();
  await page.locator('plan-search[data-index="loaded"]').waitFor({ timeout: 120_000 });
  const preloaded = performance.now() - start;
  await searchOnce(page, '报告流程');
  await page.waitForLoadState('networkidle');
  const before = indexFiles;
  const each = [];
  for (const q of WARM_QUERIES) each.push(await searchOnce(page, q));
  await context.close();
  return { each, median: median(each), preloaded, fetched: indexFiles - before, indexServed: indexPaths.length, twice };
}

/** The warm queries typed at once after the first search, while the page reads the index in. */
async function searchesWhileReading(browser, base) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${base}/search/`, { waitUntil: 'load' });
  await searchOnce(page, '报告流程');
  const each = [];
  for (const q of WARM_QUERIES) each.push(await searchOnce(page, q));
  await context.close();
  return { each, median: median(each) };
}

/**
 * A visitor who opens the search page and types at once (the cold case), and one who types once the
 * box has taken focus (which starts Pagefind) and the page is idle again. Bytes of the first search
 * are the requests made until its results show, split into the page itself (HTML with the embedded
 * section data, CSS, the page's script) and the search (Pagefind); the rest of the index, read in
 * at idle after that, is weighed apart.
 */
async function searchPage(browser, base) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const log = transferLog(page);
  const requested = [];
  page.on('request', (request) => requested.push(request.url()));
  await page.goto(`${base}/search/`, { waitUntil: 'load' });
  const cold = await searchOnce(page, '报告流程');
  const forFirstSearch = new Set(requested);
  const shownAt = performance.now();
  await page.locator('plan-search[data-index="loaded"]').waitFor({ timeout: 120_000 });
  const readIn = performance.now() - shownAt;
  await page.waitForLoadState('networkidle');
  const all = await weighed(log, base);
  const files = all.filter((e) => forFirstSearch.has(e.url));
  const rest = all.filter((e) => !forFirstSearch.has(e.url));
  const warm = [];
  for (const q of WARM_QUERIES) warm.push(await searchOnce(page, q));
  const again = [];
  for (const q of ['值班日志', '推选代表', '欠薪', '报告流程', '厂里着火了']) again.push(await searchOnce(page, q));
  await context.close();

  const idleContext = await browser.newContext();
  const idlePage = await idleContext.newPage();
  const idleLog = transferLog(idlePage);
  await idlePage.goto(`${base}/search/`);
  await idlePage.locator('#search-q').focus();
  await idlePage.waitForLoadState('networkidle');
  const afterIdle = await searchOnce(idlePage, '报告流程');
  // The typo table loads only for a query the lexicon cannot read: none of the above, this one.
  const simplifiedLoadedTypos = [...log, ...idleLog].some((e) => e.url.includes('/search/typos.json'));
  await searchOnce(idlePage, '學校維穩 護校隊');
  await idlePage.waitForLoadState('networkidle');
  const typos = idleLog.find((e) => e.url.includes('/search/typos.json'));
  // Chromium reports no body size for a module loaded by import(): count what the server would send.
  const typosCode = idleLog.find((e) => /\/_astro\/typos\.[^/]*\.js$/.test(e.url));
  // The figure index (and its code) loads only for a query with a digit or a Latin letter.
  const plainLoadedFigures = [...log, ...idleLog].some((e) => e.url.includes('/search/figures.json'));
  await searchOnce(idlePage, '12345热线');
  await idlePage.waitForLoadState('networkidle');
  const figures = idleLog.find((e) => e.url.includes('/search/figures.json'));
  const figuresCode = idleLog.find((e) => /\/_astro\/numbers\.[^/]*\.js$/.test(e.url));
  await idleContext.close();

  const whileReading = await searchesWhileReading(browser, base);
  const stored = await storedSearches(browser, base);
  const isSearch = (e) => e.url.includes('/pagefind/') || e.url.includes('/search/lexicon.json');
  const sum = (list) => list.reduce((total, e) => total + e.bytes, 0);
  const lexicon = files.find((e) => e.url.includes('/search/lexicon.json'));
  return { cold, afterIdle, warm: median(warm), repeat: median(again), warmEach: warm, whileReading, readIn, readInBytes: sum(rest), readInFiles: rest.length, stored, files, search: sum(files.filter(isSearch)), shell: sum(files.filter((e) => !isSearch(e))), lexicon: lexicon?.bytes ?? 0, typos: typos?.bytes ?? 0, typosCode: typosCode ? await gzipOf([typosCode.url], base) : 0, simplifiedLoadedTypos, figures: figures?.bytes ?? 0, figuresCode: figuresCode ? await gzipOf([figuresCode.url], base) : 0, plainLoadedFigures };
}

/** Loads a TypeScript module of the site with Vite's module runner (no bundle needed for a measurement). */
const load = async (path) => (await runnerImport(new URL(`../${path}`, import.meta.url).pathname, { configFile: false, logLevel: 'silent' })).module;

/** The plan checker on the largest worked example's plain text, as the command and the page run it. */
async function checkerSpeed() {
  const [{ checkPlan }, { readText }, { fill }, { toPlainText }, { readCatalog }] = await Promise.all(
    ['src/lib/check/check.ts', 'src/lib/check/read/text.ts', 'src/lib/model/fill.ts', 'src/lib/render/text.ts', 'src/data/catalog.ts'].map(load),
  );
  const rules = JSON.parse(await readFile('dist/check/rules.json', 'utf8'));
  const texts = readCatalog().map(({ file, template }) => ({ name: basename(file), text: toPlainText(fill(template, 'example')) }));
  const largest = texts.sort((a, b) => b.text.length - a.text.length)[0];
  const times = [];
  for (let i = 0; i < 21; i++) {
    const start = performance.now();
    checkPlan(readText(largest.text), rules);
    times.push(performance.now() - start);
  }
  return { name: largest.name, text: largest.text, chars: largest.text.length, first: times[0], median: median(times.slice(1)) };
}

/** The check page: JS before a file is opened, the lazy .docx reader, and paste → report in the page. */
async function checkPage(browser, base, text) {
  const page = await browser.newPage();
  // Sizes are counted from dist/ as a gzipping host sends them, so the request URLs are enough.
  const log = [];
  page.on('request', (request) => log.push({ url: request.url() }));
  await page.goto(`${base}/check/`);
  await page.waitForLoadState('networkidle');
  const js = await gzipOf(log.filter((e) => e.url.endsWith('.js')).map((e) => e.url), base);
  await page.locator('#check-text').fill(text);
  const runs = [];
  for (let i = 0; i < 5; i++) {
    runs.push(
      await page.evaluate(
        () =>
          new Promise((resolve) => {
            const report = document.querySelector('.report-findings');
            const start = performance.now();
            const observer = new MutationObserver(() => {
              observer.disconnect();
              resolve(performance.now() - start);
            });
            observer.observe(report, { childList: true });
            document.querySelector('.run-check').click();
          }),
      ),
    );
  }
  const before = log.length;
  await page.locator('#check-file').setInputFiles('tests/unit/fixtures/check-corpus/01-chemical-comprehensive-2016.docx');
  await page.locator('.check-report:not([hidden])').waitFor();
  await page.waitForLoadState('networkidle');
  const docxReader = await gzipOf(log.slice(before).filter((e) => e.url.endsWith('.js')).map((e) => e.url), base);
  const afterDocx = log.length;
  await page.locator('#check-file').setInputFiles('tests/fixtures/check-real/out/C09_某某乡突发事件总体应急预案.odt');
  await page.locator('.report-file', { hasText: '.odt' }).waitFor();
  await page.waitForLoadState('networkidle');
  const odtReader = await gzipOf(log.slice(afterDocx).filter((e) => e.url.endsWith('.js')).map((e) => e.url), base);
  const doc = await openTimed(page, log, base, 'tests/fixtures/check-real/out/C10_县人民医院网络舆情应对工作方案.doc');
  const pdf = await openTimed(page, log, base, 'tests/fixtures/check-real/out/C11_阳光幼儿园安全工作方案.pdf');
  await page.close();
  return { js, docxReader, odtReader, doc, pdf, pasteToReport: median(runs) };
}

/** Opens a file in the check page for the first time: the reader code it loads (gzip) and ms to the report. */
async function openTimed(page, log, base, file) {
  const before = log.length;
  const start = Date.now();
  await page.locator('#check-file').setInputFiles(file);
  await page.locator('.report-file', { hasText: basename(file) }).waitFor();
  const ms = Date.now() - start;
  await page.waitForLoadState('networkidle');
  return { bytes: await gzipOf(log.slice(before).filter((e) => e.url.endsWith('.js')).map((e) => e.url), base), ms };
}

const server = await serve('dist', 0, countServed);
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS, '--enable-precise-memory-info'] });
try {
  const t = await templatePage(browser, server.url);
  const e = await examplePage(browser, server.url, t.slug);
  const s = await searchPage(browser, server.url);
  const speed = await checkerSpeed();
  const c = await checkPage(browser, server.url, speed.text);
  console.log(`Template page (largest: ${t.slug})`);
  console.log(`  HTML                               ${kb(t.html)} gzip`);
  console.log(`  JS before interaction              ${kb(t.js)} gzip  [target ≤ 4 KB]`);
  console.log(`  template.json before interaction   ${t.jsonBeforeUse ? 'LOADED (should wait for the form to be used)' : 'not loaded'}`);
  console.log(`  on first use of the form           ${kb(t.editorJs)} JS + ${kb(t.json)} template.json gzip`);
  console.log(`  keystroke (script+layout), median  ${t.keys.work.toFixed(1)} ms, worst ${t.keys.worst.toFixed(1)} ms  [target ≤ 16 ms]`);
  console.log(`  keystroke to next frame, median    ${t.keys.frame.toFixed(1)} ms`);
  console.log(`  lazily loaded .docx chunk          ${kb(t.docxChunk)} gzip`);
  console.log(`  .docx of the largest template      ${t.docxCold.toFixed(0)} ms first (chunk load included), ${t.docxWarm.toFixed(0)} ms after`);
  console.log(`Example page (${t.slug})`);
  console.log(`  HTML                               ${kb(e.html)} gzip`);
  console.log(`  JS before interaction              ${kb(e.js)} gzip  [target ≤ 4 KB]`);
  console.log('Search page (query 报告流程)');
  console.log(`  first search: Pagefind files and lexicon ${kb(s.search)} transferred  [target ≤ 150 KB]`);
  console.log(`  of which search/lexicon.json        ${kb(s.lexicon)} (which characters follow which in the plans; loaded with Pagefind)`);
  console.log(`  lazily loaded search/typos.json     ${kb(s.typos)} + ${kb(s.typosCode)} code for 學校維穩 護校隊; for the simplified queries above: ${s.simplifiedLoadedTypos ? 'LOADED (should not be)' : 'not loaded'}`);
  console.log(`  lazily loaded search/figures.json   ${kb(s.figures)} + ${kb(s.figuresCode)} code for 12345热线; for queries without a digit or Latin letter: ${s.plainLoadedFigures ? 'LOADED (should not be)' : 'not loaded'}`);
  console.log(`  first search: page, with its data    ${kb(s.shell)} (HTML with the embedded section index, CSS, script)`);
  for (const file of s.files) console.log(`      ${kb(file.bytes).padStart(9)}  ${file.url.replace(server.url, '')}`);
  console.log(`  keystroke → results, typed at load  ${s.cold.toFixed(0)} ms (cold: Pagefind still starting)`);
  console.log(`  keystroke → results, typed at idle  ${s.afterIdle.toFixed(0)} ms (Pagefind started when the box took focus)`);
  console.log(`  after the first search, the rest of the index read in at idle: ${kb(s.readInBytes)} in ${s.readInFiles} files, ${(s.readIn / 1000).toFixed(1)} s (the files the service worker stores; see below)`);
  console.log(`  keystroke → results, warm (median)  ${s.warm.toFixed(0)} ms new query, ${s.repeat.toFixed(0)} ms repeated query  [target ≤ 60 ms]`);
  console.log(`      first visit, once the index is read in; new queries one by one: ${s.warmEach.map((ms) => ms.toFixed(0)).join(', ')} ms`);
  console.log(`      typed at once after the first search, while the index is read in: ${s.whileReading.median.toFixed(0)} ms median; one by one: ${s.whileReading.each.map((ms) => ms.toFixed(0)).join(', ')} ms`);
  console.log(`  keystroke → results, warm, site stored offline (median)  ${s.stored.median.toFixed(0)} ms  [target ≤ 60 ms]`);
  console.log(`      the next visit read the whole index in from the store in ${(s.stored.preloaded / 1000).toFixed(1)} s; ${s.stored.fetched} index files fetched by the queries; one by one: ${s.stored.each.map((ms) => ms.toFixed(0)).join(', ')} ms`);
  console.log(`  Pagefind files the server sent twice during a first visit that searched and stored the site (the entry file aside): ${s.stored.twice.length} of ${s.stored.indexServed}  [target 0]${s.stored.twice.length ? ` (${s.stored.twice.join(', ')})` : ''}`);
  console.log('Plan check');
  console.log(`  JS before a file is opened         ${kb(c.js)} gzip  [budget ≤ 15 KB]`);
  console.log(`  lazily loaded .docx reader         ${kb(c.docxReader)} gzip`);
  console.log(`  lazily loaded .odt reader          ${kb(c.odtReader)} gzip (after the .docx reader, which shares the zip reader)`);
  console.log(`  lazily loaded .doc/.wps reader     ${kb(c.doc.bytes)} gzip; first .doc opened → report ${c.doc.ms} ms`);
  console.log(`  lazily loaded PDF reader (pdf.js)  ${kb(c.pdf.bytes)} gzip; first PDF opened → report ${c.pdf.ms} ms`);
  console.log(`  checking the largest example       ${speed.median.toFixed(1)} ms median, ${speed.first.toFixed(1)} ms first (${speed.name}, ${speed.chars} characters, Node)  [target ≤ 60 ms]`);
  console.log(`  paste → report shown in the page   ${c.pasteToReport.toFixed(0)} ms median (the same example, rendering included)`);
  const offline = await offlineFiles('dist', '/');
  const sent = (await Promise.all(offline.urls.map(async (url) => {
    const file = `dist${url.endsWith('/') ? `${url}index.html` : url}`;
    return (await stat(`${file}.gz`).catch(() => stat(file))).size;
  }))).reduce((a, b) => a + b, 0);
  console.log('Offline (service worker, after the first visit)');
  // The budget was 8 MB until styles were inlined into every page (+1.5 MB kept, +0.2 MB downloaded)
  // for a first paint that waits on no stylesheet request.
  console.log(`  files kept                         ${offline.urls.length}, ${(offline.bytes / 1024 / 1024).toFixed(2)} MB  [budget ≤ 10 MB]`);
  console.log(`  downloaded to keep them            ${(sent / 1024 / 1024).toFixed(2)} MB with the build's gzip copies`);
  printBatch(await benchBatch(browser, server.url), benchCommand());
} finally {
  await browser.close();
  await server.close();
}
