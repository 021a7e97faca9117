/** The enterprise list's state lives in the URL query, so a dashboard click-through is just a link. */

export const FILTER_KEYS = ['q', 'districtCode', 'ownership', 'focusArea', 'country'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];
export const SORT_COLUMNS = ['name', 'uscc', 'district'] as const;
export type SortColumn = (typeof SORT_COLUMNS)[number];

export interface ListState {
  filters: Partial<Record<FilterKey, string>>;
  sort: SortColumn | null;
  order: 'asc' | 'desc';
}

export function parseListState(search: string): ListState {
  const params = new URLSearchParams(search);
  const filters: ListState['filters'] = {};
  for (const key of FILTER_KEYS) {
    const value = params.get(key)?.trim();
    if (value) filters[key] = key === 'country' ? value.toUpperCase() : value;
  }
  const sort = SORT_COLUMNS.find((c) => c === params.get('sort')) ?? null;
  return { filters, sort, order: params.get('order') === 'desc' ? 'desc' : 'asc' };
}

/** The page's own query string (no paging): filters, then sort and order when sorted. */
export function listSearch(state: ListState): string {
  const params = new URLSearchParams();
  for (const key of FILTER_KEYS) {
    const value = state.filters[key];
    if (value) params.set(key, value);
  }
  if (state.sort) {
    params.set('sort', state.sort);
    params.set('order', state.order);
  }
  return params.toString();
}

/** The API call for the list; one generous page, which a city's enterprises fit in. */
export function listApiPath(state: ListState): string {
  const search = listSearch(state);
  return `/enterprises?${search ? `${search}&` : ''}limit=500`;
}

export function withoutFilter(state: ListState, key: FilterKey): ListState {
  const { [key]: _removed, ...filters } = state.filters;
  return { ...state, filters };
}

/** Clicking the sorted column flips the order; another column sorts ascending. */
export function toggleSort(state: ListState, column: SortColumn): ListState {
  if (state.sort === column) return { ...state, order: state.order === 'asc' ? 'desc' : 'asc' };
  return { ...state, sort: column, order: 'asc' };
}

export function activeFilters(state: ListState): [FilterKey, string][] {
  return FILTER_KEYS.flatMap((key) => {
    const value = state.filters[key];
    return value ? [[key, value] as [FilterKey, string]] : [];
  });
}
