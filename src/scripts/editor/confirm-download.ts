import type { FilledDoc } from '../../lib/model/types';
import { el } from '../dom';

export type DownloadChoice = 'fill' | 'download' | 'cancel';

/** Asks before downloading a plan with unfilled fields: fill them first, or download anyway. */
export function confirmDownload(missing: FilledDoc['missing']): Promise<DownloadChoice> {
  const first = missing[0]!.label;
  const button = (text: string, value: DownloadChoice, secondary = true) => el('button', { type: 'submit', value, class: secondary ? 'secondary' : undefined }, text);
  const dialog = el('dialog', { class: 'confirm-download', 'aria-labelledby': 'confirm-download-title' },
    el('form', { method: 'dialog' },
      el('h2', { id: 'confirm-download-title' }, `还有 ${missing.length} 处未填写`),
      el('p', {}, `下载的文件里，这些地方会显示为【${first}】这样的方括号。可以先填完再下载，也可以下载后在 Word 中补写。`),
      el('p', { class: 'dialog-buttons' }, button(`去填写（第一处：${first}）`, 'fill', false), button('仍然下载', 'download'), button('取消', 'cancel'))));
  document.body.append(dialog);
  return new Promise((resolve) => {
    dialog.addEventListener('close', () => {
      dialog.remove();
      resolve((dialog.returnValue || 'cancel') as DownloadChoice);
    });
    dialog.showModal();
  });
}
