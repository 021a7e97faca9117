import { describe, expect, test } from 'vitest';
import {
  activeFilters,
  listApiPath,
  listSearch,
  parseListState,
  toggleSort,
  withoutFilter,
} from './enterprise-filters.ts';

describe('enterprise list state in the URL', () => {
  test('reads the dashboard click-through filters and ignores unknown parameters', () => {
    const state = parseListState('?focusArea=software-development&country=jp&foo=1&sort=size');
    expect(state).toEqual({
      filters: { focusArea: 'software-development', country: 'JP' },
      sort: null,
      order: 'asc',
    });
    expect(activeFilters(state)).toEqual([
      ['focusArea', 'software-development'],
      ['country', 'JP'],
    ]);
  });

  test('writes filters, sort and order back; the API path adds the page size', () => {
    const state = toggleSort(parseListState('q=soft&ownership=private'), 'uscc');
    expect(listSearch(state)).toBe('q=soft&ownership=private&sort=uscc&order=asc');
    expect(listSearch(toggleSort(state, 'uscc'))).toBe('q=soft&ownership=private&sort=uscc&order=desc');
    expect(listApiPath(parseListState(''))).toBe('/enterprises?limit=500');
  });

  test('removing a chip removes only that filter', () => {
    const state = parseListState('focusArea=software-testing&districtCode=360102');
    expect(listSearch(withoutFilter(state, 'focusArea'))).toBe('districtCode=360102');
  });
});
