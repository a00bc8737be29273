let segmenter: Intl.Segmenter | undefined;

/**
 * The browser's Chinese word segmenter, one for all search modules, made on first use: making it
 * loads a dictionary (tens of milliseconds on a phone), which a page that never searches should not pay.
 */
export function segmentWords(text: string): Intl.Segments {
  segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
  return segmenter.segment(text);
}
