import { expect, test } from 'vitest';
import { preferredRows, quarterOf } from './indicator-rows.ts';
import type { IndicatorDbRow } from './indicators.repository.ts';

const row = (enterprise: number, type: IndicatorDbRow['period_type'], end: string) =>
  ({ enterprise_id: enterprise, period_type: type, period_end: end }) as IndicatorDbRow;

test('quarters come from the period end; annual rows have none', () => {
  expect(quarterOf(row(1, 'monthly', '2024-05-31'))).toBe(2);
  expect(quarterOf(row(1, 'quarterly', '2024-12-31'))).toBe(4);
  expect(quarterOf(row(1, 'annual', '2024-12-31'))).toBeNull();
});

test('an annual report replaces quarters for the year, and quarters replace months for the quarter', () => {
  const annual = row(1, 'annual', '2024-12-31');
  const q1 = row(1, 'quarterly', '2024-03-31');
  const jan = row(1, 'monthly', '2024-01-31');
  const otherJan = row(2, 'monthly', '2024-01-31');
  const { countsForYear, countsForQuarter } = preferredRows([annual, q1, jan, otherJan]);
  expect([annual, q1, jan, otherJan].map(countsForYear)).toEqual([true, false, false, true]);
  expect([annual, q1, jan, otherJan].map(countsForQuarter)).toEqual([false, true, false, true]);
});
