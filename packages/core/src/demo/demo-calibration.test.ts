import { describe, expect, test } from 'vitest';
import { isOffshoreCountry } from '../catalogue/other-codes.ts';
import type { DemoReport } from './demo-city.types.ts';
import { generateDemoCity } from './generate-demo-city.ts';
import { offshoreShare, reportYear, revenueByClientCountry, softwareShare } from './shares.ts';

const in2024 = (r: DemoReport) => reportYear(r) === 2024;
const approvedIn2024 = (r: DemoReport) => in2024(r) && r.status === 'approved';

describe("calibration to the seed's 87.3% software share", () => {
  const city = generateDemoCity();

  test('approved 2024 reports: 87.3% ± 0.2 points', () => {
    expect(Math.abs((softwareShare(city.reports, approvedIn2024) ?? 0) - 0.873)).toBeLessThanOrEqual(0.002);
  });

  test('all 2024 reports, whatever their status: 87.3% ± 0.5 points', () => {
    expect(Math.abs((softwareShare(city.reports, in2024) ?? 0) - 0.873)).toBeLessThanOrEqual(0.005);
  });

  test.each([1, 2, 3, 42])('holds for seed %i too: the adjustment is deterministic, not luck', (seed) => {
    const other = generateDemoCity(seed);
    expect(Math.abs((softwareShare(other.reports, approvedIn2024) ?? 0) - 0.873)).toBeLessThanOrEqual(0.002);
    expect(Math.abs((softwareShare(other.reports, in2024) ?? 0) - 0.873)).toBeLessThanOrEqual(0.005);
  });

  test('offshore share is 30–50% and Japan is the largest offshore market', () => {
    const share = offshoreShare(city.reports, in2024) ?? 0;
    expect(share).toBeGreaterThanOrEqual(0.3);
    expect(share).toBeLessThanOrEqual(0.5);
    const offshore = Object.entries(revenueByClientCountry(city.reports, in2024))
      .filter(([country]) => isOffshoreCountry(country))
      .sort((a, b) => b[1] - a[1]);
    expect(offshore[0]?.[0]).toBe('JP');
    expect(offshore.map(([country]) => country)).toEqual(
      expect.arrayContaining(['JP', 'US', 'HK', 'KR', 'DE', 'SG', 'TW', 'MO']),
    );
  });

  test('2024 grows on 2022 and Q4 is seasonally the strongest quarter', () => {
    const total = (filter: (r: DemoReport) => boolean) =>
      city.reports
        .filter(filter)
        .reduce((sum, r) => sum + r.filing.revenue.reduce((s, l) => s + l.amountCny, 0), 0);
    expect(total(in2024)).toBeGreaterThan(total((r) => reportYear(r) === 2022) * 1.1);
    const q3 = total((r) => r.filing.period.start === '2023-07-01');
    const q4 = total((r) => r.filing.period.start === '2023-10-01');
    expect(q4).toBeGreaterThan(q3);
  });
});
