// Builds the Pagefind index over dist/. Only elements marked data-pagefind-body (plan content and
// the guide) are indexed; <html lang="zh-CN"> makes the extended binary segment Chinese.
import * as pagefind from 'pagefind';

// Smaller index chunks: a query loads one chunk per word, and with the default (about 70 KB of
// index per chunk before compression) two words cost 70 KB on the wire. Pagefind reads this
// setting from its environment; it is marked unstable, and without it Pagefind simply uses its default.
process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE ??= '3000';

// The build folder is an optional argument so scripts/bench-scale.mjs can index a temporary build.
const dist = process.argv[2] ?? 'dist';
const { index, errors } = await pagefind.createIndex({ forceLanguage: 'zh-cn' });
if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
const added = await index.addDirectory({ path: dist });
if (added.errors.length > 0) throw new Error(`Pagefind could not index ${dist}/: ${added.errors.join('; ')}`);
const written = await index.writeFiles({ outputPath: `${dist}/pagefind` });
if (written.errors.length > 0) throw new Error(`Pagefind could not write its files: ${written.errors.join('; ')}`);
console.log(`Pagefind indexed ${added.page_count} pages into ${dist}/pagefind/`);
await pagefind.close();
