#!/usr/bin/env node
// Proves the suite can fail: applies each deliberate breakage of tests/mutations/list.mjs to a copy
// of the project and runs the tests that must catch it. Exits 1 when a breakage goes unnoticed or a
// mutation no longer applies (stale).
//
//   npm run test:mutations                 every mutation
//   npm run test:mutations -- tables csp   only those whose name contains one of the words
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
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

/** The mutation's check: false when it failed, which is what we want. */
function check(dir, { config, files, name, build }) {
  if (build) {
    const built = run(dir, 'astro', ['build', '--silent']);
    if (!built.ok) return { caught: true, how: 'the build failed', output: built.output };
  }
  const result = run(dir, 'vitest', ['run', '--config', config, ...files, ...(name ? ['-t', name] : [])]);
  return { caught: !result.ok, how: `${files.join(' ')}${name ? ` -t "${name}"` : ''} failed`, output: result.output };
}

const dir = copyProject();
let bad = 0;
try {
  for (const mutation of chosen) {
    const started = performance.now();
    const applied = apply(dir, mutation);
    if (applied.stale) {
      bad++;
      console.log(`STALE   ${mutation.name}: ${applied.stale}`);
      continue;
    }
    try {
      const result = check(dir, mutation.check);
      const seconds = ((performance.now() - started) / 1000).toFixed(0);
      if (result.caught) console.log(`caught  ${mutation.name} (${result.how}, ${seconds} s)`);
      else {
        bad++;
        console.log(`MISSED  ${mutation.name}: the tests still pass with it (${seconds} s)\n${result.output.split('\n').slice(-15).join('\n')}`);
      }
    } finally {
      applied.restore();
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
console.log(`mutations: ${chosen.length - bad} of ${chosen.length} caught`);
// scripts/test.mjs counts each mutation as a test.
if (process.env['MUTATIONS_REPORT']) writeFileSync(process.env['MUTATIONS_REPORT'], JSON.stringify({ caught: chosen.length - bad, total: chosen.length }));
process.exit(bad === 0 && chosen.length > 0 ? 0 : 1);
