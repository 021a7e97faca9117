import { Decimal } from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { aggregateCity } from './city.aggregate.ts';
import { MicroSum } from './exact-sum.ts';
import { indicatorRow } from './indicator.fixture.ts';
import {
  BREAKDOWN_INDICATOR_KEYS,
  findIndicator,
  INDICATORS,
  SCALAR_INDICATOR_KEYS,
} from './indicator.registry.ts';
import { OUTCOMES } from './indicator-definition.types.ts';

describe('indicator registry', () => {
  test('every indicator is defined once, with labels, unit, formula and source', () => {
    expect(new Set(INDICATORS.map((i) => i.key)).size).toBe(INDICATORS.length);
    for (const i of INDICATORS) {
      expect(i.key).toMatch(/^[a-z][A-Za-z]+\.[a-z][A-Za-z0-9]+$/);
      expect(i.key.startsWith(`${i.outcome}.`)).toBe(true);
      for (const text of [i.labelZh, i.labelEn, i.unit, i.formula, i.source])
        expect(text.length).toBeGreaterThan(0);
      expect(findIndicator(i.key)).toBe(i);
    }
    expect(new Set(INDICATORS.map((i) => i.outcome))).toEqual(new Set(OUTCOMES));
  });

  test('the aggregate fills exactly the registry keys', () => {
    const city = aggregateCity([], 2022);
    expect(Object.keys(city.values).sort()).toEqual([...SCALAR_INDICATOR_KEYS].sort());
    expect(Object.keys(city.breakdowns).sort()).toEqual([...BREAKDOWN_INDICATOR_KEYS].sort());
  });
});

describe('exact sums without a Decimal per row', () => {
  test('0.1 ten times is exactly 1, 0.000001 a million times is exactly 1', () => {
    const tenths = new MicroSum();
    for (let i = 0; i < 10; i++) tenths.add(0.1);
    expect(tenths.toDecimal().toString()).toBe('1');
    const micros = new MicroSum();
    for (let i = 0; i < 1_000_000; i++) micros.add(0.000001);
    expect(micros.toDecimal().toString()).toBe('1');
  });

  test('city totals equal the Decimal sum of the period figures', () => {
    const row = fc.record({
      amount: fc.integer({ min: 0, max: 10_000_000 }).map((fen) => fen / 100),
      kwh: fc.double({ min: 0, max: 1e7, noNaN: true }),
    });
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 30 }), (specs) => {
        const rows = specs.map((s, i) =>
          indicatorRow({
            id: `E${i % 7}`,
            period: ['2022-01-01', '2022-03-31'],
            revenue: [{ category: 'KPO-01', amountCny: s.amount, clientCountry: 'DE' }],
            employees: { average: 1, collegeEducated: 1 },
            electricityKwh: s.kwh,
          }),
        );
        const city = aggregateCity(rows, 2022);
        const sum = (pick: (r: (typeof rows)[number]) => number) =>
          rows.reduce((acc, r) => acc.plus(pick(r)), new Decimal(0)).toNumber();
        expect(city.values['structure.offshoreRevenueCny']).toBe(
          sum((r) => r.result.structure.offshoreRevenueCny),
        );
        expect(city.values['environment.electricityKwh']).toBe(sum((r) => r.result.energy.electricityKwh));
        expect(city.values['environment.totalLocationKgCo2e']).toBe(
          sum((r) => r.result.emissions.totalLocationKgCo2e),
        );
      }),
      { numRuns: 60 },
    );
  });
});
