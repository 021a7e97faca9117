import { Decimal } from 'decimal.js';
import { describe, expect, test } from 'vitest';
import { NDRC_2015_FUEL_PARAMETERS } from './energy-factors.data.ts';
import { FactorNotFoundError, findFactor, requireFactor } from './factor.lookup.ts';
import type { FactorLibrary } from './factor.types.ts';
import { DEFAULT_FACTOR_LIBRARY } from './factor-library.data.ts';

const lib = DEFAULT_FACTOR_LIBRARY;

describe('factor library data', () => {
  test('every value is a decimal string and every id is unique', () => {
    for (const entry of lib) {
      expect(entry.value).toMatch(/^\d+(\.\d+)?$/);
      expect(entry.source.length).toBeGreaterThan(10);
      expect(entry.publishedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
    expect(new Set(lib.map((e) => e.id)).size).toBe(lib.length);
  });

  // MEE & NBS, 2022 electricity CO2 emission factors (announced 2024-12-20).
  test.each([
    ['national', 2022, '0.5366'],
    ['north', 2022, '0.6776'],
    ['northeast', 2022, '0.5564'],
    ['east', 2022, '0.5617'],
    ['central', 2022, '0.5395'],
    ['northwest', 2022, '0.5857'],
    ['south', 2022, '0.3869'],
    ['southwest', 2022, '0.2268'],
    ['national', 2021, '0.5568'], // MEE & NBS announcement 2024 No. 12 (2024-04-12)
  ] as const)('grid %s %i = %s kgCO2/kWh', (region, year, value) => {
    const match = requireFactor(lib, { kind: 'grid-location', region, year });
    expect(match.entry.value).toBe(value);
    expect(match.entry.id).toBe(`cn-grid-${region}-${year}`);
    expect(match.fallback).toBe(false);
  });

  test('residual mix 2022 = 0.5856 and calorific coefficient = 0.1229 (GB/T 2589-2020)', () => {
    expect(requireFactor(lib, { kind: 'grid-residual', region: 'national', year: 2022 }).entry.value).toBe(
      '0.5856',
    );
    expect(requireFactor(lib, { kind: 'tce-calorific', region: 'national', year: 2022 }).entry.value).toBe(
      '0.1229',
    );
  });

  // NDRC 2015 guideline, appendix table 2.1: NCV × carbon content × oxidation × 44/12.
  test('natural gas and diesel factors re-derive from the guideline table', () => {
    const gas = NDRC_2015_FUEL_PARAMETERS.naturalGas;
    const gasKgPerM3 = new Decimal(gas.netCalorificValueGjPer10kNm3)
      .div(10_000)
      .mul(gas.carbonTcPerTj)
      .mul(gas.oxidationRate)
      .mul(44)
      .div(12);
    const diesel = NDRC_2015_FUEL_PARAMETERS.diesel;
    const dieselKgPerLitre = new Decimal(diesel.netCalorificValueGjPerT)
      .div(1000)
      .mul(diesel.carbonTcPerTj)
      .mul(diesel.oxidationRate)
      .mul(44)
      .div(12)
      .mul(diesel.densityKgPerLitre);
    const shipped = (kind: 'fuel-natural-gas' | 'fuel-diesel') =>
      requireFactor(lib, { kind, region: 'national', year: 2022 }).entry.value;
    expect(gasKgPerM3.toDecimalPlaces(4).toString()).toBe(shipped('fuel-natural-gas'));
    expect(dieselKgPerLitre.toDecimalPlaces(4).toString()).toBe(shipped('fuel-diesel'));
  });
});

describe('factor lookup', () => {
  test('a year after the last publication uses the latest earlier year, flagged', () => {
    const match = requireFactor(lib, { kind: 'grid-location', region: 'national', year: 2024 });
    expect(match.entry.year).toBe(2022);
    expect(match.fallback).toBe(true);
  });

  test('a region without that year uses its own nearest year (central 2021 → central 2022), flagged', () => {
    const match = requireFactor(lib, { kind: 'grid-location', region: 'central', year: 2021 });
    expect(match.entry.id).toBe('cn-grid-central-2022');
    expect(match.fallback).toBe(true);
  });

  test('a region absent from the library falls back to national', () => {
    const nationalOnly: FactorLibrary = lib.filter((e) => e.region === 'national');
    const match = requireFactor(nationalOnly, { kind: 'grid-location', region: 'south', year: 2022 });
    expect(match.entry.id).toBe('cn-grid-national-2022');
    expect(match.fallback).toBe(true);
  });

  test('constants are never flagged as fallbacks', () => {
    expect(requireFactor(lib, { kind: 'tce-calorific', region: 'national', year: 2030 }).fallback).toBe(
      false,
    );
    expect(requireFactor(lib, { kind: 'fuel-diesel', region: 'national', year: 2010 }).fallback).toBe(false);
  });

  test('a zero factor is a real value', () => {
    const zero: FactorLibrary = lib.map((e) => ({ ...e, value: '0', year: 2023 }));
    expect(findFactor(zero, { kind: 'grid-location', region: 'national', year: 2023 })?.entry.value).toBe(
      '0',
    );
  });

  test('an empty library is an error, not a silent default', () => {
    expect(findFactor([], { kind: 'grid-location', region: 'national', year: 2022 })).toBeNull();
    expect(() => requireFactor([], { kind: 'grid-location', region: 'east', year: 2022 })).toThrow(
      FactorNotFoundError,
    );
  });
});
