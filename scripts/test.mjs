#!/usr/bin/env node
// `npm test`: every check in order, then one line that counts everything.
// Unit and browser tests report through Vitest's JSON reporter; the other steps (astro check, ESLint,
// the build, the mutation check) count as one check each. A failed step does not hide the later
// ones, except that the browser tests need a build.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const reports = mkdtempSync(join(tmpdir(), 'plan-test-'));

/** Runs an npm script with the terminal attached; true when it exits 0. */
function npmRun(script, ...args) {
  console.log(`\n▶ npm run ${script}${args.length ? ` -- ${args.join(' ')}` : ''}`);
  const result = spawnSync('npm', ['run', script, '--silent', ...(args.length ? ['--', ...args] : [])], { stdio: 'inherit' });
  return result.status === 0;
}

/** Passed and failed tests from a Vitest JSON report; a missing report (crash) counts as one failure. */
function vitestCounts(file) {
  if (!existsSync(file)) return { passed: 0, failed: 1, note: 'no report' };
  const report = JSON.parse(readFileSync(file, 'utf8'));
  const failedFiles = report.testResults.filter((f) => f.status === 'failed' && f.assertionResults.every((a) => a.status !== 'failed')).length;
  return { passed: report.numPassedTests, failed: report.numFailedTests + failedFiles, skipped: report.numPendingTests + report.numTodoTests };
}

function vitest(script) {
  const file = join(reports, `${script}.json`);
  npmRun(script, '--reporter=default', '--reporter=json', `--outputFile.json=${file}`);
  return vitestCounts(file);
}

/** Each deliberate breakage counts as a test: passed when the suite caught it. */
function mutations() {
  const file = join(reports, 'mutations.json');
  process.env['MUTATIONS_REPORT'] = file;
  const ok = npmRun('test:mutations');
  if (!existsSync(file)) return { passed: 0, failed: 1, note: 'no report' };
  const { caught, total } = JSON.parse(readFileSync(file, 'utf8'));
  return { passed: caught, failed: total - caught + (ok || caught < total ? 0 : 1) };
}

const steps = [];
const step = (name, ok) => steps.push({ name, passed: ok ? 1 : 0, failed: ok ? 0 : 1 });

step('astro check', npmRun('check'));
step('eslint', npmRun('lint'));
steps.push({ name: 'unit', ...vitest('test:unit') });
steps.push({ name: 'build tests', ...vitest('test:build') });
const built = npmRun('build');
step('build', built);
if (built) steps.push({ name: 'browser', ...vitest('test:browser') });
else steps.push({ name: 'browser', passed: 0, failed: 1, note: 'not run: the build failed' });
// The site as a unit deploys it: built for /yuan/ and served by nginx with deploy/nginx.conf; the
// whole browser suite runs again there.
const builtBase = npmRun('build:base');
step('build for /yuan/', builtBase);
if (builtBase) steps.push({ name: 'browser on nginx /yuan/', ...vitest('test:browser:nginx') });
else steps.push({ name: 'browser on nginx /yuan/', passed: 0, failed: 1, note: 'not run: the build failed' });
steps.push({ name: 'mutations caught', ...mutations() });

const total = (key) => steps.reduce((sum, s) => sum + (s[key] ?? 0), 0);
const detail = steps.map((s) => `${s.name} ${s.passed}/${s.passed + s.failed}${s.note ? ` (${s.note})` : ''}`).join(', ');
const skipped = total('skipped');
console.log(`\n${total('passed')} passed, ${total('failed')} failed${skipped ? `, ${skipped} skipped` : ''} — ${detail}`);
process.exit(total('failed') === 0 ? 0 : 1);
