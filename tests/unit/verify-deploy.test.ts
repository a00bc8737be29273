import { createServer, type Server } from 'node:http';
import { afterEach, expect, test } from 'vitest';
import { verifyDeploy } from '../../scripts/verify-deploy.mjs';

// A tiny server whose answers each test chooses, so every check of verify-deploy can be seen failing.
const HTML = '<!doctype html><link rel="stylesheet" href="/yuan/_astro/a.css"><script type="module" src="/yuan/_astro/a.js"></script><a href="/yuan/missing/">x</a><a href="/elsewhere/">y</a>';
const GOOD_PAGE = { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': "default-src 'self'; frame-ancestors 'self'", 'x-content-type-options': 'nosniff', 'referrer-policy': 'no-referrer', 'cache-control': 'no-cache' };
const ASSET = { 'x-content-type-options': 'nosniff', 'cache-control': 'public, max-age=31536000, immutable' };
let server: Server | undefined;
afterEach(() => new Promise<void>((done) => (server ? server.close(() => done()) : done())));

async function site(page: Record<string, string>): Promise<string> {
  server = createServer((request, response) => {
    const url = request.url ?? '/';
    if (url === '/yuan/' || url === '/yuan/404.html') response.writeHead(200, page).end(HTML);
    else if (url === '/yuan/_astro/a.css') response.writeHead(200, { ...ASSET, 'content-type': 'text/css' }).end('a{}');
    else if (url === '/yuan/_astro/a.js') response.writeHead(200, { ...ASSET, 'content-type': 'text/plain' }).end('import("./b.js")');
    else response.writeHead(404, { 'content-type': 'text/html' }).end('no');
  });
  await new Promise<void>((done) => server!.listen(0, '127.0.0.1', done));
  const address = server.address() as { port: number };
  return `http://127.0.0.1:${address.port}/yuan/`;
}

test('verify-deploy reports broken links, lazy chunks, links outside the base and wrong types', async () => {
  const { problems } = await verifyDeploy(await site(GOOD_PAGE));
  const lines = problems.map((p) => `${new URL(p.url).pathname} ${p.problem}`);
  expect(lines.some((l) => /^\/yuan\/missing\/ answered 404/.test(l))).toBe(true);
  expect(lines.some((l) => /^\/yuan\/_astro\/b\.js answered 404/.test(l))).toBe(true);
  expect(lines.some((l) => /^\/elsewhere\/ outside \/yuan\//.test(l))).toBe(true);
  expect(lines.some((l) => /^\/yuan\/_astro\/a\.js sent as "text\/plain"/.test(l))).toBe(true);
  expect(lines.filter((l) => /Content-Security-Policy|nosniff|Referrer|Cache-Control/.test(l))).toEqual([]);
});

test('verify-deploy reports a page without the CSP header, without frame-ancestors, nosniff, referrer policy or no-cache', async () => {
  const { problems } = await verifyDeploy(await site({ 'content-type': 'text/html', 'content-security-policy': "default-src 'self'", 'cache-control': 'max-age=600' }));
  const home = problems.filter((p) => new URL(p.url).pathname === '/yuan/').map((p) => p.problem);
  expect(home).toEqual(expect.arrayContaining([
    'the Content-Security-Policy header has no frame-ancestors',
    'no "X-Content-Type-Options: nosniff" header',
    'no Referrer-Policy header',
    expect.stringMatching(/^a page must be revalidated on each visit/),
  ]));
  const bare = await verifyDeploy(await new Promise<string>((done) => server!.close(() => done(site({ 'content-type': 'text/html' })))));
  expect(bare.problems.some((p) => p.problem === 'no Content-Security-Policy header')).toBe(true);
});
