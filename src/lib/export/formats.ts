/**
 * The files a plan can be downloaded as: the plan bar draws its buttons from this list and the
 * editor serves exactly these, so a format cannot be offered without being served.
 */
export const EXPORT_FORMATS = [
  { id: 'docx', label: '下载 Word', primary: true },
  { id: 'md', label: '下载 .md', primary: false },
  { id: 'txt', label: '下载 .txt', primary: false },
] as const;

export type ExportFormat = (typeof EXPORT_FORMATS)[number]['id'];

export const isExportFormat = (action: string): action is ExportFormat => EXPORT_FORMATS.some((format) => format.id === action);
