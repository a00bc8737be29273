/**
 * Settings the docx library cannot write, added to its XML after packing.
 */
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';

/**
 * Paragraph defaults:
 * - overflowPunct on (Word's own default, stated): LibreOffice 7.4, when it is left unstated,
 *   lets a 、，。 that falls as the 29th character of a justified line hang past the margin and
 *   then drops it (the school plan lost 2 ，, 2 。 and 5 、; with or without tracking alike). Stated,
 *   LibreOffice carries the last character over instead, and nothing is lost; Word and WPS hang it.
 * - snapToGrid off: characters are spaced by tracking, not by the character grid (see TRACKING),
 *   and table text keeps its own single spacing instead of snapping to the 28.95 pt line grid.
 */
const PARAGRAPH_DEFAULTS = '<w:overflowPunct w:val="1"/><w:snapToGrid w:val="0"/>';

function patchStyles(xml: string): string {
  return xml.replace('<w:pPrDefault><w:pPr>', `<w:pPrDefault><w:pPr>${PARAGRAPH_DEFAULTS}`);
}

/**
 * The theme's fonts (Calibri / 等线) are what Word and WPS use for any text that names no font, or
 * names a theme font; ours names its fonts everywhere, and the theme says the same, so a theme
 * font can never stand in for 仿宋 or 黑体.
 */
function patchTheme(xml: string): string {
  return xml
    .replace(/(<a:majorFont>[\s\S]*?)<a:latin typeface="[^"]*"[^>]*\/>/, '$1<a:latin typeface="Times New Roman"/>')
    .replace(/(<a:minorFont>[\s\S]*?)<a:latin typeface="[^"]*"[^>]*\/>/, '$1<a:latin typeface="Times New Roman"/>')
    .replace(/(<a:majorFont>[\s\S]*?)<a:ea typeface="[^"]*"\/>/, '$1<a:ea typeface="黑体"/>')
    .replace(/(<a:minorFont>[\s\S]*?)<a:ea typeface="[^"]*"\/>/, '$1<a:ea typeface="仿宋_GB2312"/>')
    .replace(/(<a:majorFont>[\s\S]*?)<a:font script="Hans" typeface="[^"]*"\/>/, '$1<a:font script="Hans" typeface="黑体"/>')
    .replace(/(<a:minorFont>[\s\S]*?)<a:font script="Hans" typeface="[^"]*"\/>/, '$1<a:font script="Hans" typeface="仿宋_GB2312"/>');
}

const PATCHES: Record<string, (xml: string) => string> = {
  'word/styles.xml': patchStyles,
  'word/theme/theme1.xml': patchTheme,
};

/** The packed .docx with the patches applied. */
export function patchDocx(bytes: Uint8Array): Uint8Array {
  const files = unzipSync(bytes);
  for (const [path, patch] of Object.entries(PATCHES)) {
    const file = files[path];
    if (file) files[path] = strToU8(patch(strFromU8(file)));
  }
  return zipSync(files, { level: 6 });
}
