import { describe, expect, test } from 'vitest';
import { textWidth } from '../../src/lib/model/signature';
import { balanceTitle, splitRuns, titleLines, TITLE_CHARS_PER_LINE } from '../../src/lib/model/title-lines';

describe('titles break at word boundaries into balanced lines', () => {
  test('a title that fits stays on one line', () => {
    expect(balanceTitle('某某市第一中学维稳工作应急预案')).toEqual(['某某市第一中学维稳工作应急预案']);
  });

  test('the tried export broke "现场 / 处置方案"; now whole words, lines of similar length', () => {
    const lines = balanceTitle('某某市供电公司二号变电站现场处置方案', 12);
    expect(lines).toEqual(['某某市供电公司二号', '变电站现场处置方案']);
  });

  test('never inside 预案, 印发, 维稳, nor after 《 or before 》', () => {
    for (const title of [
      '关于印发《某某市第一中学维稳工作应急预案》的通知',
      '关于印发《某某市恒安机械有限公司群体性上访事件应急预案》的通知',
      '关于印发《某某县某某镇人民政府综治维稳应急工作方案》的通知',
      '关于印发《某某市供电公司二号变电站现场处置方案》的通知',
    ]) {
      const lines = balanceTitle(title);
      expect(lines.join(''), title).toBe(title);
      expect(lines.length, title).toBeGreaterThan(1);
      for (const line of lines) {
        expect(textWidth(line), line).toBeLessThanOrEqual(TITLE_CHARS_PER_LINE);
        expect(line, line).not.toMatch(/《$|^》|^的|预$|^案|印$|^发|维$|^稳/);
      }
    }
  });

  test('lines are balanced (within a few characters) and never an hourglass', () => {
    const title = '关于印发《某某市恒安机械有限公司群体性上访事件应急预案》的通知';
    const widths = balanceTitle(title).map(textWidth);
    expect(Math.max(...widths) - Math.min(...widths)).toBeLessThanOrEqual(4);
    const three = balanceTitle('关于印发《某某市某某区某某街道某某社区居民委员会维稳应急工作方案及值班制度》的通知', 16).map(textWidth);
    expect(three).toHaveLength(3);
    expect(three[1]! >= Math.min(three[0]!, three[2]!)).toBe(true);
  });

  test('runs are split at the line ends keeping their flags', () => {
    const runs = [{ text: '关于印发《' }, { text: '【单位名称】', missing: true, field: 'orgName' }, { text: '维稳工作应急预案》的通知' }];
    const lines = splitRuns(runs, ['关于印发《【单位名称】', '维稳工作应急预案》的通知']);
    expect(lines).toEqual([[{ text: '关于印发《' }, { text: '【单位名称】', missing: true, field: 'orgName' }], [{ text: '维稳工作应急预案》的通知' }]]);
    expect(titleLines(runs).flat().map((r) => r.text).join('')).toBe(runs.map((r) => r.text).join(''));
  });
});
