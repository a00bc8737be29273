// A minimal static file server for dist/, used by browser tests and benchmarks. It behaves like the
// host README describes: directory indexes, the 404 page, gzip for text and long caching for
// hashed assets, so the benchmarks measure the site and not a bare server.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { createGzip } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.wasm': 'application/wasm',
  '.png': 'image/png',
};

async function fileFor(root, pathname) {
  const path = normalize(join(root, decodeURIComponent(pathname)));
  if (!path.startsWith(root)) return undefined;
  for (const candidate of [path, join(path, 'index.html')]) {
    const info = await stat(candidate).catch(() => undefined);
    if (info?.isFile()) return candidate;
  }
  return undefined;
}

/**
 * Serves `dir` on 127.0.0.1 (port 0 = any free port); `onRequest` sees each path asked for (what a
 * benchmark counts as downloaded). Resolves to { url, close }.
 */
export async function serve(dir = 'dist', port = 0, onRequest = () => {}) {
  const root = resolve(dir);
  const server = createServer(async (request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    onRequest(pathname);
    const file = await fileFor(root, pathname);
    const status = file ? 200 : 404;
    const body = file ?? join(root, '404.html');
    const type = TYPES[extname(body)] ?? 'application/octet-stream';
    const gzip = /^text\/|javascript|json|svg/.test(type) && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '');
    response.writeHead(status, {
      'content-type': type,
      'cache-control': pathname.startsWith('/_astro/') ? 'public, max-age=31536000, immutable' : /^\/pagefind(-\d+)?\//.test(pathname) ? 'public, max-age=3600' : 'no-cache',
      ...(gzip ? { 'content-encoding': 'gzip', vary: 'accept-encoding' } : {}),
    });
    const stream = createReadStream(body);
    // A file removed between the lookup and the read (a test re-indexing the site) ends the response
    // instead of throwing and leaving the connection open, which kept close() waiting.
    stream.on('error', () => response.destroy());
    (gzip ? stream.pipe(createGzip()) : stream).pipe(response);
  });
  await new Promise((done) => server.listen(port, '127.0.0.1', done));
  const { port: bound } = server.address();
  return { url: `http://127.0.0.1:${bound}`, close: () => new Promise((done) => (server.close(done), server.closeAllConnections())) };
}
