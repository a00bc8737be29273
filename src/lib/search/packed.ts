import type { SearchData } from './engine';
import type { QueryVocabulary } from './query';

/** A vocabulary entry: what people type → the plans' words. */
type Entry = QueryVocabulary['terms'][number];

/**
 * The search data as the page embeds it: each vocabulary entry packed as one string, "打人|打了人>殴打|暴力伤害".
 * The vocabulary's words hold neither | nor > (vocabulary.ts checks); packed, the entries weigh a
 * tenth less after gzip than as objects, and the page carries every entry.
 */
export type PackedSearchData = Omit<SearchData, 'vocabulary'> & {
  vocabulary: Omit<QueryVocabulary, 'terms' | 'actions'> & { terms: string[]; actions: string[] };
};

const pack = (entries: Entry[]): string[] => entries.map(({ from, to }) => `${from.join('|')}>${to.join('|')}`);

function unpack(entries: string[]): Entry[] {
  return entries.map((entry) => {
    const [from = '', to = ''] = entry.split('>');
    return { from: from.split('|'), to: to.split('|') };
  });
}

export function packSearchData({ plans, vocabulary }: SearchData): PackedSearchData {
  return { plans, vocabulary: { ...vocabulary, terms: pack(vocabulary.terms), actions: pack(vocabulary.actions ?? []) } };
}

export function unpackSearchData({ plans, vocabulary }: PackedSearchData): SearchData {
  return { plans, vocabulary: { ...vocabulary, terms: unpack(vocabulary.terms), actions: unpack(vocabulary.actions) } };
}
