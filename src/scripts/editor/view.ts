/** 填写 or 预览: on a phone the plan page shows one of the two; wide screens show both. */
export type View = 'fill' | 'preview';

export function setView(root: HTMLElement, view: View): void {
  root.dataset['view'] = view;
  for (const tab of root.querySelectorAll<HTMLElement>('.view-tabs [data-view]')) {
    if (tab.dataset['view'] === view) tab.setAttribute('aria-current', 'true');
    else tab.removeAttribute('aria-current');
  }
}
