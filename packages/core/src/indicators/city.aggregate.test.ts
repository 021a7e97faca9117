import { describe, expect, test } from 'vitest';
import { aggregateCity, aggregateCityByYear } from './city.aggregate.ts';
import { indicatorRow } from './indicator.fixture.ts';
import { compareYears } from './year-on-year.ts';

const Q1: [string, string] = ['2022-01-01', '2022-03-31']; // 90 days
const Q2: [string, string] = ['2022-04-01', '2022-06-30']; // 91 days

const rows = [
  // A: private, software, onshore + Japan; headcount 90 days at 100 and 91 days at 120.
  indicatorRow({
    id: 'A',
    period: Q1,
    revenue: [
      { category: 'ITO-01', amountCny: 600, clientCountry: 'JP' },
      { category: 'ITO-02', amountCny: 200, clientCountry: 'CN' },
    ],
    employees: { average: 100, collegeEducated: 80, newGraduateHires: 5 },
    electricityKwh: 10000,
    taxesCny: 50,
  }),
  indicatorRow({
    id: 'A',
    period: Q2,
    revenue: [{ category: 'ITO-01', amountCny: 200, clientCountry: 'JP' }],
    employees: { average: 120, collegeEducated: 90, newGraduateHires: 3 },
    electricityKwh: 10000,
    taxesCny: 50,
  }),
  // B: foreign-invested, BPO for Hong Kong plus OTHER revenue; FDI counted once.
  indicatorRow({
    id: 'B',
    ownership: 'foreign',
    fdiFen: 1_000_000,
    district: '360111',
    period: Q1,
    revenue: [
      { category: 'BPO-02', amountCny: 1000, clientCountry: 'HK' },
      { category: 'OTHER', amountCny: 999, clientCountry: 'CN' },
    ],
    employees: { average: 50, collegeEducated: 10 },
    taxesCny: 100,
  }),
  indicatorRow({
    id: 'B',
    ownership: 'foreign',
    fdiFen: 1_000_000,
    district: '360111',
    period: Q2,
    revenue: [{ category: 'KPO-03', amountCny: 0, clientCountry: 'US' }],
    employees: { average: 50, collegeEducated: 10 },
  }),
  indicatorRow({
    id: 'C',
    period: ['2021-01-01', '2021-12-31'],
    revenue: [{ category: 'ITO-01', amountCny: 1000, clientCountry: 'CN' }],
    employees: { average: 10, collegeEducated: 5 },
  }),
];

describe('aggregateCity', () => {
  const city = aggregateCity(rows, 2022);
  const v = city.values;

  test('counts and money', () => {
    expect([city.rowCount, city.enterpriseCount]).toEqual([4, 2]);
    expect(v['structure.serviceOutsourcingRevenueCny']).toBe(2000);
    expect(v['structure.offshoreRevenueCny']).toBe(1800);
    expect(v['structure.offshoreShare']).toBe(0.9);
    expect(v['structure.softwareShare']).toBe(0.5);
    expect(v['fiscal.taxesPaidCny']).toBe(200);
    expect(v['foreignCapital.fdiUtilisedCny']).toBe(10000);
    expect(v['foreignCapital.foreignInvestedRevenueShare']).toBe(0.5);
    expect(v['foreignCapital.foreignInvestedOffshoreShare']).toBe(0.555556);
    expect(v['foreignCapital.foreignInvestedEnterprises']).toBe(1);
  });

  test('headcount is the day-weighted annual average per enterprise, summed', () => {
    const a = (100 * 90 + 120 * 91) / 181;
    expect(v['employment.headcount']).toBeCloseTo(a + 50, 6);
    expect(v['employment.collegeEducated']).toBeCloseTo((80 * 90 + 90 * 91) / 181 + 10, 6);
    expect(v['employment.newGraduateHires']).toBe(8);
    expect(v['fiscal.taxesPerEmployeeCny']).toBe(Math.round((200 / (a + 50)) * 100) / 100);
    expect(v['lowCarbon.jobsPerGwh']).toBeCloseTo((a + 50) / 0.02, 4);
  });

  test('HHI over enterprises: two enterprises with equal revenue → 5000', () => {
    expect(v['structure.hhi']).toBe(5000);
  });

  test('breakdowns carry amounts and shares', () => {
    expect(city.breakdowns['structure.byClass']).toEqual({
      ITO: { amountCny: 1000, share: 0.5 },
      BPO: { amountCny: 1000, share: 0.5 },
      KPO: { amountCny: 0, share: 0 },
    });
    expect(city.breakdowns['structure.byClientMarket']).toEqual({
      onshore: { amountCny: 200, share: 0.1 },
      hmt: { amountCny: 1000, share: 0.5 },
      overseas: { amountCny: 800, share: 0.4 },
    });
    expect(city.breakdowns['structure.byOwnership'].foreign).toEqual({ amountCny: 1000, share: 0.5 });
    expect(Object.keys(city.breakdowns['structure.byClientCountry'])).toEqual(['CN', 'HK', 'JP', 'US']);
  });

  test('emissions and the benchmark argument', () => {
    expect(v['environment.totalLocationKgCo2e']).toBe(20000 * 0.5366);
    expect(v['environment.electricityKwh']).toBe(20000);
    expect(v['lowCarbon.avoidedKgCo2e']).toBeNull();
    const withBenchmark = aggregateCity(rows, 2022, { benchmarkKgCo2ePer10kCnyValueAdded: 1000 });
    // value added = 2999 − 4 × 100 rent = 2599 CNY → 259.9 kg at 1000 kg per 10k CNY.
    expect(withBenchmark.values['lowCarbon.avoidedKgCo2e']).toBe(259.9 - 10732);
  });

  test('district filter and empty years give nulls, never NaN', () => {
    const b = aggregateCity(rows, 2022, { districtCode: '360111' });
    expect(b.enterpriseCount).toBe(1);
    const none = aggregateCity(rows, 2030);
    expect(none.values['structure.offshoreShare']).toBeNull();
    expect(none.values['structure.hhi']).toBeNull();
    expect(Object.values(none.values).every((x) => x === null || Number.isFinite(x))).toBe(true);
  });

  test('by year in one pass, and year-on-year change', () => {
    const byYear = aggregateCityByYear(rows);
    expect([...byYear.keys()]).toEqual([2021, 2022]);
    const [y2021, y2022] = [byYear.get(2021), byYear.get(2022)];
    if (!y2021 || !y2022) throw new Error('both years expected');
    const yoy = compareYears(y2022, y2021);
    expect(yoy.changes['structure.serviceOutsourcingRevenueCny']).toEqual({
      current: 2000,
      previous: 1000,
      change: 1000,
      changeRate: 1,
    });
    expect(yoy.changes['environment.totalLocationKgCo2e'].changeRate).toBeNull(); // previous year 0
  });
});
