import { chromium } from 'playwright-core';
import { serve } from './static-server.mjs';
const server = await serve('dist');
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage();
await page.goto(`${server.url}/search/`);
await page.waitForLoadState('networkidle');
const out = await page.evaluate(async () => {
  const pf = await import('/pagefind/pagefind.js');
  await pf.init();
  const lines = [];
  for (const q of ['报告流程', '值班日志', '后勤保障组职责', '推选代表', '交接班', '欠薪', '火灾', '值班日志']) {
    const t0 = performance.now();
    const r = await pf.search(q);
    const t1 = performance.now();
    await Promise.all(r.results.slice(0, 4).map((x) => x.data()));
    const t2 = performance.now();
    lines.push(`${q}: search ${(t1 - t0).toFixed(0)} ms, data ${(t2 - t1).toFixed(0)} ms (${r.results.length})`);
  }
  return lines.join('\n');
});
console.log(out);
await browser.close(); await server.close();
