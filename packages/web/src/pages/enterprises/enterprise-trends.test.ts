import { describe, expect, test } from 'vitest';
import type { ReportDto } from '../review/review.types.ts';
import { latestReport, taseOf, trendPoints } from './enterprise-trends.ts';

const report = (
  id: number,
  type: ReportDto['periodType'],
  start: string,
  end: string,
  result = {},
): ReportDto => ({
  id,
  enterpriseId: 1,
  periodType: type,
  period: { start, end },
  status: 'approved',
  version: 1,
  filing: {},
  result,
  flags: [],
  explanation: null,
  returnReason: null,
  updatedAt: '2025-01-01T00:00:00Z',
});

const result = (kg: number, va: number) => ({
  emissions: { totalLocationKgCo2e: kg, totalMarketKgCo2e: kg / 2 },
  valueAdded: { valueAddedCny: va, grossOutputCny: va * 2 },
  incentives: {
    tase2017: { eligible: true, checks: [{ rule: 'college-share', value: 0.8, threshold: 0.5, pass: true }] },
  },
});

describe('enterprise trends', () => {
  const reports = [
    report(3, 'quarterly', '2024-10-01', '2024-12-31', result(20_000, 300_000)),
    report(2, 'monthly', '2024-12-01', '2024-12-31', result(1, 1)),
    report(1, 'quarterly', '2024-07-01', '2024-09-30', result(10_000, 200_000)),
  ];

  test('quarters oldest first, in tonnes and 10k CNY; months are left out of a quarterly series', () => {
    expect(trendPoints(reports)).toEqual([
      { period: '2024-Q3', locationTCo2e: 10, marketTCo2e: 5, valueAdded10kCny: 20, grossOutput10kCny: 40 },
      { period: '2024-Q4', locationTCo2e: 20, marketTCo2e: 10, valueAdded10kCny: 30, grossOutput10kCny: 60 },
    ]);
  });

  test('missing figures are gaps (null), not zeros', () => {
    const [point] = trendPoints([report(1, 'annual', '2024-01-01', '2024-12-31')]);
    expect(point).toMatchObject({ period: '2024', locationTCo2e: null, valueAdded10kCny: null });
  });

  test('TASE checks come from the report of the latest period', () => {
    const latest = latestReport(reports);
    expect(latest?.id).toBe(3);
    expect(taseOf(latest)?.checks[0]).toMatchObject({ rule: 'college-share', pass: true });
    expect(taseOf(null)).toBeNull();
    expect(latestReport([])).toBeNull();
  });
});
