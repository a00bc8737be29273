/**
 * The .docx's fonts and styles: the font table with Chinese alternatives, and the paragraph and
 * heading styles that repeat the runs' own looks for text the user types later.
 */
import { AlignmentType, HeadingLevel, LineRuleType, type IBaseParagraphStyleOptions } from 'docx';
import { BODY, FONT, LATIN, LINE_PITCH, SIZE, TRACKING, type Look } from './docx-base';

/**
 * The font table names a commonly installed alternative for each font (w:altName) and its GB2312
 * character set, so Word and WPS on a machine without 仿宋_GB2312 or 方正小标宋简体 substitute a
 * Chinese face of the same kind rather than a default Latin one: 仿宋_GB2312 → 仿宋, 楷体_GB2312 → 楷体,
 * 方正小标宋简体 → 宋体 (every Windows since XP has 仿宋, 楷体, 黑体 and 宋体).
 */
const FONT_TABLE: { name: string; alt?: string; charset: string; family: string; pitch: string }[] = [
  { name: '仿宋_GB2312', alt: '仿宋', charset: '86', family: 'modern', pitch: 'fixed' },
  { name: '楷体_GB2312', alt: '楷体', charset: '86', family: 'modern', pitch: 'fixed' },
  { name: '方正小标宋简体', alt: '宋体', charset: '86', family: 'script', pitch: 'variable' },
  { name: '黑体', alt: 'SimHei', charset: '86', family: 'modern', pitch: 'fixed' },
  { name: '宋体', alt: 'SimSun', charset: '86', family: 'auto', pitch: 'variable' },
  { name: LATIN, charset: '00', family: 'roman', pitch: 'variable' },
];

function fontTableXml(): string {
  const fonts = FONT_TABLE.map(
    (f) =>
      `<w:font w:name="${f.name}">${f.alt ? `<w:altName w:val="${f.alt}"/>` : ''}` +
      `<w:charset w:val="${f.charset}"/><w:family w:val="${f.family}"/><w:pitch w:val="${f.pitch}"/></w:font>`,
  ).join('');
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
    fonts +
    '</w:fonts>'
  );
}

/** Parts of the package written by us rather than by the docx library. */
export const OVERRIDES = [{ path: 'word/fontTable.xml', data: fontTableXml() }];

/* ---------- Headings ---------- */

const HEADING_STYLES = [
  HeadingLevel.HEADING_1,
  HeadingLevel.HEADING_2,
  HeadingLevel.HEADING_3,
  HeadingLevel.HEADING_4,
  HeadingLevel.HEADING_5,
  HeadingLevel.HEADING_6,
] as const;

/** 一、黑体  （一）楷体  1. and （1）仿宋, all 3号 and not bold (GB/T 9704 §7.3.3). */
export function headingLook(level: number): Look {
  if (level <= 1) return { font: FONT.hei, size: SIZE.body };
  if (level === 2) return { font: FONT.kai, size: SIZE.body };
  return BODY;
}

export const headingStyle = (level: number) => HEADING_STYLES[Math.min(Math.max(level, 1), HEADING_STYLES.length) - 1]!;
/** Word's outline levels count from 0; the navigation pane shows levels 0–8. */
export const outlineLevel = (level: number): number => Math.min(Math.max(level - 1, 0), 8);

/* ---------- Styles ---------- */

/** Heading styles restated in black 3号 without italics, so no theme colour or size leaks in. */
function headingStyleOptions(level: number): IBaseParagraphStyleOptions {
  const look = headingLook(level);
  return {
    run: { font: look.font, size: look.size, bold: false, italics: false, color: '000000' },
    paragraph: { outlineLevel: outlineLevel(level), keepNext: true },
  };
}

export function styles() {
  return {
    default: {
      document: {
        run: {
          font: FONT.body,
          size: SIZE.body,
          characterSpacing: TRACKING,
          color: '000000',
          language: { value: 'en-US', eastAsia: 'zh-CN' },
        },
        paragraph: {
          spacing: { line: LINE_PITCH, lineRule: LineRuleType.EXACT, before: 0, after: 0 },
        },
      },
      title: {
        run: { font: FONT.title, size: SIZE.title, bold: false, color: '000000' },
        paragraph: { alignment: AlignmentType.CENTER },
      },
      heading1: headingStyleOptions(1),
      heading2: headingStyleOptions(2),
      heading3: headingStyleOptions(3),
      heading4: headingStyleOptions(4),
      heading5: headingStyleOptions(5),
      heading6: headingStyleOptions(6),
    },
  };
}
