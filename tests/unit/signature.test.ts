import { describe, expect, test } from 'vitest';
import { placeSignature, textWidth } from '../../src/lib/model/signature';

describe('署名 and 成文日期 per GB/T 9704 §7.3.5', () => {
  test('width counts digits as half a character', () => {
    expect(textWidth('2026年6月29日')).toBe(6.5);
    expect(textWidth('某某市第一中学')).toBe(7);
  });

  test('with a seal: date four characters in, name centred over the date, room for the seal', () => {
    expect(placeSignature(['某某市第一中学'], '2026年6月29日', true)).toEqual({ names: [4], date: 4, blankLines: 2 });
    // A short name is centred: 4 + (6.5 − 4) / 2 = 5.25 → 5.5 in half characters.
    expect(placeSignature(['某某社区'], '2026年6月29日', true).names).toEqual([5.5]);
    expect(placeSignature(['某某市恒安机械有限公司'], '2026年12月31日', true)).toEqual({ names: [2], date: 4, blankLines: 2 });
  });

  test('without a seal: name two characters in, date starting two characters right of the name', () => {
    // Name 11 wide, date 6.5: the date's first character sits 2 right of the name's → right indent 4.5.
    expect(placeSignature(['某某市恒安机械有限公司'], '2026年6月29日', false)).toEqual({ names: [2], date: 4.5, blankLines: 1 });
  });

  test('without a seal, a date longer than the name allows: date two in, the name moved left', () => {
    // Name 7, date 6.5: shifting the date right by 2 would leave 0.5 — so the date sits 2 in and the name 3.5.
    const place = placeSignature(['某某市第一中学'], '2026年6月29日', false);
    expect(place).toEqual({ names: [3.5], date: 2, blankLines: 1 });
    const nameStart = place.names[0]! + 7;
    const dateStart = place.date + 6.5;
    expect(nameStart - dateStart).toBe(2);
  });
});
