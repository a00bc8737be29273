/** 填写 or 预览: on a phone the plan page shows one of the two; wide screens show both. */
export type View = 'fill' | 'preview';

const key = (root: HTMLElement) => `plan-templates:view:${root.dataset['slug'] ?? ''}`;
const isView = (value: string | null | undefined): value is View => value === 'fill' || value === 'preview';

/** Shows `view`, remembered for this tab, so a reload comes back to it. */
export function setView(root: HTMLElement, view: View): void {
  root.dataset['view'] = view;
  for (const tab of root.querySelectorAll<HTMLElement>('.view-tabs [data-view]')) {
    if (tab.dataset['view'] === view) tab.setAttribute('aria-current', 'true');
    else tab.removeAttribute('aria-current');
  }
  try {
    sessionStorage.setItem(key(root), view);
  } catch {
    // Without storage the view is simply not remembered.
  }
  // A link to #fill (the chooser's 打开模板并填写) must not override the user's later choice on reload.
  if (isView(location.hash.slice(1)) && location.hash !== `#${view}`) history.replaceState(history.state, '', `#${view}`);
}

/** The view to open with: the one asked for by the link (#fill), else the one last shown in this tab, else 预览. */
export function initialView(root: HTMLElement): View {
  const asked = location.hash.slice(1);
  if (isView(asked)) return asked;
  try {
    const stored = sessionStorage.getItem(key(root));
    if (isView(stored)) return stored;
  } catch {
    // No storage: the default.
  }
  return 'preview';
}
