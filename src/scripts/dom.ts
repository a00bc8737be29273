type Child = Node | string | false | undefined;

/** Creates an element; text goes in as text nodes, never parsed as HTML. */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string | boolean | undefined> = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === false) continue;
    element.setAttribute(name, value === true ? '' : value);
  }
  for (const child of children) if (child !== false && child !== undefined) element.append(child);
  return element;
}

/** Says something to screen-reader users through the page's live region. */
export function announce(message: string): void {
  const region = document.querySelector<HTMLElement>('#live-status');
  if (!region) return;
  region.textContent = '';
  // A fresh text node after clearing makes screen readers repeat identical messages.
  requestAnimationFrame(() => (region.textContent = message));
}

/** Shows (or, with '', clears) a problem next to the plan's actions: what went wrong and what to do. */
export function showAlert(root: ParentNode, message: string): void {
  const alert = root.querySelector<HTMLElement>('.bar-alert');
  if (alert) alert.textContent = message;
}
