import { el } from '../dom';

export interface ListActions {
  move(from: number, to: number): void;
  remove(index: number): void;
}

/** 上移 / 下移 / 删除 buttons for row `index` of `count`, labelled with the row's name for screen readers. */
export function rowButtons(index: number, count: number, rowName: string, actions: ListActions): HTMLElement {
  const button = (text: string, label: string, action: () => void, disabled: boolean) => {
    const b = el('button', { type: 'button', class: 'secondary small', 'aria-label': `${label}${rowName}`, disabled }, text);
    b.addEventListener('click', action);
    return b;
  };
  return el('span', { class: 'row-buttons' },
    button('上移', '上移', () => actions.move(index, index - 1), index === 0),
    button('下移', '下移', () => actions.move(index, index + 1), index === count - 1),
    button('删除', '删除', () => actions.remove(index), false));
}

export function moveItem<T>(list: T[], from: number, to: number): void {
  if (to < 0 || to >= list.length) return;
  const [item] = list.splice(from, 1);
  if (item !== undefined) list.splice(to, 0, item);
}
