import { showAlert } from '../dom';
import { indentSignatures } from '../signature-indent';
import { initialView, setView, type View } from './view';

/**
 * The only script a plan page runs before it is used: the 填写/预览 switch, 打印, and loading the
 * editor (form, live preview, copy, downloads) on the first use of the form or of a button. A saved
 * draft loads it at once, so the page shows what was typed before.
 */
type Editor = { click(target: HTMLElement): Promise<void> };

const root = document.querySelector<HTMLElement>('plan-page');
let editor: Promise<Editor | undefined> | undefined;

const LOAD_FAILED = '填写、复制和下载功能没有加载成功，可能是网络中断了。请检查网络后再点一次；正文可以照常阅读和打印。';

/** Loads the editor once; a failed load is forgotten, so the next click tries again. */
function load(): Promise<Editor | undefined> {
  editor ??= import('./editor')
    .then(({ startEditor }) => startEditor(root!))
    .then((ready) => {
      if (!ready) throw new Error('the plan model did not load');
      showAlert(root!, '');
      return ready;
    })
    .catch(() => {
      editor = undefined;
      showAlert(root!, LOAD_FAILED);
      return undefined;
    });
  return editor;
}

/** Named drafts (or a single draft saved by the earlier version) of this template. */
function hasDraft(slug: string): boolean {
  try {
    return [`plan-templates:drafts:${slug}`, `plan-templates:draft:${slug}`].some((key) => {
      const raw = localStorage.getItem(key);
      return raw !== null && raw !== 'null';
    });
  } catch {
    return false;
  }
}

/** Clicks that need the editor: the first one loads it and is replayed once it runs. */
const NEEDS_EDITOR = '[data-action]:not([data-action="print"]), [data-op], [data-focus], .copy-section, .clear-draft, mark.ph';

if (root) {
  indentSignatures(root);
  const narrow = matchMedia('(max-width: 63.99rem)');
  if (root.dataset['mode'] === 'user' && narrow.matches) setView(root, initialView(root));
  for (const button of root.querySelectorAll<HTMLElement>('.copy-section')) button.hidden = false;
  root.addEventListener('click', (event) => {
    const target = event.target as HTMLElement;
    const tab = target.closest<HTMLElement>('.view-tabs [data-view]');
    if (tab) {
      event.preventDefault();
      setView(root, tab.dataset['view'] as View);
      root.querySelector('.plan-bar')?.scrollIntoView({ block: 'start' });
      return;
    }
    if (target.closest('[data-action="print"]')) return window.print();
    const needs = target.closest<HTMLElement>(NEEDS_EDITOR);
    if (!needs || root.hasAttribute('data-ready')) return;
    event.preventDefault();
    void load().then((ready) => ready?.click(needs));
  });
  root.querySelector('.fill-panel')?.addEventListener('focusin', () => void load());
  root.querySelector('.fill-panel')?.addEventListener('pointerdown', () => void load());
  if (root.dataset['mode'] === 'user' && hasDraft(root.dataset['slug'] ?? '')) void load();
}
