// Scale benchmark: how build and search-index time grow with the number of templates.
// For each N it writes N synthetic templates (the real ones copied cyclically under new slugs) to a
// temporary folder, builds them into a temporary outDir and indexes that, leaving dist/ untouched.
// It prints figures only (time, CPU, peak memory); it asserts no budget.
//
// With --starlight DIR it also builds the same N pages with Starlight, for a side-by-side figure.
// DIR is a folder outside the repo with astro and @astrojs/starlight installed; Starlight is not a
// dependency of this project. Without it, that step is skipped.
//
//   npm run bench:scale                       # N = 10, 100, 1000
//   npm run bench:scale -- --sizes 10,100
//   mkdir /tmp/sl && (cd /tmp/sl && npm init -y && npm i astro @astrojs/starlight)
//   npm run bench:scale -- --starlight /tmp/sl
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { delimiter, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { runnerImport } from 'vite';

const ROOT = resolve(import.meta.dirname, '..');
const BIN = join(ROOT, 'node_modules/.bin');
const DEFAULT_SIZES = [10, 100, 1000];
const TARGET_N = 1000;
const TARGET_MS = 3 * 60 * 1000;
const TARGET_PEAK_BYTES = 1.3 * 1024 ** 3;

/** The value of `--name value` or `--name=value`, if given. */
function option(argv, name) {
  const at = argv.findIndex((arg) => arg === name || arg.startsWith(`${name}=`));
  if (at < 0) return undefined;
  return argv[at].includes('=') ? argv[at].slice(name.length + 1) : argv[at + 1];
}

/** `--sizes 10,100` or `--sizes=10,100`; defaults to 10, 100, 1000. */
function parseSizes(argv) {
  const at = argv.findIndex((arg) => arg === '--sizes' || arg.startsWith('--sizes='));
  if (at < 0) return DEFAULT_SIZES;
  const raw = argv[at].includes('=') ? argv[at].slice('--sizes='.length) : argv[at + 1];
  const sizes = (raw ?? '').split(',').map(Number);
  if (sizes.length === 0 || sizes.some((n) => !Number.isInteger(n) || n < 1)) throw new Error(`--sizes wants positive integers, e.g. --sizes 10,100 (got "${raw}")`);
  return [...new Set(sizes)].sort((a, b) => a - b);
}

/** The real templates, in file-name order, as { slug, text }: their text as the catalog reads it. */
async function realTemplates() {
  const { module } = await runnerImport(join(ROOT, 'src/data/catalog.ts'), { root: ROOT, configFile: false, logLevel: 'silent' });
  return module.templateSources(ROOT).map(({ file, code: text }) => {
    const slug = /^slug:\s*(\S+)\s*$/m.exec(text)?.[1];
    if (!slug) throw new Error(`${file} has no slug: line`);
    return { slug, text };
  });
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

/** /proc reports CPU time in clock ticks of USER_HZ, which Linux fixes at 100 per second. */
const TICK_MS = 10;
const SAMPLE_MS = 100;

function readProc(path) {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined; // the process ended between listing and reading
  }
}

function listProc(path) {
  try {
    return readdirSync(path);
  } catch {
    return []; // the process ended between listing and reading
  }
}

/** Resident memory of one process in bytes, from /proc/<pid>/status (VmRSS is in KiB). */
function rssBytes(pid) {
  const kib = /^VmRSS:\s+(\d+) kB/m.exec(readProc(`/proc/${pid}/status`) ?? '')?.[1];
  return kib ? Number(kib) * 1024 : 0;
}

/**
 * Follows a process and all its descendants by sampling /proc: their CPU time (user + system) and
 * the peak of their summed resident memory. Other work on a shared machine stretches wall time but
 * hardly CPU time. Sampling rather than rusage because Pagefind's binary is killed, never reaped,
 * when its Node parent exits, so its time never reaches any parent's rusage. Misses at most the last
 * sample interval of each process, and memory peaks shorter than one interval.
 */
function followTree(rootPid) {
  const ticks = new Map();
  let peakBytes = 0;
  const visit = (pid, alive) => {
    const stat = readProc(`/proc/${pid}/stat`);
    if (!stat) return;
    alive.push(pid);
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    ticks.set(pid, Math.max(ticks.get(pid) ?? 0, Number(fields[11]) + Number(fields[12])));
    for (const task of listProc(`/proc/${pid}/task`)) {
      for (const child of (readProc(`/proc/${pid}/task/${task}/children`) ?? '').split(' ').filter(Boolean)) visit(child, alive);
    }
  };
  const sample = () => {
    const alive = [];
    visit(String(rootPid), alive);
    peakBytes = Math.max(peakBytes, alive.reduce((sum, pid) => sum + rssBytes(pid), 0));
  };
  sample();
  const timer = setInterval(sample, SAMPLE_MS);
  return () => {
    clearInterval(timer);
    return { cpuMs: [...ticks.values()].reduce((sum, t) => sum + t, 0) * TICK_MS, peakBytes };
  };
}

/**
 * Runs a command from the project root with node_modules/.bin first on PATH, so `astro` and `node`
 * are the project's Node 24 whatever node started this script. Resolves to wall and CPU ms and peak memory.
 */
function run(command, args, env = {}, cwd = ROOT) {
  return new Promise((done, fail) => {
    const started = performance.now();
    const child = spawn(command, args, {
      cwd,
      env: { ...process.env, ...env, PATH: `${BIN}${delimiter}${process.env['PATH'] ?? ''}` },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const stop = followTree(child.pid);
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', (error) => {
      stop();
      fail(error);
    });
    child.on('close', (code) => {
      const { cpuMs, peakBytes } = stop();
      if (code === 0) done({ ms: performance.now() - started, cpuMs, peakBytes, output });
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

/** The Astro step of `npm run build` as package.json writes it, Node's flags included, so the bench measures that command. */
function astroStep() {
  const { scripts } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  const step = scripts.build.split(' && ').find((part) => part.includes('astro'));
  if (!step) throw new Error('package.json: scripts.build has no astro step');
  return step.split(' ');
}

/** Bytes of the search index: /pagefind/ and, on a site large enough to be sharded, /pagefind-2/ … */
async function searchIndexSize(out) {
  const bundles = (await readdir(out)).filter((name) => /^pagefind(-\d+)?$/.test(name));
  const sizes = await Promise.all(bundles.map((name) => measure(join(out, name))));
  return { bytes: sizes.reduce((sum, size) => sum + size.bytes, 0), bundles: bundles.length };
}

/** Builds and indexes N synthetic templates in a temporary folder, then removes the folder. */
async function benchOne(n, sources) {
  const work = await mkdtemp(join(tmpdir(), `plan-bench-${n}-`));
  const content = join(work, 'templates');
  const out = join(work, 'dist');
  try {
    await writeTemplates(content, sources, n);
    // --force: a cold content-layer cache, so every N pays the same kind of build.
    const [command, ...args] = astroStep();
    const build = await run(command, [...args, '--force', '--outDir', out], { PLAN_TEMPLATES_DIR: content });
    const index = await run('node', ['scripts/index-search.mjs', out]);
    const indexed = Number(/indexed (\d+) pages/.exec(index.output)?.[1] ?? NaN);
    const site = await measure(out);
    const search = await searchIndexSize(out);
    return {
      n,
      buildMs: build.ms,
      indexMs: index.ms,
      totalMs: build.ms + index.ms,
      buildCpuMs: build.cpuMs,
      indexCpuMs: index.cpuMs,
      totalCpuMs: build.cpuMs + index.cpuMs,
      peakBytes: Math.max(build.peakBytes, index.peakBytes),
      buildPeakBytes: build.peakBytes,
      indexPeakBytes: index.peakBytes,
      distBytes: site.bytes,
      pagefindBytes: search.bytes,
      indexShards: search.bundles,
      pages: site.pages,
      indexed,
    };
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
const gib = (bytes) => `${(bytes / 1024 ** 3).toFixed(2)} GiB`;
const kib = (bytes) => `${(bytes / 1024).toFixed(0)} KiB`;

function printTable(rows) {
  const table = rows.map((r) => ({
    N: r.n,
    'build s': seconds(r.buildMs),
    'index s': seconds(r.indexMs),
    'total s': seconds(r.totalMs),
    'CPU s (build+index)': `${seconds(r.totalCpuMs)} (${seconds(r.buildCpuMs)}+${seconds(r.indexCpuMs)})`,
    'dist bytes': `${r.distBytes} (${kib(r.distBytes)})`,
    'pagefind bytes': `${r.pagefindBytes} (${kib(r.pagefindBytes)})`,
    'peak memory (build, index)': `${gib(r.peakBytes)} (${gib(r.buildPeakBytes)}, ${gib(r.indexPeakBytes)})`,
    'html pages': r.pages,
    'indexed pages (shards)': `${r.indexed} (${r.indexShards})`,
    'ms / template': (r.totalMs / r.n).toFixed(0),
    'CPU ms / template': (r.totalCpuMs / r.n).toFixed(0),
  }));
  console.table(table);
}

/** The figures growth is judged on: wall time per step, and CPU time, which other load hardly moves. */
const SERIES = [
  ['total', 'totalMs'],
  ['build', 'buildMs'],
  ['index', 'indexMs'],
  ['CPU total', 'totalCpuMs'],
];

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
  const intervals = rows.slice(1).map((r, i) => ({ from: rows[i], to: r }));
  const slope = ({ from, to }, key) => (to[key] - from[key]) / (to.n - from.n);
  for (const interval of intervals) {
    const parts = SERIES.map(([label, key]) => `${label} ${slope(interval, key).toFixed(0)}`).join(', ');
    console.log(`Marginal cost N=${interval.from.n}→${interval.to.n}, ms per added template: ${parts}`);
  }
  const fixed = first.totalMs - slope(intervals[0], 'totalMs') * first.n;
  console.log(`Fixed cost (extrapolated to N=0): ${seconds(fixed)} s`);
  if (intervals.length < 2) return console.log('Linearity: needs three sizes to compare marginal costs.');
  for (const [label, key] of SERIES) {
    const ratio = slope(intervals.at(-1), key) / slope(intervals.at(-2), key);
    console.log(`Linearity (${label}): marginal cost ratio (last interval / previous) = ${ratio.toFixed(2)} → ${verdict(ratio)}`);
  }
}

function verdict(ratio) {
  if (ratio <= 1.25) return 'linear (marginal cost steady or falling)';
  return ratio <= 2 ? 'somewhat worse than linear' : 'clearly worse than linear';
}

function printTarget(rows) {
  const target = rows.find((r) => r.n === TARGET_N);
  if (!target) return console.log(`Target (N=${TARGET_N} built and indexed in under ${seconds(TARGET_MS)} s, peak memory ≤ ${gib(TARGET_PEAK_BYTES)}): not measured in this run.`);
  console.log(`Target (N=${TARGET_N} built and indexed in under ${seconds(TARGET_MS)} s): ${target.totalMs < TARGET_MS ? 'met' : 'MISSED'} — ${seconds(target.totalMs)} s`);
  const met = (bytes) => (bytes <= TARGET_PEAK_BYTES ? 'met' : 'MISSED');
  console.log(`Target (N=${TARGET_N} peak memory ≤ ${gib(TARGET_PEAK_BYTES)}): build ${met(target.buildPeakBytes)} — ${gib(target.buildPeakBytes)}; search index ${met(target.indexPeakBytes)} — ${gib(target.indexPeakBytes)} (Pagefind's extended binary, segmenting Chinese)`);
}

/** A template as a plain Starlight page: the same headings, lists and tables, without our components. */
function starlightPage(source, i) {
  const end = source.text.indexOf('\n---', 3);
  const title = /^title:\s*(.*?)\s*$/m.exec(source.text.slice(0, end))?.[1] ?? source.slug;
  const summary = /^summary:\s*(.*?)\s*$/m.exec(source.text.slice(0, end))?.[1] ?? '';
  const body = source.text
    .slice(source.text.indexOf('\n', end + 1) + 1)
    .replace(/^<\/?(Guide|Optional|Signature)\b[^>]*>\s*$/gm, '');
  const frontmatter = `---\ntitle: ${JSON.stringify(`${unquote(title)}（合成 ${i}）`)}\ndescription: ${JSON.stringify(unquote(summary))}\n---\n`;
  return { name: `${String(i).padStart(4, '0')}-${source.slug}.md`, text: frontmatter + body };
}

const STARLIGHT_CONFIG = `import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';
// Chinese pages, as ours: Starlight's Pagefind then segments Chinese too, as our index does.
export default defineConfig({ integrations: [starlight({ title: 'Bench', locales: { root: { label: '简体中文', lang: 'zh-CN' } } })] });
`;
const STARLIGHT_CONTENT = `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`;

/** Builds N pages with Starlight (its build includes its Pagefind index) in a site folder inside `dir`. */
async function benchStarlight(dir, n, sources) {
  const site = await mkdtemp(join(dir, `site-${n}-`));
  try {
    await mkdir(join(site, 'src/content/docs'), { recursive: true });
    await writeFile(join(site, 'astro.config.mjs'), STARLIGHT_CONFIG);
    await writeFile(join(site, 'src/content.config.ts'), STARLIGHT_CONTENT);
    for (let i = 0; i < n; i += 1) {
      const { name, text } = starlightPage(sources[i % sources.length], i);
      await writeFile(join(site, 'src/content/docs', name), text);
    }
    const build = await run(join(dir, 'node_modules/.bin/astro'), ['build'], {}, site);
    const { pages } = await measure(join(site, 'dist'));
    return { n, totalMs: build.ms, totalCpuMs: build.cpuMs, peakBytes: build.peakBytes, pages };
  } finally {
    await rm(site, { recursive: true, force: true });
  }
}

async function compareWithStarlight(dir, sizes, sources, rows) {
  if (!dir) return console.log('Starlight comparison: skipped (pass --starlight DIR, a folder outside the repo with astro and @astrojs/starlight installed).');
  if (!existsSync(join(dir, 'node_modules/@astrojs/starlight'))) return console.log(`Starlight comparison: skipped (${dir} has no node_modules/@astrojs/starlight).`);
  const table = [];
  for (const n of sizes) {
    const ours = rows.find((r) => r.n === n);
    const theirs = await benchStarlight(resolve(dir), n, sources);
    console.log(`Starlight N=${n}: build with index ${seconds(theirs.totalMs)} s (CPU ${seconds(theirs.totalCpuMs)} s), peak ${gib(theirs.peakBytes)}; ${loadNote()}`);
    const perPage = (r) => r.totalMs / r.pages;
    const cpuPerPage = (r) => r.totalCpuMs / r.pages;
    table.push({
      N: n,
      'ours s (html pages)': `${seconds(ours.totalMs)} (${ours.pages})`,
      'Starlight s (html pages)': `${seconds(theirs.totalMs)} (${theirs.pages})`,
      'ours ms / page': perPage(ours).toFixed(1),
      'Starlight ms / page': perPage(theirs).toFixed(1),
      'ours CPU ms / page': cpuPerPage(ours).toFixed(1),
      'Starlight CPU ms / page': cpuPerPage(theirs).toFixed(1),
      'ours peak (build, index)': `${gib(ours.buildPeakBytes)}, ${gib(ours.indexPeakBytes)}`,
      'Starlight peak': gib(theirs.peakBytes),
      'time / page vs Starlight': `${(perPage(ours) / perPage(theirs)).toFixed(2)}×`,
      'build peak vs Starlight': `${(ours.buildPeakBytes / theirs.peakBytes).toFixed(2)}×`,
    });
  }
  console.table(table);
  const target = table.find((r) => r.N === TARGET_N);
  if (target) console.log(`Target (N=${TARGET_N} time per page ≤ Starlight's): ${Number(target['ours ms / page']) <= Number(target['Starlight ms / page']) ? 'met' : 'MISSED'} — ${target['ours ms / page']} vs ${target['Starlight ms / page']} ms`);
}

async function main() {
  const sizes = parseSizes(process.argv.slice(2));
  const sources = await realTemplates();
  console.log(`Scale benchmark: N = ${sizes.join(', ')}; ${sources.length} real templates copied cyclically; ${availableParallelism()} CPUs; ${loadNote()}`);
  const rows = [];
  try {
    for (const n of sizes) {
      const row = await benchOne(n, sources);
      console.log(`N=${n}: build ${seconds(row.buildMs)} s, index ${seconds(row.indexMs)} s (CPU ${seconds(row.buildCpuMs)} s + ${seconds(row.indexCpuMs)} s), peak ${gib(row.buildPeakBytes)} + ${gib(row.indexPeakBytes)}; ${loadNote()}`);
      rows.push(row);
    }
  } finally {
    await restoreSharedCaches();
  }
  printTable(rows);
  printGrowth(rows);
  printTarget(rows);
  await compareWithStarlight(option(process.argv.slice(2), '--starlight'), sizes, sources, rows);
}

await main();
