import { readFileSync } from 'node:fs';
import { parseEnv } from 'node:util';
import { expect, test } from 'vitest';

const { scripts } = JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> };

/** The command of each build script that runs Astro, as scripts/bench-scale.mjs finds it. */
const astroSteps = ['build', 'build:base'].map((name) => scripts[name]!.split(' && ').find((step) => step.includes('astro.mjs build')));

test('every build runs Astro with scripts/build.env, which turns off mimalloc huge pages', () => {
  // Without it the build's peak memory at 1000 templates rises by about 200 MiB (scripts/build.env).
  for (const step of astroSteps) expect(step).toMatch(/^(PLAN_BASE=\S+ )?node --env-file=scripts\/build\.env /);
  expect(parseEnv(readFileSync('scripts/build.env', 'utf8'))).toEqual({ MIMALLOC_ALLOW_THP: '0' });
});
