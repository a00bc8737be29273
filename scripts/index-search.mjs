// Builds the Pagefind index over dist/. Only elements marked data-pagefind-body (plan content and
// the guide) are indexed; <html lang="zh-CN"> makes the extended binary segment Chinese.
import * as pagefind from 'pagefind';

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
