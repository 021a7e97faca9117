import { describe, expect, test } from 'vitest';
import { enterpriseYears, peerQuartiles, percentile, quartiles } from './peer-stats.ts';

describe('peer stats', () => {
  test('percentile interpolates between closest ranks (type 7)', () => {
    expect(percentile([1, 2, 3, 4], 0.25)).toBeCloseTo(1.75, 12);
    expect(percentile([1, 2, 3, 4], 0.5)).toBe(2.5);
    expect(percentile([10, 20, 30, 40, 50, 60], 0.75)).toBe(47.5);
  });

  test('quartiles need five values and ignore nulls', () => {
    expect(quartiles([1, 2, 3, 4])).toBeNull();
    expect(quartiles([5, 1, null, 4, 2, 3])).toEqual({ p25: 2, p50: 3, p75: 4 });
  });

  test('a year sums the preferred period type only, and intensity is null without value added', () => {
    const r = (enterpriseId: number, periodType: string, kg: number, va: number) => ({
      enterpriseId,
      periodType,
      totalLocationKgCo2e: kg,
      totalMarketKgCo2e: kg / 2,
      valueAddedCny: va,
    });
    const years = enterpriseYears([
      r(1, 'quarterly', 1000, 100_000),
      r(1, 'quarterly', 3000, 100_000),
      r(1, 'monthly', 999_999, 1),
      r(2, 'annual', 500, 0),
      r(2, 'quarterly', 7, 7),
    ]);
    expect(years.get(1)).toEqual({
      footprintLocationTCo2e: 4,
      footprintMarketTCo2e: 2,
      valueAddedCny: 200_000,
      intensityKgCo2ePer10kCny: 200,
    });
    expect(years.get(2)?.intensityKgCo2ePer10kCny).toBeNull();
  });

  test('fewer than five peers give no quartiles at all', () => {
    const peer = {
      footprintLocationTCo2e: 1,
      footprintMarketTCo2e: 1,
      valueAddedCny: 1,
      intensityKgCo2ePer10kCny: 1,
    };
    expect(peerQuartiles([peer, peer, peer, peer])).toBeNull();
    expect(peerQuartiles([peer, peer, peer, peer, peer])?.valueAddedCny).toEqual({ p25: 1, p50: 1, p75: 1 });
  });
});
