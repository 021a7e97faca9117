import { describe, expect, test } from 'vitest';
import { calc, specExampleInput, withEnergy } from './test-filing.fixture.ts';

describe('spec example (spec/calculation.md)', () => {
  const result = calc(specExampleInput());

  test('gives the three published figures', () => {
    expect(result.emissions.scope2LocationKgCo2e).toBe(215800); // 400000 × 0.5395 (central 2022)
    expect(result.emissions.scope2MarketKgCo2e).toBe(175680); // (400000 − 100000) × 0.5856
    expect(result.energy.tceCalorific).toBe(49.16); // 400000 × 0.1229 ÷ 1000
    expect(result.factorYear).toBe(2022);
    expect(result.factorFallback).toBe(false);
  });

  test('has every binding key', () => {
    expect(Object.keys(result.emissions)).toEqual(
      expect.arrayContaining([
        'scope1KgCo2e',
        'scope2LocationKgCo2e',
        'scope2MarketKgCo2e',
        'scope3KgCo2e',
        'totalLocationKgCo2e',
        'totalMarketKgCo2e',
      ]),
    );
    expect(Object.keys(result)).toEqual(
      expect.arrayContaining(['energy', 'valueAdded', 'structure', 'fiscal', 'intensities', 'incentives']),
    );
    expect(result.benchmark?.avoidedKgCo2e).toBeTypeOf('number');
    expect(result.sci?.functionalUnit).toBe('person-month');
    expect(result.factors[0]).toMatchObject({ id: 'cn-grid-central-2022', value: 0.5395, unit: 'kgCO2/kWh' });
  });

  test('value added and its income split', () => {
    expect(result.valueAdded).toEqual({
      grossOutputCny: 8500000,
      intermediateConsumptionCny: 1000000,
      valueAddedCny: 7500000,
      valueAddedRate: 0.882353,
      labourCny: 5000000,
      depreciationCny: 300000,
      netProductionTaxesCny: 60000,
      operatingSurplusCny: 2140000,
    });
    expect(result.fiscal.taxesPaidCny).toBe(730000);
    expect(result.structure.byClass).toEqual({ ITO: 8000000, BPO: 0, KPO: 0 });
    expect(result.intensities.jobsPerGwh).toBe(300);
  });
});

describe('published figures', () => {
  // MEE & NBS 2022 national average 0.5366 kgCO2/kWh: 1,000 MWh → 536.6 t.
  test('1,000 MWh national 2022 = 536 600 kg', () => {
    expect(calc(withEnergy({ electricityKwh: 1_000_000 })).emissions.scope2LocationKgCo2e).toBe(536600);
  });

  // GB/T 2589-2020 appendix A: electricity (calorific) 0.1229 kgce/kWh: 1 GWh → 122.9 tce.
  test('1,000,000 kWh = 122.9 tce calorific', () => {
    expect(calc(withEnergy({ electricityKwh: 1_000_000 })).energy.tceCalorific).toBe(122.9);
  });

  test('no float drift: 0.1 + 0.2 kWh style inputs stay exact', () => {
    const r = calc(withEnergy({ electricityKwh: 3 }, { factorOverrides: { gridKgCo2PerKwh: 0.1 } }));
    expect(r.emissions.scope2LocationKgCo2e).toBe(0.3);
  });
});
