import { browserStorage } from '../lib/storage/drafts';
import { draftSummaries, editedAt, removeDrafts } from '../lib/storage/draft-summary';
import type { ListableStorage } from '../lib/storage/backup';
import { announce, el } from './dom';

/**
 * 我的草稿 on the home page: the templates with drafts in this browser, when each was last edited,
 * 继续填写, and 删除 after asking. The catalog below names each template (`data-slug` on its link).
 */
const section = document.querySelector<HTMLElement>('.my-drafts');
const storage = browserStorage() as ListableStorage | undefined;

function draw(): void {
  if (!section || !storage || !('key' in storage)) return;
  const list = section.querySelector('ul')!;
  const items = draftSummaries(storage).flatMap(({ slug, count, updated }) => {
    const link = document.querySelector<HTMLAnchorElement>(`.catalog a[data-slug="${CSS.escape(slug)}"]`);
    if (!link) return [];
    const title = link.textContent ?? '';
    const when = editedAt(updated);
    const remove = el('button', { type: 'button', class: 'secondary small', 'aria-label': `删除草稿：${title}` }, '删除');
    remove.addEventListener('click', () => {
      if (!window.confirm(`删除“${title}”的${count > 1 ? `全部 ${count} 份` : ''}草稿吗？删除后不能恢复。`)) return;
      removeDrafts(storage, slug);
      announce(`已删除“${title}”的草稿。`);
      draw();
    });
    return [el('li', {},
      el('span', { class: 'draft-title' }, el('strong', {}, title), el('span', { class: 'draft-meta' }, [count > 1 ? `${count} 份草稿` : '', when ? `最后修改 ${when}` : ''].filter(Boolean).join(' · '))),
      el('span', { class: 'draft-buttons' }, el('a', { class: 'button', href: `${link.getAttribute('href')}#fill`, 'aria-label': `继续填写：${title}` }, '继续填写'), remove))];
  });
  list.replaceChildren(...items);
  // Empty, it shows only to someone who came for it (the header's 我的草稿).
  section.querySelector<HTMLElement>('.none')!.hidden = items.length > 0;
  section.hidden = items.length === 0 && location.hash !== '#my-drafts';
}

draw();
// Drafts saved in another tab show up here too.
window.addEventListener('storage', draw);
window.addEventListener('hashchange', draw);
