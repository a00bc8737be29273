import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, expect, test } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BIN = join(ROOT, 'node_modules/.bin');
const FIXTURES = 'tests/build/fixtures';
/** On the 2-core machine at load average 10–15, a failing build took 9–14 s and the passing one 15–25 s; 180 s is over 7×. */
const BUILD_TIMEOUT = 180_000;

const outDirs: string[] = [];

/** `astro build` of the real site with its templates read from a fixture folder; output without colours. */
async function build(fixture: string): Promise<{ code: number | null; output: string; outDir: string }> {
  const outDir = await mkdtemp(join(tmpdir(), 'plan-build-test-'));
  outDirs.push(outDir);
  return new Promise((done, fail) => {
    const child = spawn(join(BIN, 'astro'), ['build', '--outDir', outDir], {
      cwd: ROOT,
      // The project's Node 24 (node_modules/.bin) runs astro, whatever node started Vitest.
      env: { ...process.env, PATH: `${BIN}${delimiter}${process.env['PATH'] ?? ''}`, PLAN_TEMPLATES_DIR: `${FIXTURES}/${fixture}`, NO_COLOR: '1', FORCE_COLOR: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', fail);
    // eslint-disable-next-line no-control-regex -- strips any colour codes left despite NO_COLOR
    child.on('close', (code) => done({ code, output: output.replace(/\u001b\[[0-9;]*m/g, ''), outDir }));
  });
}

/** Our message as the author reads it: from its first line to where Astro's own location and stack begin. */
function templateMessage(output: string): string {
  const start = output.indexOf('Template content has');
  if (start < 0) throw new Error(`the build printed no template message:\n${output}`);
  const rest = output.slice(start).split('\n');
  const end = rest.findIndex((line) => /^\s*(Location:|Stack trace:|at )/.test(line));
  return rest.slice(0, end < 0 ? undefined : end).join('\n').trimEnd();
}

afterAll(async () => {
  await Promise.all(outDirs.map((dir) => rm(dir, { recursive: true, force: true })));
});

test(
  'every author error of every file reaches the author as our message, with file, line and fix',
  async () => {
    const { code, output } = await build('author-errors');
    expect(code).not.toBe(0);
    expect(templateMessage(output)).toMatchInlineSnapshot(`
      "Template content has 9 problems:
      tests/build/fixtures/author-errors/01-impossible-dates.mdx:9 (field "updated"): must be a real date written as YYYY-MM-DD, e.g. 2026-06-29
        Fix: correct the value as the message says (README, "Adding a template").
      tests/build/fixtures/author-errors/01-impossible-dates.mdx:12 (field "fields.1.example"): must be a real date written as YYYY-MM-DD, e.g. 2026-06-29
        Fix: correct the value as the message says (README, "Adding a template").
      tests/build/fixtures/author-errors/02-unclosed-guide.mdx:16: MDX cannot read the body here: Expected a closing tag for \`<Guide>\` (16:1-16:8).
        Fix: close every <Guide>, <Optional> and <Signature> with its closing tag, each tag on its own line with blank lines around it; write a literal < or { as full-width ＜ or ｛.
      tests/build/fixtures/author-errors/03-mdx-syntax.mdx:16: MDX cannot read the body here: Unexpected character \`2\` (U+0032) after name, expected a character that can start an attribute name, such as a letter, \`$\`, or \`_\`; whitespace before attributes; or the end of the tag.
        Fix: close every <Guide>, <Optional> and <Signature> with its closing tag, each tag on its own line with blank lines around it; write a literal < or { as full-width ＜ or ｛.
      tests/build/fixtures/author-errors/04-bad-yaml.mdx:9: the frontmatter is not valid YAML (Flow sequence in block collection must be sufficiently indented and end with a ]).
        Fix: check indentation and quote values that contain a colon or start with [ or {.
      tests/build/fixtures/author-errors/05-body-problem.mdx (field "orgName"): the field is declared but never used in the body.
        Fix: place [[orgName]] where its value belongs, or remove the field.
      tests/build/fixtures/author-errors/05-body-problem.mdx:16 (field "orgNmae"): the placeholder [[orgNmae]] has no field.
        Fix: declare a field with key: orgNmae under fields:, or correct the spelling (declared: orgName).
      tests/build/fixtures/author-errors/06-superseded-basis.mdx:10 (field "legalBasis.1"): "《突发事件应急预案管理办法》（国办发〔2013〕101号）" is 已废止 in content/check/legal-bases.yaml.
        Fix: cite 《突发事件应急预案管理办法》（国办发〔2024〕5号） instead.
      tests/build/fixtures/author-errors/06-superseded-basis.mdx:11 (field "legalBasis.2"): "《某某市值班工作暂行规定》" is not in the legal-basis registry.
        Fix: cite it as an entry of content/check/legal-bases.yaml writes it (cite:), or add an entry there."
    `);
  },
  BUILD_TIMEOUT,
);

test(
  'two templates with one slug stop the build, naming both files',
  async () => {
    const { code, output } = await build('duplicate-slug');
    expect(code).not.toBe(0);
    expect(templateMessage(output)).toMatchInlineSnapshot(`
      "Template content has 1 problem:
      tests/build/fixtures/duplicate-slug/02-duty-rules-copy.mdx:3 (field "slug"): the slug "duty-rules" is already used by tests/build/fixtures/duplicate-slug/01-duty-rules.mdx:3.
        Fix: give each template its own slug."
    `);
  },
  BUILD_TIMEOUT,
);

test(
  'a valid template builds its pages without a single warning about templates',
  async () => {
    const { code, output, outDir } = await build('valid');
    expect(code, output).toBe(0);
    expect(existsSync(join(outDir, 'templates/valid-duty-rules/index.html'))).toBe(true);
    // Each template body handed to the MDX compiler used to print a MODULE_LEVEL_DIRECTIVE warning.
    // The guide is MDX that a page renders, so its warning is Astro's, not ours.
    const warnings = output.split('\n').filter((line) => /\bWARN\b|warning/i.test(line) && !line.includes('content/guide/'));
    expect(warnings).toEqual([]);
  },
  BUILD_TIMEOUT,
);
