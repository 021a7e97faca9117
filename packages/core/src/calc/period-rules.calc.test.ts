import { describe, expect, test } from 'vitest';
import { calc, minimalInput, withEnergy } from './test-filing.fixture.ts';

describe('factors', () => {
  test('zero overrides give zero, never a fallback', () => {
    const r = calc(
      withEnergy(
        { electricityKwh: 5000 },
        { factorOverrides: { gridKgCo2PerKwh: 0, residualGridKgCo2PerKwh: 0 }, gridRegion: 'north' },
      ),
    );
    expect(r.emissions.scope2LocationKgCo2e).toBe(0);
    expect(r.emissions.scope2MarketKgCo2e).toBe(0);
    expect(r.factors[0]).toMatchObject({ id: 'override:gridKgCo2PerKwh', value: 0 });
  });

  test('a 2024 period uses 2022 and is flagged', () => {
    const r = calc({
      ...withEnergy({ electricityKwh: 1000 }),
      period: { start: '2024-01-01', end: '2024-03-31' },
    });
    expect(r.factorYear).toBe(2022);
    expect(r.factorFallback).toBe(true);
    expect(r.emissions.scope2LocationKgCo2e).toBe(536.6);
  });

  test('a 2021 national period uses the 2021 grid factor; the 2021 residual is not shipped so it is flagged', () => {
    const r = calc({
      ...withEnergy({ electricityKwh: 1000 }),
      period: { start: '2021-01-01', end: '2021-12-31' },
    });
    expect(r.factorYear).toBe(2021);
    expect(r.emissions.scope2LocationKgCo2e).toBe(556.8);
    expect(r.factors.find((f) => f.kind === 'grid-residual')).toMatchObject({ year: 2022, fallback: true });
    expect(r.factorFallback).toBe(true);
  });

  test('scope 1 = natural gas × 2.1622 + diesel × 2.6006', () => {
    const r = calc(withEnergy({ naturalGasM3: 1000, dieselLitres: 100 }));
    expect(r.emissions.scope1NaturalGasKgCo2e).toBe(2162.2);
    expect(r.emissions.scope1DieselKgCo2e).toBe(260.06);
    expect(r.emissions.scope1KgCo2e).toBe(2422.26);
  });

  test('cloud without its own factor uses the period grid factor', () => {
    const cloud = [{ vcpuHours: 1000, avgCpuUtilization: 0, minWattsPerVcpu: 1, maxWattsPerVcpu: 1, pue: 1 }];
    const r = calc({ ...minimalInput(), gridRegion: 'south', cloud });
    expect(r.emissions.cloudKwh).toBe(1);
    expect(r.emissions.scope3CloudKgCo2e).toBe(0.3869);
  });
});

describe('ratios and edge cases', () => {
  test('zero denominators give null, never Infinity or NaN', () => {
    const r = calc({
      ...minimalInput(),
      revenue: [{ category: 'OTHER', amountCny: 0, clientCountry: 'CN' }],
      employees: { average: 0, collegeEducated: 0 },
      costs: { rentCny: 0, utilitiesCny: 0, otherIntermediateCny: 0, depreciationCny: 0, labourCny: 0 },
    });
    expect(r.valueAdded.valueAddedRate).toBeNull();
    expect(r.structure.offshoreShare).toBeNull();
    expect(Object.values(r.intensities)).toEqual([null, null, null, null, null]);
    expect(r.incentives.tase2017.checks.map((c) => [c.value, c.pass])).toEqual([
      [null, false],
      [null, false],
      [null, false],
    ]);
  });

  test('a loss gives a negative operating surplus; the split still adds up', () => {
    const r = calc({ ...minimalInput(), costs: { ...minimalInput().costs, labourCny: 5000 } });
    const va = r.valueAdded;
    expect(va.operatingSurplusCny).toBe(-4300); // 800 − 5000 − 100 − 0
    expect(va.labourCny + va.depreciationCny + va.netProductionTaxesCny + va.operatingSurplusCny).toBe(800);
  });

  test('amounts are taken to the fen half-up before summing', () => {
    const r = calc({
      ...minimalInput(),
      revenue: [
        { category: 'ITO-01', amountCny: 1.005, clientCountry: 'JP' },
        { category: 'KPO-03', amountCny: 0.125, clientCountry: 'CN' },
      ],
    });
    expect(r.valueAdded.grossOutputCny).toBe(1.14);
    expect(r.structure.byFocusArea['creative-industry']).toBe(0.13);
  });

  test.each(['HK', 'MO', 'TW', 'US'])('client in %s is offshore', (country) => {
    const r = calc({
      ...minimalInput(),
      revenue: [{ category: 'BPO-02', amountCny: 500, clientCountry: country }],
    });
    expect(r.structure.offshoreRevenueCny).toBe(500);
    expect(r.structure.byClientCountry).toEqual({ [country]: 500 });
  });

  test('OTHER revenue counts in gross output but not in service outsourcing', () => {
    const r = calc({
      ...minimalInput(),
      revenue: [
        { category: 'OTHER', amountCny: 400, clientCountry: 'US' },
        { category: 'ITO-02', amountCny: 600, clientCountry: 'CN' },
      ],
    });
    expect(r.valueAdded.grossOutputCny).toBe(1000);
    expect(r.structure.serviceOutsourcingRevenueCny).toBe(600);
    expect(r.structure.offshoreRevenueCny).toBe(0);
    expect(r.structure.softwareRevenueCny).toBe(600);
  });

  test('benchmark and sci are absent unless asked for', () => {
    const r = calc(minimalInput());
    expect(r.benchmark).toBeUndefined();
    expect(r.sci).toBeUndefined();
  });

  test('avoided emissions may be negative', () => {
    const r = calc({
      ...withEnergy({ electricityKwh: 1_000_000 }),
      benchmark: { manufacturingKgCo2ePer10kCnyValueAdded: 1 },
    });
    expect(r.benchmark?.avoidedKgCo2e).toBe(0.08 - 536600);
  });
});
