// Scale benchmark: how build and search-index time grow with the number of templates.
// For each N it writes N synthetic templates (the real ones copied cyclically under new slugs) to a
// temporary folder, builds them into a temporary outDir and indexes that, leaving dist/ untouched.
// It prints figures only; it asserts no budget.
//
//   npm run bench:scale                       # N = 10, 100, 1000
//   npm run bench:scale -- --sizes 10,100
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { delimiter, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';

const ROOT = resolve(import.meta.dirname, '..');
const TEMPLATE_DIR = join(ROOT, 'content/templates');
const BIN = join(ROOT, 'node_modules/.bin');
const DEFAULT_SIZES = [10, 100, 1000];
const TARGET_N = 1000;
const TARGET_MS = 3 * 60 * 1000;

/** `--sizes 10,100` or `--sizes=10,100`; defaults to 10, 100, 1000. */
function parseSizes(argv) {
  const at = argv.findIndex((arg) => arg === '--sizes' || arg.startsWith('--sizes='));
  if (at < 0) return DEFAULT_SIZES;
  const raw = argv[at].includes('=') ? argv[at].slice('--sizes='.length) : argv[at + 1];
  const sizes = (raw ?? '').split(',').map(Number);
  if (sizes.length === 0 || sizes.some((n) => !Number.isInteger(n) || n < 1)) throw new Error(`--sizes wants positive integers, e.g. --sizes 10,100 (got "${raw}")`);
  return [...new Set(sizes)].sort((a, b) => a - b);
}

/** The real templates, in file-name order, as { slug, text }. */
async function realTemplates() {
  const names = (await readdir(TEMPLATE_DIR)).filter((name) => name.endsWith('.mdx')).sort();
  return Promise.all(
    names.map(async (name) => {
      const text = await readFile(join(TEMPLATE_DIR, name), 'utf8');
      const slug = /^slug:\s*(\S+)\s*$/m.exec(text)?.[1];
      if (!slug) throw new Error(`${name} has no slug: line`);
      return { slug, text };
    }),
  );
}

/** Rewrites only the frontmatter's slug and title, so every copy gets its own page and URL. */
function synthesize(source, i) {
  const serial = String(i).padStart(4, '0');
  const slug = `${source.slug}-s${serial}`;
  const end = source.text.indexOf('\n---', 3);
  const frontmatter = source.text
    .slice(0, end)
    .replace(/^slug:.*$/m, `slug: ${slug}`)
    .replace(/^title:\s*(.*?)\s*$/m, (_, title) => `title: ${unquote(title)}（合成 ${i}）`);
  return { name: `${serial}-${slug}.mdx`, text: frontmatter + source.text.slice(end) };
}

function unquote(value) {
  return /^(['"]).*\1$/.test(value) ? value.slice(1, -1) : value;
}

async function writeTemplates(dir, sources, n) {
  await mkdir(dir, { recursive: true });
  for (let i = 0; i < n; i += 1) {
    const { name, text } = synthesize(sources[i % sources.length], i);
    await writeFile(join(dir, name), text);
  }
}

/**
 * Runs a command from the project root with node_modules/.bin first on PATH, so `astro` and `node`
 * are the project's Node 24 whatever node started this script. Resolves to the elapsed ms.
 */
function run(command, args, env = {}) {
  return new Promise((done, fail) => {
    const started = performance.now();
    const child = spawn(command, args, {
      cwd: ROOT,
      env: { ...process.env, ...env, PATH: `${BIN}${delimiter}${process.env['PATH'] ?? ''}` },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', fail);
    child.on('close', (code) => {
      if (code === 0) done({ ms: performance.now() - started, output });
      else fail(new Error(`${command} ${args.join(' ')} exited with ${code}:\n${output.slice(-4000)}`));
    });
  });
}

/** Total bytes and number of .html files under `dir`. */
async function measure(dir) {
  let bytes = 0;
  let pages = 0;
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    bytes += (await stat(path)).size;
    if (entry.name.endsWith('.html')) pages += 1;
  }
  return { bytes, pages };
}

/** Builds and indexes N synthetic templates in a temporary folder, then removes the folder. */
async function benchOne(n, sources) {
  const work = await mkdtemp(join(tmpdir(), `plan-bench-${n}-`));
  const content = join(work, 'templates');
  const out = join(work, 'dist');
  try {
    await writeTemplates(content, sources, n);
    // --force: a cold content-layer cache, so every N pays the same kind of build.
    const build = await run('astro', ['build', '--force', '--outDir', out], { PLAN_TEMPLATES_DIR: content });
    const index = await run('node', ['scripts/index-search.mjs', out]);
    const indexed = Number(/indexed (\d+) pages/.exec(index.output)?.[1] ?? NaN);
    const site = await measure(out);
    const search = await measure(join(out, 'pagefind'));
    return { n, buildMs: build.ms, indexMs: index.ms, totalMs: build.ms + index.ms, distBytes: site.bytes, pagefindBytes: search.bytes, pages: site.pages, indexed };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

/**
 * The benchmark builds share .astro/ and node_modules/.astro/ with the project; a sync from the
 * real content puts them back the way a normal build leaves them.
 */
async function restoreSharedCaches() {
  await run('astro', ['sync']);
}

/** Other work on the machine slows every step, so each figure comes with the load it ran under. */
const loadNote = () => `load average ${loadavg().map((x) => x.toFixed(1)).join(' ')}`;
const seconds = (ms) => (ms / 1000).toFixed(1);
const kib = (bytes) => `${(bytes / 1024).toFixed(0)} KiB`;

function printTable(rows) {
  const table = rows.map((r) => ({
    N: r.n,
    'build s': seconds(r.buildMs),
    'index s': seconds(r.indexMs),
    'total s': seconds(r.totalMs),
    'dist bytes': `${r.distBytes} (${kib(r.distBytes)})`,
    'pagefind bytes': `${r.pagefindBytes} (${kib(r.pagefindBytes)})`,
    'html pages': r.pages,
    'indexed pages': r.indexed,
    'ms / template': (r.totalMs / r.n).toFixed(0),
  }));
  console.table(table);
}

/**
 * Per-template cost (total / N) falls as N grows because the fixed start-up cost is shared; the
 * marginal cost between two sizes leaves that out, so comparing marginal costs tells linear growth
 * from worse.
 */
function printGrowth(rows) {
  if (rows.length < 2) return console.log('Growth: needs at least two sizes.');
  const first = rows[0];
  const last = rows.at(-1);
  const perTemplate = (r) => r.totalMs / r.n;
  console.log(`Per-template cost: ${perTemplate(first).toFixed(0)} ms at N=${first.n}, ${perTemplate(last).toFixed(0)} ms at N=${last.n}; ratio (N=${last.n} / N=${first.n}) = ${(perTemplate(last) / perTemplate(first)).toFixed(2)}`);
  const slope = (r, prev, key) => (r[key] - prev[key]) / (r.n - prev.n);
  const marginals = rows.slice(1).map((r, i) => ({ from: rows[i].n, to: r.n, ms: slope(r, rows[i], 'totalMs'), build: slope(r, rows[i], 'buildMs'), index: slope(r, rows[i], 'indexMs') }));
  for (const m of marginals) console.log(`Marginal cost N=${m.from}→${m.to}: ${m.ms.toFixed(0)} ms per added template (build ${m.build.toFixed(0)} ms, index ${m.index.toFixed(0)} ms)`);
  const fixed = first.totalMs - marginals[0].ms * first.n;
  console.log(`Fixed cost (extrapolated to N=0): ${seconds(fixed)} s`);
  if (marginals.length < 2) {
    console.log('Linearity: needs three sizes to compare marginal costs.');
    return;
  }
  for (const key of ['ms', 'build', 'index']) {
    const ratio = marginals.at(-1)[key] / marginals.at(-2)[key];
    const label = { ms: 'total', build: 'build', index: 'index' }[key];
    console.log(`Linearity (${label}): marginal cost ratio (last interval / previous) = ${ratio.toFixed(2)} → ${verdict(ratio)}`);
  }
}

function verdict(ratio) {
  if (ratio <= 1.25) return 'linear (marginal cost steady or falling)';
  return ratio <= 2 ? 'somewhat worse than linear' : 'clearly worse than linear';
}

function printTarget(rows) {
  const target = rows.find((r) => r.n === TARGET_N);
  if (!target) return console.log(`Target (N=${TARGET_N} built and indexed in under ${seconds(TARGET_MS)} s): not measured in this run.`);
  const met = target.totalMs < TARGET_MS;
  console.log(`Target (N=${TARGET_N} built and indexed in under ${seconds(TARGET_MS)} s): ${met ? 'met' : 'MISSED'} — ${seconds(target.totalMs)} s`);
}

async function main() {
  const sizes = parseSizes(process.argv.slice(2));
  const sources = await realTemplates();
  console.log(`Scale benchmark: N = ${sizes.join(', ')}; ${sources.length} real templates copied cyclically; ${availableParallelism()} CPUs; ${loadNote()}`);
  const rows = [];
  try {
    for (const n of sizes) {
      const row = await benchOne(n, sources);
      console.log(`N=${n}: build ${seconds(row.buildMs)} s, index ${seconds(row.indexMs)} s; ${loadNote()}`);
      rows.push(row);
    }
  } finally {
    await restoreSharedCaches();
  }
  printTable(rows);
  printGrowth(rows);
  printTarget(rows);
}

await main();
