#!/usr/bin/env node
// Proves the suite can fail: applies each deliberate breakage of tests/mutations/list.mjs to a copy
// of the project and runs the tests that must catch it. Honest by construction:
//   - a baseline run first: every named check must pass on the unmutated copy, or its mutations
//     cannot be judged (reported as "baseline failed");
//   - a mutant is caught only when a named test FAILS ON AN ASSERTION (read from Vitest's JSON
//     report), not when the build, the compiler or a missing tool stops the run;
//   - a mutation whose `from` text no longer occurs exactly once is stale.
// Exits 1 unless every chosen mutation is caught.
//
//   npm run test:mutations                 every mutation
//   npm run test:mutations -- tables csp   only those whose name contains one of the words
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { MUTATIONS } from '../tests/mutations/list.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const words = process.argv.slice(2).map((word) => word.toLowerCase());
const chosen = MUTATIONS.filter((m) => words.length === 0 || words.some((word) => m.name.toLowerCase().includes(word)));

/** The working tree as git sees it (tracked and new files, ignored ones left out), with node_modules linked. */
function copyProject() {
  const dir = mkdtempSync(join(tmpdir(), 'plan-mutant-'));
  const listed = spawnSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: ROOT, encoding: 'utf8' });
  if (listed.status !== 0) throw new Error(`git ls-files failed: ${listed.stderr}`);
  for (const file of listed.stdout.split('\0').filter(Boolean)) {
    try {
      mkdirSync(dirname(join(dir, file)), { recursive: true });
      cpSync(join(ROOT, file), join(dir, file));
    } catch (error) {
      if (error.code !== 'ENOENT') throw error; // deleted but not yet committed
    }
  }
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return dir;
}

/** Runs a command in the copy; output is kept and shown only when something is wrong. */
function run(dir, command, args) {
  const bin = join(ROOT, 'node_modules/.bin');
  const result = spawnSync(command, args, { cwd: dir, encoding: 'utf8', env: { ...process.env, PATH: `${bin}:${process.env.PATH}`, FORCE_COLOR: '0' }, maxBuffer: 64 * 1024 * 1024 });
  return { ok: result.status === 0, output: `${result.stdout ?? ''}${result.stderr ?? ''}` };
}

function apply(dir, mutation) {
  const path = join(dir, mutation.file);
  const source = readFileSync(path, 'utf8');
  const count = source.split(mutation.from).length - 1;
  if (count !== 1) return { stale: `"${mutation.from.split('\n')[0]}" occurs ${count} times in ${mutation.file}` };
  writeFileSync(path, source.replace(mutation.from, mutation.to));
  return { restore: () => writeFileSync(path, source) };
}

/** Thrown by expect(): Vitest's AssertionError (toBe, toEqual, toMatch, …) and snapshot mismatches. */
const ASSERTION = /^(AssertionError|Error: Snapshot [`'].*[`'] mismatched)/;

/**
 * Runs a check and reads Vitest's JSON report: `passed` when every test passed, `assertions` the
 * tests that failed on an assertion, `problem` what stopped the run otherwise (build, compile
 * error, a test throwing something other than an assertion, no report).
 */
function runCheck(dir, { config, files, name, build }) {
  if (build) {
    // The site as `npm run build` makes it, search index and service worker included (the search and
    // offline tests need them), without the server files: their script refuses a page without a CSP,
    // and a mutation that removes it is to be caught by the CSP test's assertion.
    for (const [command, args, problem] of [
      ['astro', ['build', '--silent'], 'the build failed'],
      ['node', ['scripts/index-search.mjs'], 'indexing failed'],
      ['node', ['scripts/offline/manifest.mjs'], 'the service worker could not be written'],
    ]) {
      const step = run(dir, command, args);
      if (!step.ok) return { passed: false, assertions: [], problem, output: step.output };
    }
  }
  const report = join(dir, '.mutation-report.json');
  rmSync(report, { force: true });
  const result = run(dir, 'vitest', ['run', '--config', config, ...files, ...(name ? ['-t', name] : []), '--reporter=default', '--reporter=json', `--outputFile.json=${report}`]);
  if (!existsSync(report)) return { passed: false, assertions: [], problem: 'Vitest wrote no report', output: result.output };
  const json = JSON.parse(readFileSync(report, 'utf8'));
  const failed = json.testResults.flatMap((file) => file.assertionResults.filter((test) => test.status === 'failed'));
  const assertions = failed.filter((test) => test.failureMessages.some((message) => ASSERTION.test(message.trimStart()))).map((test) => test.fullName);
  const fileErrors = json.testResults.filter((file) => file.status === 'failed' && file.assertionResults.every((test) => test.status !== 'failed')).map((file) => file.message);
  const problem = fileErrors.length > 0 ? `a test file did not run (${fileErrors[0]?.split('\n')[0]})` : failed.length > assertions.length ? 'a test threw something other than an assertion' : undefined;
  return { passed: result.ok && json.success !== false, assertions, problem, output: result.output };
}

const checkKey = ({ config, files, name, build }) => JSON.stringify([config, files, name ?? '', Boolean(build)]);
const describe = ({ files, name }) => `${files.join(' ')}${name ? ` -t "${name}"` : ''}`;
const tail = (output) => output.split('\n').slice(-15).join('\n');

const dir = copyProject();
const counts = { caught: 0, missed: 0, stale: 0, baselineFailed: 0 };
try {
  // Baseline: each distinct check once, unmutated.
  const baseline = new Map();
  for (const mutation of chosen) {
    const key = checkKey(mutation.check);
    if (baseline.has(key)) continue;
    const result = runCheck(dir, mutation.check);
    baseline.set(key, result.passed);
    if (!result.passed) console.log(`BASELINE FAILED  ${describe(mutation.check)}: ${result.problem ?? 'tests fail without any mutation'}\n${tail(result.output)}`);
  }
  const passing = [...baseline.values()].filter(Boolean).length;
  console.log(`baseline: ${passing} of ${baseline.size} checks pass unmutated`);

  for (const mutation of chosen) {
    const started = performance.now();
    if (!baseline.get(checkKey(mutation.check))) {
      counts.baselineFailed++;
      console.log(`NOT RUN  ${mutation.name}: its check fails unmutated`);
      continue;
    }
    const applied = apply(dir, mutation);
    if (applied.stale) {
      counts.stale++;
      console.log(`STALE    ${mutation.name}: ${applied.stale}`);
      continue;
    }
    try {
      const result = runCheck(dir, mutation.check);
      const seconds = ((performance.now() - started) / 1000).toFixed(0);
      if (result.assertions.length > 0) {
        counts.caught++;
        console.log(`caught   ${mutation.name} (${result.assertions.length} assertion${result.assertions.length > 1 ? 's' : ''} failed in ${describe(mutation.check)}, e.g. "${result.assertions[0]}", ${seconds} s)`);
      } else {
        counts.missed++;
        const why = result.passed ? 'the tests still pass with it' : `no assertion failed: ${result.problem ?? 'the run failed'}`;
        console.log(`MISSED   ${mutation.name}: ${why} (${seconds} s)\n${tail(result.output)}`);
      }
    } finally {
      applied.restore();
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
const { caught, missed, stale, baselineFailed } = counts;
console.log(`mutations: ${caught} of ${chosen.length} caught, ${missed} missed, ${stale} stale, ${baselineFailed} not run (baseline failed)`);
// scripts/test.mjs counts each mutation as a test.
if (process.env['MUTATIONS_REPORT']) writeFileSync(process.env['MUTATIONS_REPORT'], JSON.stringify({ caught, total: chosen.length, missed, stale, baselineFailed }));
process.exit(caught === chosen.length && chosen.length > 0 ? 0 : 1);
