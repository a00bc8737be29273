import { attr, xmlEvents } from './xml';

/**
 * Word's automatic numbering, so a heading reads "一、总则" as it shows on screen although the
 * file holds only "总则": numbering.xml's list levels (start, numFmt, lvlText, lvlRestart), the
 * instances that restart them (lvlOverride/startOverride), and numbering and outline levels that
 * paragraph styles pass down through basedOn.
 */

interface Level {
  start: number;
  format: string;
  text: string;
  /** Lower level whose new number restarts this one (0 = never); by default the one just above. */
  restart?: number;
  /** Use Arabic numerals whatever the format (w:isLgl). */
  legal: boolean;
  /** What follows the number: a tab, a space or nothing. */
  suffix: string;
  style?: string | undefined;
}

interface NumInstance {
  abstractId: string;
  starts: Map<number, number>;
}

export interface StyleInfo {
  basedOn?: string | undefined;
  name?: string | undefined;
  numId?: string | undefined;
  ilvl?: number | undefined;
  outlineLevel?: number | undefined;
}

const CN_DIGITS = '〇一二三四五六七八九';
const LEGAL_DIGITS = '零壹贰叁肆伍陆柒捌玖';

/** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 105 → 一百零五: Word's chineseCounting. */
function chineseCounting(n: number, digits = CN_DIGITS, units = ['', '十', '百', '千']): string {
  if (n === 0) return digits[0]!;
  if (n >= 10000) return String(n);
  const parts = String(n).split('').map(Number);
  let out = '';
  let zero = false;
  parts.forEach((digit, i) => {
    const unit = units[parts.length - 1 - i]!;
    if (digit === 0) {
      zero = out !== '';
      return;
    }
    if (zero) out += digits[0];
    zero = false;
    out += (digit === 1 && unit === units[1] && out === '' ? '' : digits[digit]) + unit;
  });
  return out;
}

const letters = (n: number): string => {
  const letter = String.fromCharCode(65 + ((n - 1) % 26));
  return letter.repeat(Math.floor((n - 1) / 26) + 1);
};

function roman(n: number): string {
  const table: [number, string][] = [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let out = '';
  for (const [value, mark] of table) while (n >= value) [out, n] = [out + mark, n - value];
  return out;
}

const circled = (n: number, first: number): string => (n >= 1 && n <= 20 ? String.fromCodePoint(first + n - 1) : String(n));

/** One number in one of Word's formats (w:numFmt). Unknown formats fall back to Arabic numerals. */
export function formatNumber(n: number, format: string): string {
  switch (format) {
    case 'chineseCounting':
    case 'chineseCountingThousand':
    case 'japaneseCounting':
    case 'taiwaneseCounting':
    case 'taiwaneseCountingThousand':
    case 'ideographDigital':
      return chineseCounting(n);
    case 'chineseLegalSimplified':
      return chineseCounting(n, LEGAL_DIGITS, ['', '拾', '佰', '仟']);
    case 'ideographTraditional':
      return '甲乙丙丁戊己庚辛壬癸'[(n - 1) % 10] ?? String(n);
    case 'ideographZodiac':
      return '子丑寅卯辰巳午未申酉戌亥'[(n - 1) % 12] ?? String(n);
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese':
      return circled(n, 0x2460);
    case 'decimalEnclosedParen':
      return circled(n, 0x2474);
    case 'decimalEnclosedFullstop':
      return circled(n, 0x2488);
    case 'decimalFullWidth':
    case 'decimalFullWidth2':
      return String(n).replace(/\d/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
    case 'decimalZero':
      return n < 10 ? `0${n}` : String(n);
    case 'upperLetter':
      return letters(n);
    case 'lowerLetter':
      return letters(n).toLowerCase();
    case 'upperRoman':
      return roman(n);
    case 'lowerRoman':
      return roman(n).toLowerCase();
    case 'bullet':
    case 'none':
      return '';
    default:
      return String(n);
  }
}

const SUFFIX: Record<string, string> = { tab: ' ', space: ' ', nothing: '' };

/** numbering.xml → list levels by abstractNumId and list instances by numId. */
export function parseNumbering(xml: string | undefined): { abstracts: Map<string, Level[]>; nums: Map<string, NumInstance> } {
  const abstracts = new Map<string, Level[]>();
  const nums = new Map<string, NumInstance>();
  if (!xml) return { abstracts, nums };
  let levels: Level[] | undefined;
  let level: Level | undefined;
  let num: NumInstance | undefined;
  let overrideLevel: number | undefined;
  for (const event of xmlEvents(xml)) {
    if (event.kind === 'close') {
      if (event.name === 'w:abstractNum') levels = undefined;
      else if (event.name === 'w:lvl') level = undefined;
      else if (event.name === 'w:num') num = undefined;
      else if (event.name === 'w:lvlOverride') overrideLevel = undefined;
      continue;
    }
    if (event.kind !== 'open') continue;
    const value = attr(event.attrs, 'w:val');
    switch (event.name) {
      case 'w:abstractNum':
        levels = [];
        abstracts.set(attr(event.attrs, 'w:abstractNumId') ?? '', levels);
        break;
      case 'w:lvl':
        if (levels && overrideLevel === undefined) {
          level = { start: 1, format: 'decimal', text: '', legal: false, suffix: ' ' };
          levels[Number(attr(event.attrs, 'w:ilvl') ?? 0)] = level;
        }
        break;
      case 'w:start':
        if (level) level.start = Number(value ?? 1);
        break;
      case 'w:numFmt':
        if (level) level.format = value ?? 'decimal';
        break;
      case 'w:lvlText':
        if (level) level.text = value ?? '';
        break;
      case 'w:lvlRestart':
        if (level) level.restart = Number(value ?? 0);
        break;
      case 'w:isLgl':
        if (level) level.legal = value !== '0' && value !== 'false';
        break;
      case 'w:suff':
        if (level) level.suffix = SUFFIX[value ?? 'tab'] ?? ' ';
        break;
      case 'w:pStyle':
        if (level) level.style = value;
        break;
      case 'w:num':
        num = { abstractId: '', starts: new Map() };
        nums.set(attr(event.attrs, 'w:numId') ?? '', num);
        break;
      case 'w:abstractNumId':
        if (num) num.abstractId = value ?? '';
        break;
      case 'w:lvlOverride':
        overrideLevel = Number(attr(event.attrs, 'w:ilvl') ?? 0);
        break;
      case 'w:startOverride':
        if (num && overrideLevel !== undefined) num.starts.set(overrideLevel, Number(value ?? 1));
        break;
    }
  }
  return { abstracts, nums };
}

/** styles.xml → each paragraph style's own numbering, outline level, name and parent. */
export function parseStyles(xml: string | undefined): Map<string, StyleInfo> {
  const styles = new Map<string, StyleInfo>();
  if (!xml) return styles;
  let style: StyleInfo | undefined;
  let change = 0;
  for (const event of xmlEvents(xml)) {
    if (event.kind === 'close') {
      if (event.name === 'w:style') style = undefined;
      if (event.name === 'w:pPrChange' || event.name === 'w:rPrChange') change--;
      continue;
    }
    if (event.kind !== 'open') continue;
    if (event.name === 'w:style') {
      style = {};
      if (!event.selfClosing) styles.set(attr(event.attrs, 'w:styleId') ?? '', style);
      continue;
    }
    if (event.name === 'w:pPrChange' || event.name === 'w:rPrChange') {
      if (!event.selfClosing) change++;
      continue;
    }
    if (!style || change > 0) continue;
    const value = attr(event.attrs, 'w:val');
    if (event.name === 'w:name') style.name = value;
    else if (event.name === 'w:basedOn') style.basedOn = value;
    else if (event.name === 'w:numId') style.numId = value;
    else if (event.name === 'w:ilvl') style.ilvl = Number(value ?? 0);
    else if (event.name === 'w:outlineLvl') style.outlineLevel = Number(value ?? 9);
  }
  return styles;
}

/** A style's setting, looked up through its basedOn chain. */
export function inherited<K extends keyof StyleInfo>(styles: Map<string, StyleInfo>, id: string | undefined, key: K): StyleInfo[K] | undefined {
  const seen = new Set<string>();
  while (id !== undefined && !seen.has(id)) {
    seen.add(id);
    const style = styles.get(id);
    if (!style) return undefined;
    if (style[key] !== undefined) return style[key];
    id = style.basedOn;
  }
  return undefined;
}

/** Heading level of a style: its outline level, or a built-in name such as "heading 2" (标题 2), through basedOn. */
export function styleHeadingLevel(styles: Map<string, StyleInfo>, id: string | undefined): number | undefined {
  const seen = new Set<string>();
  while (id !== undefined && !seen.has(id)) {
    seen.add(id);
    const style = styles.get(id);
    if (!style) return undefined;
    if (style.outlineLevel !== undefined) return style.outlineLevel < 9 ? style.outlineLevel + 1 : undefined;
    const named = /^(?:heading|标题)\s*(\d)$/i.exec(style.name ?? '');
    if (named) return Number(named[1]);
    id = style.basedOn;
  }
  return undefined;
}

/** Counts list items as Word does and gives each numbered paragraph its label, e.g. "（二）". */
export class Numberer {
  private readonly counters = new Map<string, (number | undefined)[]>();
  private readonly started = new Set<string>();

  constructor(private readonly numbering: ReturnType<typeof parseNumbering>) {}

  /** The label of the next paragraph of list `numId` at level `ilvl`, or '' for none (bullets included). */
  next(numId: string, ilvl: number, style?: string): string {
    const num = this.numbering.nums.get(numId);
    const levels = num ? this.numbering.abstracts.get(num.abstractId) : undefined;
    if (!num || !levels) return '';
    if (style !== undefined && ilvl < 0) ilvl = Math.max(0, levels.findIndex((l) => l?.style === style));
    ilvl = Math.max(0, ilvl);
    const level = levels[ilvl];
    if (!level) return '';
    let counters = this.counters.get(num.abstractId);
    if (!counters) this.counters.set(num.abstractId, (counters = []));
    // A list instance with startOverride restarts those levels the first time it is used.
    if (!this.started.has(numId)) {
      this.started.add(numId);
      for (const [at, start] of num.starts) counters[at] = start - 1;
    }
    counters[ilvl] = counters[ilvl] === undefined ? level.start : counters[ilvl]! + 1;
    levels.forEach((deeper, at) => {
      if (at <= ilvl || !deeper) return;
      const restartAfter = deeper.restart === undefined ? at : deeper.restart;
      if (restartAfter !== 0 && ilvl < restartAfter) counters![at] = undefined;
    });
    if (level.format === 'bullet' || level.format === 'none') return '';
    const label = level.text.replace(/%([1-9])/g, (_, d: string) => {
      const at = Number(d) - 1;
      const other = levels[at];
      const value = counters![at] ?? other?.start ?? 1;
      return formatNumber(value, level.legal ? 'decimal' : (other?.format ?? 'decimal'));
    });
    if (label.trim() === '') return '';
    return /[、.．:：)）]$/.test(label) ? label : label + level.suffix;
  }
}
