// The reviewer's desk: 30 .docx plans checked in the browser (time and peak JS heap), the batch
// page's JS before a file is chosen, and 200 files through `check-plan`. `npm run bench` calls it;
// run alone after `npm run build` with `node scripts/bench-batch.mjs`.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';
import { serve } from './static-server.mjs';

const CORPUS = 'tests/unit/fixtures/check-corpus';
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const MB = (bytes) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** 30 .docx: the corpus's .docx repeated under new names. */
function thirtyDocx() {
  const docx = readdirSync(CORPUS).filter((name) => name.endsWith('.docx'));
  return Array.from({ length: 30 }, (_, i) => ({ name: `${String(i + 1).padStart(2, '0')}-${docx[i % docx.length]}`, mimeType: 'application/octet-stream', buffer: readFileSync(join(CORPUS, docx[i % docx.length])) }));
}

export async function benchBatch(browser, base) {
  const page = await browser.newPage();
  const scripts = [];
  page.on('request', (request) => request.url().endsWith('.js') && scripts.push(new URL(request.url()).pathname));
  await page.goto(`${base}/check/batch/`);
  await page.waitForLoadState('networkidle');
  const js = scripts.reduce((sum, path) => sum + gzipSync(readFileSync(join('dist', path))).length, 0);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  // Peak heap: sampled every animation frame while the batch runs.
  await page.evaluate(`(() => {
    window.__peak = 0;
    const sample = () => {
      window.__peak = Math.max(window.__peak, performance.memory?.usedJSHeapSize ?? 0);
      if (!window.__stop) requestAnimationFrame(sample);
    };
    requestAnimationFrame(sample);
  })()`);
  const start = Date.now();
  await page.locator('#batch-files').setInputFiles(thirtyDocx());
  await page.locator('batch-desk .batch-results:not([hidden])').waitFor({ timeout: 300_000 });
  const ms = Date.now() - start;
  const peak = await page.evaluate('(window.__stop = true), window.__peak');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await page.close();
  return { js, ms, peak, after: usedSize };
}

/** 200 files (the corpus repeated) through the command, wall time. */
export function benchCommand() {
  const dir = mkdtempSync(join(tmpdir(), 'bench-batch-'));
  const files = readdirSync(CORPUS);
  for (let i = 0; i < 200; i++) writeFileSync(join(dir, `${String(i).padStart(3, '0')}-${files[i % files.length]}`), readFileSync(join(CORPUS, files[i % files.length])));
  const start = Date.now();
  const run = spawnSync(process.execPath, ['scripts/check-plan.mjs', '--format', 'csv', dir], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const ms = Date.now() - start;
  const rows = run.stdout.trim().split('\n').length - 1;
  return { ms, rows };
}

/** 50 plans as units send them (.docx, .doc, .wps, .odt, text PDF, .txt) through the command, Node start included. */
export function benchMixed() {
  const real = 'tests/fixtures/check-real/out';
  const dir = mkdtempSync(join(tmpdir(), 'bench-mixed-'));
  const files = readdirSync(real).filter((name) => /^[CD]\d/.test(name));
  for (let i = 0; i < 50; i++) writeFileSync(join(dir, `${String(i).padStart(2, '0')}-${files[i % files.length]}`), readFileSync(join(real, files[i % files.length])));
  const start = Date.now();
  const run = spawnSync(process.execPath, ['scripts/check-plan.mjs', '--format', 'csv', dir], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const ms = Date.now() - start;
  const kinds = [...new Set(files.map((name) => name.slice(name.lastIndexOf('.') + 1)))].join(' ');
  return { ms, rows: run.stdout.trim().split('\n').length - 1, kinds };
}

export function printBatch(b, c, m = benchMixed()) {
  console.log("Reviewer's desk (/check/batch/)");
  console.log(`  JS before a file is chosen         ${kb(b.js)} gzip  [budget ≤ 15 KB]`);
  console.log(`  30 .docx checked in the browser    ${(b.ms / 1000).toFixed(2)} s  [target ≤ 5 s]; peak JS heap ${MB(b.peak)}, ${MB(b.after)} after`);
  console.log(`  200 files through check-plan       ${(c.ms / 1000).toFixed(2)} s for ${c.rows} rows (Node start included)  [target ≤ 10 s]`);
  console.log(`  50 mixed files through check-plan  ${(m.ms / 1000).toFixed(2)} s for ${m.rows} rows (${m.kinds}; Node start included)  [target ≤ 5 s]`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const server = await serve('dist');
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS, '--enable-precise-memory-info'] });
  try {
    printBatch(await benchBatch(browser, server.url), benchCommand());
  } finally {
    await browser.close();
    await server.close();
  }
}
