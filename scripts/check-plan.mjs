// `npm run check-plan -- [--json] [--kind KIND] FILE...`: checks plans with the same checker as the
// site's /check/ page. The TypeScript sources are bundled with Vite into node_modules/.cache/check-plan/
// on the first run and whenever a source is newer than the bundle (a few seconds, once); later runs
// load one plain module instead of transforming every source file at each start. The validated rules
// (which link into every template, so loading them parses the whole catalog) are kept there too,
// as the JSON the /check/ page fetches, until content/ or src/ changes.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
// One bundle per project folder: a copy of the project that links this node_modules keeps its own.
const cache = join(root, 'node_modules/.cache/check-plan', createHash('sha256').update(root).digest('hex').slice(0, 12));
const bundle = join(cache, 'cli.js');

/** The latest change among the files the bundle is made from (content/ is read at run time, but may be imported). */
function newestSource() {
  let newest = statSync(join(root, 'package-lock.json')).mtimeMs;
  for (const dir of ['src', 'content']) {
    for (const entry of readdirSync(join(root, dir), { withFileTypes: true, recursive: true })) {
      if (entry.isFile()) newest = Math.max(newest, statSync(join(entry.parentPath, entry.name)).mtimeMs);
    }
  }
  return newest;
}

/** Bundles src/lib/check/cli.ts (packages stay imports of node_modules), then swaps it in whole. */
async function buildBundle() {
  const { build } = await import('vite');
  const outDir = `${cache}-${process.pid}`;
  await build({
    root,
    configFile: false,
    publicDir: false,
    logLevel: 'error',
    build: { ssr: join(root, 'src/lib/check/cli.ts'), outDir, emptyOutDir: true, minify: false, reportCompressedSize: false },
  });
  rmSync(cache, { recursive: true, force: true });
  renameSync(outDir, cache);
}

const newest = newestSource();
if (!existsSync(bundle) || newest > statSync(bundle).mtimeMs) await buildBundle();
const { main, loadRules } = await import(pathToFileURL(bundle).href);

/** The rules as loadRules gives them; an author's error in content/check/ is thrown, as without the cache. */
function rules() {
  const file = join(cache, 'rules.json');
  if (existsSync(file) && statSync(file).mtimeMs > newest) return JSON.parse(readFileSync(file, 'utf8'));
  const loaded = loadRules(root);
  writeFileSync(file, JSON.stringify(loaded));
  return loaded;
}

const io = { out: (text) => process.stdout.write(text), err: (text) => process.stderr.write(text) };
process.exitCode = await main(process.argv.slice(2), io, { root, rules: rules() });
