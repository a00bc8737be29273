// Gate: page weight per page type against scripts/gates/budgets.config.mjs, printed as a table.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { filesIn } from './files.mjs';
import { inlineScripts, inlineStyles, withoutStyles } from '../../src/lib/site/inline-blocks.ts';

const gzip = async (file) => gzipSync(await readFile(file), { level: 9 }).length;

/** Scripts a page runs before interaction: <script src> modules and, recursively, their static imports. */
async function scriptsOf(dir, html, base) {
  const seen = new Set();
  const queue = [...html.matchAll(/<script[^>]*\ssrc="(\/[^"]+)"/g)].map((m) => m[1].replace(base, '/'));
  while (queue.length > 0) {
    const path = queue.pop();
    if (seen.has(path)) continue;
    seen.add(path);
    const code = await readFile(join(dir, path), 'utf8');
    // Static imports only: `import x from "./a.js"` and `import "./a.js"`, not `import("./a.js")`.
    for (const [, spec] of code.matchAll(/(?:^|[;\s}])import\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+)["']/g)) {
      queue.push(new URL(spec, `http://site${path}`).pathname);
    }
  }
  return [...seen];
}

async function measurePage(dir, page, base) {
  const html = await readFile(join(dir, page), 'utf8');
  const css = [...html.matchAll(/<link[^>]*rel="stylesheet"[^>]*href="(\/[^"]+)"/g)].map((m) => m[1].replace(base, '/'));
  const scripts = await scriptsOf(dir, html, base);
  const sum = async (paths) => (await Promise.all(paths.map((p) => gzip(join(dir, p))))).reduce((a, b) => a + b, 0);
  // Inline scripts count towards the page's JavaScript, inline styles towards its CSS, not its HTML.
  const inline = inlineScripts(html).filter((code) => code.trim()).reduce((total, code) => total + gzipSync(code).length, 0);
  const styles = inlineStyles(html).join('');
  const inlineCss = styles ? gzipSync(styles, { level: 9 }).length : 0;
  const markup = gzipSync(withoutStyles(html), { level: 9 }).length;
  return { page, html: markup, css: (await sum(css)) + inlineCss, js: (await sum(scripts)) + inline };
}

/** For each page type, the heaviest page's figures against its budget; `base` is the path the site was built for. */
export async function checkBudgets(dir, budgets, base = '/') {
  const pages = await filesIn(dir, '.html');
  const rows = [];
  for (const budget of budgets) {
    const matching = pages.filter((page) => budget.pages.test(page));
    const measured = await Promise.all(matching.map((page) => measurePage(dir, page, base)));
    const worst = (key) => measured.reduce((max, m) => (m[key] > max[key] ? m : max), measured[0] ?? { page: '-', [key]: 0 });
    for (const key of ['html', 'css', 'js']) {
      const { page, [key]: bytes } = worst(key);
      rows.push({ type: budget.type, asset: key, page, bytes, budget: budget[key], ok: bytes <= budget[key] });
    }
    if (matching.length === 0) rows.push({ type: budget.type, asset: 'pages', page: '-', bytes: 0, budget: 1, ok: false });
  }
  return rows;
}

export function formatBudgets(rows) {
  const lines = rows.map((r) => `${r.ok ? ' ' : '✗'} ${r.type.padEnd(9)} ${r.asset.padEnd(5)} ${String(r.bytes).padStart(7)} / ${String(r.budget).padStart(7)} B gzip  ${r.page}`);
  return ['  type      asset   bytes / budget          heaviest page', ...lines].join('\n');
}
