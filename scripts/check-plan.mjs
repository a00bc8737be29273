// `npm run check-plan -- [--json] [--kind KIND] FILE...`: checks plans with the same checker as the
// site's /check/ page. Vite's module runner loads the TypeScript sources directly, no build needed.
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));
const { module } = await runnerImport(`${root}src/lib/check/cli.ts`, { root, configFile: false, logLevel: 'silent' });
const io = { out: (text) => process.stdout.write(text), err: (text) => process.stderr.write(text) };
process.exitCode = await module.main(process.argv.slice(2), io, { root });
