// Lighthouse benchmark: performance, accessibility, best-practices and SEO scores of four pages of
// the built site, with Lighthouse's default mobile emulation and throttling. It prints the scores
// and the audits that cost points; it asserts no budget.
//
//   npm run bench:lighthouse          # builds first when dist/ is missing
//   CHROMIUM_PATH=/path/to/chromium npm run bench:lighthouse
//   npm run bench:lighthouse -- --report-dir /tmp/lh   # also writes <page>.report.html and .json
//   npm run bench:lighthouse -- --runs 3               # median of 3 runs per page
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { delimiter, join, resolve } from 'node:path';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';
import { serve } from './static-server.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const DIST = join(ROOT, 'dist');
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const PAGES = [
  { name: 'home', path: '/' },
  { name: 'template', path: '/templates/enterprise-petition-emergency-plan/' },
  { name: 'search', path: '/search/' },
  { name: 'search-results', path: `/search/?q=${encodeURIComponent('报告流程')}` },
];
const CHROMIUM_FLAGS = ['--headless=new', ...CHROMIUM_ARGS];
/** How many offending items (nodes, URLs) to print per failing audit. */
const MAX_ITEMS = 8;

/** Builds the site the way `npm run build` does, with node_modules/.bin first so Node 24 runs it. */
function buildSite() {
  console.log('dist/ is missing: running npm run build');
  return new Promise((done, fail) => {
    const env = { ...process.env, PATH: `${join(ROOT, 'node_modules/.bin')}${delimiter}${process.env['PATH'] ?? ''}` };
    const child = spawn('npm', ['run', 'build'], { cwd: ROOT, env, stdio: 'inherit' });
    child.on('error', fail);
    child.on('close', (code) => (code === 0 ? done() : fail(new Error(`npm run build exited with ${code}`))));
  });
}

/**
 * A private copy of dist/: others rebuild dist/ while working, and a page vanishing mid-run fails
 * the audit with a 404.
 */
async function snapshotDist() {
  const dir = await mkdtemp(join(tmpdir(), 'plan-lighthouse-dist-'));
  await cp(DIST, dir, { recursive: true });
  const missing = ['index.html', 'search/index.html', 'pagefind/pagefind.js'].find((file) => !existsSync(join(dir, file)));
  if (missing) {
    await rm(dir, { recursive: true, force: true });
    throw new Error(`dist/ looks incomplete (no ${missing}); is a build running? Try again when it ends.`);
  }
  return dir;
}

/**
 * Starts Chromium on a free debugging port with a throwaway profile, so runs never share state
 * with a user's browser. Resolves once Chromium prints the port it listens on.
 */
async function launchChromium() {
  const profile = await mkdtemp(join(tmpdir(), 'plan-lighthouse-'));
  const child = spawn(CHROMIUM_PATH, [...CHROMIUM_FLAGS, '--remote-debugging-port=0', `--user-data-dir=${profile}`, 'about:blank'], { stdio: ['ignore', 'ignore', 'pipe'] });
  const port = await new Promise((done, fail) => {
    let log = '';
    child.stderr.on('data', (chunk) => {
      log += chunk;
      const match = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(log);
      if (match) done(Number(match[1]));
    });
    child.on('error', fail);
    child.on('exit', (code) => fail(new Error(`Chromium (${CHROMIUM_PATH}) exited with ${code} before listening:\n${log}`)));
  });
  const close = async () => {
    if (child.exitCode === null) {
      const exited = new Promise((done) => child.once('exit', done));
      child.kill();
      await exited;
    }
    await rm(profile, { recursive: true, force: true });
  };
  return { port, close };
}

function option(argv, name) {
  const at = argv.indexOf(name);
  return at < 0 ? undefined : (argv[at + 1] ?? '');
}

/** `--report-dir <dir>`: where to keep the full reports, for reading a failure in the HTML viewer. */
function reportDir(argv) {
  const dir = option(argv, '--report-dir');
  return dir === undefined ? undefined : resolve(dir || 'lighthouse-reports');
}

/** `--runs <n>`: audits per page; timings vary run to run, so several runs report the median one. */
function runCount(argv) {
  const runs = Number(option(argv, '--runs') ?? 1);
  if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs wants a positive integer');
  return runs;
}

/** The run with the median performance score (the upper middle one for an even count). */
function medianRun(lhrs) {
  const sorted = [...lhrs].sort((a, b) => (a.categories.performance.score ?? 0) - (b.categories.performance.score ?? 0));
  return sorted[Math.floor(sorted.length / 2)];
}

/** One Lighthouse run; the default config is mobile emulation with simulated throttling. */
async function audit(url, port, saveAs) {
  const result = await lighthouse(url, { port, output: ['html', 'json'], logLevel: 'error', onlyCategories: CATEGORIES });
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  if (result.lhr.runtimeError) throw new Error(`Lighthouse failed on ${url}: ${result.lhr.runtimeError.message}`);
  if (saveAs) {
    const [html, json] = result.report;
    await writeFile(`${saveAs}.report.html`, html);
    await writeFile(`${saveAs}.report.json`, json);
  }
  return result.lhr;
}

const score = (category) => (category?.score == null ? '–' : Math.round(category.score * 100));

function printScores(results) {
  const table = results.map(({ page, lhr, runs }) => ({
    page: page.name,
    path: decodeURIComponent(page.path),
    ...Object.fromEntries(CATEGORIES.map((id) => [id, score(lhr.categories[id])])),
    ...(runs.length > 1 ? { 'performance per run': runs.join(' ') } : {}),
  }));
  console.table(table);
}

function printMetrics(results) {
  const metrics = ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index'];
  const table = results.map(({ page, lhr }) => ({ page: page.name, ...Object.fromEntries(metrics.map((id) => [id, lhr.audits[id]?.displayValue ?? '–'])) }));
  console.log('\nPerformance metrics (simulated mobile):');
  console.table(table);
}

/**
 * Audits that fail in a category: the weighted ones cost points directly; the unweighted ones
 * (performance diagnostics and insights) say why a metric is poor.
 */
function failingAudits(lhr, categoryId, weighted) {
  return lhr.categories[categoryId].auditRefs
    .filter((ref) => (ref.weight > 0) === weighted)
    .map((ref) => lhr.audits[ref.id])
    .filter((result) => result && result.score !== null && result.score < 1 && !['informative', 'notApplicable', 'manual'].includes(result.scoreDisplayMode));
}

/** Numbers worth showing next to an item, in the units Lighthouse reports them. */
const ITEM_FIGURES = [
  ['score', (v) => `shift ${v.toFixed(3)}`],
  ['total', (v) => `${Math.round(v)} ms CPU`],
  ['duration', (v) => `${Math.round(v)} ms`],
  ['wastedMs', (v) => `${Math.round(v)} ms`],
  ['reflowTime', (v) => `${Math.round(v)} ms reflow`],
  ['totalBytes', (v) => `${Math.round(v / 1024)} KiB`],
  ['wastedBytes', (v) => `${Math.round(v / 1024)} KiB wasted`],
];

/** One row of an audit table: the element (selector and snippet), URL or label, then its figures. */
function describeItem(item) {
  const node = item.node ?? item.subItems?.items?.[0]?.relatedNode;
  const source = item.source?.url ? `${item.source.url}:${(item.source.line ?? 0) + 1}` : item.source?.value;
  const what = node?.type === 'node' ? `${node.selector ?? ''} ${node.snippet ?? ''}` : node?.type === 'text' ? node.value : (item.url ?? source ?? item.label ?? item.groupLabel ?? '');
  const figures = ITEM_FIGURES.filter(([key]) => typeof item[key] === 'number').map(([key, format]) => format(item[key]));
  return [String(what).trim(), ...figures].filter(Boolean).join(' · ');
}

/** A request chain as indented lines, so the critical path reads top-down. */
function chainLines(chains, depth = 0) {
  return Object.values(chains).flatMap((link) => [`${'  '.repeat(depth)}${link.url} · ends at ${Math.round(link.navStartToEndTime)} ms`, ...chainLines(link.children ?? {}, depth + 1)]);
}

/**
 * Rows of an audit's details, whatever their shape: tables and opportunities list rows; insights
 * nest tables, nodes and request chains in a list; checklists name the checks that failed.
 */
function linesOf(details) {
  if (!details) return [];
  switch (details.type) {
    case 'checklist':
      return Object.values(details.items).filter((check) => !check.value).map((check) => check.label);
    case 'list':
      return details.items.flatMap((part) => linesOf(part));
    case 'list-section':
      return linesOf(details.value);
    case 'network-tree':
      return chainLines(details.chains);
    case 'node':
      return [describeItem({ node: details })];
    case 'table':
    case 'opportunity':
      return details.items.map(describeItem);
    default:
      return [];
  }
}

/**
 * Metric audits carry no items; these informative audits name the tasks and elements behind them,
 * and are printed under a failing metric whatever their own score.
 */
const EXPLAINERS = {
  'total-blocking-time': ['long-tasks'],
  'largest-contentful-paint': ['lcp-breakdown-insight'],
  'cumulative-layout-shift': ['layout-shifts'],
};

/** Diagnostics that judge the server rather than the site: scripts/static-server.mjs sends no caching or compression headers. */
const SERVER_NOTES = {
  'cache-insight': 'server, not site: scripts/static-server.mjs sends no Cache-Control; the production host sets it',
  'document-latency-insight': 'server, not site: scripts/static-server.mjs does not compress; the production host should',
};

function printLines(lines, indent) {
  for (const line of lines.slice(0, MAX_ITEMS)) console.log(`${indent}${line.replace(/\s*\n\s*/g, ' ').slice(0, 300)}`);
  if (lines.length > MAX_ITEMS) console.log(`${indent}… and ${lines.length - MAX_ITEMS} more`);
}

function printAudit(pageName, where, result, lhr) {
  const value = result.displayValue ? ` — ${result.displayValue}` : '';
  console.log(`\n[${pageName}] ${where} · ${result.id} (score ${Math.round(result.score * 100)}): ${result.title}${value}`);
  if (SERVER_NOTES[result.id]) console.log(`    (${SERVER_NOTES[result.id]})`);
  printLines(linesOf(result.details), '    ');
  for (const id of EXPLAINERS[result.id] ?? []) {
    const explainer = lhr.audits[id];
    if (!explainer) continue;
    console.log(`    ${explainer.title}${explainer.displayValue ? ` — ${explainer.displayValue}` : ''}:`);
    printLines(linesOf(explainer.details), '      ');
  }
}

function printFailures(results) {
  console.log('\nAudits that cost points (categories below 100):');
  let any = false;
  for (const { page, lhr } of results) {
    for (const categoryId of CATEGORIES) {
      if (lhr.categories[categoryId].score === 1) continue;
      for (const weighted of [true, false]) {
        for (const result of failingAudits(lhr, categoryId, weighted)) {
          any = true;
          printAudit(page.name, `${categoryId}${weighted ? '' : ' (diagnostic)'}`, result, lhr);
        }
      }
    }
  }
  if (!any) console.log('none');
}

async function main() {
  const reports = reportDir(process.argv.slice(2));
  const runs = runCount(process.argv.slice(2));
  if (reports) await mkdir(reports, { recursive: true });
  if (!existsSync(join(DIST, 'index.html'))) await buildSite();
  const site = await snapshotDist();
  // Undone in reverse order whatever fails: Chromium, then the server, then the copy of dist/.
  const cleanups = [() => rm(site, { recursive: true, force: true })];
  const results = [];
  try {
    const server = await serve(site);
    cleanups.unshift(server.close);
    const chromium = await launchChromium();
    cleanups.unshift(chromium.close);
    // One page at a time: parallel runs on a small machine would skew the simulated timings.
    for (const page of PAGES) {
      console.log(`Auditing ${page.name} (${runs} run${runs > 1 ? 's' : ''}): ${server.url}${page.path}`);
      const lhrs = [];
      for (let run = 1; run <= runs; run += 1) {
        const name = runs > 1 ? `${page.name}-${run}` : page.name;
        lhrs.push(await audit(`${server.url}${page.path}`, chromium.port, reports && join(reports, name)));
      }
      results.push({ page, lhr: medianRun(lhrs), runs: lhrs.map((lhr) => score(lhr.categories.performance)) });
    }
  } finally {
    for (const cleanup of cleanups) await cleanup();
  }
  // Simulated throttling scales the main-thread work it observed, so a busy machine lowers performance.
  console.log(`\nLighthouse ${results[0]?.lhr.lighthouseVersion} · ${results[0]?.lhr.environment.hostUserAgent} · load average ${loadavg().map((x) => x.toFixed(1)).join(' ')} · benchmarkIndex ${results[0]?.lhr.environment.benchmarkIndex}`);
  printScores(results);
  printMetrics(results);
  printFailures(results);
  if (reports) console.log(`\nFull reports: ${reports}/<page>.report.html`);
}

await main();
