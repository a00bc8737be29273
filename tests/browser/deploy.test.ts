import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, inject, test } from 'vitest';
import { headerPolicy, metaPolicy, parsePolicy } from '../../scripts/deploy-files.mjs';
import { startNginx } from '../../scripts/nginx.mjs';
import { verifyDeploy } from '../../scripts/verify-deploy.mjs';

// The built site under test (dist/ at /, or dist-base/ for /yuan/) behind nginx with deploy/nginx.conf.
const DIST = inject('dist');
const BASE = inject('base');
const temporary: string[] = [];
afterAll(() => {
  for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
});

describe('deployed behind nginx with deploy/nginx.conf', () => {
  test('verify-deploy fetches every page, script, style, data file and search file and finds 0 problems', async () => {
    const server = await startNginx({ dist: DIST, base: BASE });
    try {
      const { checked, urls, problems } = await verifyDeploy(`${server.url}/`);
      expect(problems).toEqual([]);
      const pages = readdirSync(DIST, { recursive: true }).filter((name) => String(name).endsWith('index.html')).length;
      expect(checked).toBeGreaterThan(pages);
      // Lazy chunks, template data, the check page's rules and Pagefind's worker and WebAssembly are reached too.
      for (const part of [/\/_astro\/docx\.[^/]+\.js$/, /\/template\.json$/, /\/check\/rules\.json$/, /\/pagefind\/pagefind-worker\.js$/, /\/pagefind\/wasm\.[^/]+\.pagefind$/, /\.pf_meta$/]) {
        expect(urls.some((url) => part.test(url)), String(part)).toBe(true);
      }
    } finally {
      await server.close();
    }
  });

  test('the Content-Security-Policy header holds every page’s <meta> policy, plus frame-ancestors', async () => {
    // One header serves every page, so it is the union of the pages' policies (a template page has
    // style hashes the home page lacks); each page's own policy must be inside it.
    const metaOf = (page: string): string => metaPolicy(readFileSync(join(DIST, page), 'utf8'))!;
    const server = await startNginx({ dist: DIST, base: BASE });
    try {
      const sent = (await fetch(`${server.url}/`)).headers.get('content-security-policy') ?? '';
      const header = parsePolicy(sent);
      expect(header.get('frame-ancestors')).toEqual(["'self'"]);
      for (const page of ['index.html', 'templates/school-stability-emergency-plan/index.html', 'search/index.html', 'check/index.html']) {
        const missing = [...parsePolicy(metaOf(page))].flatMap(([name, sources]) => sources.filter((source) => !header.get(name)?.includes(source)).map((source) => `${page}: ${name} ${source}`));
        expect(missing).toEqual([]);
      }
      expect(sent).toBe(await headerPolicy(DIST));
    } finally {
      await server.close();
    }
  });

  test('verify-deploy reports each planted fault: a .wasm file without its type, no CSP header, a missing script', async () => {
    const copy = mkdtempSync(join(tmpdir(), 'plan-faulty-site-'));
    temporary.push(copy);
    cpSync(DIST, copy, { recursive: true });
    // A server whose type list lacks WebAssembly (nginx before 1.21), serving a .wasm file the home page links to.
    const types = readFileSync('/etc/nginx/mime.types', 'utf8').replace(/^.*\bwasm;\n/m, '');
    writeFileSync(join(copy, 'mime.types'), types);
    writeFileSync(join(copy, 'probe.wasm'), new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0]));
    const home = readFileSync(join(copy, 'index.html'), 'utf8');
    writeFileSync(join(copy, 'index.html'), home.replace('</body>', `<a href="${BASE}probe.wasm">wasm</a></body>`));
    rmSync(join(copy, 'index.html.gz'));
    rmSync(join(copy, 'index.html.br'));
    // No CSP header, and a script every page loads gone (styles are inline, so no page links a stylesheet).
    const headers = join(copy, '.deploy/headers.conf');
    writeFileSync(headers, readFileSync(headers, 'utf8').replace(/^add_header Content-Security-Policy.*\n/m, ''));
    const script = /src="[^"]*\/(_astro\/Base\.[^"]+\.js)"/.exec(home)![1]!;
    for (const file of [script, `${script}.gz`, `${script}.br`]) rmSync(join(copy, file), { force: true });
    const server = await startNginx({ dist: copy, base: BASE, edit: (config) => config.replace('include /etc/nginx/mime.types;', `include ${join(copy, 'mime.types')};`) });
    try {
      const { problems } = await verifyDeploy(`${server.url}/`);
      const about = (pattern: RegExp) => problems.filter((p) => pattern.test(`${p.url} ${p.problem}`));
      expect(about(/probe\.wasm sent as "[^"]*", should be application\/wasm/)).toHaveLength(1);
      expect(about(/no Content-Security-Policy header/).length).toBeGreaterThan(10);
      expect(about(new RegExp(`${script.replace(/[.]/g, '\\.')} answered 404`))).toHaveLength(1);
    } finally {
      await server.close();
    }
  });
});

describe('the Apache and IIS files the build writes', () => {
  test('dist/web.config (IIS) is well-formed XML with the header policy', () => {
    const lint = spawnSync('xmllint', ['--noout', join(DIST, 'web.config')], { encoding: 'utf8' });
    expect(lint.error, 'xmllint is missing: apt-get install libxml2-utils (.ci/run installs it)').toBeUndefined();
    expect(lint.stderr).toBe('');
    expect(lint.status).toBe(0);
    expect(readFileSync(join(DIST, 'web.config'), 'utf8')).toContain("frame-ancestors 'self'");
  });

  test('dist/.htaccess (Apache) passes apache2 -t inside a site’s <Directory>', () => {
    expect(existsSync('/usr/sbin/apache2'), 'apache2 is missing: apt-get install apache2 (.ci/run installs it)').toBe(true);
    const dir = mkdtempSync(join(tmpdir(), 'plan-apache-'));
    temporary.push(dir);
    const modules = ['mpm_event', 'authz_core', 'alias', 'mime', 'dir', 'headers', 'rewrite', 'filter', 'deflate', 'env'];
    const config = [
      ...modules.map((name) => `LoadModule ${name}_module /usr/lib/apache2/modules/mod_${name}.so`),
      'Listen 127.0.0.1:8089',
      `PidFile ${dir}/httpd.pid`,
      'ErrorLog /dev/stderr',
      `ServerName localhost`,
      `Alias ${BASE} ${join(process.cwd(), DIST)}/`,
      `<Directory ${join(process.cwd(), DIST)}>`,
      'Require all granted',
      readFileSync(join(DIST, '.htaccess'), 'utf8'),
      '</Directory>',
    ].join('\n');
    writeFileSync(join(dir, 'httpd.conf'), config);
    const check = spawnSync('/usr/sbin/apache2', ['-t', '-f', join(dir, 'httpd.conf')], { encoding: 'utf8' });
    expect(check.stderr.trim()).toBe('Syntax OK');
    expect(check.status).toBe(0);
  });
});
