/**
 * 我的草稿 costs the home page almost nothing: the list's code (storage readers, the element
 * builder) loads only when this browser holds a draft or someone asks for the list (#my-drafts).
 */
function hasDraft(): boolean {
  try {
    for (let i = 0; i < localStorage.length; i++) if (localStorage.key(i)?.startsWith('plan-templates:draft')) return true;
  } catch {
    // Storage refused: there is nothing to list.
  }
  return false;
}

function loadWhenNeeded(): void {
  if (hasDraft() || location.hash === '#my-drafts') void import('./my-drafts');
}

loadWhenNeeded();
window.addEventListener('storage', loadWhenNeeded);
window.addEventListener('hashchange', loadWhenNeeded);
