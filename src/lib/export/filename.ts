/** Characters Windows, macOS or Linux refuse in file names, and control characters. */
// eslint-disable-next-line no-control-regex -- control characters are exactly what must go.
const REFUSED = /[\\/:*?"<>|\u0000-\u001F\u007F]/g;
const RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)(\..*)?$/i;
/** Room for the extension within the 255-byte limit of most file systems (3 bytes per CJK character). */
const MAX_CHARS = 80;

/** A file name that every file system accepts: `<单位名称>-<模板名>.<ext>`, refused characters replaced by _. */
export function exportFileName(orgName: string, templateName: string, extension: string): string {
  const base = [orgName.trim() || '未命名单位', templateName.trim()].join('-');
  let name = base
    .replace(REFUSED, '_')
    .replace(/\s+/g, ' ')
    .replace(/^[.\s]+|[.\s]+$/g, '');
  name = Array.from(name).slice(0, MAX_CHARS).join('');
  if (!name || RESERVED.test(name)) name = `_${name}`;
  return `${name}.${extension}`;
}
