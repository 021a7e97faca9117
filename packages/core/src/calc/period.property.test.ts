import { Decimal } from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { DEFAULT_FACTOR_LIBRARY } from '../factors/factor-library.data.ts';
import type { Filing } from '../filing/filing.schema.ts';
import { filingArb, qty } from './filing.arbitrary.ts';
import { calculatePeriod } from './period.calc.ts';
import type { PeriodResult } from './period-result.types.ts';

const RUNS = { numRuns: 150 };
const calc = (filing: Filing) => calculatePeriod(filing, DEFAULT_FACTOR_LIBRARY);
const sum = (...values: number[]) => values.reduce((acc, v) => acc.plus(v), new Decimal(0)).toNumber();

function numbersIn(value: unknown, out: number[] = []): number[] {
  if (typeof value === 'number') out.push(value);
  else if (value !== null && typeof value === 'object')
    for (const v of Object.values(value)) numbersIn(v, out);
  return out;
}

function moneyFigures(r: PeriodResult): number[] {
  return [
    ...Object.entries(r.valueAdded)
      .filter(([key]) => key.endsWith('Cny'))
      .map(([, v]) => v as number),
    r.structure.serviceOutsourcingRevenueCny,
    r.structure.offshoreRevenueCny,
    r.structure.softwareRevenueCny,
    ...Object.values(r.structure.byClass),
    ...Object.values(r.structure.byFocusArea),
    ...Object.values(r.structure.byClientCountry),
    ...Object.values(r.fiscal),
  ];
}

describe('calculation properties', () => {
  test('never NaN or Infinity anywhere in the result', () => {
    fc.assert(
      fc.property(filingArb, (filing) => numbersIn(calc(filing)).every(Number.isFinite)),
      RUNS,
    );
  });

  test('totals equal the sum of their parts', () => {
    fc.assert(
      fc.property(filingArb, (filing) => {
        const { emissions: e, structure: s, fiscal: f } = calc(filing);
        expect(e.totalLocationKgCo2e).toBe(sum(e.scope1KgCo2e, e.scope2LocationKgCo2e, e.scope3KgCo2e));
        expect(e.totalMarketKgCo2e).toBe(sum(e.scope1KgCo2e, e.scope2MarketKgCo2e, e.scope3KgCo2e));
        expect(e.scope1KgCo2e).toBe(sum(e.scope1NaturalGasKgCo2e, e.scope1DieselKgCo2e));
        expect(e.scope3KgCo2e).toBe(sum(e.scope3HardwareKgCo2e, e.scope3CloudKgCo2e));
        expect(sum(...Object.values(s.byClass))).toBe(s.serviceOutsourcingRevenueCny);
        expect(sum(...Object.values(s.byFocusArea))).toBe(s.serviceOutsourcingRevenueCny);
        expect(sum(...Object.values(s.byClientCountry))).toBe(s.serviceOutsourcingRevenueCny);
        expect(f.taxesPaidCny).toBe(
          sum(f.vatCny, f.productionTaxesCny, f.corporateIncomeTaxCny, f.individualIncomeTaxWithheldCny),
        );
      }),
      RUNS,
    );
  });

  test('the income split adds up to value added exactly', () => {
    fc.assert(
      fc.property(filingArb, (filing) => {
        const va = calc(filing).valueAdded;
        const split = sum(va.labourCny, va.depreciationCny, va.netProductionTaxesCny, va.operatingSurplusCny);
        expect(split).toBe(va.valueAddedCny);
        expect(sum(va.valueAddedCny, va.intermediateConsumptionCny)).toBe(va.grossOutputCny);
      }),
      RUNS,
    );
  });

  test('doubling every amount doubles every money figure', () => {
    fc.assert(
      fc.property(filingArb, (filing) => {
        const doubled: Filing = {
          ...filing,
          revenue: filing.revenue.map((line) => ({ ...line, amountCny: line.amountCny * 2 })),
          costs: mapValues(filing.costs, (v) => v * 2),
          taxes: mapValues(filing.taxes, (v) => v * 2),
        };
        expect(moneyFigures(calc(doubled))).toEqual(moneyFigures(calc(filing)).map((v) => v * 2));
      }),
      RUNS,
    );
  });

  test('emissions never decrease when electricity grows', () => {
    fc.assert(
      fc.property(filingArb, qty, (filing, extraKwh) => {
        const more = {
          ...filing,
          energy: { ...filing.energy, electricityKwh: filing.energy.electricityKwh + extraKwh },
        };
        const [a, b] = [calc(filing).emissions, calc(more).emissions];
        expect(b.totalLocationKgCo2e).toBeGreaterThanOrEqual(a.totalLocationKgCo2e);
        expect(b.totalMarketKgCo2e).toBeGreaterThanOrEqual(a.totalMarketKgCo2e);
      }),
      RUNS,
    );
  });
});

function mapValues<T extends Record<string, number>>(record: T, fn: (v: number) => number): T {
  return Object.fromEntries(Object.entries(record).map(([k, v]) => [k, fn(v)])) as T;
}
