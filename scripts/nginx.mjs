// Runs Debian's nginx with deploy/nginx.conf, as a child process (not a daemon) on a free port with
// a temporary prefix, serving a built site under its base path. Used by the browser tests
// (tests/browser/setup.ts with PLAN_TEST_SITE=nginx) and by hand: `node scripts/nginx.mjs dist-base /yuan/`.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** The nginx binary, or undefined when nginx is not installed. */
export function nginxBinary() {
  for (const candidate of [process.env.NGINX_PATH, 'nginx', '/usr/sbin/nginx']) {
    if (candidate && spawnSync(candidate, ['-v'], { stdio: 'ignore' }).status === 0) return candidate;
  }
  return undefined;
}

const freePort = () =>
  new Promise((done, fail) => {
    const probe = createServer().once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => done(port));
    });
  });

/** deploy/nginx.conf as the tests run it: their port, their folder, and `base` for /yuan/. */
export const siteConfig = (text, { port, www, base }) =>
  text.replace(/listen 80;/, `listen 127.0.0.1:${port};`).replaceAll('/srv/www', www).replaceAll('/yuan/', base);

/**
 * Serves `dist` at http://127.0.0.1:PORT<base>. Resolves to { url, close }; url has no trailing
 * slash, so `${url}/templates/…` is a page of the site, as with the static server. `edit` may change
 * the site's configuration first (tests plant faults with it).
 */
export async function startNginx({ dist, base, edit = (config) => config }) {
  const nginx = nginxBinary();
  if (!nginx) throw new Error('nginx is not installed, so the site cannot be tested behind it: apt-get install nginx (.ci/run installs it), or set NGINX_PATH.');
  const prefix = mkdtempSync(join(tmpdir(), 'plan-nginx-'));
  // The site's folder is <www><base>, a link to the build; at the root, <www> is the link.
  const www = join(prefix, 'www');
  const site = join(www, base).replace(/\/$/, '');
  mkdirSync(join(site, '..'), { recursive: true });
  symlinkSync(resolve(dist), site);
  const port = await freePort();
  writeFileSync(join(prefix, 'site.conf'), edit(siteConfig(readFileSync('deploy/nginx.conf', 'utf8'), { port, www, base })));
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((name) => `${name}_temp_path ${join(prefix, name)};`).join('\n  ');
  writeFileSync(
    join(prefix, 'nginx.conf'),
    `daemon off;\nmaster_process off;\nworker_processes 1;\npid ${join(prefix, 'nginx.pid')};\nerror_log stderr warn;\nevents { worker_connections 512; }\nhttp {\n  access_log off;\n  log_not_found off;\n  ${temp}\n  include ${join(prefix, 'site.conf')};\n}\n`,
  );
  const child = spawn(nginx, ['-p', prefix, '-c', join(prefix, 'nginx.conf'), '-e', 'stderr'], { stdio: ['ignore', 'inherit', 'pipe'] });
  let errors = '';
  child.stderr.on('data', (chunk) => {
    errors += chunk;
    process.stderr.write(chunk);
  });
  const exited = new Promise((done) => child.once('exit', (code) => done(code)));
  // If the tests end without closing it, nginx must not outlive them.
  const stop = () => child.kill('SIGQUIT');
  process.once('exit', stop);
  const url = `http://127.0.0.1:${port}${base.replace(/\/$/, '')}`;
  // Ready when it answers; a config error ends the process first.
  for (;;) {
    const answer = await Promise.race([fetch(`${url}/`).then(() => 'up', () => undefined), exited.then((code) => `exit ${code}`)]);
    if (answer === 'up') break;
    if (answer?.startsWith('exit')) throw new Error(`nginx stopped (${answer}): ${errors.trim()}`);
    await new Promise((done) => setTimeout(done, 100));
  }
  const close = async () => {
    process.off('exit', stop);
    stop();
    await exited;
    rmSync(prefix, { recursive: true, force: true });
  };
  return { url, close };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [dist = 'dist-base', base = '/yuan/'] = process.argv.slice(2);
  const { url } = await startNginx({ dist, base });
  console.log(`nginx serves ${dist} at ${url}/ (Ctrl-C stops it)`);
}
