/** Wraps a fragment so Word and WPS read it as a document (they need the charset). */
const htmlDocument = (fragment: string): string => `<html><head><meta charset="utf-8"></head><body>${fragment}</body></html>`;

/** The fallback for browsers without the async clipboard: a copy event we fill ourselves. */
function copyWithEvent(data: Record<string, string>): boolean {
  const listener = (event: ClipboardEvent) => {
    for (const [type, value] of Object.entries(data)) event.clipboardData?.setData(type, value);
    event.preventDefault();
  };
  document.addEventListener('copy', listener);
  try {
    return document.execCommand('copy');
  } finally {
    document.removeEventListener('copy', listener);
  }
}

/** Puts HTML and plain text on the clipboard, so a paste into Word keeps headings and tables. */
export async function copyRich(html: string, text: string): Promise<boolean> {
  const full = htmlDocument(html);
  try {
    if (typeof ClipboardItem !== 'undefined' && navigator.clipboard?.write) {
      await navigator.clipboard.write([
        new ClipboardItem({ 'text/html': new Blob([full], { type: 'text/html' }), 'text/plain': new Blob([text], { type: 'text/plain' }) }),
      ]);
      return true;
    }
  } catch {
    // Permission refused or unsupported type: the copy event below still works on a click.
  }
  return copyWithEvent({ 'text/html': full, 'text/plain': text });
}

export async function copyPlain(text: string): Promise<boolean> {
  try {
    if (navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Fall through to the copy event.
  }
  return copyWithEvent({ 'text/plain': text });
}

/** Saves a file through a temporary object URL; nothing leaves the browser. */
export function download(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = Object.assign(document.createElement('a'), { href: url, download: fileName });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
