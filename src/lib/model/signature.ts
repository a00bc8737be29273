/**
 * Where 发文机关署名 and 成文日期 go, per GB/T 9704-2012 §7.3.5, in characters from the right edge
 * of the text block. Half-width characters (digits of the date) count as half a character.
 */

export interface SignaturePlacement {
  /** Right indent of each name line, in characters. */
  names: number[];
  /** Right indent of the date line, in characters. */
  date: number;
  /** Blank lines between the body (or 附件说明) and the first name line. */
  blankLines: number;
}

/** Printed width in characters: CJK and full-width forms count 1, ASCII ½. */
export function textWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += ch.codePointAt(0)! < 0x2e80 ? 0.5 : 1;
  return width;
}

/**
 * With a seal (§7.3.5.1) the date sits four characters in from the right and each name line is
 * centred over it; two blank lines above leave room for the seal, whose top must lie within one
 * line of the body and which presses on name and date. Without a seal (§7.3.5.2) the name sits two
 * characters in and the date starts two characters right of the name's first character; a date
 * longer than that allows sits two characters in and pushes the name left instead.
 */
export function placeSignature(names: string[], date: string, sealed: boolean): SignaturePlacement {
  const dateWidth = textWidth(date);
  if (sealed) {
    const centre = (name: string) => Math.max(0, roundHalf(4 + (dateWidth - textWidth(name)) / 2));
    return { names: names.map(centre), date: 4, blankLines: 2 };
  }
  const widest = Math.max(0, ...names.map(textWidth));
  // The date's first character is two characters right of the name's: right indent = widest − dateWidth.
  const fits = widest - dateWidth >= 2;
  const nameRight = fits ? 2 : 4 + dateWidth - widest;
  const dateRight = fits ? widest - dateWidth : 2;
  return { names: names.map((name) => roundHalf(nameRight + (widest - textWidth(name)))), date: roundHalf(dateRight), blankLines: 1 };
}

/** Indents are set in half characters: the print stylesheet has one rule per half step. */
const roundHalf = (n: number): number => Math.round(n * 2) / 2;
