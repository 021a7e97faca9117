import { describe, expect, test } from 'vitest';
import { allocateClientCarbon } from './client-carbon.calc.ts';
import { enterpriseYearBasisOf, type YearReport } from './enterprise-year.calc.ts';

const quarter = (over: Partial<YearReport> = {}): YearReport => ({
  months: 3,
  averageEmployees: 100,
  serviceOutsourcingRevenueCny: 3_000_000,
  totalLocationKgCo2e: 50_000,
  totalMarketKgCo2e: 40_000,
  ...over,
});

/** Four quarters: 12 months, 12 000 000 CNY revenue, 200 000 / 160 000 kg. */
const year = enterpriseYearBasisOf([quarter(), quarter(), quarter(), quarter()]);

describe('enterpriseYearBasisOf', () => {
  test('sums revenue and emissions; month-weighted average employees', () => {
    const y = enterpriseYearBasisOf([
      quarter({ averageEmployees: 90 }),
      quarter({ months: 9, averageEmployees: 110 }),
    ]);
    expect(y.monthsCovered.toNumber()).toBe(12);
    expect(y.averageEmployees.toNumber()).toBe(105);
    expect(y.serviceRevenueCny.toNumber()).toBe(6_000_000);
    expect(y.sci).toBeNull();
  });

  test('SCI: quantity-weighted over reports of one functional unit; none when units differ', () => {
    const sci = (kg: number, unit: string, quantity: number) => ({
      kgCo2ePerUnit: kg,
      functionalUnit: unit,
      quantity,
    });
    const same = enterpriseYearBasisOf([
      quarter({ sci: sci(2, 'user', 100) }),
      quarter({ sci: sci(4, 'user', 300) }),
    ]);
    expect(same.sci?.kgCo2ePerUnit.toNumber()).toBe(3.5);
    const mixed = enterpriseYearBasisOf([
      quarter({ sci: sci(2, 'user', 1) }),
      quarter({ sci: sci(4, 'call', 1) }),
    ]);
    expect(mixed.sci).toBeNull();
  });
});

describe('allocateClientCarbon', () => {
  test('by revenue when an execution lacks person-months: executed CNY ÷ service revenue', () => {
    const a = allocateClientCarbon(
      [
        { amountFen: 100_000_000, personMonths: '10' },
        { amountFen: 20_000_000, personMonths: null },
      ],
      year,
    );
    if (a.method === 'none') throw new Error('expected an allocation');
    expect(a.method).toBe('revenue');
    expect(a.share.toNumber()).toBe(0.1); // 1 200 000 ÷ 12 000 000
    expect(a.locationKgCo2e.toNumber()).toBe(20_000);
    expect(a.marketKgCo2e.toNumber()).toBe(16_000);
    expect(a.sci).toEqual({ source: 'not-filed' });
  });

  test('by person-months when every execution filed them: ÷ (average employees × months covered)', () => {
    const a = allocateClientCarbon(
      [
        { amountFen: 100_000_000, personMonths: '100.5' },
        { amountFen: 20_000_000, personMonths: '19.5' },
      ],
      year,
    );
    if (a.method === 'none') throw new Error('expected an allocation');
    expect(a.method).toBe('person-months');
    expect(a.basis.enterprise.toNumber()).toBe(1200); // 100 employees × 12 months
    expect(a.share.toNumber()).toBe(0.1);
    expect(a.locationKgCo2e.toNumber()).toBe(20_000);
    expect(a.sci.source).toBe('contract');
    if (a.sci.source === 'contract') expect(a.sci.kgCo2ePerUnit.toFixed(6)).toBe('166.666667');
  });

  test('no rounding until display: a third stays exact through the product', () => {
    const a = allocateClientCarbon([{ amountFen: 400_000_000, personMonths: null }], year);
    if (a.method === 'none') throw new Error('expected an allocation');
    expect(a.share.mul(3).toNumber()).toBe(1);
    expect(a.locationKgCo2e.mul(3).toNumber()).toBe(200_000);
  });

  test("falls back to the enterprise's filed SCI when person-months are missing", () => {
    const sci = { kgCo2ePerUnit: 1.25, functionalUnit: 'API call', quantity: 1000 };
    const withSci = enterpriseYearBasisOf([quarter({ sci })]);
    const a = allocateClientCarbon([{ amountFen: 100, personMonths: null }], withSci);
    if (a.method === 'none') throw new Error('expected an allocation');
    expect(a.sci).toMatchObject({ source: 'enterprise', functionalUnit: 'API call' });
  });

  test('zero revenue: a clear no-revenue result, never a division by zero', () => {
    const empty = enterpriseYearBasisOf([quarter({ serviceOutsourcingRevenueCny: 0, averageEmployees: 0 })]);
    const a = allocateClientCarbon([{ amountFen: 500_000, personMonths: null }], empty);
    expect(a).toMatchObject({ method: 'none', reason: 'no-revenue' });
    expect(a.executedCny.toNumber()).toBe(5000);
    const noStaff = allocateClientCarbon([{ amountFen: 500_000, personMonths: '2' }], empty);
    expect(noStaff).toMatchObject({ method: 'none', reason: 'no-revenue' });
  });

  test('no executions in the year: nothing to allocate', () => {
    expect(allocateClientCarbon([], year)).toMatchObject({ method: 'none', reason: 'no-executions' });
  });
});
