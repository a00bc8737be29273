import { chromium } from 'playwright-core';
import { serve } from './scripts/static-server.mjs';
const server = await serve('dist');
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
const page = await browser.newPage();
await page.goto(server.url + '/search/');
const out = await page.evaluate(async (q) => {
  const pf = await import('/pagefind/pagefind.js');
  await pf.init();
  const s = await pf.search(q);
  const d = await s.results[0].data();
  return { n: s.results.length, scores: s.results.map(r => r.score), d: { ...d, content: undefined, sub_results: d.sub_results.slice(0, 3) } };
}, process.argv[2]);
console.log(JSON.stringify(out, null, 1).slice(0, 3000));
await browser.close(); await server.close();
