import { announce, el } from '../dom';

const SHOWN_MS = 20_000;

/**
 * The bar after a deletion: what was deleted and 撤销, for a while. One bar at a time; the next
 * deletion replaces it, and an edit dismisses it (undoing would throw that edit away).
 */
export class UndoBar {
  private bar: HTMLElement | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly host: HTMLElement) {}

  show(message: string, undo: () => void): void {
    this.dismiss();
    const button = el('button', { type: 'button', class: 'small' }, '撤销');
    const bar = el('div', { class: 'undo-bar', role: 'status' }, el('span', {}, message), button);
    button.addEventListener('click', () => {
      this.dismiss();
      undo();
    });
    this.host.append(bar);
    this.bar = bar;
    this.timer = setTimeout(() => this.dismiss(), SHOWN_MS);
    announce(`${message}可点“撤销”恢复。`);
  }

  dismiss(): void {
    clearTimeout(this.timer);
    this.bar?.remove();
    this.bar = undefined;
  }
}
