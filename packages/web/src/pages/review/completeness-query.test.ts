import { expect, test } from 'vitest';
import { completenessSearch, lastQuarterLabel, parseCompletenessQuery } from './completeness-query.ts';

test('defaults to the last ended quarter, across the year boundary', () => {
  expect(lastQuarterLabel(new Date('2026-11-30T00:00:00Z'))).toBe('2026-Q3');
  expect(lastQuarterLabel(new Date('2026-02-01T00:00:00Z'))).toBe('2025-Q4');
  expect(parseCompletenessQuery('', new Date('2025-01-05T00:00:00Z'))).toEqual({
    periodType: 'quarterly',
    period: '2024-Q4',
  });
});

test('reads and writes the URL query; an unknown type falls back to quarterly', () => {
  const q = parseCompletenessQuery('?periodType=monthly&period=2024-12', new Date());
  expect(q).toEqual({ periodType: 'monthly', period: '2024-12' });
  expect(completenessSearch(q)).toBe('periodType=monthly&period=2024-12');
  expect(parseCompletenessQuery('periodType=weekly&period=2024', new Date()).periodType).toBe('quarterly');
});
