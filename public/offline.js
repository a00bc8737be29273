/* global navigator, document, location, URL */
// Registers the service worker (sw.js, written by scripts/offline/manifest.mjs) and says in the
// footer when the site works offline and when a new version is ready. Imported by the layout once a
// page has loaded; a plain file beside sw.js, so it finds the site's base from its own address.
const base = new URL('./', import.meta.url);
const READY = '已可离线使用：断网后仍可打开本站的模板、搜索、填写下载和预案体检。填写内容只保存在本浏览器中。';
const UPDATE = '有新版本，刷新后使用。';

function say(text, worker) {
  const note = document.querySelector('.offline-note');
  if (!note) return;
  note.textContent = text;
  if (worker) {
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = '刷新';
    button.addEventListener('click', () => {
      navigator.serviceWorker.addEventListener('controllerchange', () => location.reload());
      worker.postMessage('update');
    });
    note.append(' ', button);
  }
  note.hidden = false;
}

async function register() {
  const registration = await navigator.serviceWorker.register(new URL('sw.js', base), { scope: base.pathname });
  const watch = (worker) =>
    worker.addEventListener('statechange', () => {
      // An update waits for the page's word, so a tab never runs two versions at once.
      if (worker.state === 'installed' && navigator.serviceWorker.controller) say(UPDATE, worker);
      if (worker.state === 'activated' && !registration.waiting) say(READY);
    });
  if (registration.waiting && navigator.serviceWorker.controller) say(UPDATE, registration.waiting);
  else if (registration.active && !registration.installing) say(READY);
  if (registration.installing) watch(registration.installing);
  registration.addEventListener('updatefound', () => registration.installing && watch(registration.installing));
}

void register().catch(() => undefined);
