/** What the search page shows, kept in its URL so a search can be shared and the back button works. */
export interface SearchState {
  q: string;
  /** 单位类型 filter, '' for all. */
  type: string;
  /** 预案类型 filter, '' for all. */
  kind: string;
}

const KEYS = { q: 'q', type: 'type', kind: 'kind' } as const;

export function readState(search: string): SearchState {
  const params = new URLSearchParams(search);
  return { q: (params.get(KEYS.q) ?? '').trim(), type: params.get(KEYS.type) ?? '', kind: params.get(KEYS.kind) ?? '' };
}

/** The query string for a state, empty values left out: `?q=报告流程&type=学校`. */
export function writeState(state: SearchState): string {
  const params = new URLSearchParams();
  for (const key of ['q', 'type', 'kind'] as const) if (state[key]) params.set(KEYS[key], state[key]);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** Pagefind's filter object for a state. */
export function filtersOf(state: SearchState): Record<string, string> {
  const filters: Record<string, string> = {};
  if (state.type) filters['单位类型'] = state.type;
  if (state.kind) filters['预案类型'] = state.kind;
  return filters;
}
